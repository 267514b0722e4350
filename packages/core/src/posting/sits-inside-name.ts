import type { SkillMatch } from '../types'

// A capitalised word right before the match, with only a space between, after a word or a joint that does not open a
// sentence: "Registered Merit Reporter", ", Remote Counsel".
const NAME_BEFORE = /(?:^|[^.!?:;\n•*-])\s(\p{Lu}[\p{L}'-]*)[ \t]$/u

/**
 * True when a field the taxonomy knows is only the last word of a capitalised name ("a Certified Merit Reporter", a
 * product called "Remote Counsel"): the name is a credential or a product, not the field asked for. Tools are names
 * themselves and are kept.
 */
export function sitsInsideName(
  sentence: string,
  match: Pick<SkillMatch, 'start' | 'end' | 'surface'>,
  isTool: boolean,
): boolean {
  if (isTool || !/^\p{Lu}\p{Ll}/u.test(match.surface) || /\s/u.test(match.surface.trim())) return false
  const before = NAME_BEFORE.exec(sentence.slice(Math.max(0, match.start - 40), match.start))
  if (!before) return false
  // A capital that follows another capital run to the start of the text may be a title-cased line, not a name.
  const head = sentence.slice(0, match.start).trim()
  return /\p{Ll}/u.test(head.replace(/\([^)]*\)/gu, '')) && !/^(?:\p{Lu}[\p{L}'-]*\s+)+$/u.test(`${head} `)
}
