// A pictograph opening a line, with any presentation or joiner marks and further pictographs after it: "🛠️⌚ ", "📢 ".
const LEADING_PICTOGRAPHS =
  /^\s*(?:[\p{Extended_Pictographic}\p{Emoji_Presentation}](?:\uFE0F|\u200D|[\u{1F3FB}-\u{1F3FF}])*\s*)+/u
// A sentence closing before another opens: a stop, then a capital or a digit.
const SENTENCE_BREAK = /[.!?…](?:\s+|\s*[\p{Extended_Pictographic}]+\s*)(?=[\p{Lu}\d¿¡])/gu

/**
 * True when a line opened by a pictograph carries a whole paragraph ("🛠️ WANTED … We need X. Hours are … ."),
 * not one item. A phone post opens its text with an emoji as a page opens a list item with a bullet, yet a list
 * item states one thing: a line long enough to hold several sentences, and holding them, is prose to be read
 * sentence by sentence, whatever mark opens it.
 */
export function marksParagraphWithPictograph(line: string, longLine: number): boolean {
  const lead = LEADING_PICTOGRAPHS.exec(line)
  if (!lead) return false
  const body = line.slice(lead[0].length).trim()
  if (body.length <= longLine) return false
  return [...body.matchAll(SENTENCE_BREAK)].length >= 2
}
