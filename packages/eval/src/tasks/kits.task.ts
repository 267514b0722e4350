import type { RequirementInput, Taxonomy } from '@shortlist/core'
import { parsePosting } from '@shortlist/core'
import { createOfflineProvider, lintKit } from '@shortlist/llm'
import type { BenchmarkPosting } from '../data/read-benchmark'
import { toRequirementInputs } from '../data/to-requirement-inputs'

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
}

export type KitsReport = {
  postings: KitPostingReport[]
  totalViolations: number
  totalTechnicalOnNonTechnical: number
  questionsWithoutWhy: number
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
    const kit = await provider.generateRoleKit({
      job: { id: posting.name, title: posting.title, description: posting.text, language: parsed.language },
      responsibilities: parsed.responsibilities,
      requirements,
    })
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
    })
  }
  return {
    postings: reports,
    totalViolations: reports.reduce((sum, report) => sum + report.violations.length, 0),
    totalTechnicalOnNonTechnical: reports.reduce((sum, report) => sum + report.technicalOnNonTechnical, 0),
    questionsWithoutWhy: withoutWhy,
  }
}
