import { normaliseText } from '../embedding/tokenize-text'

/** Lower-case, accent-free text with single spaces and a space at each end, for whole-word look-ups. */
export function toHaystack(text: string): string {
  const words = normaliseText(text)
    .replace(/[^\p{L}\p{N}+#/]+/gu, ' ')
    .trim()
  return ` ${words} `
}

// Short terms ("ml", "go", "api") only match whole words; long ones also match as stems ("orchestrat").
const STEM_MIN_LENGTH = 6

/** Whether `term` occurs in a haystack made by `toHaystack`. */
export function hasTerm(haystack: string, term: string): boolean {
  const needle = toHaystack(term).trimEnd()
  if (needle.trim().length === 0) return false
  if (haystack.includes(`${needle} `)) return true
  return needle.trim().length >= STEM_MIN_LENGTH && haystack.includes(needle)
}
