import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, type Json, readFixture, signup, startTestStack, type TestStack, waitFor } from './test-stack'

const posting = readFixture('demo/jobs/ml-platform-engineer.txt').toString('utf8')

// Issue-3 behaviour through the API: hidden text, scanned PDFs, organisation skills, requirement edits, search.
describe('matching through the API', () => {
  let stack: TestStack
  let api: ReturnType<typeof client>
  let jobId: string

  const settled = (applicationId: string) =>
    waitFor(
      async () => {
        const response = await api.get(`/v1/applications/${applicationId}`)
        return ['scored', 'failed'].includes(response.body.status) ? (response.body as Json) : null
      },
      60_000,
      `application ${applicationId}`,
    )

  beforeAll(async () => {
    stack = await startTestStack({ label: 'matching' })
    api = client(stack.app, await signup(stack.app, 'matching'))
    jobId = (await api.post('/v1/jobs', { title: 'ML Platform Engineer', description: posting })).body.id
    await waitFor(
      async () => (await api.get(`/v1/jobs/${jobId}`)).body.status === 'ready',
      60_000,
      'analysis',
    )
  }, 120_000)
  afterAll(async () => {
    await stack?.close()
  })

  it('scores a resume with hidden instructions and keywords exactly as its visible twin, and flags it', async () => {
    const upload = await api.upload(`/v1/jobs/${jobId}/applications`, [
      { name: 'hidden.pdf', content: readFixture('test/hidden-text.pdf') },
      { name: 'twin.pdf', content: readFixture('test/hidden-text-visible-twin.pdf') },
    ])
    expect(upload.status).toBe(202)
    const [hidden, twin] = await Promise.all(
      upload.body.applications.map((application: Json) => settled(application.id)),
    )
    expect(hidden.status).toBe('scored')
    expect(twin.status).toBe('scored')
    expect(hidden.score).toBe(twin.score)
    expect(hidden.requirements).toEqual(twin.requirements)
    expect(hidden.resumeText).toBe(twin.resumeText)
    expect(hidden.resumeText).not.toMatch(/ignore previous instructions/i)
    expect(hidden.hiddenText.flagged).toBe(true)
    expect(hidden.hiddenText.reasons.length).toBeGreaterThan(0)
    expect(twin.hiddenText.flagged).toBe(false)
    const shortlist = (await api.get(`/v1/jobs/${jobId}/shortlist`)).body as Json
    const flagged = shortlist.items.find((item: Json) => item.applicationId === hidden.id)
    expect(flagged.hiddenTextFlagged).toBe(true)
  })

  it('fails a PDF with no text layer with NO_TEXT_LAYER instead of an empty profile', async () => {
    const upload = await api.upload(`/v1/jobs/${jobId}/applications`, [
      { name: 'scan.pdf', content: readFixture('test/image-only.pdf') },
    ])
    expect(upload.status).toBe(202)
    const application = await settled(upload.body.applications[0].id)
    expect(application.status).toBe('failed')
    expect(application.error.code).toBe('NO_TEXT_LAYER')
    expect(application.score).toBeUndefined()
  })

  it("adds an organisation's own skill, visible to it alone, and matches resumes that use its alias", async () => {
    const created = await api.post('/v1/skills', {
      name: 'Quasar Pipelines',
      aliases: ['QPipe'],
      category: 'data',
    })
    expect(created.status).toBe(201)
    expect(created.body.custom).toBe(true)
    const found = await api.get('/v1/skills?q=qpipe')
    expect(found.body.items.map((skill: Json) => skill.id)).toContain(created.body.id)
    const other = client(stack.app, await signup(stack.app, 'matching-other'))
    expect((await other.get('/v1/skills?q=qpipe')).body.items).toEqual([])

    // Edit the requirements: add the custom skill, turn one requirement's kind around, drop the last one.
    const job = (await api.get(`/v1/jobs/${jobId}`)).body as Json
    const [first, ...rest] = job.requirements as Json[]
    const kept = rest.slice(0, -1)
    const edits = [
      {
        id: first?.id,
        label: first?.label,
        kind: first?.kind === 'required' ? 'nice_to_have' : 'required',
        weight: first?.weight,
        skillIds: first?.skills.map((skill: Json) => skill.id),
        minYears: first?.minYears,
      },
      ...kept.map((requirement) => ({
        id: requirement.id,
        label: requirement.label,
        kind: requirement.kind,
        weight: requirement.weight,
        skillIds: requirement.skills.map((skill: Json) => skill.id),
        minYears: requirement.minYears,
      })),
      { label: 'Quasar Pipelines', kind: 'required', weight: 1, skillIds: [created.body.id], minYears: null },
    ]
    const put = await api.put(`/v1/jobs/${jobId}/requirements`, { requirements: edits })
    expect(put.status).toBe(200)
    expect(put.body.requirements).toHaveLength(edits.length)
    expect(put.body.requirements[0].kind).toBe(edits[0]?.kind)
    const newIds = (put.body.requirements as Json[]).map((requirement) => requirement.id).sort()

    const upload = await api.upload(`/v1/jobs/${jobId}/applications`, [
      {
        name: 'qpipe.txt',
        content: Buffer.from(
          'Rosa Quinn\nrosa.quinn@example.com\n\nExperience\nData Engineer, Example Labs, 2020 - 2024\nBuilt streaming jobs in QPipe and Python on Kubernetes.\n',
        ),
      },
    ])
    const application = await settled(upload.body.applications[0].id)
    const custom = (application.requirements as Json[]).find((result) => result.label === 'Quasar Pipelines')
    expect(custom?.status).toBe('matched')
    expect(custom?.evidence[0].quote).toContain('QPipe')

    // Every application of the job is re-scored against the edited list.
    await waitFor(
      async () => {
        const items = (await api.get(`/v1/jobs/${jobId}/shortlist?limit=50`)).body.items as Json[]
        return items.every((item) => {
          const ids = (item.requirements as Json[]).map((result) => result.requirementId).sort()
          return JSON.stringify(ids) === JSON.stringify(newIds)
        })
      },
      60_000,
      're-scoring after the edit',
    )
  })

  it('answers a malformed organisation skill with 400, not a server error', async () => {
    const response = await api.post('/v1/skills', { name: 'Odd', aliases: [], category: '---' })
    expect(response.status).toBe(400)
    expect(response.body.code).toBe('VALIDATION_FAILED')
  })

  it('rejects edits that name unknown skills or another job’s requirements', async () => {
    const unknownSkill = await api.put(`/v1/jobs/${jobId}/requirements`, {
      requirements: [
        { label: 'X', kind: 'required', weight: 1, skillIds: ['no-such-skill'], minYears: null },
      ],
    })
    expect(unknownSkill.status).toBe(422)
    expect(unknownSkill.body.code).toBe('UNKNOWN_SKILL')
    const foreign = await api.put(`/v1/jobs/${jobId}/requirements`, {
      requirements: [
        {
          id: '00000000-0000-4000-8000-000000000000',
          label: 'X',
          kind: 'required',
          weight: 1,
          skillIds: [],
          minYears: null,
        },
      ],
    })
    expect(foreign.status).toBe(422)
    expect(foreign.body.code).toBe('UNKNOWN_REQUIREMENT')
  })

  it("searches the organisation's candidates by meaning", async () => {
    const response = await api.get('/v1/candidates/search?q=streaming%20jobs%20in%20QPipe')
    expect(response.status).toBe(200)
    expect(response.body.items[0]?.candidate.name).toBe('Rosa Quinn')
    expect(response.body.items[0]?.currentRole).toEqual({ title: 'Data Engineer', employer: 'Example Labs' })
    const other = client(stack.app, await signup(stack.app, 'matching-search'))
    expect((await other.get('/v1/candidates/search?q=QPipe')).body.items).toEqual([])
  })
})
