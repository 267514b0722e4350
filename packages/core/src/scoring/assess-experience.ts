import { findSkills } from '../taxonomy/find-skills'
import type { Taxonomy } from '../taxonomy/load-taxonomy'
import type { ExperienceEntry, RequirementInput, SkillMention } from '../types'
import { hitSentence, type KeywordTerms, keywordTerms } from './assess-keywords'
import { type Assessment, formatYears, type ResumeContext, round, sentenceEvidence } from './assessment'
import { foldForSearch } from './fold-for-search'
import { type IndexedSentence, indexSentences } from './index-sentences'

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
  'industries',
  'organization',
  'organizations',
  'organisation',
  'organisations',
  'company',
  'companies',
  'firm',
  'firms',
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

/** The sentence of the role that holds its title (or employer), as the resume writes it. */
function headerLine(context: ResumeContext, entry: ExperienceEntry): IndexedSentence | undefined {
  const names = [entry.title, entry.employer]
    .filter((name): name is string => Boolean(name))
    .map(foldForSearch)
  return context.sentences.find(
    (sentence) =>
      sentence.start >= entry.start &&
      sentence.end <= entry.end &&
      names.some((name) => foldForSearch(context.text.slice(sentence.start, sentence.end)).includes(name)),
  )
}

/** Words of the requirement that can name its field in a role, and how a role line must show them. */
type FieldReading = {
  /** The skills the posting was read as ("Sales", "Food Preparation"): named in a line through the taxonomy. */
  skillIds: ReadonlySet<string>
  terms: KeywordTerms[]
  /** How many of `terms` one line of a role must show: two of a long list, so one generic word is not the field. */
  needed: number
}

/**
 * What names the requirement's field in a role. When the posting's line was read as skills ("8 years in an
 * executive sales role in technology" as Sales), the field is those skills, by their names and aliases, and the
 * words that name a person at work ("as a line cook or *chef*"); the rest of the sentence ("leading", "executive",
 * "technology") describes the role and would find one of its words in almost any career. Without skills the field
 * is the sentence's content words less the frame ("setting", "role") and nouns of a quality or state ("scale"):
 * one of a short list (either of "clinical or healthcare"); in a role's lines two of a longer one ("customer
 * service" of "customer/user service delivery"), so one common word ("service") in a duty is not a field.
 */
function readField(requirement: RequirementInput, context: ResumeContext): FieldReading {
  const { wordNet } = context
  const words = requirement.keywords.filter((keyword) => {
    const folded = foldForSearch(keyword)
    return !FRAME_WORDS.has(folded) && !wordNet.isFrameNoun(folded)
  })
  if (requirement.skillIds.length > 0) {
    const roleNouns = words.filter((keyword) =>
      wordNet.lemmas(foldForSearch(keyword)).some((lemma) => wordNet.isWorkforce(lemma)),
    )
    return {
      skillIds: new Set(requirement.skillIds),
      terms: keywordTerms(roleNouns, requirement, context),
      needed: 1,
    }
  }
  const terms = keywordTerms(words, requirement, context)
  return { skillIds: new Set(), terms, needed: terms.length >= 3 ? 2 : 1 }
}

// Titles recur across requirements and candidates of one scoring run: read each title's skills once.
const titleSkillCache = new WeakMap<Taxonomy, Map<string, readonly string[]>>()

function titleSkills(title: string, taxonomy: Taxonomy): readonly string[] {
  let cache = titleSkillCache.get(taxonomy)
  if (!cache) {
    cache = new Map()
    titleSkillCache.set(taxonomy, cache)
  }
  let skills = cache.get(title)
  if (!skills) {
    skills = findSkills(title, taxonomy).map((match) => match.skillId)
    // Bounded: a long-lived worker sees many titles; forgetting them all costs one re-read each.
    if (cache.size >= 10_000) cache.clear()
    cache.set(title, skills)
  }
  return skills
}

