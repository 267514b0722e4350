import type { TestEngine } from '@shortlist/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createReadyJob, uploadAndScore } from './kit-flow'
import { client, type Json, readFixture, signup, startTestStack, type TestStack } from './test-stack'

type Api = ReturnType<typeof client>

describe.each<TestEngine>(['pglite', 'postgres'])('the audit log (%s)', (engine) => {
  let stack: TestStack
  let admin: Api
  let recruiter: Api
  let recruiterId: string
  let hiringManager: Api
  let other: Api
  let applicationId: string
  let candidateId: string

  const addUser = async (role: 'recruiter' | 'hiring_manager') => {
    const email = `${role}-${Math.random().toString(16).slice(2, 8)}@example.com`
    const password = 'correct horse battery staple'
    const created = await admin.post('/v1/users', { email, name: `A ${role}`, role, password })
    expect(created.status).toBe(201)
    const login = await client(stack.app).post('/v1/auth/login', { email, password })
    return { api: client(stack.app, login.body.accessToken), id: created.body.id as string }
  }

  beforeAll(async () => {
    stack = await startTestStack({ engine, label: `audit-${engine}` })
    admin = client(stack.app, await signup(stack.app, 'audit'))
    other = client(stack.app, await signup(stack.app, 'audit-other'))
    const made = await addUser('recruiter')
    recruiter = made.api
    recruiterId = made.id
    hiringManager = (await addUser('hiring_manager')).api
    const job = await createReadyJob(recruiter, 'ML Platform Engineer')
    const { shortlist } = await uploadAndScore(recruiter, job.id, [
      { name: 'tom.txt', content: readFixture('demo/resumes/tom-becker.txt') },
    ])
    const item: Json = shortlist.items[0]
    applicationId = item.applicationId
    candidateId = item.candidate.id

    // Viewed twice in a row (a page polling), corrected, moved, decided, exported.
    expect((await recruiter.get(`/v1/applications/${applicationId}`)).status).toBe(200)
    expect((await recruiter.get(`/v1/applications/${applicationId}`)).status).toBe(200)
    expect((await recruiter.get(`/v1/candidates/${candidateId}`)).status).toBe(200)
    expect((await recruiter.patch(`/v1/candidates/${candidateId}`, { name: 'Thomas Becker' })).status).toBe(
      200,
    )
    expect(
      (await recruiter.post(`/v1/applications/${applicationId}/stage`, { stage: 'screening' })).status,
    ).toBe(200)
    expect(
      (
        await hiringManager.post(`/v1/applications/${applicationId}/decision`, {
          decision: 'hold',
          reason: 'later',
        })
      ).status,
    ).toBe(200)
    expect((await recruiter.get(`/v1/candidates/${candidateId}/export`)).status).toBe(200)
    expect((await admin.put(`/v1/users/${recruiterId}/role`, { role: 'recruiter' })).status).toBeLessThan(300)
  }, 240_000)

  afterAll(async () => {
    await stack?.close()
  })

  it('records views (once per person and window), corrections, moves, decisions and exports', async () => {
    const trail = await admin.get(`/v1/audit-log?subjectId=${applicationId}&limit=200`)
    expect(trail.status).toBe(200)
    const actions = (trail.body.items as Json[]).map((item) => item.action)
    expect(actions.filter((action) => action === 'application.viewed')).toHaveLength(1)
    expect(actions).toEqual(
      expect.arrayContaining(['application.uploaded', 'application.stage_changed', 'application.decided']),
    )
    const viewed = (trail.body.items as Json[]).find((item) => item.action === 'application.viewed')
    expect(viewed?.actor).toMatchObject({ id: recruiterId, name: 'A recruiter' })

    const candidate = await admin.get(`/v1/audit-log?action=candidate.&subjectId=${candidateId}`)
    expect((candidate.body.items as Json[]).map((item) => item.action).sort()).toEqual([
      'candidate.corrected',
      'candidate.exported',
      'candidate.viewed',
    ])
  })

  it('filters by who, action and time, and pages newest first', async () => {
    const byRecruiter = await admin.get(`/v1/audit-log?actorId=${recruiterId}&limit=200`)
    expect(byRecruiter.body.total).toBeGreaterThan(3)
    expect((byRecruiter.body.items as Json[]).every((item) => item.actor?.id === recruiterId)).toBe(true)

    const all = await admin.get('/v1/audit-log?limit=200')
    const times = (all.body.items as Json[]).map((item) => Date.parse(item.at))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    const first = await admin.get('/v1/audit-log?limit=2')
    const second = await admin.get('/v1/audit-log?limit=2&offset=2')
    expect(first.body.total).toBe(all.body.total)
    expect(first.body.items).toHaveLength(2)
    expect(second.body.items[0].id).toBe(all.body.items[2].id)

    const future = new Date(Date.now() + 3600_000).toISOString()
    expect((await admin.get(`/v1/audit-log?from=${encodeURIComponent(future)}`)).body.total).toBe(0)
    expect((await admin.get(`/v1/audit-log?to=${encodeURIComponent(future)}`)).body.total).toBe(
      all.body.total,
    )
    const roles = await admin.get('/v1/audit-log?action=user.')
    expect((roles.body.items as Json[]).map((item) => item.action)).toContain('user.created')
  })

  it('is for admins of the organisation only, and answers bad filters with problem+json', async () => {
    expect((await recruiter.get('/v1/audit-log')).status).toBe(403)
    expect((await recruiter.get('/v1/retention')).status).toBe(403)
    expect((await hiringManager.delete(`/v1/candidates/${candidateId}`)).status).toBe(403)
    expect((await hiringManager.get(`/v1/candidates/${candidateId}/export`)).status).toBe(403)
    const theirs = await other.get('/v1/audit-log?limit=200')
    expect(theirs.status).toBe(200)
    expect(JSON.stringify(theirs.body)).not.toContain(applicationId)
    for (const bad of ['action=DROP%20TABLE', 'limit=0', 'offset=-1', 'from=yesterday', 'actorId=nope']) {
      const response = await admin.get(`/v1/audit-log?${bad}`)
      expect(response.status).toBe(400)
      expect(response.headers['content-type']).toContain('application/problem+json')
      expect(response.body.code).toBe('VALIDATION_FAILED')
    }
  })

  it('documents the privacy endpoints in OpenAPI', async () => {
    const docs = await client(stack.app).get('/docs/json')
    expect(docs.status).toBe(200)
    const paths: Json = docs.body.paths
    expect(paths['/v1/candidates/{id}']).toHaveProperty('delete')
    expect(paths['/v1/candidates/{id}/export']).toHaveProperty('get')
    expect(paths['/v1/audit-log/']).toHaveProperty('get')
    expect(paths['/v1/retention/']).toHaveProperty('put')
  })
})
