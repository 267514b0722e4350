import { normalizeText } from './normalize-text'

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  um: 1,
  uma: 1,
  dois: 2,
  duas: 2,
  tres: 3,
  quatro: 4,
  cinco: 5,
  seis: 6,
  sete: 7,
  oito: 8,
  nove: 9,
  dez: 10,
  uno: 1,
  un: 1,
  dos: 2,
  cuatro: 4,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
}

const NUMBER = `(\\d{1,2}(?:[.,]5)?|${Object.keys(NUMBER_WORDS).join('|')})`
const YEARS = '(?:years?|yrs?|anos|ano)'
// "3+ years", "3-5 years", "at least 5 years", "minimum of 4 years", "5 anos", "3 años" (accents are stripped),
// "three or more years", "un año".
const YEARS_PATTERN = new RegExp(
  `\\b${NUMBER}\\s*(?:\\+|(?:-|to|a|–)\\s*\\d{1,2}|\\s(?:or more|ou mais|o mas))?\\s*\\+?\\s*${YEARS}\\b`,
  'u',
)

const YEARS_GLOBAL = new RegExp(YEARS_PATTERN.source, 'gu')

function yearsValue(raw: string): number | null {
  const value = NUMBER_WORDS[raw] ?? Number.parseFloat(raw.replace(',', '.'))
  if (!Number.isFinite(value) || value <= 0 || value > 40) return null
  return value
}

/** Every years mention in a text with its offsets, so years can attach to the skills they qualify. */
export function findYearsMentions(text: string): Array<{ start: number; end: number; years: number }> {
  const mentions: Array<{ start: number; end: number; years: number }> = []
  // normalizeText keeps offsets for Latin text: accents are dropped from precomposed letters one for one.
  const normalized = normalizeText(text)
  if (normalized.length !== text.length) return mentions
  for (const match of normalized.matchAll(YEARS_GLOBAL)) {
    const years = yearsValue(match[1] ?? '')
    if (years !== null) mentions.push({ start: match.index, end: match.index + match[0].length, years })
  }
  return mentions
}

/** Reads the minimum years of experience a requirement states, or null when it states none. */
export function readMinYears(text: string): number | null {
  const match = YEARS_PATTERN.exec(normalizeText(text))
  if (!match) return null
  return yearsValue(match[1] ?? '')
}
