// Matching works on normalised tokens so that case, accents and separators do not matter,
// while every token keeps the UTF-16 offsets of the original text.

export type TokenKind = 'letters' | 'digits' | 'symbol'

export type Token = {
  /** Lower-cased, accent-free text of the token. */
  text: string
  start: number
  end: number
  kind: TokenKind
  /** True when whitespace or a separator (hyphen, comma, ...) sits between this token and the previous one. */
  gapBefore: boolean
  /** True when punctuation that ends a phrase (comma, bracket, colon, ...) sits before this token. */
  boundaryBefore: boolean
}

// Symbols that carry meaning inside skill names: C++, C#, .NET, Node.js, CI/CD, W&B.
const SYMBOL_CHARACTERS = new Set(['+', '#', '.', '/', '&'])

// A skill name never runs across these: "AWS (S3)" is two mentions, not "AWS S3".
const BOUNDARY_CHARACTERS = new Set([
  ',',
  ';',
  ':',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '|',
  '!',
  '?',
  '"',
  '•',
  '·',
  '–',
  '—',
])

type CharacterClass = { folded: string; kind: TokenKind | 'separator' | 'mark' }

const classCache = new Map<string, CharacterClass>()

function classify(character: string): CharacterClass {
  const cached = classCache.get(character)
  if (cached) return cached
  const folded = character
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
  let kind: CharacterClass['kind']
  if (folded === '') kind = 'mark'
  else if (/^\p{L}+$/u.test(folded)) kind = 'letters'
  else if (/^\p{N}+$/u.test(folded)) kind = 'digits'
  else if (SYMBOL_CHARACTERS.has(folded)) kind = 'symbol'
  else kind = 'separator'
  const result = { folded, kind }
  classCache.set(character, result)
  return result
}

/** Lower-cases and strips diacritics ("Aprendizaje Automático" -> "aprendizaje automatico"). */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
}

/** Splits text into letter runs, digit runs and meaningful symbols, keeping original offsets. */
export function tokenizeText(text: string): Token[] {
  const tokens: Token[] = []
  let current: Token | null = null
  let gap = false
  let boundary = false
  // Line breaks in the current run of separators.
  let newlines = 0
  let index = 0
  while (index < text.length) {
    const codePoint = text.codePointAt(index) ?? 0
    const width = codePoint > 0xffff ? 2 : 1
    const character = width === 2 ? text.slice(index, index + 2) : (text[index] ?? '')
    const { folded, kind } = classify(character)
    if (kind === 'mark') {
      // A combining accent belongs to the token before it.
      if (current) current.end = index + width
    } else if (kind === 'separator') {
      current = null
      gap = true
      if (character === '\n') newlines += 1
      // A blank line ends a phrase too: "Commercial Construction" and "Safety and compliance" are two list items.
      if (BOUNDARY_CHARACTERS.has(character) || newlines >= 2) boundary = true
    } else if (kind === 'symbol') {
      current = null
      tokens.push({
        text: folded,
        start: index,
        end: index + width,
        kind,
        gapBefore: gap,
        boundaryBefore: boundary,
      })
      gap = false
      boundary = false
      newlines = 0
    } else if (current && current.kind === kind) {
      current.text += folded
      current.end = index + width
    } else {
      // Letters and digits split into separate tokens (Python3, k8s, HTML5) without a gap.
      current = {
        text: folded,
        start: index,
        end: index + width,
        kind,
        gapBefore: gap,
        boundaryBefore: boundary,
      }
      tokens.push(current)
      gap = false
      boundary = false
      newlines = 0
    }
    index += width
  }
  return tokens
}

/** Canonical key of a phrase: its tokens, with a space only where the phrase had a separator. */
export function phraseKey(tokens: readonly Token[]): string {
  let key = ''
  tokens.forEach((token, position) => {
    key += position > 0 && token.gapBefore ? ` ${token.text}` : token.text
  })
  return key
}

/** Canonical key of a skill name or alias, used to detect duplicates and look up rules. */
export function aliasKey(alias: string): string {
  return phraseKey(tokenizeText(alias))
}
