import { findCurrentRole } from '../resume/find-current-role'
import type { Taxonomy } from '../taxonomy'
import type { RequirementInput, ResumeProfile } from '../types'
import { foldForSearch, stemKeyword } from './fold-for-search'
import { buildFamilyProfile, type FamilyProfile, measureFamilyFit } from './measure-family-fit'
import { buildPostingFamilyProfile, buildResumeFamilyProfile } from './rank-pool'

/** The constants of role fit; `scoring/README.md` ("Role fit") says why each has its value. */
export const ROLE_FIT = {
  /** Shares of the four parts of role fit; they sum to 1. */
  weights: { family: 0.4, title: 0.4, years: 0.15, seniority: 0.05 },
  /** A past or current role counts as "in the posting's function" from this title fit on. */
  inFunctionTitleFit: 0.5,
  /** Years in the function that fully satisfy a posting stating no minimum. */
  defaultYears: 2,
  /** Family fit from which the line says "same function", and from which it says "related function". */
  sameFunction: 0.5,
  relatedFunction: 0.2,
} as const

/** The posting side of role fit, computed once per job. */
export type RolePosting = {
  title: string
  titleTerms: string[]
  family: FamilyProfile
  /** The largest minimum of years a screened required item states, or null when none states one. */
  minYears: number | null
  level: number | null
  /** The category that weighs most in the posting's family profile, as the line names it. */
  functionName: string | null
}

/** Role fit of one candidate for one posting, every part in 0..1, with the line a reviewer reads. */
export type RoleFit = {
  /** 0..1: weights.family · family + weights.title · title + weights.years · years + weights.seniority · seniority. */
  score: number
  currentTitle: string | null
  /** Cosine of the posting's and the resume's family profiles (or the pool's fit, when a pool search gives one). */
  familyFit: number
  /** How closely the current role's title names the posting's role (words or skill families). */
  titleFit: number
  /** Years spent in roles whose title fits the posting's (overlaps counted once). */
  functionYears: number
  /** functionYears against the posting's minimum (or `defaultYears`), capped at 1. */
  yearsFit: number
  seniorityFit: number
  sameFunction: 'same' | 'related' | 'different'
  explanation: string
}

// Words that say nothing about which role it is: connectives and the seniority markers handled apart.
const FILLER_WORDS = new Set([
  'and',
  'of',
  'the',
  'for',
  'in',
  'at',
  'to',
  'a',
  'an',
  'with',
  'de',
  'da',
  'do',
  'e',
  'y',
  'i',
  'ii',
  'iii',
  'iv',
])

// Seniority levels named by title words, lowest first. Only these five steps: finer ladders differ per company.
const LEVEL_WORDS: Array<[number, RegExp]> = [
  [0, /\b(?:intern|internship|trainee|apprentice|student|estagiari[oa]|becari[oa])\b/],
  [1, /\b(?:junior|jr|entry|graduate|assistant|associate)\b/],
  [3, /\b(?:senior|sr|lead|principal|staff|expert)\b/],
  [4, /\b(?:manager|head|director|chief|vp|vice president|gerente|diretor|diretora|jefe|jefa)\b/],
]
const LEVEL_TERMS = new Set([
  'intern',
  'internship',
  'trainee',
  'junior',
  'jr',
  'entry',
  'senior',
  'sr',
  'lead',
  'principal',
  'staff',
])

function readLevel(title: string): number | null {
  const folded = foldForSearch(title)
  let level: number | null = null
  for (const [value, pattern] of LEVEL_WORDS) if (pattern.test(folded)) level = Math.max(level ?? 0, value)
  return level
}

/** Stemmed content words of a title, without connectives and seniority markers, in order of appearance. */
export function readTitleTerms(title: string): string[] {
  const terms = foldForSearch(title)
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter((word) => word.length > 1 && !FILLER_WORDS.has(word) && !LEVEL_TERMS.has(word))
    .map(stemKeyword)
  return [...new Set(terms)]
}

/** The posting side of role fit: its title's terms, its family profile, the years it asks and its level. */
export function buildRolePosting(
  posting: { title: string; text: string; requirements: readonly RequirementInput[] },
  taxonomy: Taxonomy,
): RolePosting {
  const family = buildPostingFamilyProfile({ title: posting.title, text: posting.text }, taxonomy)
  const years = posting.requirements
    .filter((requirement) => requirement.screened && requirement.kind === 'required')
    .map((requirement) => requirement.minYears)
    .filter((value): value is number => value !== null && value > 0)
  const minYears = years.length > 0 ? Math.max(...years) : null
  let functionName: string | null = null
  let best = 0
  for (const [category, weight] of family)
    if (weight > best || (weight === best && functionName !== null && category < functionName)) {
      best = weight
      functionName = category
    }
  const titleLevel = readLevel(posting.title)
  // A posting asking five or more years wants a senior hire even when its title does not say so.
  const level = titleLevel ?? (minYears !== null ? (minYears >= 5 ? 3 : minYears <= 1 ? 1 : 2) : null)
  return {
    title: posting.title,
    titleTerms: readTitleTerms(posting.title),
    family,
    minYears,
    level,
    functionName,
  }
}

