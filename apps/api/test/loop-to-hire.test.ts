import type { TestEngine } from '@shortlist/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createReadyJob, uploadAndScore, waitForKit } from './kit-flow'
import { client, type Json, readFixture, signup, startTestStack, type TestStack } from './test-stack'

type Api = ReturnType<typeof client>

// The whole interview loop in one pass over HTTP, as a hiring team runs it: interview plan -> two interviewers
// assigned -> the first submits while the second still cannot see it (403 SCORECARDS_HIDDEN) -> both in, the
// hiring manager reads the aggregate -> offer -> hired, with who, when and why recorded for every move; an
// interviewer gets 404 on the application not assigned to them. On both database paths.
describe.each<TestEngine>(['pglite', 'postgres'])('from interview plan to hire on %s', (engine) => {
  let stack: TestStack
  let admin: Api
  let recruiter: Api
  let hiringManager: Api
  let first: Api
  let second: Api
  const names = { recruiter: '', hiringManager: '' }
  const ids = { first: '', second: '' }

  const addUser = async (role: string, name: string): Promise<{ api: Api; id: string }> => {
    const email = `${role}-${Math.random().toString(16).slice(2, 8)}@example.com`
    const password = 'correct horse battery staple'
    const created = await admin.post('/v1/users', { email, name, role, password })
    expect(created.status).toBe(201)
    const login = await client(stack.app).post('/v1/auth/login', { email, password })
    expect(login.status).toBe(200)
    return { api: client(stack.app, login.body.accessToken), id: created.body.id }
  }

  beforeAll(async () => {
    stack = await startTestStack({ engine, label: `loop-to-hire-${engine}` })
    admin = client(stack.app, await signup(stack.app, `loop-to-hire-${engine}`))
    names.recruiter = 'Rita Recruiter'
    names.hiringManager = 'Hugo Manager'
    recruiter = (await addUser('recruiter', names.recruiter)).api
    hiringManager = (await addUser('hiring_manager', names.hiringManager)).api
    const one = await addUser('interviewer', 'Iris First')
    const two = await addUser('interviewer', 'Ivan Second')
    first = one.api
    ids.first = one.id
    second = two.api
    ids.second = two.id
  }, 60_000)

  afterAll(async () => {
    await stack?.close()
  })

  it('plans, interviews, aggregates and hires, with the full stage history', async () => {
    const job = await createReadyJob(recruiter, 'ML Platform Engineer')
    const { shortlist } = await uploadAndScore(recruiter, job.id, [
      { name: 'sofia-martins.txt', content: readFixture('demo/resumes/sofia-martins.txt') },
      { name: 'tom-becker.txt', content: readFixture('demo/resumes/tom-becker.txt') },
    ])
    const applicationId: string = shortlist.items[0].applicationId
    const otherApplicationId: string = shortlist.items[1].applicationId
    const moves: Array<{ api: Api; by: string; stage: string; reason: string }> = [
      { api: recruiter, by: names.recruiter, stage: 'screening', reason: 'Meets every required item' },
      { api: hiringManager, by: names.hiringManager, stage: 'interview', reason: 'Worth a full loop' },
    ]
    for (const move of moves) {
      const moved = await move.api.post(`/v1/applications/${applicationId}/stage`, {
        stage: move.stage,
        reason: move.reason,
      })
      expect(moved.status).toBe(200)
      expect(moved.body.stage).toBe(move.stage)
    }

    // Plan: two interviews built from the role kit's questions and the job's requirements.
    expect((await hiringManager.post(`/v1/jobs/${job.id}/interview-kit`)).status).toBe(202)
    const kit = await waitForKit(hiringManager, `/v1/jobs/${job.id}/interview-kit`)
    expect(kit.status).toBe('ready')
    // Two applicants are too few to read a pool from: the kit says so rather than guess.
    expect(kit.pool).toBeNull()
    const technical = kit.questions.filter((question: Json) => question.type === 'technical').slice(0, 2)
    const behavioral = kit.questions.filter((question: Json) => question.type === 'behavioral').slice(0, 2)
    expect(technical).toHaveLength(2)
    expect(behavioral).toHaveLength(2)
    const planned = await hiringManager.put(`/v1/jobs/${job.id}/interview-plan`, {
      interviews: [
        {
          name: 'Technical screen',
          questionIds: technical.map((question: Json) => question.id),
          requirementIds: [...new Set(technical.flatMap((question: Json) => question.requirementIds))],
        },
        {
          name: 'Behavioral',
          questionIds: behavioral.map((question: Json) => question.id),
          requirementIds: [job.requirements[0].id],
        },
      ],
    })
    expect(planned.status).toBe(200)
    const [technicalPlan, behavioralPlan] = planned.body.interviews as Json[]

    // Two interviewers, one interview each.
    const assignedFirst = await hiringManager.post(`/v1/applications/${applicationId}/interviews`, {
      interviewId: technicalPlan?.id,
      interviewerIds: [ids.first],
    })
    const assignedSecond = await hiringManager.post(`/v1/applications/${applicationId}/interviews`, {
      interviewId: behavioralPlan?.id,
      interviewerIds: [ids.second],
    })
    expect(assignedFirst.status).toBe(201)
    expect(assignedSecond.status).toBe(201)
    const firstInterview = assignedFirst.body.items[0]
    const secondInterview = assignedSecond.body.items[0]
    expect((await first.get('/v1/me/interviews')).body.items.map((item: Json) => item.id)).toEqual([
      firstInterview.id,
    ])
    expect((await second.get('/v1/me/interviews')).body.items.map((item: Json) => item.id)).toEqual([
      secondInterview.id,
    ])

    // Neither sees anything before submitting; the first submits; the second still cannot see it.
    for (const interviewer of [first, second]) {
      const hidden = await interviewer.get(`/v1/applications/${applicationId}/scorecards`)
      expect(hidden.status).toBe(403)
      expect(hidden.body.code).toBe('SCORECARDS_HIDDEN')
    }
    const firstCard = await first.put(`/v1/interviews/${firstInterview.id}/scorecard`, {
      ratings: technicalPlan?.questionIds.map((questionId: string, index: number) => ({
        questionId,
        level: 3 + index,
        note: `First interviewer on question ${index + 1}: rollback plan with canaries.`,
      })),
      recommendation: 'strong_yes',
      submit: true,
    })
    expect(firstCard.status).toBe(200)
    expect(firstCard.body.status).toBe('submitted')
    const stillHidden = await second.get(`/v1/applications/${applicationId}/scorecards`)
    expect(stillHidden.status).toBe(403)
    expect(stillHidden.headers['content-type']).toContain('application/problem+json')
    expect(stillHidden.body.code).toBe('SCORECARDS_HIDDEN')
    expect(JSON.stringify(stillHidden.body)).not.toContain('rollback plan with canaries')
    expect(JSON.stringify(stillHidden.body)).not.toContain('strong_yes')
    const ownOnly = await first.get(`/v1/applications/${applicationId}/scorecards`)
    expect(ownOnly.status).toBe(200)
    expect(ownOnly.body.scorecards.map((card: Json) => card.id)).toEqual([firstInterview.id])
    expect(ownOnly.body.pending.map((card: Json) => card.id)).toEqual([secondInterview.id])

    const secondCard = await second.put(`/v1/interviews/${secondInterview.id}/scorecard`, {
      ratings: behavioralPlan?.questionIds.map((questionId: string) => ({
        questionId,
        level: 2,
        note: 'Second interviewer: examples were thin.',
      })),
      recommendation: 'yes',
      submit: true,
    })
    expect(secondCard.status).toBe(200)
    expect((await second.get(`/v1/applications/${applicationId}/scorecards`)).body.scorecards).toHaveLength(2)

    // The hiring manager reads both cards and the per-requirement aggregate; the screening score is untouched.
    const feedback = await hiringManager.get(`/v1/applications/${applicationId}/scorecards`)
    expect(feedback.status).toBe(200)
    expect(feedback.body.pending).toEqual([])
    expect(feedback.body.aggregate.scorecards).toBe(2)
    expect(feedback.body.aggregate.recommendations).toEqual({ strong_no: 0, no: 0, yes: 1, strong_yes: 1 })
    const rated = feedback.body.aggregate.requirements.filter((signal: Json) => signal.ratings > 0)
    expect(rated.length).toBeGreaterThan(0)
    for (const signal of rated) {
      expect(signal.meanLevel).toBeGreaterThanOrEqual(2)
      expect(signal.meanLevel).toBeLessThanOrEqual(4)
    }
    expect((await hiringManager.get(`/v1/applications/${applicationId}`)).body.score).toBe(
      shortlist.items[0].score,
    )

    // Offer, then hired. Interviewers cannot move candidates.
    expect(
      (await first.post(`/v1/applications/${applicationId}/stage`, { stage: 'offer', reason: 'Great' }))
        .status,
    ).toBe(403)
    const closing = [
      {
        api: hiringManager,
        by: names.hiringManager,
        stage: 'offer',
        reason: 'Strong panel: 1 strong yes, 1 yes',
      },
      { api: recruiter, by: names.recruiter, stage: 'hired', reason: 'Offer accepted' },
    ]
    for (const move of closing) {
      const moved = await move.api.post(`/v1/applications/${applicationId}/stage`, {
        stage: move.stage,
        reason: move.reason,
      })
      expect(moved.status).toBe(200)
      expect(moved.body.stage).toBe(move.stage)
    }
    moves.push(...closing)

    // Every move is in the history, in order: from where to where, who, when and why.
    const stage = await recruiter.get(`/v1/applications/${applicationId}/stage`)
    expect(stage.status).toBe(200)
    expect(stage.body.stage).toBe('hired')
    const history = stage.body.history as Json[]
    expect(history).toHaveLength(moves.length)
    let from = 'applied'
    let previous = 0
    history.forEach((event, index) => {
      const move = moves[index]
      expect(event.fromStage).toBe(from)
      expect(event.toStage).toBe(move?.stage)
      expect(event.reason).toBe(move?.reason)
      expect(event.movedBy?.name).toBe(move?.by)
      const at = Date.parse(event.createdAt)
      expect(at).not.toBeNaN()
      expect(at).toBeGreaterThanOrEqual(previous)
      previous = at
      from = event.toStage
    })
    const hired = await recruiter.get(`/v1/jobs/${job.id}/shortlist?stage=hired`)
    expect(hired.body.items.map((item: Json) => item.applicationId)).toEqual([applicationId])

    // An interviewer sees nothing of the application not assigned to them.
    for (const url of [
      `/v1/applications/${otherApplicationId}`,
      `/v1/applications/${otherApplicationId}/interview-kit`,
      `/v1/applications/${otherApplicationId}/scorecards`,
    ]) {
      for (const interviewer of [first, second]) {
        const denied = await interviewer.get(url)
        expect(denied.status).toBe(404)
        expect(denied.body.code).toBe('NOT_FOUND')
      }
    }
    expect((await first.get(`/v1/applications/${applicationId}`)).status).toBe(200)
  }, 240_000)
})
