import { repairMojibake } from './repair-mojibake'

// Zero-width and formatting characters are invisible to a reader, so they must not split or pad words.
const invisibleCharacters = /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/g
// The same without the soft hyphen, whose code (0xAD) is also a UTF-8 continuation byte that mojibake repair reads
// ("Ã\u00AD" is "í"). Fonts map a lost byte to a zero-width space ("ï¼\u200B"), so those go before the repair.
const zeroWidthCharacters = /[\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/g

/** C0 and C1 control characters other than tab, line feed and carriage return. */
export function isControlCharacter(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f)
}

// Copies the runs between control characters rather than appending character by character: a string built one
// character at a time is a chain of millions of nodes, and ran a 10 MB text file out of the sandbox's memory.
function removeControlCharacters(value: string): string {
  const runs: string[] = []
  let from = 0
  for (let index = 0; index < value.length; index++) {
    if (!isControlCharacter(value.charCodeAt(index))) continue
    if (index > from) runs.push(value.slice(from, index))
    from = index + 1
  }
  if (from === 0) return value
  if (from < value.length) runs.push(value.slice(from))
  return runs.join('')
}
const unicodeSpaces = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g

/**
 * Normalises extracted text the same way for every format: mojibake repaired (before control characters go, since
 * a Latin-1 reading turns some UTF-8 bytes into C1 controls), NFC, `\n` line ends, single spaces,
 * no trailing spaces, at most one blank line between paragraphs, trimmed. Offsets downstream index into this.
 */
export function normalizeText(raw: string): string {
  const lines = repairMojibake(raw.replace(zeroWidthCharacters, ''))
    .normalize('NFC')
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
    .replace(/\f|\v/g, '\n')
    .replace(invisibleCharacters, '')
  return removeControlCharacters(lines)
    .replace(unicodeSpaces, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
