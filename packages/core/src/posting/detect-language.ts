import type { PostingLanguage } from '../types'
import { tokenizeWords } from './normalize-text'

// Function words that are frequent in one language and rare in the other two. Accents are stripped first,
// so "não" counts as "nao". Words shared by pt and es ("de", "que", "en"/"em" differ) are left out.
const STOPWORDS: Record<PostingLanguage, ReadonlySet<string>> = {
  en: new Set([
    'the',
    'and',
    'of',
    'to',
    'with',
    'you',
    'in',
    'for',
    'our',
    'we',
    'is',
    'are',
    'will',
    'or',
    'an',
  ]),
  pt: new Set([
    'e',
    'com',
    'voce',
    'em',
    'para',
    'nao',
    'uma',
    'os',
    'das',
    'dos',
    'ao',
    'sera',
    'nossa',
    'no',
    'na',
  ]),
  es: new Set([
    'y',
    'con',
    'el',
    'en',
    'para',
    'los',
    'las',
    'del',
    'una',
    'tu',
    'nuestro',
    'sera',
    'al',
    'lo',
    'muy',
  ]),
}

/** Guesses en / pt / es by counting each language's stopwords; ties and empty text fall back to English. */
export function detectLanguage(text: string): PostingLanguage {
  const counts: Record<PostingLanguage, number> = { en: 0, pt: 0, es: 0 }
  for (const word of tokenizeWords(text)) {
    for (const language of ['en', 'pt', 'es'] as const) {
      if (STOPWORDS[language].has(word)) counts[language] += 1
    }
  }
  let best: PostingLanguage = 'en'
  for (const language of ['pt', 'es'] as const) {
    if (counts[language] > counts[best]) best = language
  }
  return best
}
