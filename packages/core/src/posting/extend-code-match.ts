import type { SkillMatch } from '../types'
import { normalizeText } from './normalize-text'

// The rest of a code glued to a match by a hyphen: "ICD-10" read in "ICD-10-PCS", "EN 1090" in "EN 1090-2".
const CODE_REST = /^(?:-[\p{Lu}\d][\p{Lu}\d]*)+(?![\p{L}\d-])/u
// Matches stretched over an edition, told apart from names the taxonomy holds with two words ("SAP FI").
const editions = new WeakSet<SkillMatch>()
// A capitalised word right after a product's name: its edition or module ("ArcGIS Pro", "Dynamics Sales").
const EDITION = /^[ \t]+\p{Lu}[\p{L}\d]*(?![\p{L}\d-])/u

/**
 * A match on a code that goes on past it ("ICD-10" in "ICD-10-PCS") stretched over the whole code, so the label
 * keeps the part that tells two codes of one family apart. Other matches are returned as they are.
 */
export function extendCodeMatch(sentence: string, match: SkillMatch): SkillMatch {
  if (!/\d/u.test(match.surface) || !/[\p{L}\d]$/u.test(match.surface)) return match
  const rest = CODE_REST.exec(sentence.slice(match.end))
  if (!rest) return match
  return { ...match, end: match.end + rest[0].length, surface: match.surface + rest[0] }
}

/**
 * Matches on one product named twice with different editions ("Revit Architecture and Revit Structure") stretched
 * over their editions: the posting asks for each edition, not for the product said twice.
 */
export function extendEditionMatches(sentence: string, matches: readonly SkillMatch[]): SkillMatch[] {
  // Offsets are the text's; "sentence" is the text they index.
  const starts = new Set(matches.map((match) => match.start))
  const editionOf = (match: SkillMatch) => {
    const found = EDITION.exec(sentence.slice(match.end))
    if (!found) return null
    const at = match.end + found[0].length - found[0].trimStart().length
    return starts.has(at) ? null : found[0]
  }
  return matches.map((match) => {
    const edition = editionOf(match)
    if (edition === null) return match
    const key = normalizeText(match.surface)
    const others = matches.filter(
      (other) => other !== match && other.skillId === match.skillId && normalizeText(other.surface) === key,
    )
    const differs = others.some((other) => {
      const second = editionOf(other)
      return second !== null && normalizeText(second) !== normalizeText(edition)
    })
    if (!differs) return match
    const extended = { ...match, end: match.end + edition.length, surface: match.surface + edition }
    editions.add(extended)
    return extended
  })
}

/** True when the matches name editions of one product ("ArcGIS Pro", "ArcGIS Online"): each is an item of its own. */
export function namesEditions(matches: readonly SkillMatch[]): boolean {
  const [first, ...rest] = matches
  if (first === undefined || rest.length === 0) return false
  return matches.every((match) => editions.has(match) && match.skillId === first.skillId)
}
