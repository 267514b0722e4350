// The shape of an alias says how much its mere letters can be trusted in running text. An acronym ("SEPA", "AI",
// "TCP") spelt in lower case is usually an ordinary word of another language ("que sepa", "aí", "ar"); a common word
// ("ledger", "visas") is often part of someone's name or sentence about something else.

/**
 * - `acronym-name`: the skill is named by the acronym ("SEPA", "SAP");
 * - `acronym-alias`: the initials of a skill named otherwise ("AI" for Artificial Intelligence);
 * - `acronym-part`: a capitalised part of a compound name ("TCP" of TCP/IP), which alone often names something else
 *   (the Spanish cabin-crew certificate "TCP");
 * - `common-word`: a single lower-case word standing for a skill named otherwise ("ledger" for General Ledger, "tax"
 *   for Taxation);
 * - `other`: anything else (names, phrases, brands).
 */
export type AliasShape = 'acronym-name' | 'acronym-alias' | 'acronym-part' | 'common-word' | 'other'

/** Words a name's initials skip ("Search Engine Optimization" is SEO, "Diversity, Equity and Inclusion" DEI). */
const SKIPPED_IN_INITIALS = new Set([
  'and',
  'of',
  'the',
  'for',
  'to',
  'in',
  'on',
  'e',
  'de',
  'y',
  'da',
  'do',
  'del',
])

/** Longest acronym read as one; longer all-capital names ("AUTOSAR", "MATLAB") are written as words too. */
const LONGEST_ACRONYM = 5

function isAllCapitals(word: string): boolean {
  return /^\p{Lu}{2,}$/u.test(word)
}

function initialsOf(name: string): string[] {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0)
  const all = words.map((word) => word[0] ?? '').join('')
  const content = words
    .filter((word) => !SKIPPED_IN_INITIALS.has(word.toLowerCase()))
    .map((word) => word[0] ?? '')
    .join('')
  return [all.toLowerCase(), content.toLowerCase()].filter((initials) => initials.length >= 2)
}

/** Reads the shape of one alias of a skill; `alias` as written in the taxonomy, `name` the skill's name. */
export function readAliasShape(alias: string, name: string): AliasShape {
  const trimmed = alias.trim()
  if (!/^\p{L}+$/u.test(trimmed)) return 'other'
  const lower = trimmed.toLowerCase()
  if (isAllCapitals(trimmed) && trimmed.length <= LONGEST_ACRONYM) return 'acronym-name'
  if (trimmed === name) return 'other'
  if (lower.length <= LONGEST_ACRONYM) {
    // "TCP" of "TCP/IP", "KPI" of "KPI Tracking": a capitalised part of the name.
    const capitalParts = name.split(/[^\p{L}]+/u).filter(isAllCapitals)
    if (capitalParts.some((part) => part.toLowerCase() === lower)) return 'acronym-part'
    if (initialsOf(name).includes(lower)) return 'acronym-alias'
  }
  if (trimmed === lower && lower.length >= 3 && lower !== name.trim().toLowerCase()) return 'common-word'
  return 'other'
}
