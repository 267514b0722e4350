import type { ExperienceEntry, RequirementInput } from '../types'
import { hitSentence, keywordTerms } from './assess-keywords'
import { type Assessment, formatYears, type ResumeContext, round, sentenceEvidence } from './assessment'
import { foldForSearch } from './fold-for-search'
import { indexSentences } from './index-sentences'

/** Words of an experience requirement that say where, not what ("in a clinical setting"). */
const FRAME_WORDS = new Set([
  'setting',
  'settings',
  'environment',
  'environments',
  'role',
  'roles',
  'position',
  'positions',
  'industry',
  'capacity',
  'professional',
  'progressive',
  'full-time',
  'paid',
])

/** Share of the asked years below which the experience is not shown at all, rather than short. */
export const YEARS_SHORT_FLOOR = 0.5

const MAX_ROLE_MONTHS = 60 * 12

function monthIndex(date: string): number {
  const [year, month] = date.split('-').map(Number)
  return (year ?? 0) * 12 + ((month ?? 1) - 1)
}

/** The latest month any entry names: "current" roles run to it, so the result needs no clock. */
function latestMonth(entries: readonly ExperienceEntry[]): number | null {
  let latest: number | null = null
  for (const entry of entries)
    for (const date of [entry.startDate, entry.endDate])
      if (date) latest = Math.max(latest ?? 0, monthIndex(date))
  return latest
}

/**
 * Evidence for a skill-less experience requirement ("2+ years in a clinical or healthcare setting"): the dated roles
 * whose title, employer or lines name the field, their months added up. Years short of those asked give a partial;
 * under half of them, or no such role, is not the experience asked.
 */
export function assessExperience(requirement: RequirementInput, context: ResumeContext): Assessment | null {
  const terms = keywordTerms(
    requirement.keywords.filter((keyword) => !FRAME_WORDS.has(foldForSearch(keyword))),
    requirement,
    context,
  )
  if (terms.length === 0) return null
  const entries = context.profile.experiences
  const latest = latestMonth(entries)
  // A role in the field is named by its words or their synonyms; "people at work" ties are for activities only
  // (a line cook's years are not a teacher's assistants).
  const roles = entries.map((entry) => {
    const lines = context.sentences.filter(
      (sentence) => sentence.start >= entry.start && sentence.end <= entry.end,
    )
    const titled = indexSentences(
      [entry.title, entry.employer].filter(Boolean).join('\n'),
      context.wordNet,
    ).some((line) => hitSentence(line, terms, false).found.length > 0)
    return { entry, titled, hit: lines.find((line) => hitSentence(line, terms, false).found.length > 0) }
  })
  // When some role's title or employer names the field, those roles are the field's: a sales line inside a teacher's
  // role ("increased book fair sales") does not add a sales role. Otherwise the roles whose lines name it count.
  const byTitle = roles.some((role) => role.titled && role.hit)
  // Months as a set: overlapping roles (two jobs held at once, a role listed twice) count each month once.
  const worked = new Set<number>()
  let quoted: Assessment['evidence'] = []
  for (const { entry, titled, hit } of roles) {
    if (!hit || (byTitle && !titled)) continue
    if (quoted.length === 0) quoted = [sentenceEvidence(context, hit)]
    if (!entry.startDate) continue
    const end = entry.endDate ? monthIndex(entry.endDate) : entry.current ? latest : null
    if (end === null) continue
    const start = monthIndex(entry.startDate)
    // A span longer than a working life is a misread date, not experience.
    if (end < start || end - start > MAX_ROLE_MONTHS) continue
    for (let month = start; month <= end; month++) worked.add(month)
  }
  const months = worked.size
  if (quoted.length === 0) return null
  const years = round(Math.min(months / 12, Math.max(context.profile.totalYears, months / 12)), 1)
  const minYears = requirement.minYears
  if (minYears === null || minYears <= 0 || years >= minYears) {
    return {
      status: 'matched',
      basis: 'named',
      credit: 1,
      evidence: quoted,
      yearsFound: years,
      reason: `Roles in the field add up to about ${formatYears(years)}${minYears ? `, meeting the ${minYears}+ asked` : ''}.`,
    }
  }
  if (years < minYears * YEARS_SHORT_FLOOR) {
    return {
      status: 'missing',
      basis: 'years_short',
      credit: 0,
      evidence: quoted,
      yearsFound: years,
      reason: `Roles in the field add up to about ${formatYears(years)}, well short of the ${minYears}+ years asked.`,
    }
  }
  return {
    status: 'partial',
    basis: 'years_short',
    credit: round(0.4 + 0.6 * (years / minYears), 4),
    evidence: quoted,
    yearsFound: years,
    reason: `Roles in the field add up to about ${formatYears(years)}, short of the ${minYears}+ years asked.`,
  }
}
