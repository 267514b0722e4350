import type { SkillMatch } from '../types'

// A bracket of one or two capitals glued to the word before it, with no space: "CPHI(C)", "RN(EC)", "P.Eng(ON)".
const GLUED_SUFFIX = /[\p{L}\p{N}.]\($/u

/**
 * True when a match is the whole of a bracketed suffix glued onto the word before it ("CPHI(C)" for "Canada", "CIM(C)"):
 * such a bracket is part of a designation's name, the letters of a credential, not a one-letter skill ("C", "R")
 * asked beside it. A bracket set off by a space ("Registered Nurse (RN)") glosses the phrase and is left alone.
 */
export function sitsInDesignationSuffix(sentence: string, match: Pick<SkillMatch, 'start' | 'end'>): boolean {
  const inside = sentence.slice(match.start, match.end)
  if (!/^\p{Lu}{1,2}$/u.test(inside)) return false
  return (
    GLUED_SUFFIX.test(sentence.slice(Math.max(0, match.start - 2), match.start)) &&
    sentence[match.end] === ')'
  )
}
