import { normalizeText } from './normalize-text'

// "between" with the first of its pair, and nothing after it that closes the phrase: a comma, a bracket, another
// conjunction. PT and ES "entre" before "em" / "en" is the verb "to enter" ("entre em contato"), no pair.
const OPEN_PAIR = /\b(?:between|entre)\s+(?!(?:em|en|no|na)\s)[^,;:()]*$/u
const CONJUNCTION = /\s(?:and|e|y|or|ou|o|u)\s/u

/**
 * True when a conjunction right after `before` joins the two ends of a "between" ("entre Cáceres e a serra", "between
 * the depot and the port", "entre Quito y Guayaquil"): the pair is one place or span the phrase names, so it is no
 * joint between two asks.
 */
export function closesBetweenPair(before: string): boolean {
  const open = OPEN_PAIR.exec(normalizeText(before))
  return open !== null && !CONJUNCTION.test(` ${open[0]} `)
}
