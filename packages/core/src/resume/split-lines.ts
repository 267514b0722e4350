import type { TextSpan } from '../types'

export type TextLine = TextSpan & { text: string; index: number }

/** Splits text into lines with their offsets (end excludes the newline). */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = []
  let start = 0
  let index = 0
  while (start <= text.length) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    lines.push({ start, end, text: text.slice(start, end), index: index++ })
    if (newline === -1) break
    start = newline + 1
  }
  return lines
}

/** Lower-case, accent-free form of a string for keyword comparisons. */
export function foldCase(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** Leading bullet characters a resume uses for list items. */
export const bulletPattern = /^\s*(?:[•·▪◦●○■□➢➤►▶✓✔*‣⁃-]|\d{1,2}[.)])\s+/u

/**
 * Index of the first line whose `key` offset is at least `offset` (`lines.length` when none is). Lines are sorted
 * and disjoint, so both their starts and their ends ascend: a binary search replaces a scan of every line.
 */
export function firstLineFrom(
  lines: readonly TextLine[],
  offset: number,
  key: 'start' | 'end' = 'start',
): number {
  let low = 0
  let high = lines.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((lines[middle] as TextLine)[key] < offset) low = middle + 1
    else high = middle
  }
  return low
}

/** The lines that start inside [start, end), found by binary search rather than by filtering every line. */
export function linesStartingIn(lines: readonly TextLine[], start: number, end: number): TextLine[] {
  const first = firstLineFrom(lines, start)
  const last = firstLineFrom(lines, end)
  return lines.slice(first, Math.max(first, last))
}
