import { normalizeText } from './normalize-text'
import { readInlineKind } from './posting-cues'

type Span = { start: number; end: number; coordinated?: true }

// The verb after a subject that the sentence then qualifies with a cue: "X and Y are a plus", "A e B são um
// diferencial", "A y B suman puntos", "A e B não são obrigatórias". Copulas and verbs of counting, in EN, PT and ES.
// Read on the text in lower case, accents kept: folded, the PT copula "é" is spelt as the conjunction "e".
const CUED_PREDICATE =
  /\s+(?:(?:would|will|could)\s+(?:be|count|help)|are|is|counts?|helps?|(?:não\s+)?(?:é|são|será|serão|seria|seriam)|contam?|somam?|ajudam?|valem?|(?:no\s+)?(?:es|son|será|serán|sería|serían)|suman?|cuentan?|ayudan?)(?=[\s,.!]|$)/u
// The conjunction between the things the subject names.
const SUBJECT_JOINT = /\s*,\s*(?:(?:and|e|y)\s+)?|\s+(?:and|e|y)\s+/gu
// A subject that is the reader or the employer states something else ("You and the team are…").
const PERSON_SUBJECT = /^(?:you|we|they|voce|voces|nos|eles|elas|tu|usted|ustedes|nosotros|ellos)\b/u

/**
 * Cuts the subject of a sentence that qualifies things with a cue into one ask per thing: "Cake stacking and sugar
 * flower modelling are a plus", "Costura de couro e montagem de vitrines são um diferencial", "El pulido de pisos y
 * la limpieza de alfombras suman puntos". Each thing is asked apart, and each keeps the sentence's kind. Only a
 * subject of phrases of two words or more is cut, so a head shared by its modifiers ("written and spoken English is a
 * must") stays whole.
 */
export function splitCuedSubjects(text: string, start: number, end: number): Span[] {
  const sentence = text.slice(start, end)
  const lower = sentence.toLowerCase()
  if (lower.length !== sentence.length || readInlineKind(sentence) === null) return [{ start, end }]
  const predicate = CUED_PREDICATE.exec(lower)
  if (!predicate) return [{ start, end }]
  const subject = sentence.slice(0, predicate.index)
  if (PERSON_SUBJECT.test(normalizeText(subject.trim())) || /[:;()]/u.test(subject)) return [{ start, end }]
  // A subject is a noun phrase: no clause of its own before the predicate.
  // Alternatives ("A or B") are one ask, and verbs sharing an object ("Being able to read and write Go") one skill.
  // Examples ("tools such as 5S and SPC", "ferramentas como 5S e CEP") illustrate one ask, however joined.
  if (
    /\b(?:que|who|that|which|quien|if|se|si|or|ou|o|u|to|being|able|como|such as|like|including|incluindo|incluyendo|e\.g)\b/u.test(
      normalizeText(subject),
    )
  )
    return [{ start, end }]
  const pieces: Array<{ from: number; to: number }> = []
  let from = 0
  for (const joint of subject.matchAll(SUBJECT_JOINT)) {
    pieces.push({ from, to: joint.index })
    from = joint.index + joint[0].length
  }
  pieces.push({ from, to: subject.length })
  if (pieces.length < 2) return [{ start, end }]
  const wordsOf = (piece: { from: number; to: number }) =>
    subject.slice(piece.from, piece.to).trim().split(/\s+/u).filter(Boolean).length
  if (pieces.some((piece) => wordsOf(piece) < 2 || wordsOf(piece) > 6)) return [{ start, end }]
  // When the sentence goes on to ask more ("…, and X would be a real plus"), the last thing keeps the predicate and
  // the rest, which the readers after this one cut in their turn. Every thing, the first too, is a conjunct of the
  // asked subject: none reads as a sentence of its own.
  const asksMore = /,\s+(?:and|e|y)\s|;/u.test(sentence.slice(predicate.index))
  return pieces.map((piece, index) => ({
    start: start + piece.from,
    end: index === pieces.length - 1 && asksMore ? end : start + piece.to,
    coordinated: true as const,
  }))
}
