import type { Taxonomy } from '../taxonomy'
import { findSkills } from '../taxonomy'
import { isBulletLine, type PageLine } from './find-page-furniture'
import { readInlineKind } from './posting-cues'

/**
 * True when an unmarked line heads the bulleted list under it by its place on the page alone, whatever its words:
 * it ends in a colon over the list ("Not a must, but it will count in your favour:"), or it sits between two lists
 * without a bullet of its own ("Extras that would help (apply anyway if you lack them)"). An item of the list above
 * would carry the list's mark, so a bare line there names the list below. A line with a closing stop or a skill in
 * it is still an ask ("Fluent in SQL:" does not head anything).
 */
export function headsListByShape(lines: readonly PageLine[], index: number, taxonomy: Taxonomy): boolean {
  const line = lines[index]
  const next = lines[index + 1]
  if (!line || !next || isBulletLine(line.text) || !isBulletLine(next.text)) return false
  const trimmed = line.text.trim()
  // A bracket only qualifies the heading ("(apply anyway if you lack them)"): its words do not make the line long.
  const words = trimmed
    .replace(/\([^()]*\)/gu, ' ')
    .trim()
    .split(/\s+/).length
  if (words > 12 || /[.!;,]$/.test(trimmed)) return false
  if (findSkills(trimmed, taxonomy).length > 0) return false
  if (/:$/.test(trimmed)) return true
  const previous = lines[index - 1]
  return previous !== undefined && isBulletLine(previous.text) && !/\?$/.test(trimmed)
}

/** The section an unmarked list heading opens: the optional list when its words say so, else an unnamed one. */
export function readShapedHeadingKind(line: string): 'nice_to_have' | 'other' {
  return readInlineKind(line) === 'nice_to_have' ? 'nice_to_have' : 'other'
}
