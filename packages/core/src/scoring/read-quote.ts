import type { TextSpan } from '../types'

/** Longest quote, in UTF-16 units, an evidence item may carry. */
export const MAX_QUOTE_LENGTH = 240

/** How far either side of a span a sentence boundary is looked for; well past the quote's length. */
const SENTENCE_SEARCH = 4 * MAX_QUOTE_LENGTH

// Character sets rather than regular expressions: the boundary test runs for every character walked.
const HARD_BREAK = new Set(['\n', '\r', '•', '●', '▪', '◦', '‣', '|'])
const SENTENCE_END = new Set(['.', '!', '?', ';'])

/** True when the character at `index` ends a sentence or bullet (a stop counts only before whitespace or the end). */
function isBoundary(text: string, index: number): boolean {
  const char = text[index] ?? ''
  if (HARD_BREAK.has(char)) return true
  return SENTENCE_END.has(char) && (index + 1 >= text.length || /\s/.test(text[index + 1] ?? ''))
}

/**
 * The sentence or bullet around a span of `text`, trimmed and capped at MAX_QUOTE_LENGTH while keeping the span
 * inside it. The result always satisfies `text.slice(start, end) === quote`.
 */
export function readQuote(text: string, span: TextSpan): TextSpan & { quote: string } {
  const spanStart = Math.max(0, Math.min(span.start, text.length))
  const spanEnd = Math.max(spanStart, Math.min(span.end, text.length))
  // The quote is cut to MAX_QUOTE_LENGTH around the span anyway, so the search for the sentence's edges stops
  // SENTENCE_SEARCH characters away: a text without boundaries would otherwise be walked whole for every mention.
  let start = spanStart
  const earliest = Math.max(0, spanStart - SENTENCE_SEARCH)
  while (start > earliest && !isBoundary(text, start - 1)) start -= 1
  let end = spanEnd
  const latest = Math.min(text.length, spanEnd + SENTENCE_SEARCH)
  while (end < latest && !isBoundary(text, end)) end += 1
  if (end < text.length && /[.!?]/.test(text[end] ?? '')) end += 1
  ;({ start, end } = trim(text, start, end))
  if (end - start > MAX_QUOTE_LENGTH) {
    // Centre the window on the mention, then pull both edges back to whole words.
    const middle = Math.floor((spanStart + spanEnd) / 2)
    let windowStart = Math.max(start, middle - Math.floor(MAX_QUOTE_LENGTH / 2))
    const windowEnd = Math.min(end, windowStart + MAX_QUOTE_LENGTH)
    windowStart = Math.max(start, windowEnd - MAX_QUOTE_LENGTH)
    start = windowStart
    end = windowEnd
    if (start > 0 && /\S/.test(text[start - 1] ?? '')) {
      const space = text.slice(start, spanStart).search(/\s/)
      if (space >= 0) start += space + 1
    }
    if (end < text.length && /\S/.test(text[end] ?? '')) {
      const tail = text.slice(spanEnd, end)
      const space = tail.search(/\s\S*$/)
      if (space >= 0) end = spanEnd + space
    }
    ;({ start, end } = trim(text, start, end))
  }
  if (end <= start) return { start: spanStart, end: spanEnd, quote: text.slice(spanStart, spanEnd) }
  return { start, end, quote: text.slice(start, end) }
}

function trim(text: string, start: number, end: number): TextSpan {
  let from = start
  let to = end
  while (from < to && /[\s\-–•●▪◦‣*·,;:|]/.test(text[from] ?? '')) from += 1
  while (to > from && /[\s,;:|]/.test(text[to - 1] ?? '')) to -= 1
  return { start: from, end: to }
}
