import type { SkillMatch } from '../types'

type Group = { matches: SkillMatch[]; alternatives: boolean; words?: string }

// Only a preposition between two fields: the second is what the first is done on or in ("costura em tecidos",
// "accounting in insurance", "contabilidad de seguros"), one noun phrase and one ask.
export const OBJECT_OF_PRACTICE =
  /^[ \t]+(?:in|on|of|em|en|de|do|da|dos|das|del|sobre)[ \t]+(?:(?:the|o|a|os|as|el|la|los|las)[ \t]+)?$/u

/**
 * Joins a field's group to the next when only a preposition stands between them, so the list reader reads the two as
 * one item. Tools and languages keep their own asks ("Python in AWS", "English at C1").
 */
export function bindFieldObjects(
  text: string,
  groups: readonly Group[],
  keepsApart: (skillId: string) => boolean,
): Group[] {
  const bound: Group[] = []
  for (const group of groups) {
    const previous = bound[bound.length - 1]
    const last = previous?.matches[previous.matches.length - 1]
    const first = group.matches[0]
    if (
      previous &&
      last &&
      first &&
      !previous.alternatives &&
      !group.alternatives &&
      previous.words === undefined &&
      group.words === undefined &&
      !keepsApart(last.skillId) &&
      !keepsApart(first.skillId) &&
      OBJECT_OF_PRACTICE.test(text.slice(last.end, first.start))
    ) {
      bound[bound.length - 1] = { ...previous, matches: [...previous.matches, ...group.matches] }
      continue
    }
    bound.push(group)
  }
  return bound
}
