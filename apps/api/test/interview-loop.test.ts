import type { TestEngine } from '@shortlist/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createReadyJob, uploadAndScore, waitForKit } from './kit-flow'
import { client, type Json, readFixture, signup, startTestStack, type TestStack } from './test-stack'

type Api = ReturnType<typeof client>

// The interview loop over HTTP: plan -> assign two interviewers -> scorecards (each blind to the other's until
// their own is in) -> the hiring manager's per-requirement aggregate, kept apart from the screening score; an
// interviewer sees nothing of applications not assigned to them. On both database paths.
describe.each<TestEngine>(['pglite', 'postgres'])('interview loop on %s', (engine) => {
  let stack: TestStack
  let admin: Api
  let recruiter: Api
  let hiringManager: Api
  let first: Api
  let second: Api
  let firstId: string
  let secondId: string
  let job: Json
  let kit: Json
  let assignedApplicationId: string
  let otherApplicationId: string
  let screeningScore: number
  let plan: Json
  let firstInterview: Json
  let secondInterview: Json

  const addUser = async (role: string): Promise<{ api: Api; id: string }> => {
    const email = `${role}-${Math.random().toString(16).slice(2, 8)}@example.com`
    const password = 'correct horse battery staple'
    const created = await admin.post('/v1/users', { email, name: `An ${role}`, role, password })
    expect(created.status).toBe(201)
    const login = await client(stack.app).post('/v1/auth/login', { email, password })
    expect(login.status).toBe(200)
    return { api: client(stack.app, login.body.accessToken), id: created.body.id }
  }

  beforeAll(async () => {
    stack = await startTestStack({ engine, label: `interview-loop-${engine}` })
    admin = client(stack.app, await signup(stack.app, `interview-loop-${engine}`))
    recruiter = (await addUser('recruiter')).api
    hiringManager = (await addUser('hiring_manager')).api
    const one = await addUser('interviewer')
    const two = await addUser('interviewer')
    first = one.api
    firstId = one.id
    second = two.api
    secondId = two.id

    job = await createReadyJob(recruiter, 'ML Platform Engineer')
    const { shortlist } = await uploadAndScore(recruiter, job.id, [
      { name: 'sofia-martins.txt', content: readFixture('demo/resumes/sofia-martins.txt') },
      { name: 'tom-becker.txt', content: readFixture('demo/resumes/tom-becker.txt') },
    ])
    assignedApplicationId = shortlist.items[0].applicationId
    otherApplicationId = shortlist.items[1].applicationId
    screeningScore = shortlist.items[0].score
    expect((await hiringManager.post(`/v1/jobs/${job.id}/interview-kit`)).status).toBe(202)
    kit = await waitForKit(hiringManager, `/v1/jobs/${job.id}/interview-kit`)
    expect(kit.status).toBe('ready')
  }, 180_000)

  afterAll(async () => {
    await stack?.close()
  })

  it('lets the hiring manager write the plan from kit questions and requirements, and checks its ids', async () => {
    const technical = kit.questions.filter((question: Json) => question.type === 'technical')
    const behavioral = kit.questions.filter((question: Json) => question.type === 'behavioral')
    expect(technical.length).toBeGreaterThan(1)
    expect(behavioral.length).toBeGreaterThan(0)
    const requirementIds = job.requirements.map((requirement: Json) => requirement.id)
    const body = {
      interviews: [
        {
          name: 'Technical screen',
          questionIds: technical.slice(0, 3).map((question: Json) => question.id),
          requirementIds: [
            ...new Set(technical.slice(0, 3).flatMap((question: Json) => question.requirementIds)),
          ],
        },
        {
          name: 'Behavioral',
          questionIds: behavioral.slice(0, 2).map((question: Json) => question.id),
          requirementIds: requirementIds.slice(0, 1),
        },
      ],
    }
    expect((await recruiter.put(`/v1/jobs/${job.id}/interview-plan`, body)).status).toBe(403)

    const unknownQuestion = await hiringManager.put(`/v1/jobs/${job.id}/interview-plan`, {
      interviews: [{ name: 'Odd', questionIds: ['no-such-question'], requirementIds: [] }],
    })
    expect(unknownQuestion.status).toBe(422)
    expect(unknownQuestion.headers['content-type']).toContain('application/problem+json')
    expect(unknownQuestion.body.code).toBe('UNKNOWN_QUESTION')
    const unknownRequirement = await hiringManager.put(`/v1/jobs/${job.id}/interview-plan`, {
      interviews: [{ name: 'Odd', questionIds: [], requirementIds: [crypto.randomUUID()] }],
    })
    expect(unknownRequirement.body.code).toBe('UNKNOWN_REQUIREMENT')

    const saved = await hiringManager.put(`/v1/jobs/${job.id}/interview-plan`, body)
    expect(saved.status).toBe(200)
    plan = saved.body
    expect(plan.interviews.map((item: Json) => item.name)).toEqual(['Technical screen', 'Behavioral'])
    expect(plan.interviews[0].questionIds).toEqual(body.interviews[0]?.questionIds)
    expect((await recruiter.get(`/v1/jobs/${job.id}/interview-plan`)).body).toEqual(plan)
  })

  it('assigns the two interviews to two interviewers', async () => {
    const interviewers = await recruiter.get('/v1/interviewers')
    expect(interviewers.status).toBe(200)
    expect(interviewers.body.items.map((user: Json) => user.id)).toEqual(
      expect.arrayContaining([firstId, secondId]),
    )
    expect(JSON.stringify(interviewers.body)).not.toContain('@example.com')
    expect((await first.get('/v1/interviewers')).status).toBe(403)
    const technical = await recruiter.post(`/v1/applications/${assignedApplicationId}/interviews`, {
      interviewId: plan.interviews[0].id,
      interviewerIds: [firstId],
    })
    expect(technical.status).toBe(201)
    expect(technical.body.items).toHaveLength(1)
    firstInterview = technical.body.items[0]
    expect(firstInterview.status).toBe('assigned')
    expect(firstInterview.interviewer.id).toBe(firstId)
    const behavioral = await hiringManager.post(`/v1/applications/${assignedApplicationId}/interviews`, {
      interviewId: plan.interviews[1].id,
      interviewerIds: [secondId],
    })
    expect(behavioral.status).toBe(201)
    secondInterview = behavioral.body.items[0]

    const unknownUser = await recruiter.post(`/v1/applications/${assignedApplicationId}/interviews`, {
      interviewId: plan.interviews[0].id,
      interviewerIds: [crypto.randomUUID()],
    })
    expect(unknownUser.status).toBe(422)
    expect(unknownUser.body.code).toBe('UNKNOWN_INTERVIEWER')
    const unknownInterview = await recruiter.post(`/v1/applications/${assignedApplicationId}/interviews`, {
      interviewId: crypto.randomUUID(),
      interviewerIds: [firstId],
    })
    expect(unknownInterview.body.code).toBe('UNKNOWN_INTERVIEW')

    // An interview with interviewers behind it cannot silently disappear from the plan.
    const dropped = await hiringManager.put(`/v1/jobs/${job.id}/interview-plan`, {
      interviews: [plan.interviews[1]],
    })
    expect(dropped.status).toBe(409)
    expect(dropped.body.code).toBe('INTERVIEW_IN_USE')
  })

  it('shows each interviewer their own queue and interview, with rubrics', async () => {
    const queue = await first.get('/v1/me/interviews')
    expect(queue.status).toBe(200)
    expect(queue.body.items.map((item: Json) => item.id)).toEqual([firstInterview.id])
    expect(queue.body.items[0].interview.name).toBe('Technical screen')
    const detail = await first.get(`/v1/interviews/${firstInterview.id}`)
    expect(detail.status).toBe(200)
    expect(detail.body.questions.map((question: Json) => question.id)).toEqual(plan.interviews[0].questionIds)
    for (const question of detail.body.questions) expect(question.rubric.levels).toHaveLength(4)
    expect((await second.get(`/v1/interviews/${firstInterview.id}`)).status).toBe(404)
    expect((await second.put(`/v1/interviews/${firstInterview.id}/scorecard`, { ratings: [] })).status).toBe(
      404,
    )
  })

  it('keeps the other scorecard hidden until an interviewer submits their own, and submitted ones final', async () => {
    const questionIds: string[] = plan.interviews[0].questionIds
    const draft = await first.put(`/v1/interviews/${firstInterview.id}/scorecard`, {
      ratings: [
        { questionId: questionIds[0], level: 3, note: 'Walked through kubectl describe and events.' },
      ],
    })
    expect(draft.status).toBe(200)
    expect(draft.body.status).toBe('draft')
    expect(draft.body.ratings[0].requirementIds.length).toBeGreaterThan(0)

    const incomplete = await first.put(`/v1/interviews/${firstInterview.id}/scorecard`, {
      ratings: [{ questionId: questionIds[0], level: 3, note: '' }],
      submit: true,
    })
    expect(incomplete.status).toBe(422)
    expect(incomplete.body.code).toBe('SCORECARD_INCOMPLETE')
    const badLevel = await first.put(`/v1/interviews/${firstInterview.id}/scorecard`, {
      ratings: [{ questionId: questionIds[0], level: 5, note: '' }],
    })
    expect(badLevel.status).toBe(400)
    expect(badLevel.body.code).toBe('VALIDATION_FAILED')
    const foreign = await first.put(`/v1/interviews/${firstInterview.id}/scorecard`, {
      ratings: [{ questionId: plan.interviews[1].questionIds[0], level: 2, note: '' }],
    })
    expect(foreign.status).toBe(422)
    expect(foreign.body.code).toBe('UNKNOWN_QUESTION')

    const hiddenBefore = await first.get(`/v1/applications/${assignedApplicationId}/scorecards`)
    expect(hiddenBefore.status).toBe(403)
    expect(hiddenBefore.body.code).toBe('SCORECARDS_HIDDEN')

    const submitted = await first.put(`/v1/interviews/${firstInterview.id}/scorecard`, {
      ratings: [
        { questionId: questionIds[0], level: 3, note: 'Methodical debugging.' },
        { questionId: questionIds[1], level: 4, note: 'Clear rollback plan.' },
      ],
      recommendation: 'strong_yes',
      submit: true,
    })
    expect(submitted.status).toBe(200)
    expect(submitted.body.status).toBe('submitted')
    expect(submitted.body.submittedAt).toEqual(expect.any(String))
    const again = await first.put(`/v1/interviews/${firstInterview.id}/scorecard`, {
      ratings: [],
      recommendation: 'no',
    })
    expect(again.status).toBe(409)
    expect(again.body.code).toBe('SCORECARD_SUBMITTED')

    // The second interviewer has not submitted: the first one's scorecard stays out of their sight.
    const hiddenFromSecond = await second.get(`/v1/applications/${assignedApplicationId}/scorecards`)
    expect(hiddenFromSecond.status).toBe(403)
    expect(hiddenFromSecond.body.code).toBe('SCORECARDS_HIDDEN')
    expect(JSON.stringify(hiddenFromSecond.body)).not.toContain('Methodical')

    // The first one, done, sees their own submitted card and that the other is still pending (not its content).
    const afterOwn = await first.get(`/v1/applications/${assignedApplicationId}/scorecards`)
    expect(afterOwn.status).toBe(200)
    expect(afterOwn.body.scorecards.map((card: Json) => card.id)).toEqual([firstInterview.id])
    expect(afterOwn.body.pending.map((card: Json) => card.id)).toEqual([secondInterview.id])

    const secondQuestions: string[] = plan.interviews[1].questionIds
    const secondSubmitted = await second.put(`/v1/interviews/${secondInterview.id}/scorecard`, {
      ratings: secondQuestions.map((questionId) => ({ questionId, level: 2, note: 'Thin examples.' })),
      recommendation: 'no',
      submit: true,
    })
    expect(secondSubmitted.status).toBe(200)
    const visibleNow = await second.get(`/v1/applications/${assignedApplicationId}/scorecards`)
    expect(visibleNow.status).toBe(200)
    expect(visibleNow.body.scorecards).toHaveLength(2)
  })

  it('gives the hiring manager the per-requirement aggregate, apart from the unchanged screening score', async () => {
    const response = await hiringManager.get(`/v1/applications/${assignedApplicationId}/scorecards`)
    expect(response.status).toBe(200)
    const { scorecards, pending, aggregate } = response.body as Json
    expect(scorecards).toHaveLength(2)
    expect(pending).toHaveLength(0)
    expect(aggregate.scorecards).toBe(2)
    expect(aggregate.recommendations).toEqual({ strong_no: 0, no: 1, yes: 0, strong_yes: 1 })

    // Recompute the means from the submitted ratings and the requirements each rating was tied to.
    const levels = new Map<string, number[]>()
    for (const card of scorecards)
      for (const rating of card.ratings)
        for (const requirementId of rating.requirementIds)
          levels.set(requirementId, [...(levels.get(requirementId) ?? []), rating.level])
    expect(levels.size).toBeGreaterThan(0)
    expect(aggregate.requirements).toHaveLength(job.requirements.length)
    for (const signal of aggregate.requirements) {
      const rated = levels.get(signal.requirementId) ?? []
      expect(signal.ratings).toBe(rated.length)
      if (rated.length === 0) expect(signal.meanLevel).toBeNull()
      else
        expect(signal.meanLevel).toBeCloseTo(rated.reduce((sum, level) => sum + level, 0) / rated.length, 2)
    }
    // A rating counts for its question's own requirements, or, for a question tied to none, for the ones the
    // plan's interview covers.
    const jobRequirementIds = new Set(job.requirements.map((requirement: Json) => requirement.id))
    const questionsById = new Map<string, Json>(
      kit.questions.map((question: Json) => [question.id, question]),
    )
    for (const card of scorecards) {
      const planned = plan.interviews.find((item: Json) => item.id === card.interview.id)
      for (const rating of card.ratings) {
        const own = (questionsById.get(rating.questionId)?.requirementIds ?? []).filter((id: string) =>
          jobRequirementIds.has(id),
        )
        expect(rating.requirementIds).toEqual(own.length > 0 ? own : planned.requirementIds)
      }
    }

    const application = await hiringManager.get(`/v1/applications/${assignedApplicationId}`)
    expect(application.body.score).toBe(screeningScore)

    const feedback = await hiringManager.get(`/v1/jobs/${job.id}/interview-feedback`)
    expect(feedback.status).toBe(200)
    expect(feedback.body.items).toEqual([{ applicationId: assignedApplicationId, aggregate }])

    const csv = await hiringManager.get(`/v1/jobs/${job.id}/shortlist.csv`)
    expect(csv.status).toBe(200)
    const [header, firstRow] = String(csv.body).split('\r\n')
    expect(header).toContain('"interview_scorecards","interview_recommendations"')
    expect(firstRow).toContain('no:1 strong_yes:1')
    expect(header?.match(/"interview: /g)).toHaveLength(job.requirements.length)
  })

  it('documents the loop in the OpenAPI description', async () => {
    const docs = await client(stack.app).get('/docs/json')
    expect(docs.status).toBe(200)
    const paths = Object.keys(docs.body.paths)
    for (const path of [
      '/v1/jobs/{id}/interview-plan',
      '/v1/applications/{id}/interviews',
      '/v1/applications/{id}/scorecards',
      '/v1/me/interviews',
      '/v1/interviews/{id}/scorecard',
    ])
      expect(paths).toContain(path)
    const scorecardBody = docs.body.paths['/v1/interviews/{id}/scorecard'].put.requestBody
    expect(JSON.stringify(scorecardBody)).toContain('strong_yes')
  })

  it('answers 404 to an interviewer on every application not assigned to them', async () => {
    // The assigned application is readable, without the notes (others' feedback) or the decision.
    const note = await hiringManager.post(`/v1/applications/${assignedApplicationId}/notes`, {
      body: 'Panel leaned towards a hire.',
    })
    expect(note.status).toBe(201)
    const own = await first.get(`/v1/applications/${assignedApplicationId}`)
    expect(own.status).toBe(200)
    expect(own.body.notes).toEqual([])
    expect(own.body.decision).toBeNull()
    expect(JSON.stringify(own.body)).not.toContain('Panel leaned')
    expect((await hiringManager.get(`/v1/applications/${assignedApplicationId}`)).body.notes).toHaveLength(1)
    const denied = [
      await first.get(`/v1/applications/${otherApplicationId}`),
      await first.get(`/v1/applications/${otherApplicationId}/interview-kit`),
      await first.get(`/v1/applications/${otherApplicationId}/scorecards`),
    ]
    for (const response of denied) {
      expect(response.status).toBe(404)
      expect(response.body.code).toBe('NOT_FOUND')
      expect(JSON.stringify(response.body).toLowerCase()).not.toContain('becker')
    }
    // Pipeline-wide views stay closed to interviewers.
    for (const url of [`/v1/jobs/${job.id}/shortlist`, `/v1/jobs/${job.id}/shortlist.csv`, '/v1/jobs']) {
      expect((await first.get(url)).status).toBe(403)
    }
    expect(
      (
        await first.post(`/v1/applications/${assignedApplicationId}/interviews`, {
          interviewId: plan.interviews[0].id,
          interviewerIds: [firstId],
        })
      ).status,
    ).toBe(403)
  })
})
