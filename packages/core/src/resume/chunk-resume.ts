import type { ResumeChunk, ResumeProfile, ResumeSectionName, TextSpan } from '../types'
import { bulletPattern, linesStartingIn, splitLines } from './split-lines'

export type ChunkOptions = { maxChars?: number; maxUnits?: number }

const defaultMaxChars = 400
const defaultMaxUnits = 3

type Unit = TextSpan & { bullet: boolean }

/**
 * Sentence spans inside [start, end); a sentence ends at . ! ? after a lower-case word (so "B.S." and "e.g."
 * do not end one) and before a space and a capital or digit.
 */
function sentenceSpans(text: string, start: number, end: number): TextSpan[] {
  const spans: TextSpan[] = []
  const pattern = /(?<=[\p{Ll}\d)%]{2})[.!?](?=\s+[\p{Lu}\d•])/gu
  // Search only this span (plus the two characters the lookbehind reads): searching the whole text from `start`
  // runs to its end whenever the span has no sentence break, once per line. A stop on the span's last character
  // closes the span either way, so the lookahead losing sight of the next line changes nothing.
  const windowStart = Math.max(0, start - 2)
  const window = text.slice(windowStart, end)
  pattern.lastIndex = start - windowStart
  let from = start
  for (let match = pattern.exec(window); match; match = pattern.exec(window)) {
    const index = windowStart + match.index
    spans.push({ start: from, end: index + 1 })
    from = index + 1
    while (from < end && /\s/.test(text[from] ?? '')) from++
  }
  if (from < end) spans.push({ start: from, end })
  return spans
}

/**
 * True when the span's last non-blank character ends a sentence or a label. Reads backwards from the end rather
 * than trimming a copy: a bullet wrapped over thousands of lines would be copied once per line.
 */
function endsWithStop(text: string, span: TextSpan): boolean {
  let position = span.end - 1
  while (position >= span.start && /\s/.test(text[position] ?? '')) position--
  return position >= span.start && /[.!?:]/.test(text[position] ?? '')
}

/** Splits a span longer than the limit at word boundaries. */
function splitLong(text: string, span: TextSpan, maxChars: number): TextSpan[] {
  const pieces: TextSpan[] = []
  let from = span.start
  while (span.end - from > maxChars) {
    // Look for the space within this piece only: lastIndexOf on the whole text walks back to the start of a long
    // run without spaces, once per piece.
    const space = text.slice(from, from + maxChars + 1).lastIndexOf(' ')
    const cut = space > 0 ? from + space : from + maxChars
    pieces.push({ start: from, end: cut })
    from = cut
    while (from < span.end && /\s/.test(text[from] ?? '')) from++
  }
  if (from < span.end) pieces.push({ start: from, end: span.end })
  return pieces
}

/**
 * Cuts each section into chunks of one to three sentences or bullets (at most ~400 characters) for embedding.
 * Chunks never cross a section or experience-entry boundary, skip heading lines, and their offsets index
 * into `text`.
 */
export function chunkResume(text: string, profile: ResumeProfile, options: ChunkOptions = {}): ResumeChunk[] {
  const maxChars = options.maxChars ?? defaultMaxChars
  const maxUnits = options.maxUnits ?? defaultMaxUnits
  const lines = splitLines(text)
  const sections =
    profile.sections.length > 0
      ? profile.sections
      : [{ name: 'other' as ResumeSectionName, heading: null, start: 0, end: text.length }]
  // Entry starts are hard boundaries: a chunk should speak about one job.
  const boundaries = new Set(profile.experiences.map((entry) => entry.start))
  const chunks: ResumeChunk[] = []

  for (const section of sections) {
    const groups: Unit[][] = [[]]
    for (const line of linesStartingIn(lines, section.start, section.end)) {
      const end = Math.min(line.end, section.end)
      const content = text.slice(line.start, end)
      if (boundaries.has(line.start) || content.trim() === '') groups.push([])
      if (content.trim() === '') continue
      // The heading line itself carries no content to embed.
      if (section.heading !== null && line.start === section.start && content.trim() === section.heading)
        continue
      let start = line.start
      if (section.heading !== null && line.start === section.start) {
        // Inline heading ("Skills: Python, Go"): keep only what follows the label.
        start = line.start + content.indexOf(section.heading) + section.heading.length
        while (start < end && /[\s:：]/.test(text[start] ?? '')) start++
      }
      while (start < end && /\s/.test(text[start] ?? '')) start++
      const bullet = bulletPattern.test(content)
      const current = groups[groups.length - 1]
      // A bullet starts a new unit; a wrapped line without a bullet continues the previous unit.
      const previous = current?.[current.length - 1]
      if (previous && !bullet && !endsWithStop(text, previous) && previous.bullet) {
        previous.end = end
        continue
      }
      for (const sentence of bullet ? [{ start, end }] : sentenceSpans(text, start, end)) {
        for (const piece of splitLong(text, sentence, maxChars)) current?.push({ ...piece, bullet })
      }
    }
    for (const wrapped of groups) {
      // A bullet that wrapped over several lines can outgrow the limit once its lines are joined.
      const group = wrapped.flatMap((unit) =>
        unit.end - unit.start > maxChars
          ? splitLong(text, unit, maxChars).map((piece) => ({ ...piece, bullet: unit.bullet }))
          : [unit],
      )
      let chunk: Unit[] = []
      const flush = () => {
        const first = chunk[0]
        const last = chunk[chunk.length - 1]
        if (first && last) {
          chunks.push({
            index: chunks.length,
            start: first.start,
            end: last.end,
            text: text.slice(first.start, last.end),
            section: section.name,
          })
        }
        chunk = []
      }
      for (const unit of group) {
        const first = chunk[0]
        if (first && (chunk.length >= maxUnits || unit.end - first.start > maxChars)) flush()
        chunk.push(unit)
      }
      flush()
    }
  }
  return chunks
}
