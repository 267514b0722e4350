import { type AskSpan, cutIntoAsks } from './cut-into-asks'
import { normalizeText } from './normalize-text'
import { findRequirementPredicate } from './posting-cues'
import { isCountWord } from './read-min-years'

// "and" / "e" / "y" between two phrases.
const AND_JOINT = /,?\s+(?:and|e|y)\s+/gu
// A figure: digits, with thousands ("10,000", "1.500") or a fraction ("2.5"), and a "+" or "or more" after it.
const FIGURE = /^(?:\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)(?:\s*\+)?$/u
// Words that make a count a minimum ("at least 300 hours"): no part of what is counted.
const MINIMUM =
  /^(?:at least|a minimum of|minimum of|minimum|min\.?|more than|over|no m[ií]nimo|m[ií]nimo(?: de)?|pelo menos|mais de|al menos|m[aá]s de)\s+/iu
// Articles a count is spelled like ("un año", "uma vivência", "a year"): a count only before a unit of time.
const ARTICLE = /^(?:an?|um|uma|un|una)$/u
const TIME_UNIT = /^(?:years?|months?|weeks?|hours?|anos?|años?|mes|meses|semanas?|horas?)$/u
// What may follow a count and not be what is counted: a preposition or a pronoun ("2 of them", "1 in retail", "dos
// de ellos") leaves the unit to the count before it, which the tenure reader reads; "or"/"to" make a range.
const NOT_COUNTED = new Set(
  (
    'of in on at with as to or and from for than them those which em no na com como de do da dos das ou e a o ' +
    'en con del al y u hasta deles delas ellos ellas los las cuales quais'
  ).split(' '),
)
// A count per span of time is a rate, which a schedule states ("5 days a week and 2 weekends a month"): one condition.
const RATE =
  /^\s*(?:(?:a|an|per|each|every|por|ao|a la|al|cada|\/)\s*(?:day|week|month|year|shift|night|dia|semana|mes|ano|turno|noche|noite)\b|(?:weekly|monthly|daily|semanais|semanales|mensais|mensuales|diari[oa]s)\b)/u
// A range's opening ("between 2 and 3 years", "entre 10 y 20 horas"): its "and" joins no two amounts.
const RANGE_BEFORE = /\b(?:between|entre|from|de|desde)\s*$/u
// Fewest words before the count, besides a minimum, for the count to head its phrase ("Must have 3 years …").
const MOST_LEADING_WORDS = 2

type Amount = { at: number; unitEnd: number }

/** The count a phrase opens with and the word after it that names what is counted, or null. */
function readAmount(phrase: string): Amount | null {
  const lead = /^\s*/u.exec(phrase)?.[0].length ?? 0
  const minimum = MINIMUM.exec(phrase.slice(lead))
  const at = lead + (minimum?.[0].length ?? 0)
  const match = /^(\S+?)(\s*\+)?(?:\s+(?:or more|ou mais|o m[aá]s))?\s+(\p{L}[\p{L}-]*)/u.exec(
    phrase.slice(at),
  )
  if (!match) return null
  const count = normalizeText(match[1] ?? '')
  const unit = normalizeText(match[3] ?? '')
  const counts =
    FIGURE.test(count) ||
    (isCountWord(count) && !ARTICLE.test(count)) ||
    (ARTICLE.test(count) && TIME_UNIT.test(unit))
  if (!counts || NOT_COUNTED.has(unit)) return null
  const unitEnd = at + match[0].length
  if (RATE.test(normalizeText(phrase.slice(unitEnd)))) return null
  return { at, unitEnd }
}

/** True when the clause before a joint is headed by a count of something ("at least 300 hours total time"). */
function headedByAmount(clause: string): boolean {
  const words = clause.trim().split(/\s+/u)
  for (let skip = 0; skip <= Math.min(MOST_LEADING_WORDS, words.length - 2); skip += 1) {
    const before = words.slice(0, skip).join(' ')
    if (skip > 0 && RANGE_BEFORE.test(normalizeText(before))) return false
    if (readAmount(words.slice(skip).join(' ')) !== null) return true
  }
  // A predicate of needing may stand before the count ("You'll need 2 years …", "Se requieren 500 horas …").
  const predicate = findRequirementPredicate(clause)
  return predicate !== null && readAmount(clause.slice(predicate)) !== null
}

/** Where the clause a joint ends begins: after the last comma, semicolon, colon or bracket before it. */
function clauseStart(line: string, from: number, to: number): number {
  let start = from
  for (const stop of line.slice(from, to).matchAll(/[,;:()]/gu)) start = from + stop.index + 1
  return start
}

/**
 * Cuts a line where "and" joins two amounts of different things ("at least 400 hours on tractors and 80 hours on a
 * combine", "2 years in a bakery and six months decorating cakes", "8 meses em lavanderia e 1 ano em hotelaria"): each
 * amount is checked on its own, so each is asked apart. A range ("between 3 and 4 years"), the rates of a schedule ("4
 * nights a week and 2 Sundays a month"), a count inside a phrase ("a bakery with 12 ovens and 3 bakers") and a count
 * whose unit is the first one's ("4 years in catering and 2 of them as a supervisor", left to the tenure reader) stay
 * one ask.
 */
export function splitJoinedAmounts(text: string, start: number, end: number): AskSpan[] {
  const line = text.slice(start, end)
  const cuts: Array<{ at: number; skip: number }> = []
  let from = 0
  for (const joint of line.matchAll(AND_JOINT)) {
    const before = line.slice(0, joint.index)
    const depth = (before.match(/\(/gu)?.length ?? 0) - (before.match(/\)/gu)?.length ?? 0)
    if (depth !== 0 || joint.index < from) continue
    const right = line.slice(joint.index + joint[0].length)
    if (readAmount(right) === null) continue
    const left = line.slice(clauseStart(line, from, joint.index), joint.index)
    if (!headedByAmount(left)) continue
    cuts.push({ at: joint.index, skip: joint[0].length })
    from = joint.index + joint[0].length
  }
  return cutIntoAsks(start, end, cuts, start)
}
