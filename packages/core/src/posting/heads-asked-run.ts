import { endsPointingDown } from './ends-pointing-down'
import type { PageLine } from './find-page-furniture'
import { normalizeText } from './normalize-text'
import { classifyHeading, findRequirementPredicate, readInlineKind } from './posting-cues'

/**
 * True when a line closed by a colon, whose words name no known section ("o q eles tão pedindo:", "Here's the
 * deal:", "Lo que piden:"), heads lines whose first one asks by itself ("precisa ter 6 meses de…", "You'll need a
 * CDL…", "Tiene que saber…"). A message passed on from someone else says what "they" want in its own words, which no
 * heading list holds; the ask right under it says what the heading heads, and the lines after it are asked as much.
 */
export function headsAskedRun(lines: readonly PageLine[], index: number): boolean {
  const line = lines[index]
  const next = lines[index + 1]
  if (!line || !next || next.blankBefore || (!/:\s*$/u.test(line.text) && !endsPointingDown(line.text)))
    return false
  if (classifyHeading(line.text) !== null) return false
  const first = next.text.trim().replace(/^[^\p{L}\d]+/u, '')
  return findRequirementPredicate(normalizeText(first)) !== null || readInlineKind(first) === 'required'
}
