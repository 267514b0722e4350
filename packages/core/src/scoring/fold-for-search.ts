function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 127) return false
  return true
}

/**
 * Lower-cases and strips accents one UTF-16 unit at a time, so the result has exactly the length of the input
 * and a match's offsets are valid in the original text.
 */
export function foldForSearch(text: string): string {
  // Plain ASCII (nearly every resume line) needs only lower-casing, which keeps the length as it is.
  if (isAscii(text)) return text.toLowerCase()
  let folded = ''
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string
    if (char.charCodeAt(0) < 128) {
      folded += char.toLowerCase()
      continue
    }
    const lower = char.toLowerCase()
    const stripped = lower.normalize('NFD').replace(/\p{M}/gu, '')
    folded += stripped.length === 1 ? stripped : lower.length === 1 ? lower : char
  }
  return folded
}

/** A crude stem so "managed" finds "management": common English / Romance suffixes are dropped down to 4 letters. */
export function stemKeyword(keyword: string): string {
  const stem = keyword.replace(/(?:ations?|ments?|ing|ers?|ed|es|s|cao|coes|cion|ciones)$/, '')
  return stem.length >= 4 ? stem : keyword
}
