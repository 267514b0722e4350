import type { SkillMatch } from '../types'

// Capitalised words just before a field written in lower case: a name that says whose or which the field is ("Canada
// Guaranty insurance criteria", "Medicare billing"). Function words end the run.
// The run must follow a joint of a list or a frame's preposition: a capital after a stop or at a line's start opens a
// sentence, whatever the word.
const NAME_RUN =
  /(?:,|\s(?:and|or|of|in|with|e|ou|de|em|com|y|o|en|con))[ \t]+((?:\p{Lu}[\p{L}&'-]*[ \t]+){1,3})$/u
const FUNCTION_WORD =
  /^(?:a|an|the|of|in|and|or|with|for|to|on|at|by|de|do|da|em|no|na|e|ou|com|para|del|en|el|la|y|o|con|por|strong|solid|good|working|knowledge|experience|understanding|familiarity|proficiency)$/iu

/** The name the posting writes before a lower-case field ("Canada Guaranty " before "insurance"), or ''. */
export function readNameModifier(text: string, match: SkillMatch): string {
  if (!/^\p{Ll}/u.test(match.surface.trim())) return ''
  const run = NAME_RUN.exec(text.slice(Math.max(0, match.start - 60), match.start))?.[1] ?? ''
  const words = run.trim().split(/\s+/u).filter(Boolean)
  if (words.length === 0 || words.some((word) => FUNCTION_WORD.test(word))) return ''
  return run.replace(/\s+/gu, ' ')
}
