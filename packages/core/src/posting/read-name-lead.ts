import type { SkillMatch } from '../types'

// Capitalised words right before a match, after a lower-case word: "… em Apex e *Lightning* Web Components".
const LEAD = /(?<=\p{Ll}[\p{L}]*[ \t]+)((?:\p{Lu}[\p{L}\p{N}'-]*[ \t]+){1,2})$/u

/**
 * The match's words with the capitalised words that lead into it ("Lightning Web Components" for a match on "Web
 * Components"): in running text, a name the taxonomy knows only the end of is still the name the posting asks for,
 * and a label without its first words hides which product it is. Words another match covers are not taken.
 */
export function readNameLead(
  text: string,
  match: Pick<SkillMatch, 'start' | 'end' | 'surface'>,
  others: readonly Pick<SkillMatch, 'start' | 'end'>[],
): string {
  const surface = match.surface.trim()
  if (!/^\p{Lu}/u.test(surface)) return surface
  const lead = LEAD.exec(text.slice(Math.max(0, match.start - 40), match.start))
  if (!lead?.[1]) return surface
  const start = match.start - lead[1].length
  if (others.some((other) => other !== match && other.start < match.start && other.end > start))
    return surface
  return `${lead[1]}${surface}`.replace(/\s+/gu, ' ')
}
