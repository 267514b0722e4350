import type { ResumeProfile, Taxonomy } from '@shortlist/core'
import { classifyHeading, findCurrentRole, getSkill, listSkillItems, parseResume } from '@shortlist/core'
import type { AnnotatedResume } from '../data/read-benchmark'
import { type PrecisionRecall, precisionRecallF1 } from '../metrics/classification-metrics'
import { RESUME_FIELDS, type ResumeField } from './resume-field-names'

const GOLD_LABELS: Record<ResumeField, string> = {
  name: 'Name',
  email: 'Email Address',
  designation: 'Designation',
  companies: 'Companies worked at',
  skills: 'Skills',
  degree: 'Degree',
  graduationYear: 'Graduation Year',
}

export type FieldsReport = {
  resumes: number
  skippedSpans: number
  /** Designation and companies here are the candidate's current role, the one the annotators labelled. */
  fields: Record<ResumeField, PrecisionRecall>
  /**
   * The whole career instead: the headline and every entry's title and employer, as the application's Career card
   * shows them. Annotators labelled older roles rarely, so correctly parsed ones count as false positives here.
   */
  career: Record<CareerField, PrecisionRecall>
}

type CareerField = 'designation' | 'companies'

// Legal forms say nothing about which company it is: "Infosys Ltd" and "Infosys Limited" are one employer.
const LEGAL_FORMS = new Set([
  'ltd',
  'limited',
  'pvt',
  'private',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'llc',
  'llp',
  'plc',
  'gmbh',
  'co',
  'company',
])

/** The tokens a company is compared by: its words without legal forms. */
export function companyTokens(value: string): string[] {
  const tokens = valueTokens(value)
  const kept = tokens.filter((token) => !LEGAL_FORMS.has(token))
  return kept.length > 0 ? kept : tokens
}

/** Lower-case word tokens without accents or punctuation, the unit values are compared in. */
export function valueTokens(value: string): string[] {
  return (
    value
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
}

type Tokenize = (value: string) => string[]

/** Two values match when their token sets overlap with a Dice coefficient of at least one half. */
export function valuesMatch(left: string, right: string, tokenize: Tokenize = valueTokens): boolean {
  const a = new Set(tokenize(left))
  const b = new Set(tokenize(right))
  if (a.size === 0 || b.size === 0) return false
  let shared = 0
  for (const token of a) if (b.has(token)) shared += 1
  return (2 * shared) / (a.size + b.size) >= 0.5
}

/** Greedy one-to-one matching of predicted to gold values; returns true positives. */
export function countMatches(
  predicted: readonly string[],
  gold: readonly string[],
  tokenize: Tokenize = valueTokens,
): number {
  const used = new Set<number>()
  let matches = 0
  for (const value of predicted) {
    const index = gold.findIndex(
      (candidate, goldIndex) => !used.has(goldIndex) && valuesMatch(value, candidate, tokenize),
    )
    if (index >= 0) {
      used.add(index)
      matches += 1
    }
  }
  return matches
}

function unique(values: Array<string | null | undefined>, tokenize: Tokenize = valueTokens): string[] {
  const seen = new Map<string, string>()
  for (const value of values) {
    if (!value) continue
    const key = tokenize(value).join(' ')
    if (key.length > 0 && !seen.has(key)) seen.set(key, value)
  }
  return [...seen.values()]
}

const DEGREE_PATTERN =
  /\b(?:bachelor|master|b\.?\s?tech|m\.?\s?tech|b\.?\s?e\b|m\.?\s?e\b|b\.?\s?sc|m\.?\s?sc|b\.?\s?com|m\.?\s?com|b\.?\s?a\b|m\.?\s?a\b|bca|mca|mba|ph\.?\s?d|diploma|degree|associate|hsc|ssc|engineering)/i

/**
 * Skills the resume lists: the items of its skills sections as written ("Tools: Jira, Git" gives Jira and Git),
 * which covers skills the taxonomy does not know. A resume without a skills section lists none, so every taxonomy
 * skill it names stands in. Skills named in list lines elsewhere ("Environment: Java, Oracle" under a role) are
 * evidence for scoring, not the skills field the resume states.
 */
function predictedSkills(text: string, profile: ResumeProfile, taxonomy: Taxonomy): string[] {
  const items = listSkillItems(text, profile)
  if (items.length > 0) return items
  return profile.skills.map(
    (skill) => skill.mentions[0]?.surface ?? getSkill(taxonomy, skill.skillId)?.name ?? skill.skillId,
  )
}

// "(Less than 1 year)", "3 years": annotated skill spans carry the durations the profile export adds.
const DURATION = /\(?\s*(?:less than\s+)?\d+(?:\.\d+)?\+?\s*(?:yrs?|years?|months?)\s*\)?/gi

/**
 * Splits an annotated skills span into items, without list labels ("Tools:"), durations or the section headings
 * a span dragged over ("ADDITIONAL INFORMATION", "Technical Skills"): none of those is a skill.
 */
export function splitSkillSpan(span: string): string[] {
  return span
    .split(/[,;\n•●|]|\s-\s|\(|\)/)
    .map((item) =>
      item
        .replace(DURATION, ' ')
        .replace(/^[^:]{1,30}:\s*/, '')
        .replace(/^[\s:-]+|[\s:.-]+$/g, '')
        .trim(),
    )
    .filter((item) => item.length > 0 && item.length <= 40 && /\p{L}/u.test(item))
    .filter((item) => !/^(?:less than|less|than|years?)$/i.test(item))
    .filter((item) => classifyHeading(item) === null)
}

/** The contact address written first: an email, or a profile handle such as indeed.com/r/… above it. */
function firstContactAddress(text: string, profile: ResumeProfile): string | null {
  const candidates = [profile.email, ...profile.links].filter((value): value is string => Boolean(value))
  let best: { value: string; offset: number } | null = null
  for (const value of candidates) {
    const offset = text.indexOf(value)
    const position = offset < 0 ? Number.MAX_SAFE_INTEGER : offset
    if (!best || position < best.offset) best = { value, offset: position }
  }
  return best?.value ?? null
}

const YEAR = /\b(?:19[5-9]\d|20[0-4]\d)\b/g

/** The last year on or just after each degree line: the end of a range is when the degree was completed. */
function graduationYears(lines: readonly string[]): string[] {
  const years: string[] = []
  lines.forEach((line, index) => {
    if (!DEGREE_PATTERN.test(line)) return
    for (const candidate of [line, lines[index + 1] ?? '', lines[index + 2] ?? '']) {
      const found = candidate.match(YEAR)
      if (found) {
        years.push(found[found.length - 1] as string)
        break
      }
    }
  })
  return years
}

/**
 * Predicted values per field. parseResume has no degree field, so degree and graduation year are read from the
 * education section it found: lines naming a degree, and the years written in that section.
 */
export function predictFields(
  text: string,
  profile: ResumeProfile,
  taxonomy: Taxonomy,
): Record<ResumeField, string[]> {
  const currentRole = findCurrentRole(profile)
  const education = profile.sections.filter((section) => section.name === 'education')
  const educationLines = education.flatMap((section) =>
    text
      .slice(section.start, section.end)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0 && line !== section.heading),
  )
  return {
    name: unique([profile.name]),
    email: unique([firstContactAddress(text, profile)]),
    // A designation is the title a person holds now, and the annotators labelled that role: 146 of the 183
    // resumes with a designation carry one value, 147 of 171 one company. The product's answer to both is the
    // current role every candidate list shows (`findCurrentRole`); the whole career is scored apart (`careerFields`).
    designation: unique([currentRole?.title]),
    companies: unique([currentRole?.employer], companyTokens),
    skills: unique(predictedSkills(text, profile, taxonomy)),
    degree: unique(
      educationLines.filter((line) => DEGREE_PATTERN.test(line)).map((line) => line.slice(0, 120)),
    ),
    graduationYear: unique(graduationYears(educationLines)),
  }
}

