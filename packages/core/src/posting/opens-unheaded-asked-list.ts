import { isBulletLine, type PageLine } from './find-page-furniture'
import { readInlineKind } from './posting-cues'

/**
 * True when the line at `index` is the first item of a bulleted list (no item above it, another below) and says of
 * itself that it is required ("- Precisa ter CNH", "• Must hold a forklift ticket", "✅ Es indispensable…").
 */
export function opensUnheadedAskedList(lines: readonly PageLine[], index: number): boolean {
  const line = lines[index]
  const previous = lines[index - 1]
  const next = lines[index + 1]
  if (!line || !next || !isBulletLine(line.text) || !isBulletLine(next.text)) return false
  if (previous && isBulletLine(previous.text)) return false
  return readInlineKind(line.text) === 'required'
}
