import { loadWordNet } from '../scoring/load-wordnet'
import { normalizeText } from './normalize-text'

// Portuguese and Spanish nouns of what an employer gives for the work, a closed word class WordNet cannot hold: pay
// (salário, sueldo, cachê, gorjeta, bono, plus, comissão, diárias), time off (folga, férias), help towards costs
// (auxílio, ayuda de, ajuda de custo) and a contract without end. Romance phrases put the head first, so the item's
// first word is read.
const ROMANCE_PAY =
  /^(?:salari(?:o|os)|sueldos?|remuneraca?o|remuneracion|cache|gorjetas?|propinas?|gratificac\p{L}+|bon(?:o|os|us)|plus|comiss(?:ao|oes)|comision(?:es)?|diarias|viaticos|aguinaldo|folgas?|ferias|vacaciones|licencas? (?:maternidade|paternidade|de aniversario)|licencias? (?:por|de) (?:maternidad|paternidad|cumpleanos|estudios)|auxilios? (?:de|para|pra)|ayudas? (?:de|para)|ajudas? de custo|descontos?|descuentos?|contrato (?:a termino |por tiempo )?(?:indefinido|indeterminado|efetivo|fijo|clt)|carteira assinada|registro em carteira)\b/u
// Board, lodging and the like, given on the job (alimentação, almuerzo, alojamiento, cesta, vale, CLT): words that
// also name a field ("alimentación del ganado"), so they count only beside other things given, never alone.
const ROMANCE_BOARD =
  /^(?:alimentacao|alimentacion|almuerzos?|almocos?|refeic(?:ao|oes)|jantar|desayunos?|cafe da manha|alojamientos?|alojamentos?|hospedagem|moradia|cestas?(?: basicas?)?|vales?|clt|transporte|horas? extras?|cenas?)\b/u
// A day given off ("día libre", "dia de folga", "a week off", "time off").
const TIME_OFF =
  /\b(?:(?:days?|weeks?|afternoons?|mornings?|time) off|dias? (?:libres?|de folga|de descanso)|dias? de (?:ferias|vacaciones))\b/u
// A count of days the year grants ("two extra study days a year", "5 días de formación al año").
const DAYS_A_YEAR =
  /^(?:\d+|one|two|three|four|five|six|seven|eight|ten|um|uma|dois|duas|tres|cinco|un|una|dos)\s+(?:\p{L}+\s+){0,2}(?:days?|weeks?|dias|semanas)\s+(?:\p{L}+\s+){0,2}(?:a|per|each|por|ao|al|cada)\s+(?:year|ano)\b/u
// An amount of money ("2.600", "R$ 32,00", "$5k"): what is paid, not what is asked. A number of a law or a norm
// ("Lei nº 9.503/1997", "Ley 19.913") is no amount.
const AMOUNT =
  /(?:[$€£¥]|\br\$|\bus\$)\s?\d|(?<!\b(?:lei|ley|law|act|decreto|norma|n|no|nº|n°)\s?)\b\d{1,3}(?:\.\d{3})+(?:,\d{2})?\b(?![/.-]?\d)|\b\d+,\d{2}\b(?![/-]\d)/u
// A share ("10% de gorjeta", "50% de descuento", "5% match"): paid only beside a noun of pay; "travel 50%" and
// "inglés 80%" ask.
const PERCENT = /\b\d+(?:[.,]\d+)?\s?%/u
const PAY_WORD =
  /\b(?:gorjetas?|propinas?|descontos?|descuentos?|comiss(?:ao|oes)|comision(?:es)?|bon(?:o|os|us)|match|salari(?:o|os)|sueldos?)\b/u
// The reader or their family as who receives ("for you and your family", "para ti y tu núcleo familiar", "para você e
// sua família"), or the employer as who pays ("por nossa conta", "a cargo de la empresa", "on us").
const TO_READER =
  /\b(?:for you(?:rself)?(?: and your\b| or your\b|$)|for your (?:family|partner|kids|children)|para (?:ti|vos|voce|usted|vc) (?:y|e) (?:tu|su|sua|seu)\b|por nossa conta|por conta da (?:casa|empresa)|a cargo de la empresa|on us$|on the house)/u
