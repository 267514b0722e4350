import { loadWordNet } from '../scoring/load-wordnet'
import { normalizeText } from './normalize-text'

// Function words carry no meaning of their own: "on time", "a friendly and patient manner".
const FUNCTION_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'as',
  'be',
  'is',
  'are',
  'you',
  'your',
  'we',
  'our',
  'who',
  'very',
  'highly',
])

/**
 * True when a requirement line is mostly qualities of character ("Friendly, patient manner", "reliable, on time,
 * tidy work"): at least one content word is a trait in WordNet (`isTraitWord`), and such words make up at least half
 * of the content words. A general test in place of a list of adjectives, which would always miss the next posting's
 * ("courteous", "dependable", "even-tempered"). English only: WordNet has no Portuguese or Spanish.
 */
export function readsAsTraits(text: string): boolean {
  const words = normalizeText(text)
    .split(/[^a-z]+/u)
    .filter((word) => word.length > 1 && !FUNCTION_WORDS.has(word))
  if (words.length === 0) return false
  const wordNet = loadWordNet()
  let traits = 0
  for (const word of words) {
    const forms = [word, ...wordNet.lemmas(word)]
    if (forms.some((form) => wordNet.isTraitWord(form))) traits++
  }
  return traits > 0 && 2 * traits >= words.length
}
