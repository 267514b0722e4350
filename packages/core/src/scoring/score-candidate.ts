import { POSTING_PARSER_VERSION } from '../posting/parse-posting'
import type { Taxonomy } from '../taxonomy'
import { getSkill, narrowerSkillIds, relatedSkillIds, TECHNICAL_CATEGORIES } from '../taxonomy'
import { findSkills } from '../taxonomy/find-skills'
import type {
  CandidateEvaluation,
  Evidence,
  RequirementInput,
  RequirementResult,
  RequirementType,
  ResumeProfile,
  SemanticMatch,
  SkillExperience,
  SkillMention,
} from '../types'
import { assessDegree } from './assess-degree'
import { assessExperience, YEARS_SHORT_FLOOR } from './assess-experience'
import { assessKeywords, isLightHead, keywordTerms, neededWords, PARAPHRASE_CREDIT } from './assess-keywords'
import { assessWrittenLanguage, writtenInEnglish } from './assess-written-language'
import { type Assessment, DEGREE_WORD, formatYears, type ResumeContext, round, sectionAt } from './assessment'
import { findDefinedAcronyms, isForeignAcronym } from './find-defined-acronyms'
import { foldForSearch } from './fold-for-search'
import { indexSentences } from './index-sentences'
import { loadWordNet } from './load-wordnet'
import { namesSomeoneElse } from './names-someone-else'
import { formatLanguageLevel, rankLanguageLevel, readLanguageLevelRank } from './read-language-level'
import { readQuote } from './read-quote'
import { readsAsOrganization } from './reads-as-organization'

/** Bumped whenever the formula or the evidence rules change, so stored scores say which rules produced them. */
export const SCORER_VERSION = 'scorer-7'

/**
 * Credits (0..1) per kind of evidence. Described work is worth more than a bare skills-list claim because it says
 * what the candidate did with the skill; a related skill is a lead, not proof.
 */
export const CREDITS = {
  describedWork: 1,
  skillsList: 0.7,
  /** A required skill with years stated, evidenced only by a skills-list entry. */
  listOnlyWithYears: 0.5,
  related: 0.5,
  /** Floor for a matched skill whose years fall short; the rest scales with the share of years found. */
  shortYearsFloor: 0.4,
} as const

export type ScoreCandidateInput = {
  requirements: RequirementInput[]
  resumeText: string
  profile: ResumeProfile
  taxonomy: Taxonomy
  /** Nearest resume chunk per requirement; it orders candidate passages but never creates a status by itself. */
  semanticMatches: SemanticMatch[]
}

const MAX_EVIDENCE = 3

/**
 * Only a tool or method has substitutes worth a partial (Neptune for MLflow); another licence, language, degree,
 * duty or field is not the one asked, and labelled pairs showed such leads to be wrong more often than right.
 */
const RELATED_TYPES: ReadonlySet<RequirementType> = new Set(['skill'])

/** A language named at a level too low to work in. */
const LOW_LANGUAGE_LEVEL =
  /\b(?:basic|beginner|beginning|elementary|limited|novice|some|conversational|conersational|learning|a1|a2)\b/u
/** Words that make a line a credential rather than a mention of the field. */
const CREDENTIAL_WORD = /\b(?:certif\w*|licen[cs]\w*|registered|credential\w*|board[- ]certified)\b/u
/** Requirements a person's role named in the resume can show only when the role is the candidate's own. */
const ROLE_CHECKED_TYPES: ReadonlySet<RequirementType> = new Set([
  'skill',
  'activity',
  'knowledge',
  'experience',
])
/** Skill names a keyword fallback may read: the activity and knowledge types describe work in other words. */
const PARAPHRASE_TYPES: ReadonlySet<RequirementType> = new Set([
  'skill',
  'activity',
  'knowledge',
  'experience',
])

function skillName(taxonomy: Taxonomy, id: string): string {
  return getSkill(taxonomy, id)?.name ?? id
}

function mentionEvidence(resumeText: string, mention: SkillMention): Evidence {
  const quote = readQuote(resumeText, mention)
  return { ...quote, section: mention.section, source: mention.source, skillId: mention.skillId }
}

function describedFirst(mentions: SkillMention[]): SkillMention[] {
  const work = mentions.filter((mention) => mention.source === 'described_work')
  const list = mentions.filter((mention) => mention.source !== 'described_work')
  return [...work, ...list]
}

function dedupeEvidence(items: Evidence[]): Evidence[] {
  const seen = new Set<string>()
  const kept: Evidence[] = []
  for (const item of items) {
    const key = `${item.start}:${item.end}`
    if (seen.has(key)) continue
    seen.add(key)
    kept.push(item)
    if (kept.length === MAX_EVIDENCE) break
  }
  return kept
}

/**
 * Quotes for the first MAX_EVIDENCE distinct places a skill is mentioned, described work first. Quoting stops
 * there: a resume that repeats a skill thousands of times would otherwise have every mention read and dropped.
 */
function quoteMentions(resumeText: string, mentions: SkillMention[]): Evidence[] {
  const seen = new Set<string>()
  const kept: Evidence[] = []
  for (const mention of describedFirst(mentions)) {
    const item = mentionEvidence(resumeText, mention)
    const key = `${item.start}:${item.end}`
    if (seen.has(key)) continue
    seen.add(key)
    kept.push(item)
    if (kept.length === MAX_EVIDENCE) break
  }
  return kept
}