/** Every role of the career: the headline under the name and each experience entry's title and employer. */
export function careerFields(profile: ResumeProfile): Record<CareerField, string[]> {
  return {
    designation: unique([
      profile.headline?.title,
      ...profile.experiences.map((experience) => experience.title),
    ]),
    companies: unique(
      [profile.headline?.employer, ...profile.experiences.map((experience) => experience.employer)],
      companyTokens,
    ),
  }
}

/** Gold values per field; skills spans are lists, so they are split into items. */
export function goldFields(resume: AnnotatedResume): Record<ResumeField, string[]> {
  const gold = {} as Record<ResumeField, string[]>
  for (const field of RESUME_FIELDS) {
    const values = resume.labels
      .filter((label) => label.label === GOLD_LABELS[field])
      .map((label) => label.text)
    gold[field] =
      field === 'skills'
        ? unique(values.flatMap(splitSkillSpan))
        : unique(values, field === 'companies' ? companyTokens : valueTokens)
  }
  return gold
}

const CAREER_FIELDS = ['designation', 'companies'] as const

type Counts = { tp: number; fp: number; fn: number }

function zeroCounts<F extends string>(fields: readonly F[]): Record<F, Counts> {
  return Object.fromEntries(fields.map((field) => [field, { tp: 0, fp: 0, fn: 0 }])) as Record<F, Counts>
}

/** Adds one resume's matches; an unlabelled field is unknown, not absent (annotators skipped fields often). */
function addCounts<F extends ResumeField>(
  counts: Record<F, Counts>,
  fields: readonly F[],
  predicted: Record<F, string[]>,
  gold: Record<ResumeField, string[]>,
): void {
  for (const field of fields) {
    if (gold[field].length === 0) continue
    const matches = countMatches(
      predicted[field],
      gold[field],
      field === 'companies' ? companyTokens : valueTokens,
    )
    counts[field].tp += matches
    counts[field].fp += predicted[field].length - matches
    counts[field].fn += gold[field].length - matches
  }
}

function toMetrics<F extends string>(
  fields: readonly F[],
  counts: Record<F, Counts>,
): Record<F, PrecisionRecall> {
  return Object.fromEntries(
    fields.map((field) => [field, precisionRecallF1(counts[field].tp, counts[field].fp, counts[field].fn)]),
  ) as Record<F, PrecisionRecall>
}

/** Task 3: precision, recall and F1 per field, micro-averaged over the resumes where that field is labelled. */
export function runResumeFields(
  resumes: readonly AnnotatedResume[],
  skippedSpans: number,
  taxonomy: Taxonomy,
  referenceDate: string,
): FieldsReport {
  const counts = zeroCounts(RESUME_FIELDS)
  const career = zeroCounts(CAREER_FIELDS)
  for (const resume of resumes) {
    const profile = parseResume(resume.content, taxonomy, { referenceDate: new Date(referenceDate) })
    const gold = goldFields(resume)
    addCounts(counts, RESUME_FIELDS, predictFields(resume.content, profile, taxonomy), gold)
    addCounts(career, CAREER_FIELDS, careerFields(profile), gold)
  }
  return {
    resumes: resumes.length,
    skippedSpans,
    fields: toMetrics(RESUME_FIELDS, counts),
    career: toMetrics(CAREER_FIELDS, career),
  }
}
