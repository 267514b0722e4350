import { randomInt } from 'node:crypto'
import { dumpQueuePrefix, findTextInDatabase, type TestEngine } from '@shortlist/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createReadyJob, uploadAndScore, waitForKit } from './kit-flow'
import { client, type Json, signup, startTestStack, type TestStack } from './test-stack'

type Api = ReturnType<typeof client>

/** Letters only, so the resume parser reads it as part of a name. */
const randomWord = (length: number) =>
  Array.from({ length }, () => String.fromCharCode(97 + randomInt(26))).join('')

function resumeFor(first: string, last: string, email: string, marker: string): string {
  return `${first} ${last}
Platform Engineer
${email} | +44 20 7946 ${String(randomInt(1000, 9999))}

Summary
Platform engineer running Kubernetes and Python services; built the ${marker} deployment tooling.

Experience
Senior Platform Engineer — Contoso, Lisboa — Mar 2021 – Present
• Built Kubernetes operators in Python and Go for the ${marker} platform.
• Ran model serving on AWS with Terraform and Prometheus.

Platform Engineer — Fabrikam — Jan 2017 – Feb 2021
• Automated CI/CD with GitHub Actions and Docker.

Skills
Python, Go, Kubernetes, Docker, Terraform, AWS, Prometheus, MLflow, Airflow
`
}

const ENGINES: TestEngine[] = ['pglite', 'postgres']

