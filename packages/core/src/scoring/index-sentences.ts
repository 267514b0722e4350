import type { TextSpan } from '../types'
import { foldForSearch } from './fold-for-search'
import type { WordNet } from './load-wordnet'

export type IndexedWord = TextSpan & { text: string; lemmas: readonly string[] }

export type IndexedSentence = TextSpan & {
  words: IndexedWord[]
  /** Every word and every lemma of the sentence, for set look-ups. */
  terms: ReadonlySet<string>
  /** True when a word reads as an action done (an -ed/-ing verb form, or a bullet opening with a verb). */
  describesAction: boolean
}

/**
 * Closed-class words that PDF text runs glue onto the word before or after them when a line break is lost ("teamof",
 * "themto", "fromstart"): the grammar of English, not a list of resume words.
 */
const GLUED_FUNCTION_WORDS = new Set([
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'from',
  'with',
  'by',
  'the',
  'and',
  'that',
  'them',
  'this',
  'their',
  'during',
])

/** Shortest glued run worth splitting: shorter unknown words are names and acronyms. */
const MIN_GLUED_LENGTH = 6

/**
 * The parts of a word that lost its space in extraction: a run WordNet does not know that splits into two parts it
 * does (or a part and a function word), "classroommanagement" -> classroom, management. Null when the word is known or
 * no split is whole.
 */
function splitGlued(word: string, original: string, wordNet: WordNet): [string, string] | null {
  const content = (part: string) =>
    wordNet.lemmas(part).some((lemma) => wordNet.isNoun(lemma) || wordNet.isVerb(lemma))
  if (word.length < MIN_GLUED_LENGTH || !/^\p{L}+$/u.test(word) || content(word)) return null
  const known = (part: string) => GLUED_FUNCTION_WORDS.has(part) || (part.length >= 3 && content(part))
  for (let at = 2; at <= word.length - 2; at++) {
    const left = word.slice(0, at)
    const right = word.slice(at)
    if (!known(left) || !known(right)) continue
    // Two content words are split where the original shows the seam ("ClassroomManagement") or both are nouns of
    // some length ("classroomenvironment"); a lower-case run with a verb or a short part is as likely a product or a
    // name ("intermapper").
    const seam = /\p{Ll}/u.test(original[at - 1] ?? '') && /\p{Lu}/u.test(original[at] ?? '')
    const nouns = [left, right].every(
      (part) => part.length >= 4 && wordNet.lemmas(part).some((lemma) => wordNet.isNoun(lemma)),
    )
    if (GLUED_FUNCTION_WORDS.has(left) || GLUED_FUNCTION_WORDS.has(right) || seam || nouns)
      return [left, right]
  }
  return null
}

/** A prefix that negates the word it is joined to (EN, PT, ES): non-clinical, não-clínico, no-clínico. */
const NEGATING_PREFIX = /^(?:non|nao|no)-/u

const HARD_BREAK = /[\n\r•●▪◦‣|]/
const WORD = /[\p{L}\p{N}][\p{L}\p{N}+#]*(?:[.'’-][\p{L}\p{N}+#]+)*/gu

/**
 * The resume cut into sentences and bullets (the units a quote is made of), each word with its WordNet lemmas, so a
 * requirement's words are matched by meaning of form (scheduled = scheduling = schedule) and never by a raw prefix
 * ("manag" hit "manager" and "management" alike; "sched" would hit "schedule" but also nothing useful).
 */
export function indexSentences(text: string, wordNet: WordNet): IndexedSentence[] {
  const folded = foldForSearch(text)
  const sentences: IndexedSentence[] = []
  let start = 0
  const flush = (end: number) => {
    const slice = folded.slice(start, end)
    const words: IndexedWord[] = []
    const terms = new Set<string>()
    let describesAction = false
    const pieces = [...slice.matchAll(WORD)].flatMap((match) => {
      const wordStart = start + (match.index ?? 0)
      // Folding keeps the length, so the original's letters sit at the same offsets.
      const glued = splitGlued(match[0], text.slice(wordStart, wordStart + match[0].length), wordNet)
      // Both parts keep the whole run's span, so a quote built from them is the text as written.
      return glued
        ? glued.map((text) => ({ text, whole: match[0], start: wordStart, end: wordStart + match[0].length }))
        : [{ text: match[0], whole: match[0], start: wordStart, end: wordStart + match[0].length }]
    })
    // "non clinical", written apart, is one negated word like "non-clinical": never "clinical".
    for (let index = pieces.length - 2; index >= 0; index--) {
      const piece = pieces[index] as (typeof pieces)[number]
      const next = pieces[index + 1] as (typeof pieces)[number]
      if (piece.text !== 'non' || !/^\p{L}/u.test(next.text) || next.start - piece.end > 1) continue
      const text = `non-${next.text}`
      pieces.splice(index, 2, { text, whole: text, start: piece.start, end: next.end })
    }
    for (const piece of pieces) {
      const word = piece.text
      const lemmas = /^[\p{L}]+$/u.test(word) && word.length > 2 ? wordNet.lemmas(word) : [word]
      words.push({ start: piece.start, end: piece.end, text: word, lemmas })
      terms.add(piece.whole)
      terms.add(word)
      for (const lemma of lemmas) terms.add(lemma)
      // "full-cycle", "e-mail": also the parts, since a requirement may write them apart. A negated word
      // ("non-clinical", "non-profit") is not its part: non-clinical work is the opposite of clinical work.
      if (word.includes('-') && !NEGATING_PREFIX.test(word))
        for (const part of word.split('-')) if (part) terms.add(part)
      if (
        !describesAction &&
        ((/(?:ed|ing)$/.test(word) && lemmas.some((lemma) => lemma !== word && wordNet.isVerb(lemma))) ||
          (words.length === 1 && lemmas.some((lemma) => wordNet.isVerb(lemma))))
      )
        describesAction = true
    }
    if (words.length > 0) {
      const first = words[0] as IndexedWord
      const last = words[words.length - 1] as IndexedWord
      sentences.push({ start: first.start, end: last.end, words, terms, describesAction })
    }
    start = end + 1
  }
  for (let index = 0; index < folded.length; index++) {
    const char = folded[index] as string
    if (HARD_BREAK.test(char)) flush(index)
    else if (/[.!?;]/.test(char) && /\s/.test(folded[index + 1] ?? ' ')) flush(index)
  }
  if (start < folded.length) flush(folded.length)
  return sentences
}