/** True when the line names the field: one of the skills, or enough of the field's words. */
function namesField(
  line: IndexedSentence,
  field: FieldReading,
  mentions: readonly SkillMention[],
  taxonomy: Taxonomy | null,
  title: string | null,
  header = false,
): boolean {
  if (field.skillIds.size > 0) {
    if (title !== null && taxonomy !== null) {
      for (const skillId of titleSkills(title, taxonomy)) if (field.skillIds.has(skillId)) return true
    } else if (mentions.some((mention) => mention.start >= line.start && mention.end <= line.end)) return true
  }
  // A person's role word names the role in a title only: in a line it is as often a client or a brand
  // ("independent contractor for Pampered Chef", "assisted the chef").
  if (field.terms.length === 0 || (field.skillIds.size > 0 && title === null)) return false
  // A header is short and says what the role is: one word of the field there ("Software Engineer" for "systems
  // software design") names it. A line says many things, so it needs the field's words together.
  const needed = title !== null || header ? 1 : Math.min(field.needed, field.terms.length)
  return hitSentence(line, field.terms, false).found.length >= needed
}

/**
 * Evidence for an experience requirement ("2+ years in a clinical or healthcare setting", "5+ years of experience
 * in sales"): the dated roles whose header (title or employer) names the field, or, with no such role, whose lines
 * name it, their months added up. A person's role word counts in a header only ("independent contractor for Pampered
 * Chef" in a line is not a chef); a skill the posting was read as counts in a line too. Years short of those asked
 * give a partial; under half of them, or no such role, is not the experience asked.
 */
export function assessExperience(
  requirement: RequirementInput,
  context: ResumeContext,
  taxonomy: Taxonomy | null = null,
): Assessment | null {
  const field = readField(requirement, context)
  if (field.skillIds.size === 0 && field.terms.length === 0) return null
  const entries = context.profile.experiences
  const latest = latestMonth(entries)
  const mentions = context.profile.skills
    .filter((skill) => field.skillIds.has(skill.skillId))
    .flatMap((skill) => skill.mentions.filter((mention) => mention.source === 'described_work'))
  const byRole = field.skillIds.size > 0
  const roles = entries.map((entry) => {
    const lines = context.sentences.filter(
      (sentence) => sentence.start >= entry.start && sentence.end <= entry.end,
    )
    // The header as read: title and employer, since a header the parser reads the wrong way round puts the title
    // in the employer ("Company Name, Owner/Chef").
    const header = [entry.title, entry.employer].filter(Boolean).join('\n')
    const titled =
      header.length > 0 &&
      indexSentences(header, context.wordNet).some((line) =>
        namesField(line, field, [], taxonomy, byRole ? header : null, true),
      )
    const hits = lines.filter((line) => namesField(line, field, mentions, null, null))
    // A role is of the field's kind by its duties when more than one of them names it: one line in passing
    // ("assisted in the development of company marketing" in a finance officer's role) is not a marketing role.
    return { entry, titled, lines, hit: hits.length >= Math.min(2, lines.length - 1) ? hits[0] : undefined }
  })
  // When some role's title names the field, those roles are the field's: a sales line inside a teacher's role
  // ("increased book fair sales") does not add a sales role. Otherwise the roles whose lines name it count.
  const byTitle = roles.some((role) => role.titled)
  // Months as a set: overlapping roles (two jobs held at once, a role listed twice) count each month once.
  const worked = new Set<number>()
  let quoted: Assessment['evidence'] = []
  for (const { entry, titled, lines, hit } of roles) {
    if (byTitle ? !titled : !hit) continue
    // A role counted by its header is quoted by the header line; one counted by its lines, by the line.
    const quote = (titled ? headerLine(context, entry) : undefined) ?? hit ?? lines[0]
    if (quoted.length === 0 && quote) quoted = [sentenceEvidence(context, quote)]
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
