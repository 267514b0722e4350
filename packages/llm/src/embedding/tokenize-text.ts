import { STOPWORDS } from './stopwords'

/** Where a known skill is mentioned, so the embedder can replace the surface form with the skill id. */
export type SkillSpan = { skillId: string; start: number; end: number }

/** Finds skill mentions in free text; the taxonomy's `findSkills` is the default. */
export type SkillFinder = (text: string) => SkillSpan[]

export type Token = { value: string; skill: boolean }

/** Lower-cases and strips diacritics so "Gestão" and "gestao" are one word. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}+#]*/gu

function wordTokens(text: string, into: Token[]): void {
  for (const match of normaliseText(text).matchAll(WORD)) {
    const word = match[0]
    if (word.length < 2 && !/\d/.test(word)) continue
    if (STOPWORDS.has(word)) continue
    into.push({ value: word, skill: false })
  }
}

/** Splits text into content words, with each skill mention collapsed into one `skill:<id>` token. */
export function tokenizeText(text: string, findSkills: SkillFinder | null): Token[] {
  const tokens: Token[] = []
  const spans = findSkills ? [...findSkills(text)].sort((left, right) => left.start - right.start) : []
  let cursor = 0
  for (const span of spans) {
    if (span.start < cursor || span.end <= span.start) continue
    wordTokens(text.slice(cursor, span.start), tokens)
    tokens.push({ value: `skill:${span.skillId}`, skill: true })
    cursor = span.end
  }
  wordTokens(text.slice(cursor), tokens)
  return tokens
}
