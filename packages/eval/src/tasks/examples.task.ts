import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RequirementInput, Taxonomy } from '@shortlist/core'
import { parsePosting, parseResume, scoreCandidate, toRequirementInputs } from '@shortlist/core'

export type ExampleReport = {
  posting: string
  resume: string
  requirements: number
  types: Record<string, number>
  unscreened: string[]
  screenedRequired: number
  screenedRequiredMet: number
  meetsAllRequired: boolean
  unmet: Array<{ label: string; status: string; reason: string }>
  score: number
}

const STRONG_RESUMES = new URL('../../../../fixtures/strong-resumes/', import.meta.url)

/**
 * For each example posting pasted from the web, scores a strong resume the team wrote for that role, as the
 * shortlist does. "Meets all required" must be reachable: every screened required item met by the strong resume.
 */
export function runExamples(input: {
  postings: Array<{ name: string; text: string }>
  taxonomy: Taxonomy
  referenceDate: string
}): ExampleReport[] {
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', STRONG_RESUMES), 'utf8')) as {
    pairs: Record<string, string>
  }
  const reports: ExampleReport[] = []
  for (const posting of input.postings) {
    const resumeFile = manifest.pairs[posting.name]
    if (!resumeFile) continue
    const resumeText = readFileSync(join(STRONG_RESUMES.pathname, resumeFile), 'utf8')
    const parsed = parsePosting(posting.text, input.taxonomy)
    const requirements: RequirementInput[] = toRequirementInputs(parsed.requirements)
    const profile = parseResume(resumeText, input.taxonomy, { referenceDate: new Date(input.referenceDate) })
    const evaluation = scoreCandidate({
      requirements,
      resumeText,
      profile,
      taxonomy: input.taxonomy,
      semanticMatches: [],
    })
    const screenedRequired = requirements.filter(
      (requirement) => requirement.kind === 'required' && requirement.screened,
    )
    const results = new Map(evaluation.requirements.map((result) => [result.requirementId, result]))
    const unmet = screenedRequired.flatMap((requirement) => {
      const result = results.get(requirement.id)
      return result && result.status !== 'matched'
        ? [{ label: requirement.label, status: result.status, reason: result.reason }]
        : []
    })
    const types: Record<string, number> = {}
    for (const requirement of requirements) types[requirement.type] = (types[requirement.type] ?? 0) + 1
    reports.push({
      posting: posting.name,
      resume: resumeFile,
      requirements: requirements.length,
      types,
      unscreened: requirements
        .filter((requirement) => !requirement.screened)
        .map((requirement) => requirement.label),
      screenedRequired: screenedRequired.length,
      screenedRequiredMet: screenedRequired.length - unmet.length,
      meetsAllRequired: unmet.length === 0,
      unmet,
      score: evaluation.score,
    })
  }
  return reports
}
