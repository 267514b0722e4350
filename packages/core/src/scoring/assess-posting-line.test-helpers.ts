import { expect } from 'vitest'
import { parsePosting } from '../posting/parse-posting'
import { toRequirementInputs } from '../posting/to-requirement-inputs'
import { parseResume } from '../resume/parse-resume'
import { loadTaxonomy } from '../taxonomy'
import type { RequirementInput, RequirementResult } from '../types'
import { scoreCandidate } from './score-candidate'

// Shared by the scorer's rule tests (noise, paraphrase, margin): a posting line read as the parser reads it, one
// resume scored against it, and a one-role resume to write the sentences into. Not exported from the package.

const taxonomy = loadTaxonomy()

/** The requirements a single posting line yields, as the scorer receives them. */
export function requirementsFrom(line: string): RequirementInput[] {
  return toRequirementInputs(parsePosting(`Requirements:\n- ${line}\n`, taxonomy).requirements)
}

/**
 * The strongest verdict over the line's requirements; every quote must be the resume's own text and every partial
 * must carry a basis, whatever the test asserts after.
 */
export function assess(line: string, resumeText: string): RequirementResult {
  const requirements = requirementsFrom(line)
  expect(requirements.length).toBeGreaterThan(0)
  const profile = parseResume(resumeText, taxonomy, { referenceDate: new Date('2026-01-01') })
  const evaluation = scoreCandidate({ requirements, resumeText, profile, taxonomy, semanticMatches: [] })
  const rank = { matched: 2, partial: 1, missing: 0 }
  const [best] = [...evaluation.requirements].sort((a, b) => rank[b.status] - rank[a.status])
  for (const result of evaluation.requirements) {
    for (const item of result.evidence) expect(resumeText.slice(item.start, item.end)).toBe(item.quote)
    if (result.status === 'partial') expect(result.basis).not.toBe('none')
  }
  return best as RequirementResult
}

/** A resume with one dated role whose bullets are `lines`. */
export function resume(
  lines: string[],
  title = 'Office Coordinator, Lakeside Partners, 02/2015 to 11/2023',
): string {
  return [
    'Morgan Alves',
    'morgan@example.org',
    '',
    'Experience',
    title,
    ...lines.map((line) => `- ${line}`),
    '',
    'Education',
    'High School Diploma, Riverside High School, 2010',
  ].join('\n')
}
