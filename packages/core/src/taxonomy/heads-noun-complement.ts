import { loadWordNet } from '../scoring/load-wordnet'
import { FUNCTION_WORDS } from './ambiguity-rules'
import type { Token } from './tokenize-text'

/**
 * True when the one word at `first` heads a noun phrase with a complement ("Access to appropriate transport", "Word
 * of mouth", "Teams of four"): the common noun, not the product of the same name, which takes "to" only before a
 * verb ("Access to build reports"). English only: a product's name is English, its complement in the text too.
 */
export function headsNounComplement(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): boolean {
  if (first !== last) return false
  const token = tokens[first] as Token
  const next = tokens[first + 1]
  if (next?.kind !== 'letters' || !/^[ \t]+$/u.test(text.slice(token.end, next.start))) return false
  if (next.text === 'of') return true
  if (next.text !== 'to') return false
  const after = tokens[first + 2]
  if (after?.kind !== 'letters' || after.boundaryBefore) return false
  if (FUNCTION_WORDS.has(after.text)) return true
  const wordNet = loadWordNet()
  const lemmas = wordNet.lemmas(after.text)
  // "to appropriate transport", "to site vehicles": an adjective or a noun that is no verb begins the complement.
  return (
    wordNet.isAdjective(after.text) || (lemmas.length > 0 && !lemmas.some((lemma) => wordNet.isVerb(lemma)))
  )
}
