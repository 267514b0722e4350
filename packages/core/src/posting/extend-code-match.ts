import type { SkillMatch } from '../types'

// The rest of a code glued to a match by a hyphen: "ICD-10" read in "ICD-10-PCS", "EN 1090" in "EN 1090-2".
const CODE_REST = /^(?:-[\p{Lu}\d][\p{Lu}\d]*)+(?![\p{L}\d-])/u

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
