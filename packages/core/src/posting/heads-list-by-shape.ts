import type { Taxonomy } from '../taxonomy'
import { findSkills } from '../taxonomy'
import { isBulletLine, type PageLine } from './find-page-furniture'
import { normalizeText } from './normalize-text'
import { readInlineKind } from './posting-cues'
import { statesNiceToHave } from './score-cue-words'

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

const PRESENCE_OBLIGED =
  /\b(?:has to|have to|must|needs? to|should|tem que|tem de|precisa|deve|tiene que|debe|hay que)\s+(?:be|go|come|sit|ir|estar|ser|vir|ficar|venir|llegar|chegar)\b/u

/**
 * The section an unmarked list heading opens: the kind its words state ("Worth a mention, not required", "Estas são
 * as coisas que você precisa ter"), else an unnamed one. A heading that asks states what its list is; it is no item.
 */
export function readShapedHeadingKind(line: string): 'nice_to_have' | 'required' | 'other' {
  // What has to be present before the job starts ("What has to be in your bag", "O que tem que estar na mochila",
  // "Lo que tiene que ir en tu caja"): an obligation on being or going somewhere, over a list, names what is asked.
  if (PRESENCE_OBLIGED.test(normalizeText(line)) && !statesNiceToHave(line)) return 'required'
  const kind = readInlineKind(line)
  // A need denied in a bracket ("Bagagem extra (não é obrigatória, mas ajuda)") names no need of the list.
  if (kind === 'required' && statesNiceToHave(line)) return 'other'
  return kind ?? 'other'
}
