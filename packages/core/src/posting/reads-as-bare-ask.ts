import { normalizeText } from './normalize-text'
import { isDutyLike } from './posting-cues'

// Words that make a clause a statement of its own: a subject pronoun, a copula, a verb of having or doing in a finite
// form, in EN, PT and ES. A clause with none of them names a thing, as a post lists what it asks in fragments.
const FINITE =
  /\b(?:i|we|he|she|they|it|its|it's|is|are|was|were|will|has|had|do|does|did|eu|nos|ele|ela|eles|elas|a gente|e|sao|foi|era|sera|tem|temos|faz|fazemos|yo|nosotros|el|ella|ellos|es|son|fue|era|sera|tiene|tenemos|hace|hacemos|hay|ha)\b/u

/**
 * True when a sentence is a bare fragment naming a thing ("Safe Pass obviously, in date.", "CNH B, claro.", "Carnet
 * de manipulador al día."): after a sentence of the same paragraph that asks, a post goes on listing its asks this
 * way, without repeating the verb of needing.
 */
export function readsAsBareAsk(sentence: string): boolean {
  // The PT copula "é" folds to the conjunction "e": read unaccented, "e" joins ("caprichosa e pontual").
  const folded = normalizeText(sentence.replace(/(?<!\p{L})e(?!\p{L})/gu, ' y ')).replace(/\([^)]*\)?/gu, ' ')
  // Figures ("L-V 8-13 / 15-18:30", "máx. 30 min") state one hour or bound, however many groups they are typed in:
  // only words of letters make a fragment long.
  const words = folded.match(/[\p{L}\p{N}]*\p{L}[\p{L}\p{N}]*/gu) ?? []
  if (words.length === 0 || words.length > 8 || /\?/u.test(folded)) return false
  return !FINITE.test(folded) && !isDutyLike(folded)
}
