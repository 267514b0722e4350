// The scorer as it was at scorer-1 (before per-type evidence matching), frozen here as the same-run baseline of
// the scoring-throughput bench. Not used by the product; only its speed is compared.
import type {
  CandidateEvaluation,
  Evidence,
  RequirementInput,
  RequirementResult,
  ResumeProfile,
  ResumeSectionName,
  SemanticMatch,
  SkillExperience,
  SkillMention,
  Taxonomy,
} from '@shortlist/core'
import {
  getSkill,
  MAX_QUOTE_LENGTH,
  POSTING_PARSER_VERSION,
  readQuote,
  relatedSkillIds,
} from '@shortlist/core'

function foldForSearch(text: string): string {
  let folded = ''
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string
    const lower = char.toLowerCase()
    const stripped = lower.normalize('NFD').replace(/\p{M}/gu, '')
    folded += stripped.length === 1 ? stripped : lower.length === 1 ? lower : char
  }
  return folded
}

function stemKeyword(keyword: string): string {
  const stem = keyword.replace(/(?:ations?|ments?|ing|ers?|ed|es|s|cao|coes|cion|ciones)$/, '')
  return stem.length >= 4 ? stem : keyword
}

/** Bumped whenever the formula or the evidence rules change, so stored scores say which rules produced them. */
const SCORER_VERSION = 'scorer-1'

/**
 * Credits (0..1) per kind of evidence. Described work is worth more than a bare skills-list claim because it says
 * what the candidate did with the skill; a related skill or a merely similar passage is a lead, not proof.
 */
const CREDITS = {
  describedWork: 1,
  skillsList: 0.7,
  /** A required skill with years stated, evidenced only by a skills-list entry. */
  listOnlyWithYears: 0.5,
  related: 0.5,
  semantic: 0.4,
  /** Floor for a matched skill whose years fall short; the rest scales with the share of years found. */
  shortYearsFloor: 0.4,
} as const

/**
 * Cosine similarity from which a resume chunk counts as semantic support. Calibrated on the offline hashing
 * embedder (offline-hash-v1): a requirement's best-matching chunk in an unrelated resume scores a median of 0.32 and
 * a 90th percentile of 0.43, so 0.45 keeps chance support to under one requirement in ten.
 */
const SEMANTIC_THRESHOLD = 0.45

/** Share of a skill-less requirement's keywords that must appear for it to count as matched. */
const KEYWORD_MATCH_SHARE = 0.5

type ScoreCandidateInput = {
  requirements: RequirementInput[]
  resumeText: string
  profile: ResumeProfile
  taxonomy: Taxonomy
  semanticMatches: SemanticMatch[]
}

type Assessment = Omit<RequirementResult, 'requirementId'>

const MAX_EVIDENCE = 3

function round(value: number, digits: number): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

function skillName(taxonomy: Taxonomy, id: string): string {
  return getSkill(taxonomy, id)?.name ?? id
}

