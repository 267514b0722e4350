import { loadTaxonomy, parsePosting, type RequirementInput, toRequirementInputs } from '@shortlist/core'
import { describe, expect, it } from 'vitest'
import { createOfflineProvider } from '../offline/create-offline-provider'
import type { InterviewQuestion } from '../types'
import { enforceKitRules, lintKit } from './kit-rules'

const taxonomy = loadTaxonomy()

// Written for this test: a posting that mixes skills with a trait, two spoken languages, a degree and logistics.
const POSTING = `Data Engineer (Lisbon, hybrid)
What you will do:
- Build and run batch pipelines that feed the finance team's reports.
Requirements:
- 3+ years building ETL pipelines with Python and SQL
- Experience with Apache Airflow
- Bachelor's degree in Computer Science or equivalent experience
- Ownership: you follow a problem through to the end
- Fluent English and Portuguese
- Able to work from the Lisbon office three days a week
Nice to have:
- Experience with dbt
- A curious, humble attitude`

function requirementsOf(text: string): RequirementInput[] {
  return toRequirementInputs(parsePosting(text, taxonomy).requirements)
}

function question(overrides: Partial<InterviewQuestion>): InterviewQuestion {
  return {
    id: 'q1',
    type: 'technical',
    difficulty: 'intermediate',
    topic: 'topic',
    text: 'A question long enough to pass.',
    requirementIds: [],
    why: 'Because.',
    rubric: { levels: [], strongAnswer: [], redFlags: [], followUps: [] },
    ...overrides,
  }
}

describe('kit rules', () => {
  const requirements = requirementsOf(POSTING)
  const byType = (type: RequirementInput['type']) =>
    requirements.filter((requirement) => requirement.type === type)

  it('reads the test posting into typed requirements', () => {
    expect(byType('trait').length).toBeGreaterThan(0)
    expect(byType('language').length).toBe(2)
    expect(byType('logistics').length).toBe(1)
  })

  it('flags a technical question on a trait, a missing why and an uncovered requirement', () => {
    const trait = byType('trait')[0] as RequirementInput
    const violations = lintKit([question({ requirementIds: [trait.id], why: ' ' })], requirements)
    expect(violations).toContainEqual(
      expect.objectContaining({ code: 'TYPE_MISMATCH', requirementId: trait.id, requirementType: 'trait' }),
    )
    expect(violations).toContainEqual({ code: 'MISSING_WHY', questionId: 'q1' })
    expect(
      violations.filter((violation) => violation.code === 'UNCOVERED_REQUIREMENT').length,
    ).toBeGreaterThan(0)
  })

  it('unlinks what a question type cannot assess and drops a technical question left with nothing', () => {
    const language = byType('language')[0] as RequirementInput
    const skill = byType('skill')[0] as RequirementInput
    const kept = enforceKitRules(
      [
        question({ id: 'a', requirementIds: [language.id] }),
        question({ id: 'b', requirementIds: [language.id, skill.id] }),
      ],
      requirements,
    )
    expect(kept.map((item) => item.id)).toEqual(['b'])
    expect(kept[0]?.requirementIds).toEqual([skill.id])
  })

  it('the offline role kit passes the linter in every language', async () => {
    const provider = createOfflineProvider({ taxonomy })
    for (const language of ['en', 'pt', 'es'] as const) {
      const kit = await provider.generateRoleKit({
        job: { id: 'job', title: 'Data Engineer', description: POSTING, language },
        responsibilities: ["Build and run batch pipelines that feed the finance team's reports."],
        requirements,
      })
      expect(lintKit(kit.questions, requirements)).toEqual([])
      const typeOf = new Map(requirements.map((requirement) => [requirement.id, requirement.type]))
      for (const item of kit.questions) {
        expect(item.why.length).toBeGreaterThan(10)
        if (item.type === 'technical')
          for (const id of item.requirementIds)
            expect(['skill', 'knowledge', 'activity']).toContain(typeOf.get(id))
      }
      // Languages are assessed by speaking them, logistics confirmed by the recruiter.
      for (const requirement of [...byType('language'), ...byType('logistics')]) {
        const covering = kit.questions.filter((item) => item.requirementIds.includes(requirement.id))
        expect(covering.map((item) => item.type)).toEqual([
          requirement.type === 'language' ? 'language' : 'recruiter_check',
        ])
      }
    }
  })
})