// The employer, first person plural, as the subject of a verb of giving ("we pay your renewal", "pagamos un bono",
// "oferecemos", "no damos vehículo"): what the job gives or withholds, never what the candidate brings.
const WE_GIVE =
  /^(?:(?:and|e|y|also|tambem|tambien|si|no|nao|but|pero|mas)\s+)*(?:we (?:also )?(?:pay|give|provide|offer|cover|reimburse|fund|supply)|(?:(?:te|le|lhe|les|lhes|vos)\s+)?(?:pagamos|damos|oferecemos|ofrecemos|brindamos|fornecemos|proporcionamos|cubrimos|custeamos|bancamos|reembolsamos|otorgamos|regalamos))\b/u
// The candidate's own things, which a job asks for ("own transport", "vehículo propio").
const OWN = /\b(?:own|propi[oa]s?|propri[oa]s?)\b/u
// Where an English noun phrase's head ends: a preposition, a participle or a clause after it.
const PHRASE_END =
  /\s(?:for|of|with|in|on|at|to|from|after|before|during|per|a|an|each|every|tied|linked|based|paid|that|which|when|if|once|upon)\s.*$/u

/**
 * True when one item of a line names something the employer gives rather than something the candidate brings: its
 * head noun is a payment or time off in WordNet ("Birthday leave", "tips on top", "a year-end bonus tied to targets"),
 * its head is a Portuguese or Spanish noun of pay, time off, help, board or contract ("Cachê a combinar", "Auxilio de
 * educación"), a day off or days granted a year, an amount of money, the reader as who receives, or the employer as
 * who gives. A bare noun alone ("Benefits", "Compensation") may be a field the candidate knows: it needs a word more,
 * unless `beside` says the item stands in a run of other things given.
 */
export function namesGivenItem(item: string, beside = false): boolean {
  const folded = normalizeText(item.trim())
    .replace(/^[^\p{L}\d$€£]+/u, '')
    // The conjunction a run's last item keeps ("mais diárias nas viagens", "and tips on top").
    .replace(/^(?:and|plus|also|e|mais|tambem|y|tambien)\s+/u, '')
    .replace(/[.!;:)]+$/u, '')
    .replace(/\s+/gu, ' ')
  if (folded.length === 0 || OWN.test(folded)) return false
  if (TIME_OFF.test(folded) || DAYS_A_YEAR.test(folded) || AMOUNT.test(folded)) return true
  if (PERCENT.test(folded) && (PAY_WORD.test(folded) || namesRewardWord(folded))) return true
  if (TO_READER.test(folded) || WE_GIVE.test(folded)) return true
  const wordCount = folded.split(' ').length
  if (wordCount > 10) return false
  // "Bonus if you know Agones": a reward on a condition is the cue of an extra, not a perk.
  if (CONDITIONAL_AFTER.test(folded)) return false
  if (ROMANCE_PAY.test(folded) && (beside || wordCount >= 2)) return true
  if (beside && ROMANCE_BOARD.test(folded)) return true
  if (wordCount < 2) return false
  const phrase = folded.replace(PHRASE_END, '').replace(/^(?:an?|the|your|our)\s+/u, '')
  const head = phrase.match(/[\p{L}-]+$/u)?.[0]
  if (head === undefined || !isRewardNoun(head)) return false
  // "Pass a drug screen", "Earn a bonus": a phrase opened by a verb's plain form is something the candidate does
  // ("tips on top" opens with a plural, never a verb's plain form).
  const first = phrase.split(' ')[0] ?? ''
  return !loadWordNet().isVerb(first)
}

// A condition put after the head ("bonus if you …", "a plus when …").
const CONDITIONAL_AFTER = /\s(?:if|when|once|should|provided|se|si|cuando|quando|caso)\s/u

/** True when the English word's noun is a payment or time off in WordNet (see namesReward). */
function isRewardNoun(word: string): boolean {
  const wordNet = loadWordNet()
  return wordNet.lemmas(word).some((lemma) => wordNet.isNoun(lemma) && wordNet.namesReward(lemma))
}

/** True when any word of the phrase is a noun of payment or time off. */
function namesRewardWord(folded: string): boolean {
  return (folded.match(/\p{L}{3,}/gu) ?? []).some(isRewardNoun)
}

/**
 * True when a whole line gives to the reader: the reader or their family named as who receives ("Free hearing aids for
 * you and your family", "Lentes para ti y tu familia con descuento"), or the employer as who gives ("we pay your
 * renewal", "pagamos el combustible"). Read before the line is cut at its "and", which would part the receiver from
 * the gift.
 */
export function givesToReader(line: string): boolean {
  const folded = normalizeText(line.trim())
    .replace(/[.!;:)]+$/u, '')
    .replace(/\s+/gu, ' ')
  return !OWN.test(folded) && (TO_READER.test(folded) || WE_GIVE.test(folded))
}
