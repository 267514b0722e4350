import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashToken } from '../src/lib/tokens'
import { createReadyJob, uploadAndScore, waitForKit } from './kit-flow'
import { client, type Json, readFixture, signup, startTestStack, type TestStack, waitFor } from './test-stack'

type Api = ReturnType<typeof client>

// An invited candidate sees their own preparation page and nothing else: no scores, ranks, rubrics, other
// candidates or the hiring manager's kit; every staff route answers 403 (or 404) to a candidate token.
describe('candidate invite and access', () => {
  let stack: TestStack
  let admin: Api
  let recruiter: Api
  let hiringManager: Api
  let job: Json
  let ownApplicationId: string
  let otherApplicationId: string
  let candidateKit: Json
  let candidateToken: string
  let ownScore: number

  const addUser = async (role: 'recruiter' | 'hiring_manager'): Promise<Api> => {
    const email = `${role}-${Math.random().toString(16).slice(2, 8)}@example.com`
    const password = 'correct horse battery staple'
    const created = await admin.post('/v1/users', { email, name: `A ${role}`, role, password })
    expect(created.status).toBe(201)
    const login = await client(stack.app).post('/v1/auth/login', { email, password })
    expect(login.status).toBe(200)
    return client(stack.app, login.body.accessToken)
  }

  beforeAll(async () => {
    stack = await startTestStack({ label: 'candidate-access' })
    admin = client(stack.app, await signup(stack.app, 'candidate-access'))
    recruiter = await addUser('recruiter')
    hiringManager = await addUser('hiring_manager')

    job = await createReadyJob(recruiter, 'ML Platform Engineer')
    const { shortlist } = await uploadAndScore(recruiter, job.id, [
      { name: 'sofia-martins.txt', content: readFixture('demo/resumes/sofia-martins.txt') },
      { name: 'tom-becker.txt', content: readFixture('demo/resumes/tom-becker.txt') },
    ])
    const byName = (fragment: string) =>
      shortlist.items.find((item: Json) => String(item.candidate.name).toLowerCase().includes(fragment))
    ownApplicationId = byName('sofia')?.applicationId
    ownScore = byName('sofia')?.score
    otherApplicationId = byName('becker')?.applicationId
    expect(ownApplicationId).toBeTruthy()
    expect(otherApplicationId).toBeTruthy()

    // The hiring manager's own kit for this candidate: it must never reach the candidate.
    expect((await hiringManager.post(`/v1/applications/${ownApplicationId}/interview-kit`)).status).toBe(202)
    candidateKit = await waitForKit(hiringManager, `/v1/applications/${ownApplicationId}/interview-kit`)
    expect(candidateKit.status).toBe('ready')
  }, 180_000)

  afterAll(async () => {
    await stack?.close()
  })

  it('exchanges an invite for a candidate token, again on a second device, until it expires', async () => {
    const invite = await recruiter.post(`/v1/applications/${ownApplicationId}/invite`, {})
    expect(invite.status).toBe(201)
    expect(invite.body.token).toMatch(/^[A-Za-z0-9_-]{40,}$/)
    expect(invite.body.url).toContain(`/invite/${invite.body.token}`)
    const hoursLeft = (Date.parse(invite.body.expiresAt) - Date.now()) / 3_600_000
    expect(hoursLeft).toBeGreaterThan(14 * 24 - 1)
    expect(hoursLeft).toBeLessThanOrEqual(14 * 24)

    const exchanged = await client(stack.app).post('/v1/auth/invite', { token: invite.body.token })
    expect(exchanged.status).toBe(200)
    candidateToken = exchanged.body.accessToken
    expect(typeof candidateToken).toBe('string')

    // The candidate opens the same link on another device: it still works.
    const again = await client(stack.app).post('/v1/auth/invite', { token: invite.body.token })
    expect(again.status).toBe(200)
    expect(typeof again.body.accessToken).toBe('string')

    const unknown = await client(stack.app).post('/v1/auth/invite', { token: 'x'.repeat(43) })
    expect(unknown.status).toBe(401)
    expect(unknown.headers['content-type']).toContain('application/problem+json')
    expect(unknown.body.code).toBe('INVITE_INVALID')
  })

  it('refuses an expired invite', async () => {
    const invite = await recruiter.post(`/v1/applications/${otherApplicationId}/invite`, {
      expiresInHours: 1,
    })
    expect(invite.status).toBe(201)
    const hoursLeft = (Date.parse(invite.body.expiresAt) - Date.now()) / 3_600_000
    expect(hoursLeft).toBeGreaterThan(0.9)
    expect(hoursLeft).toBeLessThanOrEqual(1)
    const moved = await stack.engine.db
      .updateTable('invites')
      .set({ expires_at: new Date(Date.now() - 60_000) })
      .where('token_hash', '=', hashToken(invite.body.token))
      .executeTakeFirst()
    expect(Number(moved.numUpdatedRows)).toBe(1)

    const exchanged = await client(stack.app).post('/v1/auth/invite', { token: invite.body.token })
    expect(exchanged.status).toBe(401)
    expect(exchanged.body.code).toBe('INVITE_INVALID')
  })

  it('lets the candidate read who they are and their prep, with nothing internal in it', async () => {
    const candidate = client(stack.app, candidateToken)
    const me = await candidate.get('/v1/me')
    expect(me.status).toBe(200)
    expect(me.body.user.role).toBe('candidate')
    expect(me.body.user.email).toBeNull()
    expect(me.body.user.name.toLowerCase()).toContain('sofia')

    // The invite queued the role kit; prep fills in once it is ready.
    const prep = await waitFor(
      async () => {
        const response = await candidate.get('/v1/me/prep')
        expect(response.status).toBe(200)
        return response.body.practiceQuestions.length > 0 ? response : null
      },
      60_000,
      'prep with practice questions',
    )
    const body = prep.body as Json
    expect(body.job.title).toBe('ML Platform Engineer')
    expect(body.competencies.length).toBeGreaterThan(0)
    expect(body.topics.length).toBeGreaterThan(0)
    expect(body.studyTopics.length).toBeGreaterThan(0)
    expect(body.tips.length).toBeGreaterThan(0)
    for (const question of body.practiceQuestions)
      expect(['behavioral', 'technical']).toContain(question.type)
    // Study topics are the candidate's own gaps: a data scientist without Kubernetes should be told to prepare it.
    expect(body.studyTopics.map((topic: Json) => topic.topic.toLowerCase()).join(' ')).toContain('kubernetes')

    const text = JSON.stringify(body)
    for (const key of ['"score"', '"rank"', '"rubric"', '"requiredMet"', '"requiredTotal"', '"evidence"']) {
      expect(text).not.toContain(key)
    }
    // Not under another name either: the screening score's value appears nowhere.
    expect(ownScore).toBeGreaterThan(0)
    expect(text).not.toContain(String(ownScore))
    expect(text.toLowerCase()).not.toContain('becker')

    const roleKit = (await hiringManager.get(`/v1/jobs/${job.id}/interview-kit`)).body as Json
    expect(roleKit.status).toBe('ready')
    for (const question of roleKit.questions) {
      for (const level of question.rubric.levels) expect(text).not.toContain(level.description)
      for (const point of [
        ...question.rubric.strongAnswer,
        ...question.rubric.redFlags,
        ...question.rubric.followUps,
      ])
        expect(text).not.toContain(point)
    }
    // Practice covers the kit's competencies in other words: no practice question is a kit question.
    const kitTexts = new Set(
      [...roleKit.questions, ...candidateKit.questions].map((question: Json) => question.text),
    )
    for (const question of body.practiceQuestions) expect(kitTexts.has(question.text)).toBe(false)
    for (const question of roleKit.questions) expect(text).not.toContain(question.text)
    const kitTopics = new Set(roleKit.questions.map((question: Json) => question.topic))
    for (const competency of body.competencies) expect(kitTopics.has(competency.name)).toBe(true)
    expect(body.stage).toBe('applied')
    // The stage is the application's current one, read on every request, and the staff's reason stays with staff.
    const moved = await recruiter.post(`/v1/applications/${ownApplicationId}/stage`, {
      stage: 'interview',
      reason: 'Panel wants to meet her: internal note 7f3a',
    })
    expect(moved.status).toBe(200)
    const after = await candidate.get('/v1/me/prep')
    expect(after.status).toBe(200)
    expect(after.body.stage).toBe('interview')
    expect(JSON.stringify(after.body)).not.toContain('internal note 7f3a')
    // Questions written only for this candidate (claim checks, gap probes) stay with the hiring manager.
    const roleTexts = new Set(roleKit.questions.map((question: Json) => question.text))
    const ownQuestions = candidateKit.questions.filter((question: Json) => !roleTexts.has(question.text))
    expect(ownQuestions.length).toBeGreaterThan(0)
    for (const question of ownQuestions) expect(text).not.toContain(question.text)
  })

  it('answers 403 or 404 to a candidate token on every staff resource', async () => {
    const candidate = client(stack.app, candidateToken)
    const denied = [
      await candidate.get(`/v1/applications/${otherApplicationId}`),
      await candidate.get(`/v1/applications/${ownApplicationId}`),
      await candidate.get(`/v1/applications/${ownApplicationId}/interview-kit`),
      await candidate.post(`/v1/applications/${ownApplicationId}/interview-kit`),
      await candidate.post(`/v1/applications/${ownApplicationId}/invite`, {}),
      await candidate.post(`/v1/applications/${ownApplicationId}/notes`, { body: 'hello' }),
      await candidate.post(`/v1/applications/${ownApplicationId}/decision`, {
        decision: 'advance',
        reason: 'self-promotion',
      }),
      await candidate.get(`/v1/jobs/${job.id}/shortlist`),
      await candidate.get(`/v1/jobs/${job.id}/shortlist.csv`),
      await candidate.get(`/v1/jobs/${job.id}`),
      await candidate.get(`/v1/jobs/${job.id}/interview-kit`),
      await candidate.post(`/v1/jobs/${job.id}/interview-kit`),
      await candidate.get('/v1/jobs'),
      await candidate.upload(`/v1/jobs/${job.id}/applications`, [
        {
          name: 'someone-else.txt',
          content: Buffer.from('Jordan Lee\nPython engineer, Kubernetes, MLflow.\n'),
        },
      ]),
      await candidate.get('/v1/usage'),
      await candidate.put('/v1/usage/budget', { monthlyBudgetUsd: 1000 }),
      await candidate.get('/v1/users'),
      await candidate.get('/v1/candidates/search?q=python'),
    ]
    for (const response of denied) {
      expect([403, 404]).toContain(response.status)
      expect(JSON.stringify(response.body).toLowerCase()).not.toContain('becker')
    }
    // The upload was refused before anything was stored.
    const applications = await stack.engine.db.selectFrom('applications').select('id').execute()
    expect(applications).toHaveLength(2)
  })

  it('keeps the prep page for candidates: staff tokens get 403', async () => {
    for (const api of [admin, recruiter, hiringManager]) {
      const response = await api.get('/v1/me/prep')
      expect(response.status).toBe(403)
      expect(response.body.code).toBe('FORBIDDEN')
    }
    expect((await client(stack.app).get('/v1/me/prep')).status).toBe(401)
  })
})
