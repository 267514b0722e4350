// Zero-width and formatting characters are invisible to a reader, so they must not split or pad words.
const invisibleCharacters = /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/g
// Every other control character except tab and newline (which are handled below).
const controlCharacters = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g
const unicodeSpaces = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g

/**
 * Normalises extracted text the same way for every format: NFC, `\n` line ends, single spaces,
 * no trailing spaces, at most one blank line between paragraphs, trimmed. Offsets downstream index into this.
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
    .replace(/\f|\v/g, '\n')
    .replace(invisibleCharacters, '')
    .replace(controlCharacters, '')
    .replace(unicodeSpaces, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