function sectionAt(profile: ResumeProfile, offset: number): ResumeSectionName {
  for (const section of profile.sections)
    if (offset >= section.start && offset < section.end) return section.name
  return 'other'
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

function formatYears(years: number): string {
  const rounded = round(years, 1)
  return `${rounded} year${rounded === 1 ? '' : 's'}`
}

/** Evidence for a skill requirement: the named skills first, then related ones. */
function assessSkills(requirement: RequirementInput, input: ScoreCandidateInput): Assessment | null {
  const { profile, resumeText, taxonomy } = input
  const bySkill = new Map<string, SkillExperience>(profile.skills.map((skill) => [skill.skillId, skill]))
  const direct = requirement.skillIds
    .map((id) => bySkill.get(id))
    .filter((skill): skill is SkillExperience => skill !== undefined && skill.mentions.length > 0)

  if (direct.length > 0) {
    const hasWork = (skill: SkillExperience) =>
      skill.mentions.some((mention) => mention.source === 'described_work')
    // Prefer described work, then more years; ties keep the posting's order, so the choice is stable.
    const best = [...direct].sort(
      (a, b) => Number(hasWork(b)) - Number(hasWork(a)) || b.years - a.years,
    )[0] as SkillExperience
    const years = Math.max(...direct.map((skill) => skill.years))
    const worked = hasWork(best)
    const evidence = dedupeEvidence(
      describedFirst(best.mentions).map((mention) => mentionEvidence(resumeText, mention)),
    )
    const name = skillName(taxonomy, best.skillId)
    const base = worked ? CREDITS.describedWork : CREDITS.skillsList
    const minYears = requirement.minYears
    if (minYears !== null && minYears > 0) {
      if (!worked && requirement.kind === 'required') {
        return {
          status: 'partial',
          credit: CREDITS.listOnlyWithYears,
          evidence,
          yearsFound: years,
          reason: `${name} appears only in a skills list, so the ${minYears}+ years the posting asks for are not shown.`,
        }
      }
      if (years < minYears) {
        const share = Math.min(1, years / minYears)
        return {
          status: 'partial',
          credit: round(base * (CREDITS.shortYearsFloor + (1 - CREDITS.shortYearsFloor) * share), 4),
          evidence,
          yearsFound: years,
          reason: `Has ${name} for about ${formatYears(years)}, short of the ${minYears}+ years asked.`,
        }
      }
    }
    return {
      status: 'matched',
      credit: base,
      evidence,
      yearsFound: years,
      reason: worked
        ? `Uses ${name} in described work${years > 0 ? ` (about ${formatYears(years)})` : ''}.`
        : `Lists ${name} in a skills section, without described work using it.`,
    }
  }

  for (const id of requirement.skillIds) {
    for (const relatedId of relatedSkillIds(taxonomy, id)) {
      const related = bySkill.get(relatedId)
      if (!related || related.mentions.length === 0) continue
      const worked = related.mentions.some((mention) => mention.source === 'described_work')
      return {
        status: 'partial',
        credit: CREDITS.related * (worked ? CREDITS.describedWork : CREDITS.skillsList),
        evidence: dedupeEvidence(
          describedFirst(related.mentions).map((mention) => mentionEvidence(resumeText, mention)),
        ),
        yearsFound: related.years,
        reason: `No ${requirement.label}, but has the related skill ${skillName(taxonomy, relatedId)}.`,
      }
    }
  }
  return null
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Evidence for a skill-less requirement: its keywords, looked up as word stems in the resume text. */
function assessKeywords(
  requirement: RequirementInput,
  input: ScoreCandidateInput,
  folded: string,
): Assessment | null {
  const keywords = [...new Set(requirement.keywords.map((keyword) => foldForSearch(keyword)))].filter(
    (keyword) => keyword.length > 0,
  )
  if (keywords.length === 0) return null
  const hits: Array<{ keyword: string; start: number; end: number }> = []
  for (const keyword of keywords) {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(stemKeyword(keyword))}[\\p{L}\\p{N}]*`,
      'gu',
    )
    let count = 0
    for (let match = pattern.exec(folded); match !== null && count < 20; match = pattern.exec(folded)) {
      hits.push({ keyword, start: match.index, end: match.index + match[0].length })
      count += 1
    }
  }
  const found = new Set(hits.map((hit) => hit.keyword))
  if (found.size === 0) return null
  const share = found.size / keywords.length

  // Quote the sentence holding the most distinct keywords; earlier sentences win ties.
  let bestQuote: ReturnType<typeof readQuote> | null = null
  let bestCount = 0
  for (const hit of [...hits].sort((a, b) => a.start - b.start)) {
    const quote = readQuote(input.resumeText, hit)
    const inside = hits.filter((other) => other.start >= quote.start && other.end <= quote.end)
    const distinct = new Set(inside.map((other) => other.keyword)).size
    if (distinct > bestCount) {
      bestQuote = quote
      bestCount = distinct
    }
  }
  const section = bestQuote ? sectionAt(input.profile, bestQuote.start) : 'other'
  const evidence: Evidence[] = bestQuote
    ? [
        {
          ...bestQuote,
          section,
          source: section === 'skills' ? 'skills_list' : 'described_work',
          skillId: null,
        },
      ]
    : []
  const matchedWords = keywords.filter((keyword) => found.has(keyword))
  const minYears = requirement.minYears
  const years = input.profile.totalYears
  // Words of one requirement found together in one sentence describe it; the same words scattered over the
  // resume only hint at it. So the match is judged on the best sentence, and scattered words earn a partial.
  const sentenceShare = bestCount / keywords.length
  if (sentenceShare >= KEYWORD_MATCH_SHARE) {
    const credit = round(0.6 + 0.4 * sentenceShare, 4)
    if (minYears !== null && minYears > 0 && years < minYears) {
      return {
        status: 'partial',
        credit: round(
          credit * (CREDITS.shortYearsFloor + (1 - CREDITS.shortYearsFloor) * (years / minYears)),
          4,
        ),
        evidence,
        yearsFound: years,
        reason: `Mentions ${matchedWords.join(', ')}, but shows about ${formatYears(years)} of experience against ${minYears}+ asked.`,
      }
    }
    return {
      status: 'matched',
      credit,
      evidence,
      yearsFound: minYears !== null ? years : null,
      reason: `Mentions ${matchedWords.join(', ')}, matching "${requirement.label}".`,
    }
  }
  return {
    status: 'partial',
    credit: round(0.5 * (share + sentenceShare), 4),
    evidence,
    yearsFound: minYears !== null ? years : null,
    reason: `Mentions only ${matchedWords.join(', ')} of what "${requirement.label}" asks for.`,
  }
}

/** The strongest semantic match at or above the threshold, quoted from its chunk. */
function assessSemantic(requirement: RequirementInput, input: ScoreCandidateInput): Assessment | null {
  let best: SemanticMatch | null = null
  for (const match of input.semanticMatches) {
    if (match.requirementId !== requirement.id || match.similarity < SEMANTIC_THRESHOLD) continue
    if (
      !best ||
      match.similarity > best.similarity ||
      (match.similarity === best.similarity && match.chunk.start < best.chunk.start)
    )
      best = match
  }
  if (!best) return null
  const text = input.resumeText
  let start = Math.max(0, Math.min(best.chunk.start, text.length))
  let end = Math.max(start, Math.min(best.chunk.end, text.length, start + MAX_QUOTE_LENGTH))
  if (end < Math.min(best.chunk.end, text.length) && /\S/.test(text[end] ?? '')) {
    const space = text.slice(start, end).search(/\s\S*$/)
    if (space > 0) end = start + space
  }
  while (start < end && /\s/.test(text[start] ?? '')) start += 1
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1
  const evidence: Evidence[] =
    end > start
      ? [
          {
            start,
            end,
            quote: text.slice(start, end),
            section: best.chunk.section,
            source: 'semantic',
            skillId: null,
          },
        ]
      : []
  return {
    status: 'partial',
    credit: CREDITS.semantic,
    evidence,
    yearsFound: null,
    reason: `No direct mention of ${requirement.label}; a resume passage is semantically close (similarity ${round(best.similarity, 2)}).`,
  }
}

function assessRequirement(
  requirement: RequirementInput,
  input: ScoreCandidateInput,
  folded: string,
): Assessment {
  const candidates: Assessment[] = []
  const direct =
    requirement.skillIds.length > 0
      ? assessSkills(requirement, input)
      : assessKeywords(requirement, input, folded)
  if (direct?.status === 'matched') return direct
  if (direct) candidates.push(direct)
  const semantic = assessSemantic(requirement, input)
  if (semantic) candidates.push(semantic)
  // Highest credit wins; on a tie the direct evidence (pushed first) is kept.
  const best = candidates.reduce<Assessment | null>(
    (kept, next) => (!kept || next.credit > kept.credit ? next : kept),
    null,
  )
  if (best) return best
  return {
    status: 'missing',
    credit: 0,
    evidence: [],
    yearsFound: null,
    reason: `No evidence of ${requirement.label} in the resume.`,
  }
}

/** A trait or logistics item: no resume passage can show it, so nothing is quoted and nothing is credited. */
function notScreened(requirement: RequirementInput): Assessment {
  return {
    status: 'missing',
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
export function scoreCandidateScorer1(input: ScoreCandidateInput): CandidateEvaluation {
  const folded = foldForSearch(input.resumeText)
  const results: RequirementResult[] = input.requirements.map((requirement) => ({
    requirementId: requirement.id,
    ...(requirement.screened ? assessRequirement(requirement, input, folded) : notScreened(requirement)),
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