/**
 * The mentions of a skill that can stand as evidence for this requirement: an acronym the resume defines as
 * something else ("Authorization Increases (AI)") is not the skill; a degree's field counts only on a degree line.
 */
function usableMentions(
  skill: SkillExperience | undefined,
  requirement: RequirementInput,
  input: ScoreCandidateInput,
  context: ResumeContext,
): SkillMention[] {
  if (!skill) return []
  const record = getSkill(input.taxonomy, skill.skillId)
  const meanings = [requirement.label, record?.name ?? '', ...(record?.aliases ?? [])]
  // A language the resume itself rates low somewhere ("Spanish (basic)") is at that level everywhere: a bare
  // "Spanish" in a keyword list does not raise it. A posting that states a level ("C1 English", "basic Spanish") is
  // held to that level instead: the lowest level the resume states for the language must reach it.
  if (requirement.type === 'language') {
    const asked = askedLanguageLevel(requirement, skill.skillId, input.taxonomy)
    const stated = statedLanguageLevel(skill, input.resumeText)
    if (
      asked === null
        ? skill.mentions.some((mention) => LOW_LANGUAGE_LEVEL.test(languageItem(input.resumeText, mention)))
        : stated !== null && stated < asked
    )
      return []
  }
  const vendor = namesVendor(skill.skillId, input.taxonomy, context)
  // A trade or a profession (crane operator, nurse) can be named as a person; a tool's name ("SQL Server") cannot.
  const category = getSkill(input.taxonomy, skill.skillId)?.category
  const role =
    ROLE_CHECKED_TYPES.has(requirement.type) && category !== undefined && !TECHNICAL_CATEGORIES.has(category)
  return skill.mentions.filter((mention) => {
    if (isForeignAcronym(mention.surface, context.acronyms, meanings)) return false
    if (vendor && readsAsOrganization(input.resumeText, mention, input.profile, input.taxonomy)) return false
    // "Inspected all certifications on crane operator": a role the candidate worked with is not their own.
    if (role && namesSomeoneElse(mention, input.profile.experiences, context)) return false
    const section = sectionAt(input.profile, mention.start)
    const line = () => foldForSearch(readQuote(input.resumeText, mention).quote)
    if (requirement.type === 'degree') return section === 'education' || DEGREE_WORD.test(line())
    // A licence is shown where credentials are listed or named as such, not by working in its field.
    if (requirement.type === 'certification')
      return section === 'certifications' || section === 'education' || CREDENTIAL_WORD.test(line())
    if (requirement.type === 'language')
      return (
        askedLanguageLevel(requirement, skill.skillId, input.taxonomy) !== null ||
        !LOW_LANGUAGE_LEVEL.test(languageItem(input.resumeText, mention))
      )
    return true
  })
}

/**
 * True when a skill's name can also be a company's: a tool or product (Oracle, Salesforce), or a name that is no
 * English word (Cerner). A spoken language or a common word such as "Accounting" names no organisation.
 */
function namesVendor(skillId: string, taxonomy: Taxonomy, context: ResumeContext): boolean {
  const skill = getSkill(taxonomy, skillId)
  if (!skill || skill.category === 'spoken-language') return false
  if (TECHNICAL_CATEGORIES.has(skill.category)) return true
  const words = foldForSearch(skill.name).match(/\p{L}+/gu) ?? []
  return words.some((word) =>
    context.wordNet
      .lemmas(word)
      .every((lemma) => !context.wordNet.isNoun(lemma) && !context.wordNet.isVerb(lemma)),
  )
}

/**
 * The level (CEFR rank) asked for one of the requirement's languages: the recruiter's setting, else what the posting
 * line states beside that language ("C1 English", "basic Spanish"), else null.
 */
function askedLanguageLevel(
  requirement: RequirementInput,
  languageId: string,
  taxonomy: Taxonomy,
): number | null {
  if (requirement.level) return rankLanguageLevel(requirement.level)
  const source = requirement.source ?? requirement.label
  const mention = findSkills(source, taxonomy).find((match) => match.skillId === languageId)
  return mention ? readLanguageLevelRank(source, mention.start, mention.end, false) : null
}

/** The lowest level (CEFR rank) the resume states for a language anywhere it names it, or null when it states none. */
function statedLanguageLevel(skill: SkillExperience, resumeText: string): number | null {
  let lowest: number | null = null
  for (const mention of skill.mentions) {
    const { item, start, end } = languageItemSpan(resumeText, mention)
    const rank = readLanguageLevelRank(item, start, end)
    if (rank !== null && (lowest === null || rank < lowest)) lowest = rank
  }
  return lowest
}

/**
 * The list item a language is named in, up to the commas around it: in "Mandarin Chinese (native), Spanish (basic)"
 * the level "basic" is Spanish's, not Mandarin's.
 */
function languageItem(resumeText: string, mention: SkillMention): string {
  return foldForSearch(languageItemSpan(resumeText, mention).item)
}

