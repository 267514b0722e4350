import { loadWordNet } from '../scoring/load-wordnet'
import { normalizeWords } from './defined-as-other-name'
import type { Taxonomy } from './load-taxonomy'
import type { Token } from './tokenize-text'

/** Share of a line's words written with a capital above which the line is title-cased, and capitals say nothing. */
const TITLE_CASE_SHARE = 0.6

function isCapitalisedWord(text: string, token: Token | undefined): boolean {
  return token?.kind === 'letters' && /^\p{Lu}/u.test(text.slice(token.start, token.end))
}

/** True when the token at `index` is the first word of its line or sentence. */
function opensSentence(text: string, tokens: readonly Token[], index: number): boolean {
  const opener = tokens[index - 1]
  if (!opener) return true
  const gap = text.slice(opener.end, (tokens[index] as Token).start)
  return /[\n.!?:;•*]/u.test(gap) || opener.text === '.'
}

/**
 * True when the one capitalised word at `index` is one word of a longer capitalised name in running text ("Veeva
 * Vault Clinical", "Oracle Siebel CTMS", "Clinic Cloud"), whose other words are no words of the skill's names: the
 * name is some product or body, which the skill's word alone may not be.
 */
export function sitsInLongerName(
  text: string,
  tokens: readonly Token[],
  index: number,
  skillId: string,
  taxonomy: Taxonomy,
): boolean {
  const token = tokens[index] as Token
  if (!isCapitalisedWord(text, token)) return false
  const joined = (left: Token | undefined, right: Token | undefined) =>
    left !== undefined && right !== undefined && /^[ \t]+$/u.test(text.slice(left.end, right.start))
  const neighbours: Token[] = []
  const previous = tokens[index - 1]
  const next = tokens[index + 1]
  if (isCapitalisedWord(text, previous) && joined(previous, token)) neighbours.push(previous as Token)
  if (isCapitalisedWord(text, next) && joined(token, next)) neighbours.push(next as Token)
  if (neighbours.length === 0) return false
  const lineStart = text.lastIndexOf('\n', token.start - 1) + 1
  const lineEndAt = text.indexOf('\n', token.end)
  const line = text.slice(lineStart, lineEndAt < 0 ? text.length : lineEndAt)
  const words = line.split(/\s+/u).filter((word) => /^\p{L}/u.test(word))
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length
  if (words.length === 0 || capitalised / words.length > TITLE_CASE_SHARE) return false
  // A word opening a sentence is capitalised as the sentence's first word, not as a name's ("Saber Python",
  // "Conversational Spanish"): it makes no name with the word after it.
  if (neighbours[0] === previous && opensSentence(text, tokens, index - 1)) neighbours.shift()
  if (neighbours.length === 0) return false
  const skill = taxonomy.skills.get(skillId)
  // A coined name ("ArcGIS Pro", "TOTVS Protheus") is its product line wherever it stands; a word of the language
  // ("Oracle", "Vault", "Cloud") is a word of many names.
  const wordNet = loadWordNet()
  if (!wordNet.lemmas(token.text).some((lemma) => wordNet.isNoun(lemma))) return false
  const own = new Set(normalizeWords([skill?.name ?? '', ...(skill?.aliases ?? [])].join(' ')).split(' '))
  return neighbours.some((word) => !own.has(word.text))
}

/**
 * True when the letters at `first`..`last` are hyphen-joined to another name in capitals ("ICH-GCP") or followed by a
 * clause's or an edition's code ("AWS D1.1", "GCP E6(R2)"): they are then one part of a standard's or a body's name,
 * which the same letters alone may not name.
 */
export function namesPartOfCode(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): boolean {
  const start = (tokens[first] as Token).start
  const end = (tokens[last] as Token).end
  const before = /(\p{Lu}[\p{L}\d]*)-$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1]
  const after = /^-(\p{Lu}[\p{L}\d]*)/u.exec(text.slice(end, end + 20))?.[1]
  if (
    (before !== undefined && /^\p{Lu}{2,}/u.test(before)) ||
    (after !== undefined && /^\p{Lu}{2,}/u.test(after))
  )
    return true
  return /^[ \t]+\p{Lu}{1,2}\d+(?:[.(]\S*)?(?![\p{L}\d])/u.test(text.slice(end, end + 20))
}
