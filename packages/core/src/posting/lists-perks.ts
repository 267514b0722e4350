import { givesToReader, namesGivenItem } from './names-given-item'
import { namesPerk } from './names-perk'
import { normalizeText } from './normalize-text'
import { findRequirementPredicate } from './posting-cues'

// The perks as a sentence's subject, with a verb of including ("Perks include …", "Os benefícios incluem …", "Las
// prestaciones son …").
const PERKS_SUBJECT =
  /^(?:(?:our|the|os|as|nossos|nossas|los|las|nuestros|nuestras)\s+)?(?:benefits|perks|extras|beneficios|vantagens|ventajas|regalias|prestaciones)\s+(?:include|includes|are|cover|covers|incluem|sao|abrangem|incluyen|son|abarcan|cubren)\b/u
// An item the employer gives: something free or paid for the reader ("free parking", "paid training days", "almoço
// grátis", "cursos pagos"), or a span of leave ("3 weeks PTO", "30 dias de férias", "15 días de vacaciones"). "Paid"
// names a marketing channel when an ad's word follows ("paid search", "paid social").
const PERK_ITEM =
  /^(?:(?:free(?!\s+(?:to|of|from|for)\b)|complimentary|discounted|subsidi[sz]ed|company-paid|gratis|gratuit[oa]s?|subsidiad[oa]s?)\s+\p{L}|paid\s+(?!(?:search|social|media|ads?|advertising|campaigns?|acquisition|traffic|channels?)\b)\p{L}|\d+\s+(?:days?|weeks?|dias|semanas)\s+(?:of\s+|de\s+)?(?:pto|paid time off|vacation|holidays?|leave|ferias|vacaciones|descanso|licenca|licencia)\b)|\b(?:gratis|gratuit[oa]s?|subsidiad[oa]s?|pag[oa]s? pela empresa|pagad[oa]s? por la empresa)$/u
// Help towards the reader's own learning or costs ("Apoyo para cursos", "Auxílio para academia", "learning stipend",
// "allowance for conferences"): a noun of giving, for something the reader uses. "Apoio ao cliente" serves another.
const SUPPORT_FOR =
  /^(?:(?:apoio|apoyo|ajuda|ayuda|auxilio|subsidio|reembolso|bolsa|beca|incentivo|bono|bonus|vale)\s+(?:para|pra|de estudos?|educa\p{L}*)\b|(?:\p{L}+\s+)?(?:allowance|stipend|reimbursement)\s+for\b|(?:learning|training|education|conference|course|wellness|gym|phone|internet|home[- ]office|tool|uniform|meal|lunch|commuter|transport)\s+(?:allowance|stipend|budget|reimbursement)\b)/u
// A trial period as the time a perk starts ("after probation", "depois da experiência", "tras el periodo de prueba").
const TRIAL_AFTER =
  /\b(?:after|depois d[aoe]s?|apos (?:o |a )?|despues de(?:l)?|tras (?:el |la )?)\s*(?:periodo de )?(?:experiencia|probation|prueba)\b/u
// Asking words that keep a line a requirement whatever it lists.
const ASKS =
  /\b(?:must|required|requires?|need|needs|should|experience[ds]?|experiencia|knowledge|conhecimento|conocimiento|degree|ability|able to|obrigatori\p{L}*|imprescindi\p{L}+|indispensa\p{L}+|deve|debe|precisa|necesita)\b/u

/**
 * "Perks include vision, dental and a gym stipend", "Free lunch on Fridays, paid study days, 3 weeks PTO", "Auxílio
 * para cursos de idiomas": what the employer gives, a perk list or a perk, with nothing asked. Told by its subject of
 * perks, by two or more items that are free, paid or leave, by a run whose items mostly name a perk (see namesPerk),
 * or by a noun of help towards the reader's own costs.
 */
export function listsPerks(sentence: string): boolean {
  const folded = normalizeText(sentence.trim())
    .replace(/^[^\p{L}\d]+/u, '')
    .replace(/[.!]+$/u, '')
    .replace(/\s+/gu, ' ')
  // "Convênio médico depois da experiência": a trial period named as when a perk starts is a time, not an ask.
  if (ASKS.test(folded.replace(TRIAL_AFTER, ' '))) return false
  // "Pedimos al menos tres temporadas … de más de 6.000 metros": a sentence opened by a predicate of need asks, even
  // when a figure in it reads like an amount paid.
  if (findRequirementPredicate(sentence) !== null) return false
  if (PERKS_SUBJECT.test(folded)) return true
  if (givesToReader(folded) && folded.split(' ').length <= 16) return true
  const items = folded
    .split(/\s*[,;·+]\s*|\s+(?:and|e|y|plus|mais)\s+/u)
    .map((item) => item.trim())
    .filter((item) => item.length > 0)
  if (items.filter((item) => PERK_ITEM.test(item)).length >= 2) return true
  // A run of things the employer gives ("Company van for work use, phone allowance, overtime paid, pension after
  // probation"): most of its items name a perk, so the few that do not ride along with them. In a run of three or
  // more, a bare noun of pay or board counts too (see namesGivenItem).
  const perks = items.filter(
    (item) => PERK_ITEM.test(item) || namesPerk(item) || namesGivenItem(item, items.length >= 3),
  ).length
  if (perks >= 2 && perks * 5 >= items.length * 3) return true
  // "Free PPE and orange kit", "Prestaciones de ley, SGMM": a perk heads the line and what follows it is a word or two
  // riding along, a short name or an acronym, too little to be an ask of its own.
  const [first, ...rest] = items
  if (
    first !== undefined &&
    (PERK_ITEM.test(first) || namesPerk(first) || namesGivenItem(first)) &&
    rest.length > 0 &&
    rest.every((item) => item.split(' ').length <= 2)
  )
    return true
  // "Paid renewals of your card after your probation": a lone item the employer pays for or gives free.
  if (items.length === 1 && first !== undefined && PERK_ITEM.test(first) && first.split(' ').length <= 12)
    return true
  // "Birthday leave", "Cachê a combinar", "Día libre en tu cumpleaños": a lone thing the employer gives.
  if (items.length === 1 && first !== undefined && namesGivenItem(first)) return true
  return SUPPORT_FOR.test(folded) && folded.split(' ').length <= 8 && !/[:;]/u.test(folded)
}
