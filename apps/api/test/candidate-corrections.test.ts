import { ingestApplication } from '@shortlist/engine'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createReadyJob, uploadAndScore } from './kit-flow'
import { client, type Json, signup, startTestStack, type TestStack, waitFor } from './test-stack'

type Api = ReturnType<typeof client>

// Written for this test: a resume that opens with its title and a heading, so the parser finds no name.
const UNNAMED_RESUME = `ML Platform Engineer
Executive Profile
Platform engineer running Kubernetes and Python services.

Experience
Platform Engineer — Contoso, Lisboa — Mar 2021 – Present
Built Kubernetes operators in Python and Go.
`

describe('PATCH /v1/candidates/:id', () => {
  let stack: TestStack
  let admin: Api
  let recruiter: Api
  let hiringManager: Api
  let otherOrganisation: Api
  let jobId: string
  let applicationId: string
  let candidateId: string

  const addUser = async (role: 'recruiter' | 'hiring_manager'): Promise<Api> => {
    const email = `${role}-${Math.random().toString(16).slice(2, 8)}@example.com`
    const password = 'correct horse battery staple'
    const created = await admin.post('/v1/users', { email, name: `A ${role}`, role, password })
    expect(created.status).toBe(201)
    const login = await client(stack.app).post('/v1/auth/login', { email, password })
    return client(stack.app, login.body.accessToken)
  }

  beforeAll(async () => {
    stack = await startTestStack({ label: 'candidate-corrections' })
    admin = client(stack.app, await signup(stack.app, 'candidate-corrections'))
    otherOrganisation = client(stack.app, await signup(stack.app, 'candidate-corrections-other'))
    recruiter = await addUser('recruiter')
    hiringManager = await addUser('hiring_manager')
    const job = await createReadyJob(recruiter, 'ML Platform Engineer')
    jobId = job.id
    const { shortlist } = await uploadAndScore(recruiter, jobId, [
      { name: 'unnamed.txt', content: Buffer.from(UNNAMED_RESUME) },
    ])
    const item: Json = shortlist.items[0]
    applicationId = item.applicationId
    candidateId = item.candidate.id
  }, 180_000)

  afterAll(async () => {
    await stack?.close()
  })

  it('labels an unnamed candidate one way in the export', async () => {
    const before = await recruiter.get(`/v1/candidates/${candidateId}`)
    expect(before.status).toBe(200)
    expect(before.body).toMatchObject({ name: null, corrected: { name: false } })
    expect(before.body.currentRole).toEqual({ title: 'Platform Engineer', employer: 'Contoso' })
    const csv = await recruiter.get(`/v1/jobs/${jobId}/shortlist.csv`)
    expect(csv.status).toBe(200)
    expect(String(csv.body)).toContain(`Unnamed candidate ${candidateId.slice(0, 6)}`)
  })

  it('stores corrections that lists, the application and re-parsing all keep', async () => {
    const corrected = await recruiter.patch(`/v1/candidates/${candidateId}`, {
      name: 'Inês Carvalho',
      email: 'Ines.Carvalho@example.com',
      currentRole: { title: 'Staff Platform Engineer', employer: 'Contoso' },
    })
    expect(corrected.status).toBe(200)
    expect(corrected.body).toEqual({
      id: candidateId,
      name: 'Inês Carvalho',
      email: 'ines.carvalho@example.com',
      currentRole: { title: 'Staff Platform Engineer', employer: 'Contoso' },
      corrected: { name: true, email: true, currentRole: true },
      blind: false,
    })

    // Parse the resume again, as a parser upgrade would: the parse still finds no name, the corrections stay.
    const organizationId = (
      await stack.engine.db
        .selectFrom('applications')
        .select('organization_id')
        .where('id', '=', applicationId)
        .executeTakeFirstOrThrow()
    ).organization_id
    expect(await ingestApplication(stack.engine, { organizationId, applicationId })).toEqual({
      status: 'ingested',
    })

    // Ingesting queues scoring again; the row is back once it is scored.
    const item = await waitFor(
      async () => (await recruiter.get(`/v1/jobs/${jobId}/shortlist`)).body.items[0] as Json | undefined,
      60_000,
      'the re-scored application',
    )
    expect(item.candidate.name).toBe('Inês Carvalho')
    expect(item.currentRole).toEqual({ title: 'Staff Platform Engineer', employer: 'Contoso' })
    const application = await recruiter.get(`/v1/applications/${applicationId}`)
    expect(application.body.candidate).toEqual({
      id: candidateId,
      name: 'Inês Carvalho',
      email: 'ines.carvalho@example.com',
    })
  })

  it('clears a correction with null, so the parsed value shows again', async () => {
    const cleared = await recruiter.patch(`/v1/candidates/${candidateId}`, { currentRole: null })
    expect(cleared.status).toBe(200)
    expect(cleared.body.currentRole).toEqual({ title: 'Platform Engineer', employer: 'Contoso' })
    expect(cleared.body.corrected).toEqual({ name: true, email: true, currentRole: false })
  })

  it('answers bad input, other roles and other organisations with problem+json', async () => {
    const badEmail = await recruiter.patch(`/v1/candidates/${candidateId}`, { email: 'not an email' })
    expect(badEmail.status).toBe(400)
    expect(badEmail.headers['content-type']).toContain('application/problem+json')
    expect(badEmail.body.code).toBe('VALIDATION_FAILED')
    expect((await recruiter.patch(`/v1/candidates/${candidateId}`, {})).status).toBe(400)
    expect((await recruiter.patch(`/v1/candidates/${candidateId}`, { phone: '1' })).status).toBe(400)
    expect(
      (
        await recruiter.patch(`/v1/candidates/${candidateId}`, {
          currentRole: { title: null, employer: null },
        })
      ).status,
    ).toBe(400)

    const forbidden = await hiringManager.patch(`/v1/candidates/${candidateId}`, { name: 'Someone Else' })
    expect(forbidden.status).toBe(403)
    expect(forbidden.body.code).toBe('FORBIDDEN')

    const foreign = await otherOrganisation.patch(`/v1/candidates/${candidateId}`, { name: 'Someone Else' })
    expect(foreign.status).toBe(404)
    expect(foreign.body.code).toBe('NOT_FOUND')
    expect((await recruiter.get(`/v1/candidates/${candidateId}`)).body.name).toBe('Inês Carvalho')
  })
})
