import { readHeadingLine, readInlineLabel } from './posting-cues'

// The letter an FAQ puts before its question or answer: Q for question, P for pergunta/pregunta, A for answer, R for
// resposta/respuesta ("Q. Can I…? A. Yes…", "P: ¿Hay…? R: No…").
const ENTRY_MARK = /^(?:[QPAR]|Q&A)\s*[.:]\s+/u
const BULLET = /^[-•●▪◦‣*+]\s/u

/** True when a line opens with the letter of an FAQ entry ("Q. …", "P: …"), which no heading carries. */
export function marksFaqEntry(line: string): boolean {
  return ENTRY_MARK.test(line.trim())
}

/** The line without the letter an FAQ entry opens with. */
function withoutEntryMark(line: string): string {
  return line.trim().replace(ENTRY_MARK, '')
}

/**
 * The question a line asks, or null: the whole line when it ends with a question mark, or its opening question when
 * an answer follows on the same line ("Remote? Yes, fully.", "Q. Is there a dress code? A. Smart casual.").
 */
export function readQuestion(line: string): string | null {
  if (BULLET.test(line.trim())) return null
  const text = withoutEntryMark(line)
  if (/\?\s*$/u.test(text) && !/\?\s+\S/u.test(text)) return text
  const opening = /^([¿]?[^.!?]{6,}\?)\s+\S/u.exec(text)
  // A question mark inside a bracket the line has not closed yet ("Diploma in X (with the paper in hand, ok? we
  // check)") ends a tag question of an aside, not a question the line opens with.
  if (opening && opensBracket(opening[1] ?? '')) return null
  return opening ? (opening[1] ?? null) : null
}

/**
 * True when a sentence asks a question, other than a tag question in an aside: "Diploma in X (with the paper in hand,
 * ok?)" states what is asked, while "Ready to join?" and "Forklift licence (do you have one?)" ask the reader.
 */
export function asksOutsideAsides(sentence: string): boolean {
  return /\?/u.test(sentence.replace(/\([^()]*(?:\)|$)/gu, (aside) => (asksOnlyTags(aside) ? ' ' : aside)))
}

/** True when every question in an aside is a tag of a word or two after a comma ("…, ok?", "…, tá?", "…, ¿no?"). */
function asksOnlyTags(aside: string): boolean {
  const questions = aside.match(/\?/gu)?.length ?? 0
  const tags = aside.match(/,\s*¿?[^\s,()?]+(?:\s+[^\s,()?]+)?\?/gu)?.length ?? 0
  return questions === tags
}

/** True when a stretch of text opens more round brackets than it closes. */
function opensBracket(text: string): boolean {
  return (text.match(/\(/gu)?.length ?? 0) > (text.match(/\)/gu)?.length ?? 0)
}

// The sections that speak of the role itself: what it asks and what it does.
const ROLE_SECTIONS: ReadonlySet<string> = new Set(['required', 'nice_to_have', 'responsibilities'])

/**
 * True when a line ends the answer above it: the heading of what the role asks or does ("Responsibilities:",
 * "Requirements", "What we need: …") takes the page back to the posting, which no answer runs into.
 */
export function endsAnswer(line: string): boolean {
  const heading = readHeadingLine(line)?.section ?? readInlineLabel(line)?.section
  return heading !== undefined && ROLE_SECTIONS.has(heading)
}
