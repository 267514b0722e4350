import { foldForSearch } from './fold-for-search'

/**
 * Acronyms the resume defines itself, with the words they stand for: "Authorization Increases (AI)" gives
 * ai -> "authorization increases". A requirement's acronym found in such a resume counts only when the resume's
 * own expansion is the requirement's meaning; otherwise the letters are a coincidence.
 */
export function findDefinedAcronyms(text: string): Map<string, string> {
  const defined = new Map<string, string>()
  // An acronym in brackets, then the words before it: "Electronic Medical Records (EMR)". Reading the words
  // backwards from each bracket is linear; one pattern spanning both backtracks badly on long resumes.
  for (const match of text.matchAll(/\(\s*([A-Z][A-Za-z]{1,7}?)s?\s*\)/g)) {
    const acronym = match[1] as string
    if (acronym !== acronym.toUpperCase() && !/^[A-Z][a-z]?[A-Z]/.test(acronym)) continue
    const before = text.slice(Math.max(0, (match.index ?? 0) - 120), match.index ?? 0)
    const words = (before.match(/[\p{L}&-]+/gu) ?? [])
      .slice(-8)
      .filter((word) => !/^(?:of|and|the|for|in|&|to|on)$/i.test(word))
    const letters = acronym.replace(/[a-z]/g, '').toLowerCase()
    if (words.length < letters.length) continue
    const tail = words.slice(words.length - letters.length)
    const initials = tail.map((word) => foldForSearch(word[0] ?? '')).join('')
    if (initials !== letters) continue
    const key = acronym.toLowerCase()
    if (!defined.has(key)) defined.set(key, foldForSearch(tail.join(' ')))
  }
  return defined
}

/** True when `surface` is an acronym the resume defines as something other than any of `meanings`. */
export function isForeignAcronym(
  surface: string,
  acronyms: ReadonlyMap<string, string>,
  meanings: readonly string[],
): boolean {
  const expansion = acronyms.get(foldForSearch(surface.trim()))
  if (expansion === undefined) return false
  // Meanings as short as the acronym itself say nothing about it.
  const folded = meanings.map((meaning) => foldForSearch(meaning)).filter((meaning) => meaning.length > 3)
  return !folded.some((meaning) => meaning.includes(expansion) || expansion.includes(meaning))
}
