import type { RequirementKind } from '../types'
import { normalizeText } from './normalize-text'
import { readInlineKind } from './posting-cues'

// "(also considered: X)", "(también se evaluará X)", "(também será avaliado X)": a second thing the employer would
// weigh, told in passing. The verb of weighing is what makes it optional; "also" alone ("also known as") does not.
const ALSO_WEIGHED =
  /^(?:also|tambien|tambem|and also|y tambien|e tambem)\b.*\b(?:consider|weigh|count|valu|valor|evalu|avali|ponder|tendr[a-z]* en cuenta|levad[ao] em conta|taken into account)/u

// A verb that states the cue of a thing named before it: "X is a plus", "X es un plus", "X é um diferencial".
const STATED = /\S\s+(?:is|are|would be|will be|es|son|seria|sera|e|sao|counts|cuenta|suma|conta|soma)\b/u

// Words that only state the cue, so a bracket made of them names nothing new ("(desirable)", "(é um diferencial)").
const CUE_ONLY =
  /^(?:(?:is|are|would be|will be|a|an|es|son|seria|sera|un|una|e|um|uma|muy|very|big|gran|grande|great|definite|definitely|also|tambien|tambem|nice|to have|plus|bonus|asset|advantage|desirable|deseable|desejavel|preferred|preferido|preferible|preferivel|valued|valorado|valorizado|diferencial|ventaja|vantagem|optional|opcional|no excluyente|not required|nao obrigatorio|de preferencia|preferentemente|preferencialmente|preferiblemente|preferably|ideally|idealmente)\s*)+$/u

// A condition on the reader ("if you have…", "si tenés…", "se tiver…") or a thing named and then stated of ("X is…",
// "X é…", "X es…"), accents kept so the Portuguese "é" is not read as the "e" of "and".
const CONDITION_OPENING = /^(?:if|si|se)\s/u
const STATED_RAW = /\S\s+(?:is|are|would be|will be|es|son|sería|será|é|são|seria|sera)(?=\s|[,.;]|$)/u

/** True when the words read as a clause (a condition, or a subject with its verb), not as an item of a list. */
function opensWithClause(words: string): boolean {
  return CONDITION_OPENING.test(normalizeText(words).trim()) || STATED_RAW.test(words.trim())
}

/**
 * Cuts a bracket that adds a second, optional ask to the line's own ("Loader operation (a forklift ticket is a
 * plus)", "Manejo de grúa (también se evaluará manejo de montacargas)"): the head keeps the line's kind, the
 * bracket is an ask of its own, optional. A bracket that only states a kind ("(desirable)") or only explains the
 * head ("(SENCICO o similar)") stays part of the line.
 */
export function splitBracketedExtra(
  text: string,
  start: number,
  end: number,
): Array<{ start: number; end: number; kind?: RequirementKind }> {
  const line = text.slice(start, end)
  const match = /\s\(([^()]{3,})\)\s*[.;]?\s*$/u.exec(line)
  if (!match || match.index < 3) return [{ start, end }]
  const inside = match[1] as string
  const folded = normalizeText(inside).trim()
  // The bracket must say it in a clause of its own ("a slinger ticket is a plus"): a cue word alone ("examples
  // welcome") comments on the head instead.
  // So does a cue that leads what it qualifies ("desirable: a forklift ticket", "desejável ensino médio"), and a
  // condition on the reader ("if you also hold a class 1, even better").
  const leads = /^(\S+)[\s:]+\S/u.exec(folded)
  const optional =
    (readInlineKind(inside) === 'nice_to_have' &&
      (STATED.test(folded) ||
        CONDITION_OPENING.test(folded) ||
        (leads !== null && readInlineKind(leads[1] as string) === 'nice_to_have'))) ||
    ALSO_WEIGHED.test(folded)
  if (!optional || CUE_ONLY.test(folded)) return [{ start, end }]
  // A list in the bracket illustrates the head ("Excel (pivot tables, macros a plus)"): one ask, read whole. A
  // bracket whose first part is a clause of its own is no list, whatever commas follow ("(if you hold a class 1,
  // even better, but not a must)", "(empilhadeira é dif., não obrig.)").
  if (inside.includes(',') && !opensWithClause(inside.slice(0, inside.indexOf(',')))) return [{ start, end }]
  const head = line.slice(0, match.index)
  if (readInlineKind(head) === 'nice_to_have') return [{ start, end }]
  const open = start + match.index + match[0].indexOf('(') + 1
  return [
    { start, end: start + match.index },
    { start: open, end: open + inside.length, kind: 'nice_to_have' },
  ]
}
