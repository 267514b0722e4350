/** Lower-cases, strips diacritics and straightens quotes so cue lists can be written once, without accents. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase()
}

/** Splits normalised text into word tokens (letters, digits and the few symbols skills use). */
export function tokenizeWords(text: string): string[] {
  return normalizeText(text).match(/[\p{L}\p{N}][\p{L}\p{N}+#.'-]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu) ?? []
}
