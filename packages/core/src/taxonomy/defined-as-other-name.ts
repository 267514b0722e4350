import type { Taxonomy } from './load-taxonomy'
import type { Token } from './tokenize-text'

/** Words a name's initials skip, in English, Portuguese and Spanish. */
const SKIPPED_INITIALS = new Set([
  'and',
  'of',
  'the',
  'for',
  'in',
  'e',
  'de',
  'da',
  'do',
  'das',
  'dos',
  'y',
  'del',
  'en',
])

function initialsOf(words: readonly string[]): string {
  return words
    .filter((word) => !SKIPPED_INITIALS.has(word.toLowerCase()))
    .map((word) => word[0] ?? '')
    .join('')
    .toLowerCase()
}

/**
 * True when the acronym at `first`..`last` is spelt out beside it, in brackets after its words or with its words in
 * brackets after it ("Certified Shorthand Reporter (CSR)", "CSR (Corporate Social Responsibility)"), and the words
 * spelt out are no name of the skill: the posting says itself what its letters stand for.
 */
export function definedAsOtherName(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  skillId: string,
  taxonomy: Taxonomy,
): boolean {
  if (first !== last) return false
  const token = tokens[first] as Token
  const surface = text.slice(token.start, token.end)
  if (!/^\p{Lu}{2,6}$/u.test(surface)) return false
  const size = surface.length
  const before = text.slice(Math.max(0, token.start - 120), token.start)
  const after = text.slice(token.end, token.end + 120)
  let spelt: string[] | null = null
  if (/\(\s*$/u.test(before) && /^\s*\)/u.test(after)) {
    const words = before
      .replace(/\s*\(\s*$/u, '')
      .split(/[\s/-]+/u)
      .filter((word) => word.length > 0)
    // The spelt-out name ends right before the bracket; its length is the acronym's, give or take skipped words.
    for (let count = size; count <= size + 2 && count <= words.length; count++) {
      const candidate = words.slice(words.length - count)
      if (
        candidate.every((word) => /^\p{L}+$/u.test(word)) &&
        initialsOf(candidate) === surface.toLowerCase()
      ) {
        spelt = candidate
        break
      }
    }
  } else {
    const inside = /^\s*\(([^()]{3,80})\)/u.exec(after)?.[1]
    const words = inside?.split(/[\s/-]+/u).filter((word) => word.length > 0) ?? []
    if (words.every((word) => /^\p{L}+$/u.test(word)) && initialsOf(words) === surface.toLowerCase())
      spelt = words
  }
  if (spelt === null) return false
  const skill = taxonomy.skills.get(skillId)
  const spelled = normalizeWords(spelt.join(' '))
  return ![skill?.name ?? '', ...(skill?.aliases ?? [])].some((name) => normalizeWords(name) === spelled)
}

export function normalizeWords(words: string): string {
  return words
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .join(' ')
}