describe.each(ENGINES)('erasing a candidate (%s)', (engine) => {
  const logLines: string[] = []
  let stack: TestStack
  let admin: Api
  let other: Api
  let jobId: string
  // The planted token: in the name, the email, the file name and the resume text.
  const token = `Qz${randomWord(12)}`
  const lower = token.toLowerCase()
  const email = `ana.${lower}@example.com`
  let erased: { candidateId: string; applicationId: string }
  let kept: { candidateId: string; applicationId: string }

  beforeAll(async () => {
    stack = await startTestStack({ engine, label: `erasure-${engine}`, log: (line) => logLines.push(line) })
    admin = client(stack.app, await signup(stack.app, 'erasure'))
    other = client(stack.app, await signup(stack.app, 'erasure-other'))
    jobId = (await createReadyJob(admin, 'ML Platform Engineer')).id
    const keptName = `Bruno ${randomWord(8)}`
    const { shortlist } = await uploadAndScore(admin, jobId, [
      { name: `${lower}-cv.txt`, content: Buffer.from(resumeFor('Ana', token, email, token)) },
      {
        name: 'bruno.txt',
        content: Buffer.from(resumeFor('Bruno', keptName.split(' ')[1] ?? '', 'bruno@example.com', 'atlas')),
      },
    ])
    const pick = (predicate: (item: Json) => boolean) => {
      const item = (shortlist.items as Json[]).find(predicate)
      if (!item) throw new Error(`not in the shortlist: ${JSON.stringify(shortlist.items)}`)
      return { candidateId: item.candidate.id as string, applicationId: item.applicationId as string }
    }
    erased = pick((item) => String(item.candidate.name).includes(token))
    kept = pick((item) => !String(item.candidate.name).includes(token))

    // Give the candidate every kind of record there is: a correction, a note, a decision, stage moves with reasons,
    // a message with an invite, a candidate kit (a cached model answer), and searches and views that get logged.
    const application = `/v1/applications/${erased.applicationId}`
    expect(
      (await admin.patch(`/v1/candidates/${erased.candidateId}`, { name: `Ana ${token} Silva` })).status,
    ).toBe(200)
    expect((await admin.post(`${application}/notes`, { body: `Call ${token} back on Monday` })).status).toBe(
      201,
    )
    expect(
      (await admin.post(`${application}/stage`, { stage: 'screening', reason: `${token} looks strong` }))
        .status,
    ).toBe(200)
    expect(
      (await admin.post(`${application}/decision`, { decision: 'advance', reason: `${token} fits the team` }))
        .status,
    ).toBe(200)
    expect((await admin.post(`${application}/messages`, { template: 'prep_invite' })).status).toBe(202)
    // A scorecard whose note names the candidate.
    expect((await admin.post(`/v1/jobs/${jobId}/interview-kit`)).status).toBe(202)
    const roleKit = await waitForKit(admin, `/v1/jobs/${jobId}/interview-kit`)
    const questionId: string = roleKit.questions[0].id
    const plan = await admin.put(`/v1/jobs/${jobId}/interview-plan`, {
      interviews: [{ name: 'Technical screen', questionIds: [questionId], requirementIds: [] }],
    })
    expect(plan.status).toBe(200)
    const me = await admin.get('/v1/me')
    const assigned = await admin.post(`${application}/interviews`, {
      interviewId: plan.body.interviews[0].id,
      interviewerIds: [me.body.user.id],
    })
    expect(assigned.status).toBe(201)
    const scorecard = await admin.put(`/v1/interviews/${assigned.body.items[0].id}/scorecard`, {
      ratings: [{ questionId, level: 3, note: `${token} explained the rollout well` }],
      recommendation: 'yes',
      submit: true,
    })
    expect(scorecard.status).toBe(200)
    expect((await admin.post(`${application}/interview-kit`, {})).status).toBe(202)
    const kit = await waitForKit(admin, `${application}/interview-kit`)
    expect(kit.status).toBe('ready')
    expect(
      (await admin.get(`/v1/candidates/search?q=${encodeURIComponent(`${token} ${email}`)}`)).status,
    ).toBe(200)
    expect((await admin.get(application)).status).toBe(200)
  }, 240_000)

  afterAll(async () => {
    await stack?.close()
  })

  it('exports the candidate as JSON for a data-subject request, to their organisation only', async () => {
    const exported = await admin.get(`/v1/candidates/${erased.candidateId}/export`)
    expect(exported.status).toBe(200)
    expect(exported.headers['content-disposition']).toContain('attachment')
    const body: Json = exported.body
    expect(body.candidate).toMatchObject({ id: erased.candidateId, email })
    expect(body.candidate.corrections.name).toBe(`Ana ${token} Silva`)
    expect(body.applications).toHaveLength(1)
    const [entry] = body.applications as Json[]
    expect(entry?.document.text).toContain(token)
    expect(entry?.evaluation.score).toEqual(expect.any(Number))
    expect(entry?.stageHistory).toEqual([expect.objectContaining({ from: 'applied', to: 'screening' })])
    expect(entry?.decision).toMatchObject({ decision: 'advance', reason: `${token} fits the team` })
    expect(entry?.notes).toEqual([expect.objectContaining({ body: `Call ${token} back on Monday` })])
    expect(entry?.messages).toEqual([expect.objectContaining({ kind: 'prep_invite', recipient: email })])
    expect(entry?.invites).toHaveLength(1)
    expect(entry?.scorecards).toEqual([
      expect.objectContaining({ interview: 'Technical screen', status: 'submitted', recommendation: 'yes' }),
    ])
    // No staff identities: the export is the candidate's data, not the team's.
    expect(JSON.stringify(body)).not.toMatch(/riley|admin-erasure/i)

    const elsewhere = await other.get(`/v1/candidates/${erased.candidateId}/export`)
    expect(elsewhere.status).toBe(404)
    expect(elsewhere.headers['content-type']).toContain('application/problem+json')
  })

  it('refuses another organisation with 404 and leaves the candidate untouched', async () => {
    const attempt = await other.delete(`/v1/candidates/${erased.candidateId}`)
    expect(attempt.status).toBe(404)
    expect(attempt.body.code).toBe('NOT_FOUND')
    expect((await admin.get(`/v1/candidates/${erased.candidateId}`)).status).toBe(200)
  })

  it('leaves no trace of the planted token in any table, Redis key or log line', async () => {
    const needles = [token, lower, email]
    // The searches can find it: before the erasure the token is all over the database and Redis knows the jobs.
    const before = await findTextInDatabase(stack.engine.db, needles)
    for (const table of [
      'candidates',
      'documents',
      'resume_chunks',
      'applications',
      'notes',
      'decisions',
      'interviews',
    ])
      expect(before.some((hit) => hit.startsWith(`${table}.`))).toBe(true)
    expect(before.some((hit) => hit.startsWith('candidate_messages.'))).toBe(true)
    // The offline kit quotes no name, so its cached answer is found by the application it was written for.
    const cached = () =>
      stack.engine.db
        .selectFrom('llm_cache')
        .select('key')
        .where('application_id', '=', erased.applicationId)
        .execute()
    expect(await cached()).toHaveLength(1)
    const redisBefore = await dumpQueuePrefix(stack.prefix)
    expect(redisBefore.some((entry) => entry.text.includes(erased.applicationId))).toBe(true)

    const erasure = await admin.delete(`/v1/candidates/${erased.candidateId}`)
    expect(erasure.status).toBe(200)
    expect(erasure.body.counts).toMatchObject({
      candidates: 1,
      applications: 1,
      documents: 1,
      evaluations: 1,
      messages: 1,
      invites: 1,
      notes: 1,
      decisions: 1,
      stageEvents: 1,
      interviewKits: 1,
      interviews: 1,
      cacheEntries: 1,
    })
    expect(erasure.body.counts.resumeChunks).toBeGreaterThan(0)
    expect(erasure.body.jobs.removed).toBeGreaterThan(0)

    expect(await findTextInDatabase(stack.engine.db, needles)).toEqual([])
    expect(await cached()).toHaveLength(0)
    const redisAfter = await dumpQueuePrefix(stack.prefix)
    const redisHits = redisAfter.filter(
      (entry) =>
        needles.some((needle) => entry.text.toLowerCase().includes(needle.toLowerCase())) ||
        entry.text.includes(erased.applicationId),
    )
    expect(redisHits.map((entry) => entry.key)).toEqual([])
    const logHits = logLines.filter((line) => needles.some((needle) => line.toLowerCase().includes(needle)))
    expect(logLines.length).toBeGreaterThan(10)
    expect(logHits).toEqual([])

    // Gone from the API too, and a second erasure is a 404.
    expect((await admin.get(`/v1/candidates/${erased.candidateId}`)).status).toBe(404)
    expect((await admin.get(`/v1/applications/${erased.applicationId}`)).status).toBe(404)
    expect((await admin.delete(`/v1/candidates/${erased.candidateId}`)).status).toBe(404)
  })

  it('keeps the other candidate and their queue history', async () => {
    expect((await admin.get(`/v1/candidates/${kept.candidateId}`)).status).toBe(200)
    const shortlist = await admin.get(`/v1/jobs/${jobId}/shortlist`)
    expect(shortlist.body.items.map((item: Json) => item.applicationId)).toEqual([kept.applicationId])
    const redis = await dumpQueuePrefix(stack.prefix)
    expect(redis.some((entry) => entry.key.includes(`ingest-${kept.applicationId}`))).toBe(true)
  })

  it('keeps an audit entry of the erasure without personal data, and strips the entries about the candidate', async () => {
    const log = await admin.get(`/v1/audit-log?action=candidate.erased`)
    expect(log.status).toBe(200)
    expect(log.body.total).toBe(1)
    const [entry] = log.body.items as Json[]
    expect(entry).toMatchObject({
      action: 'candidate.erased',
      subjectType: 'candidate',
      subjectId: erased.candidateId,
      data: { reason: 'request', counts: expect.objectContaining({ applications: 1 }) },
    })
    expect(entry?.actor?.id).toEqual(expect.any(String))
    // The trail of what happened before stays (who viewed, moved, decided), without reasons or file names.
    const history = await admin.get(`/v1/audit-log?subjectId=${erased.applicationId}`)
    const actions = (history.body.items as Json[]).map((item) => item.action)
    expect(actions).toEqual(
      expect.arrayContaining(['application.uploaded', 'application.stage_changed', 'application.decided']),
    )
    for (const item of history.body.items as Json[]) {
      expect(item.data).not.toHaveProperty('reason')
      expect(item.data).not.toHaveProperty('filename')
    }
  })
})
