import { loadTaxonomy, parsePosting } from '@shortlist/core'
import type { TestEngine } from '@shortlist/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createReadyJob } from './kit-flow'
import { client, type Json, signup, startTestStack, type TestStack } from './test-stack'

// A language's level and a degree's "or equivalent experience" are part of what a requirement asks: GET /v1/jobs/:id
// shows them (the parser's reading of the stored posting line), and the requirements editor keeps them.

const POSTING = `Staff Accountant — Grupo Andes

Requirements
- Bachelor's degree in Accounting or equivalent experience
- Fluent English (C1 or above)
- Spanish at an intermediate level
- 3+ years of accounting experience

Nice to have
- Experience with month-end close
`

describe.each<TestEngine>(['pglite', 'postgres'])(
  'requirement level and equivalent experience on %s',
  (engine) => {
    let stack: TestStack
    let api: ReturnType<typeof client>
    let job: Json

    beforeAll(async () => {
      stack = await startTestStack({ engine, label: `requirement-details-${engine}` })
      api = client(stack.app, await signup(stack.app, `requirement-details-${engine}`))
      job = await createReadyJob(api, 'Staff Accountant', POSTING)
    }, 120_000)
    afterAll(async () => {
      await stack?.close()
    })

    it('GET /v1/jobs/:id returns each requirement with its level and alternativeExperience, as parsed', async () => {
      const byLabel = new Map(
        (job.requirements as Json[]).map((requirement) => [requirement.label, requirement]),
      )
      const parsed = parsePosting(POSTING, loadTaxonomy()).requirements
      expect(job.requirements).toHaveLength(parsed.length)
      for (const requirement of parsed) {
        const shown = byLabel.get(requirement.label)
        expect(shown, requirement.label).toBeDefined()
        expect(shown?.level).toBe(requirement.level ?? null)
        expect(shown?.alternativeExperience).toBe(requirement.alternativeExperience ?? false)
      }
      const english = (job.requirements as Json[]).find(
        (requirement) => requirement.skills[0]?.id === 'english',
      )
      const spanish = (job.requirements as Json[]).find(
        (requirement) => requirement.skills[0]?.id === 'spanish',
      )
      const degree = (job.requirements as Json[]).find((requirement) => requirement.type === 'degree')
      expect(english?.level).toBe('fluent')
      expect(spanish?.level).toBe('intermediate')
      expect(degree?.alternativeExperience).toBe(true)
      expect(english?.alternativeExperience).toBe(false)
      for (const requirement of job.requirements as Json[])
        if (requirement.type !== 'language') expect(requirement.level).toBeNull()
    })

    it('the requirements editor keeps them on the requirements it keeps', async () => {
      const kept = (job.requirements as Json[]).filter((requirement) => requirement.kind === 'required')
      const response = await api.put(`/v1/jobs/${job.id}/requirements`, {
        requirements: kept.map((requirement) => ({
          id: requirement.id,
          label: requirement.label,
          kind: requirement.kind,
          weight: requirement.weight,
          skillIds: requirement.skills.map((skill: Json) => skill.id),
          minYears: requirement.minYears,
        })),
      })
      expect(response.status).toBe(200)
      const edited = response.body.requirements as Json[]
      expect(edited).toHaveLength(kept.length)
      for (const requirement of kept) {
        const after = edited.find((candidate) => candidate.id === requirement.id)
        expect(after?.level).toBe(requirement.level)
        expect(after?.alternativeExperience).toBe(requirement.alternativeExperience)
      }
      const reread = (await api.get(`/v1/jobs/${job.id}`)).body
      expect(reread.requirements).toEqual(edited)
    })
  },
)
