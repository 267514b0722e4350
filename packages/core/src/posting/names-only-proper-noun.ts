// A conjunct that is a proper name behind a one-letter word ("… e a Joinville", "… y a Rosario"): in PT and ES that
// word is the preposition again, so the name is one more object of the phrase before it, not a thing asked apart.
const ONLY_PROPER_NOUN =
  /^\s*(?:a|an|à|ao|al|o)\s+\p{Lu}[\p{L}'-]*(?:\s+(?:\p{Lu}[\p{L}'-]*|de|do|da|del|of))*[\s.!]*$/u

/** True when a conjunct holds nothing but a proper name behind an article or a preposition. */
export function namesOnlyProperNoun(conjunct: string): boolean {
  return ONLY_PROPER_NOUN.test(conjunct)
}
