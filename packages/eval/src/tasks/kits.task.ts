import type { KitPool, RequirementInput, Taxonomy } from '@shortlist/core'
import { parsePosting, toRequirementInputs } from '@shortlist/core'
import {
  createOfflineProvider,
  type InterviewQuestion,
  type LlmProvider,
  lintKit,
  MIN_DEEPER_QUESTIONS,
  planPoolProbing,
  type RoleKitInput,
} from '@shortlist/llm'
import type { BenchmarkPosting } from '../data/read-benchmark'

export type KitPostingReport = {
  name: string
  requirements: number
  unscreened: number
  types: Record<string, number>
  questions: number
  questionTypes: Record<string, number>
  violations: Array<{ code: string; detail: string }>
  /** Technical questions tied to a language, trait or logistics requirement: must be 0. */
  technicalOnNonTechnical: number
  /** The same posting's kit under each uniform applicant pool (see POOL_SHAPES): linter violations, must be 0. */
  poolViolations: number
  /** Requirements the pool plan probes deeper that got fewer than MIN_DEEPER_QUESTIONS technical questions. */
  poolShortDeeper: number
  /** Requirements probed deeper, over every pool shape. */
  poolDeeper: number
}

export type KitsReport = {
  postings: KitPostingReport[]
  totalViolations: number
  totalTechnicalOnNonTechnical: number
  questionsWithoutWhy: number
  totalPoolViolations: number
  totalPoolShortDeeper: number
  totalPoolDeeper: number
}

/**
 * Uniform applicant pools a role kit is also built under, so the pool-aware paths are linted on every posting:
 * most applicants only list each requirement, most lack it, and most prove it in described work.
 */
export const POOL_SHAPES = {
  claimed: { matched: 90, partial: 0, missing: 10, claimedOnly: 90 },
  scarce: { matched: 20, partial: 10, missing: 70, claimedOnly: 0 },
  proven: { matched: 90, partial: 0, missing: 10, claimedOnly: 10 },
} as const

async function checkPoolKits(
  provider: LlmProvider,
  input: RoleKitInput,
): Promise<{ violations: number; shortDeeper: number; deeper: number }> {
  let violations = 0
  let shortDeeper = 0
  let deeper = 0
  for (const shares of Object.values(POOL_SHAPES)) {
    const pool: KitPool = {
      applicantsAtLeast: 20,
      requirements: input.requirements.map((requirement) => ({ requirementId: requirement.id, ...shares })),
    }
    const kit = await provider.generateRoleKit({ ...input, pool })
    violations += lintKit(kit.questions, input.requirements).length
    for (const probe of planPoolProbing(input.requirements, pool).values()) {
      if (!probe.deeper) continue
      deeper += 1
      const asked = kit.questions.filter(
        (question: InterviewQuestion) =>
          question.type === 'technical' && question.requirementIds.includes(probe.requirementId),
      )
      if (asked.length < MIN_DEEPER_QUESTIONS) shortDeeper += 1
    }
  }
  return { violations, shortDeeper, deeper }
}

/** A benchmark posting as a recruiter pastes it: title, duties, then both qualification blocks under headings. */
export function pastePosting(posting: BenchmarkPosting): string {
  const block = (heading: string, lines: string[]) =>
    lines.length > 0 ? `${heading}\n${lines.map((line) => `- ${line}`).join('\n')}` : ''
  return [
    posting.title,
    block('Responsibilities', posting.responsibilities),
    block('Minimum qualifications', posting.minimum),
    block('Preferred qualifications', posting.preferred),
  ]
    .filter(Boolean)
    .join('\n\n')
}

function count(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1
  return counts
}

/**
 * Builds the offline role kit for each posting exactly as the product does (parsed, typed requirements) and runs
 * the kit linter on it: question types that do not fit their requirement's type, questions with no "why" line,
 * and screened required requirements no question covers.
 */
export async function runKits(input: {
  postings: Array<{ name: string; title: string; text: string }>
  taxonomy: Taxonomy
}): Promise<KitsReport> {
  const provider = createOfflineProvider({ taxonomy: input.taxonomy })
  const reports: KitPostingReport[] = []
  let withoutWhy = 0
  for (const posting of input.postings) {
    const parsed = parsePosting(posting.text, input.taxonomy)
    const requirements: RequirementInput[] = toRequirementInputs(parsed.requirements)
    const kitInput: RoleKitInput = {
      job: { id: posting.name, title: posting.title, description: posting.text, language: parsed.language },
      responsibilities: parsed.responsibilities,
      requirements,
    }
    const kit = await provider.generateRoleKit(kitInput)
    const pooled = await checkPoolKits(provider, kitInput)
    const typeOf = new Map(requirements.map((requirement) => [requirement.id, requirement]))
    const technicalOnNonTechnical = kit.questions.filter(
      (question) =>
        question.type === 'technical' &&
        question.requirementIds.some((id) => {
          const type = typeOf.get(id)?.type
          return type === 'language' || type === 'trait' || type === 'logistics'
        }),
    ).length
    withoutWhy += kit.questions.filter((question) => question.why.trim().length === 0).length
    reports.push({
      name: posting.name,
      requirements: requirements.length,
      unscreened: requirements.filter((requirement) => !requirement.screened).length,
      types: count(requirements.map((requirement) => requirement.type)),
      questions: kit.questions.length,
      questionTypes: count(kit.questions.map((question) => question.type)),
      violations: lintKit(kit.questions, requirements).map((violation) => ({
        code: violation.code,
        detail:
          'requirementId' in violation
            ? (typeOf.get(violation.requirementId)?.label ?? violation.requirementId)
            : violation.questionId,
      })),
      technicalOnNonTechnical,
      poolViolations: pooled.violations,
      poolShortDeeper: pooled.shortDeeper,
      poolDeeper: pooled.deeper,
    })
  }
  return {
    postings: reports,
    totalViolations: reports.reduce((sum, report) => sum + report.violations.length, 0),
    totalTechnicalOnNonTechnical: reports.reduce((sum, report) => sum + report.technicalOnNonTechnical, 0),
    questionsWithoutWhy: withoutWhy,
    totalPoolViolations: reports.reduce((sum, report) => sum + report.poolViolations, 0),
    totalPoolShortDeeper: reports.reduce((sum, report) => sum + report.poolShortDeeper, 0),
    totalPoolDeeper: reports.reduce((sum, report) => sum + report.poolDeeper, 0),
  }
}
