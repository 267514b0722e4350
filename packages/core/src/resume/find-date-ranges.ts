import type { TextSpan } from '../types'
import { foldCase } from './split-lines'

/** A point in time as months since year 0 (January = 0); `monthKnown` is false for a bare year. */
export type MonthPoint = { year: number; month: number; monthKnown: boolean }

export type DateRange = TextSpan & {
  start: number
  end: number
  from: MonthPoint
  /** Null when the range runs to the present. */
  to: MonthPoint | null
}

// Accent-folded month names in English, Portuguese and Spanish, longest first so "june" beats "jun".
const monthNames: [string, number][] = [
  ['january', 1],
  ['janeiro', 1],
  ['enero', 1],
  ['jan', 1],
  ['ene', 1],
  ['february', 2],
  ['fevereiro', 2],
  ['febrero', 2],
  ['feb', 2],
  ['fev', 2],
  ['march', 3],
  ['marco', 3],
  ['marzo', 3],
  ['mar', 3],
  ['april', 4],
  ['abril', 4],
  ['apr', 4],
  ['abr', 4],
  ['may', 5],
  ['maio', 5],
  ['mayo', 5],
  ['mai', 5],
  ['june', 6],
  ['junho', 6],
  ['junio', 6],
  ['jun', 6],
  ['july', 7],
  ['julho', 7],
  ['julio', 7],
  ['jul', 7],
  ['august', 8],
  ['agosto', 8],
  ['aug', 8],
  ['ago', 8],
  ['september', 9],
  ['setembro', 9],
  ['septiembre', 9],
  ['setiembre', 9],
  ['sept', 9],
  ['sep', 9],
  ['set', 9],
  ['october', 10],
  ['outubro', 10],
  ['octubre', 10],
  ['oct', 10],
  ['out', 10],
  ['november', 11],
  ['novembro', 11],
  ['noviembre', 11],
  ['nov', 11],
  ['december', 12],
  ['dezembro', 12],
  ['diciembre', 12],
  ['dec', 12],
  ['dez', 12],
  ['dic', 12],
]
const monthByName = new Map(monthNames)
const monthAlternation = [...monthByName.keys()].sort((left, right) => right.length - left.length).join('|')

const year = '(?:19[5-9]\\d|20\\d\\d)'
// "Jan 2019", "January, 2019", "março de 2020", "03/2020", "3.2020", "2020-03", "2019".
const point = `(?:(?:${monthAlternation})\\.?,?\\s*(?:de\\s+)?${year}|(?:0?[1-9]|1[0-2])\\s*[/.]\\s*${year}|${year}\\s*[/-]\\s*(?:0[1-9]|1[0-2])(?!\\d)|${year})`
const present =
  'present|current|currently|now|today|to\\s+date|till\\s+(?:date|now)|date|ongoing|atual|atualmente|o\\s+momento|hoje|presente|actual|actualidad|actualmente|hoy|la\\s+fecha'
// Dashes include full-width forms, the common mis-decoded en and em dash ("â€“", folded to "a€“"), and U+FFFD, which
// text normalisation leaves where a mis-decoded character lost a byte ("10/2014 ï¼ Current").
const separator = '\\s*(?:[-–—−~→－～〜\uFFFD]+|a€[“”]|to|until|till|through|a|ate|hasta|al)\\s*'
const rangePattern = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:since|desde)\\s+(?<sinceStart>${point})(?![\\p{L}\\d])(?!${separator}(?:\\d|${present}))|(?<start>${point})${separator}(?:(?<end>${point})|(?<present>${present})))(?![\\p{L}\\d])`,
  'giu',
)

function parsePoint(raw: string): MonthPoint | null {
  const value = raw.trim()
  const yearMatch = /(19|20)\d\d/.exec(value)
  if (!yearMatch) return null
  const yearValue = Number(yearMatch[0])
  const named = /^\p{L}+/u.exec(value)?.[0]
  if (named) {
    const month = monthByName.get(named)
    return month ? { year: yearValue, month, monthKnown: true } : null
  }
  const numericBefore = /^(\d{1,2})\s*[/.]/.exec(value)
  if (numericBefore) return { year: yearValue, month: Number(numericBefore[1]), monthKnown: true }
  const numericAfter = /^\d{4}\s*[/-]\s*(\d{2})/.exec(value)
  if (numericAfter) return { year: yearValue, month: Number(numericAfter[1]), monthKnown: true }
  return { year: yearValue, month: 1, monthKnown: false }
}

/**
 * Finds date ranges such as "Jan 2019 – Present", "2019-2021", "03/2020 to date", "enero 2018 – actualidad".
 * Matching runs on accent-folded text of the same length, so offsets index into the original.
 */
export function findDateRanges(text: string, offset = 0): DateRange[] {
  const folded = foldSameLength(text)
  const ranges: DateRange[] = []
  for (const match of folded.matchAll(rangePattern)) {
    const groups = match.groups ?? {}
    const startText = groups.start ?? groups.sinceStart
    if (!startText) continue
    const from = parsePoint(startText)
    if (!from) continue
    const to = groups.end ? parsePoint(groups.end) : null
    if (groups.end && !to) continue
    ranges.push({ start: offset + match.index, end: offset + match.index + match[0].length, from, to })
  }
  return ranges
}

// Folding accents must not move offsets: replace each character by its folded form only when that is one unit.
function foldSameLength(text: string): string {
  let result = ''
  for (const character of text) {
    const folded = foldCase(character)
    if (folded.length === character.length) result += folded
    else {
      const lower = character.toLowerCase()
      result += lower.length === character.length ? lower : character
    }
  }
  return result
}
