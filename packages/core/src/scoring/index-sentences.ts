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
    for (const match of slice.matchAll(WORD)) {
      const word = match[0]
      const lemmas = /^[\p{L}]+$/u.test(word) && word.length > 2 ? wordNet.lemmas(word) : [word]
      const wordStart = start + (match.index ?? 0)
      words.push({ start: wordStart, end: wordStart + word.length, text: word, lemmas })
      terms.add(word)
      for (const lemma of lemmas) terms.add(lemma)
      // "full-cycle", "e-mail": also the parts, since a requirement may write them apart.
      if (word.includes('-')) for (const part of word.split('-')) if (part) terms.add(part)
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