/**
 * How closely a title names the posting's role, 0..1: the larger of the share of title words both share (Dice
 * coefficient of stemmed content words) and the cosine of the families the title's skills belong to against the
 * posting's family profile. Either is a statement of the same role: "Staff Accountant" for "Senior Accountant" by
 * words, "Bookkeeper" for "Accounts Payable Clerk" by family.
 */
export function measureTitleFit(title: string, posting: RolePosting, taxonomy: Taxonomy): number {
  const terms = readTitleTerms(title)
  const shared = terms.filter((term) => posting.titleTerms.includes(term)).length
  const total = terms.length + posting.titleTerms.length
  const words = total === 0 ? 0 : (2 * shared) / total
  const family = measureFamilyFit(posting.family, buildFamilyProfile(title, taxonomy))
  return Math.max(words, family)
}

function monthIndex(iso: string | null): number | null {
  if (!iso) return null
  const match = /^(\d{4})-(\d{2})$/.exec(iso)
  if (!match) return null
  return Number(match[1]) * 12 + Number(match[2]) - 1
}

/** Months covered by [from, to] month intervals, overlaps counted once. */
function coveredMonths(intervals: Array<[number, number]>): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0] || a[1] - b[1])
  let total = 0
  let current: [number, number] | null = null
  for (const interval of sorted) {
    if (current && interval[0] <= current[1] + 1) current[1] = Math.max(current[1], interval[1])
    else {
      if (current) total += current[1] - current[0] + 1
      current = [interval[0], interval[1]]
    }
  }
  if (current) total += current[1] - current[0] + 1
  return total
}

function candidateLevel(title: string | null, totalYears: number): number {
  const stated = title ? readLevel(title) : null
  if (stated !== null) return stated
  // No level word: the length of the career is the only hint left.
  return totalYears < 2 ? 1 : totalYears >= 8 ? 3 : 2
}

function formatYears(years: number): string {
  const rounded = Math.round(years * 10) / 10
  return `${rounded} ${rounded === 1 ? 'year' : 'years'}`
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

/**
 * Role fit of one candidate for one posting, from the stored profile alone, so it never changes when other
 * candidates apply: the family fit of the whole profile (skills plus the current title), how closely the current
 * role's title names the posting's, the years spent in roles of the posting's function, and seniority.
 * `familyFit` replaces the direct family fit when the caller measured it against a pool (pool search only).
 */
export function measureRoleFit(input: {
  posting: RolePosting
  profile: Pick<ResumeProfile, 'experiences' | 'headline' | 'skills' | 'totalYears'>
  taxonomy: Taxonomy
  familyFit?: number
}): RoleFit {
  const { posting, profile, taxonomy } = input
  const currentTitle = findCurrentRole(profile)?.title ?? null
  const direct = measureFamilyFit(
    posting.family,
    buildResumeFamilyProfile(
      { skillIds: profile.skills.map((skill) => skill.skillId), currentTitle },
      taxonomy,
    ),
  )
  const familyFit = input.familyFit ?? direct
  const titleFit = currentTitle ? measureTitleFit(currentTitle, posting, taxonomy) : 0

  const intervals: Array<[number, number]> = []
  for (const experience of profile.experiences) {
    if (!experience.title) continue
    const from = monthIndex(experience.startDate)
    const to = monthIndex(experience.endDate) ?? from
    if (from === null || to === null || to < from) continue
    if (measureTitleFit(experience.title, posting, taxonomy) >= ROLE_FIT.inFunctionTitleFit)
      intervals.push([from, to])
  }
  const functionYears = round(coveredMonths(intervals) / 12, 1)
  const yearsFit = Math.min(1, functionYears / (posting.minYears ?? ROLE_FIT.defaultYears))

  // Without a level on the posting, any level fits; each step apart halves the fit.
  const seniorityFit =
    posting.level === null
      ? 1
      : Math.max(0, 1 - 0.5 * Math.abs(candidateLevel(currentTitle, profile.totalYears) - posting.level))

  const weights = ROLE_FIT.weights
  const score =
    weights.family * familyFit +
    weights.title * titleFit +
    weights.years * yearsFit +
    weights.seniority * seniorityFit
  const sameFunction =
    Math.max(familyFit, titleFit) >= ROLE_FIT.sameFunction
      ? 'same'
      : Math.max(familyFit, titleFit) >= ROLE_FIT.relatedFunction
        ? 'related'
        : 'different'
  const functionName = posting.functionName ? posting.functionName.replace(/-/g, ' ') : 'the posting’s'
  const parts = [
    currentTitle ?? 'no current role named',
    `${formatYears(functionYears)} in ${functionName} roles`,
    sameFunction === 'same'
      ? 'same function as the posting'
      : sameFunction === 'related'
        ? 'related function to the posting'
        : 'different function from the posting',
  ]
  return {
    score: round(score, 4),
    currentTitle,
    familyFit: round(familyFit, 4),
    titleFit: round(titleFit, 4),
    functionYears,
    yearsFit: round(yearsFit, 4),
    seniorityFit: round(seniorityFit, 4),
    sameFunction,
    explanation: `Role fit: ${parts.join(', ')}`,
  }
}
