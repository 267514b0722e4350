import { loadWordNet } from '../scoring/load-wordnet'
import { asksAboutBodyOrWorkplace } from './classify-requirement'
import { type AskSpan, cutIntoAsks } from './cut-into-asks'
import { normalizeText } from './normalize-text'
import { findRequirementPredicate, readInlineKind } from './posting-cues'
import { opensPartOfTenure, readMinYears } from './read-min-years'
import { refersBack } from './refers-back'

type Span = AskSpan

// A relative clause of ability about the person sought: "someone with 3 years in roofing who can read plans",
// "alguém com CNH que saiba operar empilhadeira", "alguien con experiencia que sepa soldar". What the person can do
// is asked apart from what they have.
const ABILITY_RELATIVE =
  /\s+(?=(?:who|that)\s+(?:can|could|is able to|knows how to)\s|que\s+(?:saiba|saibam|possa|consiga|seja capaz de|sepa|sepan|pueda|sea capaz de)\s)/giu
// A relative clause of knowing or holding about the person sought, after a comma: "someone with two years on site,
// who understands load tables", "alguém com CNH, que conheça a região", "alguien con título, que domine Excel". What
// the person knows is asked apart from what they have.
const KNOWING_RELATIVE =
  /,\s+(?=(?:who|that)\s+(?:understands|knows|holds|speaks|is familiar with|is comfortable with)\s|que\s+(?:entenda|entendam|conheca|conheça|conhecam|domine|dominem|fale|entienda|conozca|hable)\s)/giu
// Inside such a relative, a second verb of ability: "who understands X and can read Y", "que conheça X e saiba Y".
const RELATIVE_ABILITY =
  /\s+(?:and|e|y)\s+(?=(?:can|could|is able to|knows how to|saiba|consiga|sepa|pueda)\s)/giu
// The person sought with something they have: the part before the relative asks for it ("someone with 3 years in
// roofing"); a bare "Buscamos a alguien" before it asks nothing of its own.
const PERSON_WITH =
  /\b(?:someone|somebody|a person|people|candidates?|an? \p{L}+(?:er|or|ist|ian|ant|ent)|alguem|alguien|uma pessoa|una persona|profissional|profesional)\s+(?:with|com|con)\s+\S/u
// The opening of an ability's complement: the verb or verbs after it are the asks ("can braze and pull a vacuum", "be
// able to write a screener and recruit participants", "saiba instalar e configurar").
// A bare "you can" is left out: it opens qualities as often as skills ("you can tell a client no and keep them").
const ABILITY_OPENING =
  /\b(?:(?:who|that) (?:can|could)|able to|capable of|knows? how to|saiba|saibam|possa|consiga|capaz de|sepa|sepan|pueda|puedan)\s+/iu
// "…, and to be comfortable with X", "Able to handle X and to work Y": a second infinitive the sentence's frame
// ("We'd like you to have …") governs; "to" said again shows the verb takes no share of the first one's object.
const SECOND_INFINITIVE = /,?\s+and\s+(?=to\s+(\p{L}+))/gu
const ASKING_INFINITIVE =
  /\b(?:able|need|needs|have|has|required|expected|like you|want you|ask you|must be able)\s+to\s+\p{L}+/iu
// "…comfortable working in a freezer, and able to lift 50 lb": a second ability the sentence's frame governs.
const SECOND_ABILITY =
  /,\s+(?:and|e|y)\s+(?=(?:be\s+|ser\s+)?(?:able to|capaz de|capable of|apt[oa] para)\s)/gu
// "…es imprescindible que A, y que B", "…é essencial que A, e que B": a second "que" clause the frame governs.
const SECOND_THAT_CLAUSE = /,\s+(?:e|y)\s+(?=que\s+\p{L})/gu
// "Two years in a salon, of which at least one as a colourist": the part of the tenure is asked with its own years.
const PART_RELATIVE = /,\s+(?=(?:of which|of whom|de los cuales|de las cuales|dos quais|das quais)\s)/gu
// A second tenure narrowing the first, with its own unit ("36 months of payroll, with at least 12 months multi-state",
// "5 anos em vendas, sendo pelo menos 2 anos em SaaS"): each tenure is asked with its own years. A bare count ("…,
// with at least 2 in SaaS") narrows without a unit and is left to the tenure reader.
const SECOND_TENURE =
  /,\s+(?=(?:(?:with|com|con|sendo|siendo|and|e|y|including|incluindo|incluyendo)\s+)?(?:at least|a minimum of|no minimo|minimo de|pelo menos|ao menos|al menos|por lo menos|minimo)\s+\S+\s+(?:years?|months?|anos?|meses|mes)\b)/gu
