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