/** The list item around a language mention, with where the language sits in it. */
function languageItemSpan(
  resumeText: string,
  mention: SkillMention,
): { item: string; start: number; end: number } {
  const before = resumeText.slice(Math.max(0, mention.start - 60), mention.start)
  const after = resumeText.slice(mention.end, mention.end + 60)
  const opening = before.split(/[,;\n•|]/u).pop() ?? ''
  const closing = after.split(/[,;\n•|]/u)[0] ?? ''
  const surface = resumeText.slice(mention.start, mention.end)
  return {
    item: `${opening}${surface}${closing}`,
    start: opening.length,
    end: opening.length + surface.length,
  }
}

type Found = { skill: SkillExperience; mentions: SkillMention[] }

/**
 * A licence is shown by its own name: the words the posting used ("Registered Nurse", "RN") or a credential word on
 * the mention itself ("CPR certified"). The field the licence belongs to ("Nursing", a "Certified Nursing Assistant"
 * certificate) is not the licence. Narrower credentials (BLS for CPR) are read apart, through the taxonomy.
 */
function namesCredential(mention: SkillMention, requirement: RequirementInput): boolean {
  if (requirement.type !== 'certification' || !requirement.source) return true
  const surface = foldForSearch(mention.surface)
  if (CREDENTIAL_WORD.test(surface)) return true
  // Word by word, singular or plural alike ("food handlers" for "food handler"), but not another form of the word
  // ("nursing" is the field, "nurse" the licence).
  const singular = (word: string) => word.replace(/'s$|s$/u, '')
  const asked = new Set((foldForSearch(requirement.source).match(/[\p{L}\p{N}+#]+/gu) ?? []).map(singular))
  const words = surface.match(/[\p{L}\p{N}+#]+/gu) ?? []
  return words.length > 0 && words.every((word) => asked.has(singular(word)))
}

function hasWork(found: Found): boolean {
  return found.mentions.some((mention) => mention.source === 'described_work')
}

/** Years asked against years found, for a named or narrower skill. */
function assessFound(
  requirement: RequirementInput,
  input: ScoreCandidateInput,
  all: Found[],
  basis: 'named' | 'narrower',
): Assessment {
  const { resumeText, taxonomy } = input
  // Prefer described work, then more years; ties keep the posting's (or taxonomy's) order, so the choice is stable.
  const best = [...all].sort(
    (a, b) => Number(hasWork(b)) - Number(hasWork(a)) || b.skill.years - a.skill.years,
  )[0] as Found
  const years = Math.max(...all.map((found) => found.skill.years))
  const worked = hasWork(best)
  const evidence = quoteMentions(resumeText, best.mentions)
  const name = skillName(taxonomy, best.skill.skillId)
  // "Uses MySQL, a kind of SQL": the reason names both the skill found and the one asked.
  const asked = requirement.skillIds.map((id) => skillName(taxonomy, id)).join(' / ')
  const shown = basis === 'narrower' ? `${name} (a kind of ${asked})` : name
  const base = worked ? CREDITS.describedWork : CREDITS.skillsList
  const minYears = requirement.minYears
  if (minYears !== null && minYears > 0) {
    if (!worked && requirement.kind === 'required') {
      return {
        status: 'partial',
        basis: 'listed',
        credit: CREDITS.listOnlyWithYears,
        evidence,
        yearsFound: years,
        reason: `${shown} appears only in a skills list, so the ${minYears}+ years the posting asks for are not shown.`,
      }
    }
    if (years < minYears) {
      const share = Math.min(1, years / minYears)
      // Under half the years asked is not the experience asked; the reason still says what was found.
      if (share < YEARS_SHORT_FLOOR) {
        return {
          status: 'missing',
          basis: 'years_short',
          credit: 0,
          evidence,
          yearsFound: years,
          reason: `Has ${shown} for about ${formatYears(years)}, well short of the ${minYears}+ years asked.`,
        }
      }
      return {
        status: 'partial',
        basis: 'years_short',
        credit: round(base * (CREDITS.shortYearsFloor + (1 - CREDITS.shortYearsFloor) * share), 4),
        evidence,
        yearsFound: years,
        reason: `Has ${shown} for about ${formatYears(years)}, short of the ${minYears}+ years asked.`,
      }
    }
  }
  return {
    status: 'matched',
    basis: worked ? basis : basis === 'narrower' ? 'narrower' : 'listed',
    credit: base,
    evidence,
    yearsFound: years,
    reason: worked
      ? `Uses ${shown} in described work${years > 0 ? ` (about ${formatYears(years)})` : ''}.`
      : `Lists ${shown} in a skills section, without described work using it.`,
  }
}

function nameWords(taxonomy: Taxonomy, id: string): Set<string> {
  return new Set(foldForSearch(skillName(taxonomy, id)).match(/[\p{L}\p{N}]+/gu) ?? [])
}

/**
 * The skills a line really asks for. When one skill the line names is the head of another it also names ("Teaching"
 * inside "ESL Teaching", or a broader skill of it), the line asks for the specific one: "teaching English as a second
 * language" is not met by any teaching. Otherwise every named skill is an alternative.
 */
export function specificSkillIds(skillIds: readonly string[], taxonomy: Taxonomy): string[] {
  if (skillIds.length < 2) return [...skillIds]
  const words = new Map(skillIds.map((id) => [id, nameWords(taxonomy, id)]))
  return skillIds.filter(
    (id) =>
      !skillIds.some((other) => {
        if (other === id) return false
        if ((getSkill(taxonomy, other)?.broader ?? []).includes(id)) return true
        const mine = words.get(id) as Set<string>
        const theirs = words.get(other) as Set<string>
        return mine.size > 0 && mine.size < theirs.size && [...mine].every((word) => theirs.has(word))
      }),
  )
}

/**
 * The skills a line asks for, less a skill its other skills qualify: in "Linux or Unix system administration" the
 * line asks for the administration of Linux or Unix, so system administration alone (of Windows servers) is not it,
 * while Linux or Unix named still is. A skill is qualified when another asked skill's name ends right before its own.
 */
function withoutQualifiedHeads(
  skillIds: readonly string[],
  requirement: RequirementInput,
  taxonomy: Taxonomy,
): string[] {
  if (skillIds.length < 2 || !requirement.source || requirement.type !== 'skill') return [...skillIds]
  const source = requirement.source
  const mentions = findSkills(source, taxonomy)
    .filter((mention) => skillIds.includes(mention.skillId))
    .sort((a, b) => a.start - b.start)
  const qualified = new Set<string>()
  mentions.forEach((mention, index) => {
    const previous = mentions[index - 1]
    if (
      previous &&
      previous.skillId !== mention.skillId &&
      /^\s+$/u.test(source.slice(previous.end, mention.start))
    )
      qualified.add(mention.skillId)
  })
  const kept = skillIds.filter((id) => !qualified.has(id))
  return kept.length > 0 ? kept : [...skillIds]
}

/**
 * The words a posting puts in front of a skill's name in the same phrase ("linear algebra" in "understanding of
 * linear algebra algorithms"): they say which kind of the skill is meant. Empty when the name stands alone or only
 * an adjective qualifies it ("strong Python").
 */
function qualifierOf(source: string, skillId: string, taxonomy: Taxonomy, context: ResumeContext): string[] {
  const skill = getSkill(taxonomy, skillId)
  if (!skill) return []
  const line = foldForSearch(source)
  for (const alias of [skill.name, ...skill.aliases].map((name) => foldForSearch(name))) {
    const at = line.search(
      new RegExp(`(?<![\\p{L}\\p{N}])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u'),
    )
    if (at <= 0) continue
    const phrase =
      line
        .slice(0, at)
        .split(/[,;:.()!?]/u)
        .pop() ?? ''
    const words = phrase.match(/[\p{L}\p{N}+#-]+/gu) ?? []
    const qualifier: string[] = []
    for (let index = words.length - 1; index >= 0; index--) {
      const word = words[index] as string
      if (QUALIFIER_ENDS.has(word)) break
      qualifier.unshift(word)
    }
    const last = qualifier[qualifier.length - 1]
    // A compound ("linear *algebra* algorithms") has a noun next to the name; an adjective alone only grades it.
    if (!last || !context.wordNet.lemmas(last).some((lemma) => context.wordNet.isNoun(lemma))) return []
    return qualifier.filter((word) => word.length > 1)
  }
  return []
}

/** Words that end a qualifier, read leftwards from a skill's name: prepositions, articles, conjunctions, grading. */
const QUALIFIER_ENDS = new Set(
  'of in on for with to at by from and or the a an our your their e y o ou de da do del en em con com para strong solid deep good great excellent proven advanced basic working hands-on especially particularly including like such as'.split(
    ' ',
  ),
)

/**
 * A skill the posting qualifies ("linear algebra algorithms") is shown by a resume sentence that names the qualifier
 * itself ("MSc in Applied Mathematics (linear algebra, statistics)"): the kind of the skill asked is named outright.
 */
function assessQualifiedSkill(
  requirement: RequirementInput,
  skillIds: readonly string[],
  input: ScoreCandidateInput,
  context: ResumeContext,
): Assessment | null {
  if (!requirement.source || requirement.type !== 'skill') return null
  const asked = new Set(requirement.keywords.map((keyword) => foldForSearch(keyword)))
  for (const id of skillIds) {
    // Only a tool or method qualified by a compound of the posting's own content words ("linear algebra"): a frame
    // ("experience onboarding") or a lone word ("state employment law") says too little to stand for the skill.
    const category = getSkill(input.taxonomy, id)?.category
    if (!category || !TECHNICAL_CATEGORIES.has(category)) continue
    const qualifier = qualifierOf(requirement.source, id, input.taxonomy, context)
    if (qualifier.length < 2 || !qualifier.every((word) => asked.has(word))) continue
    const found = assessKeywords({ ...requirement, keywords: qualifier, minYears: null }, context, {
      allWords: true,
      asField: true,
    })
    if (found?.status !== 'matched') continue
    const kind = qualifier.join(' ')
    return {
      ...found,
      yearsFound: null,
      reason: `Names ${kind}, the kind of ${skillName(input.taxonomy, id)} the posting asks for ("${kind} ${skillName(input.taxonomy, id).toLowerCase()}").`,
    }
  }
  return null
}

/** Evidence for a skill requirement: the named skills, then narrower ones (MySQL for SQL), then related ones. */
function assessSkills(
  requirement: RequirementInput,
  input: ScoreCandidateInput,
  context: ResumeContext,
): Assessment | null {
  const { profile, resumeText, taxonomy } = input
  const bySkill = new Map<string, SkillExperience>(profile.skills.map((skill) => [skill.skillId, skill]))
  const collect = (ids: readonly string[]): Found[] =>
    ids
      .map((id) => {
        const skill = bySkill.get(id)
        return skill ? { skill, mentions: usableMentions(skill, requirement, input, context) } : null
      })
      .filter((found): found is Found => found !== null && found.mentions.length > 0)

  const specific = withoutQualifiedHeads(
    specificSkillIds(requirement.skillIds, taxonomy),
    requirement,
    taxonomy,
  )
  const direct = collect(specific)
    .map((found) => ({
      ...found,
      mentions: found.mentions.filter((mention) => namesCredential(mention, requirement)),
    }))
    .filter((found) => found.mentions.length > 0)
  if (direct.length > 0) return assessFound(requirement, input, direct, 'named')

  const asked = new Set(requirement.skillIds)
  const narrower = collect(
    [...new Set(specific.flatMap((id) => narrowerSkillIds(taxonomy, id)))].filter((id) => !asked.has(id)),
  )
  if (narrower.length > 0) return assessFound(requirement, input, narrower, 'narrower')

  const qualified = assessQualifiedSkill(requirement, specific, input, context)
  if (qualified) return qualified

  if (!RELATED_TYPES.has(requirement.type) || namesActivity(requirement, input, context)) return null
  for (const id of requirement.skillIds) {
    // A substitute is a sibling under a common family (PostgreSQL for MySQL: both SQL databases). Bare "related"
    // edges (Payroll ~ Compensation, Windows Server ~ Linux) were wrong more often than right on labelled pairs.
    const parents = new Set(getSkill(taxonomy, id)?.broader ?? [])
    for (const relatedId of relatedSkillIds(taxonomy, id)) {
      if (!(getSkill(taxonomy, relatedId)?.broader ?? []).some((parent) => parents.has(parent))) continue
      const [related] = collect([relatedId])
      if (!related) continue
      const worked = hasWork(related)
      return {
        status: 'partial',
        basis: 'related',
        credit: CREDITS.related * (worked ? CREDITS.describedWork : CREDITS.skillsList),
        evidence: quoteMentions(resumeText, related.mentions),
        yearsFound: related.skill.years,
        reason: `No ${requirement.label}, but has the related skill ${skillName(taxonomy, relatedId)}.`,
      }
    }
  }
  return null
}

/** True when the requirement names a field of knowledge or practice rather than a tool or a credential. */
function readsAsField(requirement: RequirementInput, input: ScoreCandidateInput): boolean {
  if (requirement.keywords.length === 0) return false
  if (requirement.type !== 'knowledge' && requirement.type !== 'skill' && requirement.type !== 'activity')
    return false
  return requirement.skillIds.every((id) => {
    const category = getSkill(input.taxonomy, id)?.category
    return category !== undefined && !TECHNICAL_CATEGORIES.has(category)
  })
}

/** The words of the requirement's skill names, matched as an activity's words (all of them, in one sentence). */
function assessSkillWords(
  requirement: RequirementInput,
  input: ScoreCandidateInput,
  context: ResumeContext,
): Assessment | null {
  for (const id of requirement.skillIds) {
    const words = skillName(input.taxonomy, id)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 2)
    // One word alone ("Scheduling") says too little about what was done to count without the skill itself.
    if (words.length < 2) continue
    const found = assessKeywords({ ...requirement, keywords: words, minYears: null }, context, {
      allWords: true,
    })
    if (found) return { ...found, yearsFound: null }
  }
  return null
}

/**
 * True when the requirement is a duty: typed as an activity, or named by a skill whose head is an action
 * ("Scheduling", "Hardware Troubleshooting", "Inventory Management"), whose object the posting states beside it.
 */
function namesActivity(
  requirement: RequirementInput,
  input: ScoreCandidateInput,
  context: ResumeContext,
): boolean {
  // Years asked make it an experience requirement: the skill's dated use decides it, not one sentence.
  if (requirement.minYears !== null) return false
  if (requirement.type === 'activity') return true
  if (requirement.type !== 'skill') return false
  // Every alternative must name an action: "Linux / Unix / System Administration" is a choice of tools.
  return requirement.skillIds.every((id) => {
    const words = foldForSearch(skillName(input.taxonomy, id)).match(/[\p{L}]+/gu) ?? []
    const head = words[words.length - 1]
    if (!head) return false
    const lemmas = context.wordNet.lemmas(head)
    return (
      (head.endsWith('ing') && lemmas.some((lemma) => lemma !== head && context.wordNet.isVerb(lemma))) ||
      isLightHead(head, context)
    )
  })
}

/**
 * An activity named through a skill ("Experience scheduling staff": Scheduling): the posting's words, verb and object,
 * must meet in one sentence. The skill alone counts only when its name carries those words ("Inventory Management"
 * for "inventory management"), not when it names the verb without the object (scheduled surgeries is not scheduling
 * staff).
 */
function assessActivity(
  requirement: RequirementInput,
  input: ScoreCandidateInput,
  context: ResumeContext,
): Assessment | null {
  const words = assessKeywords(requirement, context)
  if (words) return words
  const terms = keywordTerms(requirement.keywords, requirement, context).filter((term) => !term.optional)
  const named = new Set(
    requirement.skillIds.flatMap((id) =>
      (foldForSearch(skillName(input.taxonomy, id)).match(/[\p{L}\p{N}]+/gu) ?? []).flatMap((word) => [
        word,
        ...context.wordNet.lemmas(word),
      ]),
    ),
  )
  const covered = terms.filter((term) => [...term.literal].some((word) => named.has(word))).length
  const skill = assessSkills(requirement, input, context)
  if (!skill || covered >= neededWords(terms.length)) return skill
  // The skill must name what the duty is about: "Accounting" in described work is not *supervising* accounting staff.
  const core = terms.find((term) => term.core)
  if (core && ![...core.literal].some((word) => named.has(word))) return null
  // The action named in described work without its object ("Handled hiring, training, scheduling and payroll" for
  // scheduling kitchen staff) is a lead a reviewer can check, not a match.
  // Only a described action counts: a job title ("Teacher 08/2013 to Current") or a fragment names no work done.
  const quoted = skill.evidence.find(
    (item) =>
      item.source === 'described_work' &&
      context.sentences.some(
        (sentence) => sentence.start >= item.start && sentence.end <= item.end && sentence.describesAction,
      ),
  )
  if (!quoted) return null
  const missing = terms.filter((term) => ![...term.literal].some((word) => named.has(word)))
  return {
    ...skill,
    status: 'partial',
    basis: 'paraphrase',
    credit: Math.min(skill.credit, PARAPHRASE_CREDIT),
    evidence: [quoted],
    reason: `Does ${skillName(input.taxonomy, requirement.skillIds[0] ?? '')} in described work ("${quoted.quote}"), without naming ${missing.map((term) => term.keyword).join(', ')}.`,
  }
}

/** A line asking for more than one language at once: each named language is required, not any one of them. */
const SEVERAL_LANGUAGES = /^(?:bilingual|multilingual|trilingual|bilingue)$/u

/**
 * The spoken languages a "bilingual" line names (its own skills and its words): all of them must be shown. The
 * language the resume is written in is shown by the resume itself, so it is not asked again.
 */
function languagesRequiredTogether(requirement: RequirementInput, input: ScoreCandidateInput): string[] {
  if (requirement.type !== 'language') return []
  const words = [...requirement.keywords, ...foldForSearch(requirement.label).split(/[^a-z]+/u)]
  if (!words.some((word) => SEVERAL_LANGUAGES.test(word))) return []
  const languages = [...new Set([...requirement.skillIds, ...requirement.keywords])].filter(
    (id) => !SEVERAL_LANGUAGES.test(id) && getSkill(input.taxonomy, id)?.category === 'spoken-language',
  )
  return languages.includes('english') && writtenInEnglish(input.resumeText)
    ? languages.filter((id) => id !== 'english')
    : languages
}

/** English joined by "and" to the languages after it: "English and Danish, Norwegian, Swedish or Finnish". */
const ENGLISH_AND = /\benglish\s+(?:and|&|as well as|plus|together with)\s/u

/**
 * The languages a line asks for besides English, when it joins English to them with "and": English and one of
 * the others. The parser reads the whole list as alternatives, but English alone does not meet it (every resume
 * here is written in it); one of the others must be shown.
 */
function languagesBesidesEnglish(requirement: RequirementInput, input: ScoreCandidateInput): string[] {
  if (requirement.type !== 'language' || !requirement.skillIds.includes('english')) return []
  if (!ENGLISH_AND.test(foldForSearch(requirement.source ?? requirement.label))) return []
  return requirement.skillIds.filter(
    (id) => id !== 'english' && getSkill(input.taxonomy, id)?.category === 'spoken-language',
  )
}

function assessBesidesEnglish(
  requirement: RequirementInput,
  others: readonly string[],
  input: ScoreCandidateInput,
  context: ResumeContext,
): Assessment {
  const english =
    writtenInEnglish(input.resumeText) ||
    assessSkills({ ...requirement, skillIds: ['english'], minYears: null }, input, context) !== null
  const found = english
    ? assessSkills({ ...requirement, skillIds: [...others], minYears: null }, input, context)
    : null
  if (found) return found
  const names = others.map((id) => skillName(input.taxonomy, id)).join(' or ')
  return {
    status: 'missing',
    basis: 'none',
    credit: 0,
    evidence: [],
    yearsFound: null,
    reason: `${requirement.label} asks for English and ${names}; no evidence of ${english ? names : 'English'}.`,
  }
}

/**
 * "Bilingual English/Spanish": the parser reads the languages as alternatives, but bilingual means both. Each
 * language is assessed on its own; the requirement is as strong as the weakest, and missing if any is missing.
 */
function assessLanguagesTogether(
  requirement: RequirementInput,
  languages: readonly string[],
  input: ScoreCandidateInput,
  context: ResumeContext,
): Assessment {
  const parts = languages.map((id) => ({
    id,
    found: assessSkills({ ...requirement, skillIds: [id], minYears: null }, input, context),
  }))
  const absent = parts.filter((part) => !part.found).map((part) => skillName(input.taxonomy, part.id))
  const names = languages.map((id) => skillName(input.taxonomy, id)).join(' and ')
  if (absent.length > 0)
    return {
      status: 'missing',
      basis: 'none',
      credit: 0,
      evidence: [],
      yearsFound: null,
      reason: `${requirement.label} asks for ${names} together; no evidence of ${absent.join(' or ')}.`,
    }
  const found = parts.map((part) => part.found as Assessment)
  const weakest = found.reduce((low, next) => (next.credit < low.credit ? next : low))
  return {
    ...weakest,
    // The best quote of each language first, so every language asked is quoted within the evidence cap.
    evidence: dedupeEvidence([
      ...found.flatMap((part) => part.evidence.slice(0, 1)),
      ...found.flatMap((part) => part.evidence.slice(1)),
    ]),
    reason: `Shows ${names}: ${found.map((part) => part.reason).join(' ')}`,
  }
}

function asksYears(requirement: RequirementInput): boolean {
  return requirement.minYears !== null && requirement.minYears > 0
}

const STATUS_RANK = { missing: 0, partial: 1, matched: 2 } as const

/** The stronger of two readings: higher status, then more credit; the first on a tie. */
function stronger(first: Assessment | null, second: Assessment | null): Assessment | null {
  if (!first || !second) return first ?? second
  const rank = STATUS_RANK[second.status] - STATUS_RANK[first.status]
  return rank > 0 || (rank === 0 && second.credit > first.credit) ? second : first
}

/**
 * "Bilingual" with no language named: a second language is shown by any spoken language the resume names at a working
 * level besides the one it is written in ("Fluent in English and Spanish", "Mandarin Chinese (native)").
 */
function assessAnySecondLanguage(
  requirement: RequirementInput,
  input: ScoreCandidateInput,
  context: ResumeContext,
): Assessment | null {
  if (requirement.type !== 'language') return null
  const named = requirement.skillIds.filter((id) => !SEVERAL_LANGUAGES.test(id))
  if (named.length > 0 || requirement.skillIds.length === 0) return null
  const own = writtenInEnglish(input.resumeText) ? 'english' : null
  let best: Assessment | null = null
  for (const skill of input.profile.skills) {
    if (skill.skillId === own || getSkill(input.taxonomy, skill.skillId)?.category !== 'spoken-language')
      continue
    const found = assessSkills({ ...requirement, skillIds: [skill.skillId], minYears: null }, input, context)
    if (found?.basis === 'named' || found?.basis === 'listed') best = stronger(best, found)
  }
  if (!best) return null
  const language = skillName(input.taxonomy, best.evidence[0]?.skillId ?? '')
  return {
    ...best,
    reason: `Speaks ${language}${own ? ' besides English, the language the resume is written in' : ''}: ${best.reason}`,
  }
}

/** Dispatches a screened requirement to the matcher of its kind. */
function assessRequirement(
  requirement: RequirementInput,
  input: ScoreCandidateInput,
  context: ResumeContext,
): Assessment {
  let found: Assessment | null
  const together = languagesRequiredTogether(requirement, input)
  if (together.length > 0) return assessLanguagesTogether(requirement, together, input, context)
  const besidesEnglish = languagesBesidesEnglish(requirement, input)
  if (besidesEnglish.length > 0) return assessBesidesEnglish(requirement, besidesEnglish, input, context)
  const second = assessAnySecondLanguage(requirement, input, context)
  if (requirement.type === 'degree') found = assessDegree(requirement, input.taxonomy, context)
  else if (
    requirement.skillIds.length > 0 &&
    requirement.keywords.length > 0 &&
    namesActivity(requirement, input, context)
  )
    found = assessActivity(requirement, input, context)
  else if (requirement.skillIds.length > 0) {
    found = assessSkills(requirement, input, context)
    // A duty or field named by a skill ("Hardware Troubleshooting") is also shown by its words in other order
    // ("Troubleshoot all software and hardware problems"): read the skill names' words as a paraphrase.
    if (
      !found &&
      PARAPHRASE_TYPES.has(requirement.type) &&
      // Years asked are shown by dated use, not by a sentence in other words.
      requirement.minYears === null &&
      (requirement.type !== 'skill' || namesActivity(requirement, input, context))
    )
      found = assessSkillWords(requirement, input, context)
    // A field of knowledge is also shown by the posting's own words together ("state and federal employment law");
    // a tool is not (its name in other words is another tool), nor a licence, language or degree.
    // Years asked are shown by dated roles, not by the field's words in one sentence.
    if (!found && readsAsField(requirement, input) && !asksYears(requirement))
      found = assessKeywords(requirement, context, { asField: true })
    // Years of a field are the dated roles of that kind ("Head Chef, 2009 to 2012" for years as a chef): when
    // roles name it, their reading stands over the skill's, whose years count every role that mentions the word
    // once ("raised book fair sales" in a teacher's role).
    // With no role of that kind, the skill named somewhere shows the field but not the years: a partial at most.
    if (asksYears(requirement) && requirement.type === 'experience')
      found =
        assessExperience(requirement, context, input.taxonomy) ??
        (found?.status === 'matched'
          ? {
              ...found,
              status: 'partial',
              basis: 'years_short',
              credit: Math.min(found.credit, CREDITS.listOnlyWithYears),
              yearsFound: null,
              reason: `Names ${skillName(input.taxonomy, found.evidence[0]?.skillId ?? requirement.skillIds[0] ?? '')}, but no dated role of that kind shows the ${requirement.minYears}+ years asked.`,
            }
          : found)
  } else if (requirement.type === 'experience') {
    found = assessExperience(requirement, context, input.taxonomy)
    if (!found) {
      found = assessKeywords(requirement, context)
      // Years are shown by dated roles of the field. With none (or no field left once the frame is set aside:
      // "4 years of relevant industry experience"), the field's words in a sentence show the field, not the years
      // asked: a partial at most, as for a skill asked with years.
      if (found?.status === 'matched' && asksYears(requirement))
        found = {
          ...found,
          status: 'partial',
          basis: 'years_short',
          credit: Math.min(found.credit, CREDITS.listOnlyWithYears),
          yearsFound: null,
          reason: `A sentence names the field, but no dated role of that kind shows the ${requirement.minYears}+ years asked.`,
        }
    }
  } else found = assessKeywords(requirement, context, { asField: requirement.type === 'knowledge' })
  const below = languageBelowAsked(requirement, input)
  // A resume that states its English below the level asked ("English (B1)") is not raised by being written in English.
  const written =
    below?.skillId === 'english' ? null : assessWrittenLanguage(requirement, context, input.taxonomy)
  found = stronger(stronger(found, second), written)
  if (found) return found
  return {
    status: 'missing',
    basis: 'none',
    credit: 0,
    evidence: [],
    yearsFound: null,
    reason: below
      ? `States ${skillName(input.taxonomy, below.skillId)} at ${formatLanguageLevel(below.stated)} ("${below.item}"), below the ${formatLanguageLevel(below.asked)} the posting asks.`
      : `No evidence of ${requirement.label} in the resume.`,
  }
}

/**
 * A language the posting asks at a stated level and the resume states lower: the language, both levels and the
 * resume's own words, so the verdict is checked at a glance.
 */
function languageBelowAsked(
  requirement: RequirementInput,
  input: ScoreCandidateInput,
): { skillId: string; stated: number; asked: number; item: string } | null {
  if (requirement.type !== 'language') return null
  for (const skillId of requirement.skillIds) {
    const asked = askedLanguageLevel(requirement, skillId, input.taxonomy)
    const skill = input.profile.skills.find((candidate) => candidate.skillId === skillId)
    if (asked === null || !skill) continue
    for (const mention of skill.mentions) {
      const { item, start, end } = languageItemSpan(input.resumeText, mention)
      const stated = readLanguageLevelRank(item, start, end)
      if (stated !== null && stated < asked) return { skillId, stated, asked, item: item.trim() }
    }
  }
  return null
}

/** A trait or logistics item: no resume passage can show it, so nothing is quoted and nothing is credited. */
function notScreened(requirement: RequirementInput): Assessment {
  return {
    status: 'missing',
    basis: 'none',
    credit: 0,
    evidence: [],
    yearsFound: null,
    reason:
      requirement.type === 'logistics'
        ? `Not screened from the resume: confirm ${requirement.label} with the candidate.`
        : `Not screened from the resume: ${requirement.label} is assessed in the interview.`,
  }
}

/**
 * Scores one resume against a posting's requirements.
 *
 * Formula: for each kind, a weighted mean of credits, R = Σ(wᵢ·cᵢ)/Σwᵢ over required items and N likewise over
 * nice-to-haves. base = 0.8·R + 0.2·N (R alone when there are no nice-to-haves, N alone when nothing is required).
 * gate = 1 − 0.5·(weight of missing required items / total required weight), so each required item with no
 * evidence at all costs more than its share of R. score = round(100 · base · gate, 2).
 * Pure: no I/O, clock or randomness; the same input gives the same output, bit for bit.
 */
export function scoreCandidate(input: ScoreCandidateInput): CandidateEvaluation {
  const wordNet = loadWordNet()
  const context: ResumeContext = {
    text: input.resumeText,
    profile: input.profile,
    sentences: indexSentences(input.resumeText, wordNet),
    wordNet,
    acronyms: findDefinedAcronyms(input.resumeText),
    semanticMatches: input.semanticMatches,
  }
  const results: RequirementResult[] = input.requirements.map((requirement) => ({
    requirementId: requirement.id,
    ...(requirement.screened ? assessRequirement(requirement, input, context) : notScreened(requirement)),
  }))

  let requiredWeight = 0
  let requiredCredit = 0
  let missingRequiredWeight = 0
  let niceWeight = 0
  let niceCredit = 0
  let requiredMet = 0
  let requiredTotal = 0
  input.requirements.forEach((requirement, index) => {
    const result = results[index] as RequirementResult
    // Traits and logistics cannot be shown by a resume: they are reported, never gate and never move the score.
    if (!requirement.screened) return
    const weight = Math.max(0, requirement.weight)
    if (requirement.kind === 'required') {
      requiredTotal += 1
      requiredWeight += weight
      requiredCredit += weight * result.credit
      if (result.status === 'missing') missingRequiredWeight += weight
      if (result.status === 'matched') requiredMet += 1
    } else {
      niceWeight += weight
      niceCredit += weight * result.credit
    }
  })

  const required = requiredWeight > 0 ? requiredCredit / requiredWeight : null
  const nice = niceWeight > 0 ? niceCredit / niceWeight : null
  let base = 0
  if (required !== null && nice !== null) base = 0.8 * required + 0.2 * nice
  else if (required !== null) base = required
  else if (nice !== null) base = nice
  const gate = requiredWeight > 0 ? 1 - 0.5 * (missingRequiredWeight / requiredWeight) : 1

  return {
    score: round(100 * base * gate, 2),
    requiredMet,
    requiredTotal,
    requirements: results,
    versions: { taxonomy: input.taxonomy.version, parser: POSTING_PARSER_VERSION, scorer: SCORER_VERSION },
  }
}