// A clause joined by ", and" with a subject and a verb of its own ("experience fabricating ductwork is a plus, and a
// NATE certification would put you ahead"): each clause states its own ask.
const CLAUSE_JOINT = /,\s+(?:and|e|y|so|entao|por isso|asi que|por lo que)\s+/gu
// A second clause in which the reader is obliged ("…, and you'll need a current certification", "…, and you should be
// comfortable running X", "…, e você precisa ter CNH", "…, y debes contar con carné"): an ask of its own.
const READER_OBLIGED =
  /^(?:you(?:'ll| will)? (?:need|have to|must|should)|you must|voce (?:precisa|precisara|deve|devera|tem que)|(?:tu |usted )?(?:necesitas|necesitaras|debes|deberas|tienes que|tendras que))\b/u
// A preposition said again after "and" ("comfortable with hand tools and with the bandsaw", "manejarse con las
// herramientas de mano y con la maquinaria", "experiência com caixa e com estoque"): the verb before takes a second
// object, named apart, so each object is an ask of its own. Read on the folded text; the group is the preposition.
const REPEATED_PREPOSITION = /,?\s+(?:and|e|y)\s+(?=(with|com|con)\s+\p{L})/gu
// A spoken language named before the objects ("English, as we talk with the plant and with the supplier", "el
// español para el día a día con el equipo y con los capitanes"): they are the parties it is spoken with, not asks.
const SPOKEN_LANGUAGE =
  /\b(?:english|ingles|portugues|portuguese|espanol|spanish|castellano|french|frances|german|aleman|alemao|italian|italiano)\b/u
// A noun of handling or using, or its gerund, before the first "with" ("Manejo con radiocontrol y con botonera",
// "operação com paleteira e com empilhadeira"): the objects are the means of the one handling.
const HANDLING_NOUN =
  /\b(?:manejo|manuseio|handling|operation|operacao|operacion|uso|use|utilizacao|utilizacion|operating|using|operando|manejando|manuseando|usando|utilizando)\s+(?:\p{L}+\s+)?$/u
const FINITE_VERB =
  /\s(?:would|will|is|are|could|should|must|counts?|e|sera|seria|conta|contam|es|cuenta|cuentan|suma|suman)\s/u
const PRONOUN_OR_VERB_OPENING = /^(?:you|we|it|they|voce|voces|nos|tu|usted|ustedes|ele|ela|el|ella)\b/u

// Fewest words the part before a joint must hold to stand as an ask of its own.
const LEAST_WORDS = 3

/** True when an English word is a verb WordNet knows, in its base form or inflected. */
function isVerb(word: string): boolean {
  const wordNet = loadWordNet()
  return wordNet.lemmas(normalizeText(word)).some((lemma) => wordNet.isVerb(lemma))
}

/** True when a PT or ES word has the shape of an infinitive ("configurar", "soldar", "atender", "instalar"). */
function isInfinitive(word: string): boolean {
  return /^\p{L}{3,}(?:ar|er|ir)$/u.test(normalizeText(word))
}

function words(text: string): number {
  return text.trim().split(/\s+/u).filter(Boolean).length
}

/** The cuts of joints whose parts both hold enough words to stand alone. */
function keepStanding(
  text: string,
  start: number,
  end: number,
  cuts: ReadonlyArray<{ at: number; skip: number }>,
): Array<{ at: number; skip: number }> {
  const kept: Array<{ at: number; skip: number }> = []
  let from = start
  for (const [index, cut] of cuts.entries()) {
    const next = cuts[index + 1]?.at ?? end
    if (words(text.slice(from, cut.at)) >= LEAST_WORDS && words(text.slice(cut.at + cut.skip, next)) >= 1) {
      kept.push(cut)
      from = cut.at + cut.skip
    }
  }
  return kept
}

/**
 * Cuts the verbs an ability coordinates into one ask each: "who can braze and pull a vacuum on a system" asks for
 * brazing and for pulling a vacuum; "be able to write a screener and recruit participants" for both. A verb after
 * "and" opens a new ask only when the word is a verb (WordNet for English, the shape of an infinitive in PT and ES);
 * what the body can do ("lift 50 lb and stand all day") is one condition and stays whole.
 */
function splitAbilityVerbs(text: string, start: number, end: number): Span[] {
  const part = text.slice(start, end)
  const opening = ABILITY_OPENING.exec(part)
  if (!opening || asksAboutBodyOrWorkplace(part)) return [{ start, end }]
  const from = opening.index + opening[0].length
  const cuts: Array<{ at: number; skip: number }> = []
  for (const joint of part.slice(from).matchAll(/\s+(?:and|e|y)\s+(?=(\p{L}+))/gu)) {
    const next = joint[1] ?? ''
    // A base form opens a verb phrase; "-ing" and "-s" forms after "and" are nouns or modifiers ("rotating holidays").
    const verb = /^(?:and)/u.test(joint[0].trim())
      ? isVerb(next) && !/(?:s|ing|ed)$/u.test(next)
      : isInfinitive(next)
    if (!verb) continue
    // A lone verb before the joint shares the object after it ("read and write TypeScript", "install and configure
    // the ERP"): one ask.
    const governed = part.slice(from, joint.index + from)
    if (words(governed) < 2) continue
    // The verb after the joint must stand in the ability's own clause: a bracket or a comma between them hands it to
    // another frame ("(able to learn fast) in order to advise clients and make decisions").
    if (/[(),;]/u.test(governed)) continue
    if (refersBack(part.slice(from + joint.index + joint[0].length))) continue
    cuts.push({ at: start + from + joint.index, skip: joint[0].length })
  }
  if (cuts.length === 0) return [{ start, end }]
  // The first verb keeps its opening ("who can braze"), so its one word still reads as an ability asked.
  return cutIntoAsks(start, end, cuts)
}

/**
 * Cuts one prose sentence into the asks it makes, where its grammar joins them: a relative clause of ability about
 * the person sought ("someone with 3 years of roofing who can read plans and estimate a job"), the verbs the ability
 * coordinates, a second infinitive or "que" clause the sentence's frame governs ("We'd like you to have X, and to be
 * comfortable with Y", "Es clave que A, y que B"), and a second clause with its own subject and verb after ", and" when the first states a kind ("X is a plus, and
 * Y would put you ahead"). Parts after the first continue the sentence's ask.
 */
export function splitSentenceAsks(text: string, start: number, end: number): Span[] {
  const sentence = text.slice(start, end)
  const joints: Array<{ at: number; skip: number }> = []
  for (const match of sentence.matchAll(ABILITY_RELATIVE))
    if (PERSON_WITH.test(normalizeText(sentence.slice(0, match.index))))
      joints.push({ at: start + match.index, skip: match[0].length })
  for (const match of sentence.matchAll(KNOWING_RELATIVE))
    if (PERSON_WITH.test(normalizeText(sentence.slice(0, match.index)))) {
      joints.push({ at: start + match.index, skip: match[0].length })
      const relative = sentence.slice(match.index)
      for (const ability of relative.matchAll(RELATIVE_ABILITY))
        joints.push({ at: start + match.index + ability.index, skip: ability[0].length })
    }
  for (const match of sentence.matchAll(SECOND_ABILITY))
    joints.push({ at: start + match.index, skip: match[0].length })
  for (const match of sentence.matchAll(SECOND_INFINITIVE)) {
    // Without a comma, only a frame of ability or need governs both ("Able to carry X and to work Y"); a quality's
    // complements stay one quality ("Willingness to learn and to be coached").
    const frame = match[0].startsWith(',') ? /\bto\s+\p{L}+/u : ASKING_INFINITIVE
    if (frame.test(sentence.slice(0, match.index)) && isVerb(match[1] ?? ''))
      joints.push({ at: start + match.index, skip: match[0].length })
  }
  for (const match of sentence.matchAll(PART_RELATIVE))
    if (
      readMinYears(sentence.slice(0, match.index)) !== null &&
      opensPartOfTenure(sentence.slice(match.index + match[0].length))
    )
      joints.push({ at: start + match.index, skip: match[0].length })
  const folded = normalizeText(sentence)
  for (const match of folded.length === sentence.length ? folded.matchAll(SECOND_TENURE) : [])
    if (
      readMinYears(sentence.slice(0, match.index)) !== null &&
      readMinYears(sentence.slice(match.index + match[0].length)) !== null
    )
      joints.push({ at: start + match.index, skip: match[0].length })
  for (const match of sentence.matchAll(SECOND_THAT_CLAUSE))
    if (/\bque\s/u.test(sentence.slice(0, match.index)))
      joints.push({ at: start + match.index, skip: match[0].length })
  for (const match of sentence.matchAll(CLAUSE_JOINT)) {
    const before = sentence.slice(0, match.index)
    const after = sentence.slice(match.index + match[0].length)
    const clauseBefore = before.slice(Math.max(0, before.search(/[^,;]*$/u)))
    // After "so", the clause before is the reason: an ask of its own only when it too speaks of the reader ("you will
    // be on your feet all shift, so you must…"), not when it states a fact ("Classes run at night, so you must…").
    const consequence = /^,\s+(?:so|entao|por isso|asi que|por lo que)\s/u.test(match[0])
    if (consequence && !/\b(?:you|your|voce|tu|usted)\b/u.test(normalizeText(clauseBefore))) continue
    const obliged = READER_OBLIGED.test(normalizeText(after)) || findRequirementPredicate(after) !== null
    if (obliged && words(clauseBefore) >= LEAST_WORDS) {
      joints.push({ at: start + match.index, skip: match[0].length })
      continue
    }
    if (
      readInlineKind(clauseBefore) !== null &&
      FINITE_VERB.test(` ${normalizeText(after.split(/[,;]/u)[0] ?? '')} `) &&
      !PRONOUN_OR_VERB_OPENING.test(normalizeText(after)) &&
      !FINITE_VERB.test(` ${normalizeText(after.split(/\s+/u)[0] ?? '')} `)
    )
      joints.push({ at: start + match.index, skip: match[0].length })
  }
  // The preposition must have opened an object earlier in the same clause (no stop or semicolon between), after
  // the verb or adjective that governs both; a bracket open at the joint keeps an aside whole.
  for (const match of folded.length === sentence.length ? folded.matchAll(REPEATED_PREPOSITION) : []) {
    const clause =
      folded
        .slice(0, match.index)
        .split(/[.;:]\s/u)
        .at(-1) ?? ''
    const first = [...` ${clause} `.matchAll(new RegExp(`\\s${match[1]}\\s`, 'gu'))].at(-1)
    if (!first || words(clause.slice(0, first.index)) < 1) continue
    if ((clause.match(/\(/gu) ?? []).length !== (clause.match(/\)/gu) ?? []).length) continue
    // A comma outside brackets between the two ("soldadura con soplete, calado y pulido a mano y con motor") puts
    // the first in another item of a list: the second tells how the last item is done.
    const between = clause.slice(first.index).replace(/\([^()]*\)/gu, '')
    if (between.includes(',')) continue
    if (SPOKEN_LANGUAGE.test(folded) || HANDLING_NOUN.test(clause.slice(0, first.index))) continue
    joints.push({ at: start + match.index, skip: match[0].length })
  }
  joints.sort((a, b) => a.at - b.at)
  const kept = keepStanding(text, start, end, joints)
  const pieces = cutIntoAsks(start, end, kept)
  return pieces.flatMap((piece) =>
    splitAbilityVerbs(text, piece.start, piece.end).map((part, index) =>
      index === 0 && piece.coordinated !== true
        ? { start: part.start, end: part.end }
        : { ...part, coordinated: true as const },
    ),
  )
}
