import { asksAsApplicant, type PageLine, statesAMust } from './find-page-furniture'
import { normalizeText } from './normalize-text'
import { marksFaqEntry, readQuestion } from './read-question-line'

// What opens an answer besides what it says: the letter of the entry ("A:", "R."), and a bare yes ("Yes,", "Sim.",
// "Sí,"), which only agrees with the question. A "no" stays: it turns the answer around.
const ANSWER_LEAD =
  /^\s*(?:(?:[AR]|Answer|Resposta|Respuesta)\s*[.:]\s*)?(?:(?:yes|yep|sim|si|sí|claro|of course|por supuesto)\s*[,.!:;–—-]\s*)?/iu

// A word of necessity said of a subject ("… insurance is required", "… es imprescindible").
const NECESSITY =
  /\b(?:required|mandatory|essential|necessary|obrigatori[oa]s?|imprescindi(?:vel|veis|ble|bles)|indispensa(?:vel|veis|ble|bles)|obligatori[oa]s?|necesari[oa]s?|necessari[oa]s?|exigid[oa]s?|requerid[oa]s?)\b/u
// What may stand before the word of necessity without naming anything: a copula, a pronoun, an adverb.
const NO_SUBJECT =
  /^(?:(?:it|it's|this|that|is|are|will|be|always|absolutely|definitely|e|sim|isso|isto|ela|ele|sera|es|eso|esto|si|siempre|totalmente|muy|muito|so|then|entao|entonces)\s+)*$/u
// A phrase of purpose or place before the verb ("para esta convocatoria", "for this role") names no subject either.
const PREPOSITION_FIRST = /^(?:for|in|on|at|to|para|por|en|em|no|na|nos|nas|al)\s/u

/**
 * True when the answer names what it says is needed ("Public liability insurance is required"), rather than
 * pointing back at the question ("Sí, para esta convocatoria es imprescindible", "Yes, it is required"): only then
 * does the answer, read alone, ask for something.
 */
function namesItsSubject(answer: string): boolean {
  const folded = normalizeText(answer)
    .replace(/[^\p{L}\p{N}'\s]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
  const necessity = NECESSITY.exec(folded)
  // A need put to the reader ("you must bring", "você precisa ter") names what it asks after its verb.
  if (!necessity) return true
  const before = folded.slice(0, necessity.index).trim()
  if (NO_SUBJECT.test(before.length > 0 ? `${before} ` : '')) return false
  return !PREPOSITION_FIRST.test(before)
}

/**
 * Cuts an FAQ entry that carries its answer on the same line ("Q: Do I need my own insurance? A: Yes, public
 * liability insurance is required.", "¿Necesito moto? Sí, es indispensable tener moto propia.") into the question
 * and the answer, when the answer puts an obligation to the reader. The applicant's question is the page's; an answer
 * that states a must is the employer stating a requirement, and, on a line of its own, it is read as one.
 */
export function splitInlineAnswers(lines: readonly PageLine[]): PageLine[] {
  return lines.flatMap((line) => {
    const question = readQuestion(line.text)
    if (question === null || !(asksAsApplicant(question) || marksFaqEntry(line.text))) return [line]
    const at = line.text.indexOf(question)
    if (at < 0) return [line]
    const after = at + question.length
    const lead = ANSWER_LEAD.exec(line.text.slice(after))?.[0].length ?? 0
    const answerStart = after + lead
    const answer = line.text.slice(answerStart)
    if (answer.trim().length === 0 || !statesAMust(answer) || !namesItsSubject(answer)) return [line]
    return [
      { ...line, end: line.start + after, text: line.text.slice(0, after), blankAfter: false },
      {
        start: line.start + answerStart,
        end: line.end,
        text: answer,
        blankBefore: false,
        blankAfter: line.blankAfter,
      },
    ]
  })
}
