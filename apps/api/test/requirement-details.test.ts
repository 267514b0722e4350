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

    it('the requirements editor sets them, keeps them when omitted, and null returns to the line', async () => {
      const current = (await api.get(`/v1/jobs/${job.id}`)).body.requirements as Json[]
      const edit = (requirement: Json, extra: Json = {}) => ({
        id: requirement.id,
        label: requirement.label,
        kind: requirement.kind,
        weight: requirement.weight,
        skillIds: requirement.skills.map((skill: Json) => skill.id),
        minYears: requirement.minYears,
        ...extra,
      })
      const english = current.find((requirement) => requirement.skills[0]?.id === 'english') as Json
      const degree = current.find((requirement) => requirement.type === 'degree') as Json
      const others = current.filter((requirement) => requirement !== english && requirement !== degree)
      const byId = (list: Json[], id: string) => list.find((requirement) => requirement.id === id) as Json
      const set = await api.put(`/v1/jobs/${job.id}/requirements`, {
        requirements: [
          edit(english, { level: 'C1' }),
          edit(degree, { alternativeExperience: false }),
          ...others.map((requirement) => edit(requirement)),
        ],
      })
      expect(set.status).toBe(200)
      expect(byId(set.body.requirements, english.id).level).toBe('C1')
      expect(byId(set.body.requirements, degree.id).alternativeExperience).toBe(false)

      // Omitted: kept as stored, on every read.
      const kept = await api.put(`/v1/jobs/${job.id}/requirements`, {
        requirements: [edit(english), edit(degree), ...others.map((requirement) => edit(requirement))],
      })
      const reread = (await api.get(`/v1/jobs/${job.id}`)).body.requirements as Json[]
      for (const list of [kept.body.requirements as Json[], reread]) {
        expect(byId(list, english.id).level).toBe('C1')
        expect(byId(list, degree.id).alternativeExperience).toBe(false)
      }

      // Null: the posting line's reading again.
      const reset = await api.put(`/v1/jobs/${job.id}/requirements`, {
        requirements: [
          edit(english, { level: null }),
          edit(degree, { alternativeExperience: null }),
          ...others.map((requirement) => edit(requirement)),
        ],
      })
      expect(byId(reset.body.requirements, english.id).level).toBe('fluent')
      expect(byId(reset.body.requirements, degree.id).alternativeExperience).toBe(true)

      // The schema refuses what is not a level or a boolean.
      const invalid = await api.put(`/v1/jobs/${job.id}/requirements`, {
        requirements: [edit(english, { level: '' }), edit(degree, { alternativeExperience: 'yes' })],
      })
      expect(invalid.status).toBe(400)
    })
  },
)
