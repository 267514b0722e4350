import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createReadyJob, uploadAndScore } from './kit-flow'
import { client, type Json, signup, startTestStack, type TestStack } from './test-stack'

type Api = ReturnType<typeof client>

// Written for this test; every person, address and number is invented.
const IDENTIFYING = [
  'Marisol Quintana-Okoye',
  'marisol.qo@mail.test',
  '+55 (11) 98765-4321',
  'linkedin.com/in/marisol-qo',
  'Rua Augusta, 1500',
  '12/03/1990',
  '2011',
]
const RESUME = `Marisol Quintana-Okoye
marisol.qo@mail.test | +55 (11) 98765-4321 | linkedin.com/in/marisol-qo
Rua Augusta, 1500 - São Paulo
Date of birth: 12/03/1990

Summary
Platform engineer. Marisol runs Kubernetes and Python services for machine learning teams.

Experience
ML Platform Engineer — Contoso — Mar 2018 – Present
Built Kubernetes operators in Python and Go; ran MLflow and Airflow; served models with KServe on AWS.
Wrote Terraform for EKS clusters and Prometheus alerting.

Education
B.Sc. Computer Science, Universidade Federal, 2007 – 2011
`
const OTHERS = [
  `Tomasz Wierzbicki\ntomasz.w@mail.test\n\nExperience\nBackend Engineer — Fabrikam — 2016 – Present\nPython services on Kubernetes, PostgreSQL.\n`,
  `Aiyana Redcloud\naiyana@mail.test\n\nExperience\nData Analyst — Northwind — 2019 – Present\nExcel reports and SQL dashboards.\n`,
]

describe.each(['pglite', 'postgres'] as const)('fairness on %s', (engine) => {
  let stack: TestStack
  let admin: Api
  let recruiter: Api
  let job: Json
  let applicationId: string
  let candidateId: string
  let shortlist: Json
  let fullEtagBeforeBlind: unknown

  beforeAll(async () => {
    stack = await startTestStack({ engine, label: `fairness-${engine}` })
    admin = client(stack.app, await signup(stack.app, `fairness-${engine}`))
    const email = `recruiter-${Math.random().toString(16).slice(2, 8)}@example.com`
    const password = 'correct horse battery staple'
    expect(
      (await admin.post('/v1/users', { email, name: 'Rita Recruiter', role: 'recruiter', password })).status,
    ).toBe(201)
    recruiter = client(
      stack.app,
      (await client(stack.app).post('/v1/auth/login', { email, password })).body.accessToken,
    )
    job = await createReadyJob(admin, 'ML Platform Engineer')
    const scored = await uploadAndScore(admin, job.id, [
      { name: 'marisol-quintana-okoye.txt', content: Buffer.from(RESUME) },
      { name: 'tomasz.txt', content: Buffer.from(OTHERS[0] ?? '') },
      { name: 'aiyana.txt', content: Buffer.from(OTHERS[1] ?? '') },
    ])
    shortlist = scored.shortlist
    const item = shortlist.items.find((entry: Json) => entry.candidate.name === 'Marisol Quintana-Okoye')
    expect(item).toBeDefined()
    applicationId = item.applicationId
    candidateId = item.candidate.id
  }, 240_000)

  afterAll(async () => {
    await stack?.close()
  })

  const expectNothingIdentifying = (value: unknown) => {
    // Ids and hashes are random hex: one may hold "2011" by chance (a run failed on the UUID "…1db2011f4522"), which
    // says nothing about the candidate. They are masked; every other character is still checked.
    const text = JSON.stringify(value)
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>')
      .replace(/\b[0-9a-f]{16,}\b/gi, '<hash>')
    for (const secret of [...IDENTIFYING, 'Marisol', 'Quintana', 'Okoye', 'marisol-quintana-okoye.txt'])
      expect(text).not.toContain(secret)
  }

  it('shows names while blind review is off (the default)', async () => {
    expect((await admin.get('/v1/fairness/blind-review')).body).toEqual({
      enabled: false,
      untilStage: 'interview',
    })
    const detail = await recruiter.get(`/v1/applications/${applicationId}`)
    expect(detail.body).toMatchObject({ blind: false, filename: 'marisol-quintana-okoye.txt' })
    expect(detail.body.candidate.email).toBe('marisol.qo@mail.test')
    expect(detail.body.resumeText).toContain('Date of birth: 12/03/1990')
    // The full shortlist page (quotes included) names her, and is now cached at this version of the job.
    const full = await recruiter.get(`/v1/jobs/${job.id}/shortlist?view=full`)
    expect(full.status).toBe(200)
    expect(full.body.items.find((entry: Json) => entry.applicationId === applicationId).candidate.name).toBe(
      'Marisol Quintana-Okoye',
    )
    fullEtagBeforeBlind = full.headers.etag
  })

  it('hides identity from every reviewer route until the chosen stage', async () => {
    expect(
      (await recruiter.put('/v1/fairness/blind-review', { enabled: true, untilStage: 'interview' })).status,
    ).toBe(403)
    const set = await admin.put('/v1/fairness/blind-review', { enabled: true, untilStage: 'interview' })
    expect(set.status).toBe(200)

    const list = await recruiter.get(`/v1/jobs/${job.id}/shortlist`)
    expect(list.status).toBe(200)
    expectNothingIdentifying(list.body)
    const row = list.body.items.find((entry: Json) => entry.applicationId === applicationId)
    expect(row.blind).toBe(true)
    expect(row.candidate.name).toMatch(/^Candidate [0-9A-F]{4}$/)
    // Ranking is untouched: the same order and scores as before.
    expect(list.body.items.map((entry: Json) => [entry.applicationId, entry.score])).toEqual(
      shortlist.items.map((entry: Json) => [entry.applicationId, entry.score]),
    )

    // The cached pages never outlive the setting: the full view (quotes) is masked too, for every role alike.
    for (const viewer of [recruiter, admin]) {
      const full = await viewer.get(`/v1/jobs/${job.id}/shortlist?view=full`)
      expect(full.status).toBe(200)
      expect(full.headers.etag).not.toBe(fullEtagBeforeBlind)
      expectNothingIdentifying(full.body)
      const fullRow = full.body.items.find((entry: Json) => entry.applicationId === applicationId)
      expect(fullRow).toMatchObject({ blind: true, candidate: { name: row.candidate.name } })
      expect(fullRow.requirements.some((result: Json) => result.evidence.length > 0)).toBe(true)
    }

    const detail = await recruiter.get(`/v1/applications/${applicationId}`)
    expect(detail.status).toBe(200)
    expectNothingIdentifying(detail.body)
    expect(detail.body).toMatchObject({ blind: true, candidate: { id: candidateId, email: null } })
    expect(detail.body.candidate.name).toBe(row.candidate.name)
    expect(detail.body.filename).toMatch(/^Candidate [0-9A-F]{4}\.txt$/)
    const text: string = detail.body.resumeText
    expect(text).toContain('Built Kubernetes operators in Python and Go')
    expect(text).toContain('█')
    // Evidence offsets still index into the masked text, and the quotes are its slices.
    const evidence = detail.body.requirements.flatMap((result: Json) => result.evidence)
    expect(evidence.length).toBeGreaterThan(0)
    for (const quote of evidence) expect(text.slice(quote.start, quote.end)).toBe(quote.quote)

    const csv = await recruiter.get(`/v1/jobs/${job.id}/shortlist.csv`)
    expect(csv.status).toBe(200)
    expectNothingIdentifying(csv.body)
    expect(String(csv.body)).toContain(row.candidate.name)

    const applications = await recruiter.get(`/v1/jobs/${job.id}/applications`)
    expectNothingIdentifying(applications.body)
    expect(applications.body.items.every((item: Json) => item.blind)).toBe(true)

    const matches = await recruiter.get(`/v1/jobs/${job.id}/matches`)
    expect(matches.status).toBe(200)
    expectNothingIdentifying(matches.body)
    expect(matches.body.items.length).toBeGreaterThan(0)

    const search = await recruiter.get('/v1/candidates/search?q=Marisol%20Kubernetes%20operators')
    expect(search.status).toBe(200)
    expect(search.body.items.length).toBeGreaterThan(0)
    expectNothingIdentifying(search.body)

    const candidate = await recruiter.get(`/v1/candidates/${candidateId}`)
    expect(candidate.body).toMatchObject({ blind: true, name: null, email: null })

    // Messages on the candidate page: masked; the outbox, where staff send by hand, keeps the address.
    const preview = await recruiter.post(`/v1/applications/${applicationId}/messages/preview`, {
      template: 'prep_invite',
    })
    expect(preview.status).toBe(200)
    expectNothingIdentifying(preview.body)
    expect(preview.body.body).toContain('automated tool')
    expect(
      (await recruiter.post(`/v1/applications/${applicationId}/messages`, { template: 'prep_invite' }))
        .status,
    ).toBe(202)
    const messages = await recruiter.get(`/v1/applications/${applicationId}/messages`)
    expect(messages.body.items).toHaveLength(1)
    expectNothingIdentifying(messages.body)
    const outbox = await recruiter.get('/v1/outbox')
    expect(outbox.body.items[0].recipient).toBe('marisol.qo@mail.test')

    // Interview assignments and queues name the candidate by the label too.
    const plan = await admin.put(`/v1/jobs/${job.id}/interview-plan`, {
      interviews: [{ name: 'Technical', questionIds: [], requirementIds: [] }],
    })
    expect(plan.status).toBe(200)
    const me = await admin.get('/v1/me')
    const assigned = await admin.post(`/v1/applications/${applicationId}/interviews`, {
      interviewId: plan.body.interviews[0].id,
      interviewerIds: [me.body.user.id],
    })
    expect(assigned.status).toBe(201)
    expect(assigned.body.items[0].candidateName).toBe(row.candidate.name)
    const queue = await admin.get('/v1/me/interviews')
    expectNothingIdentifying(queue.body)
    expect(queue.body.items[0].candidateName).toBe(row.candidate.name)
  })

  it('reveals the candidate once the application reaches the chosen stage', async () => {
    expect((await admin.post(`/v1/applications/${applicationId}/stage`, { stage: 'interview' })).status).toBe(
      200,
    )
    const detail = await recruiter.get(`/v1/applications/${applicationId}`)
    expect(detail.body).toMatchObject({ blind: false, candidate: { name: 'Marisol Quintana-Okoye' } })
    const list = await recruiter.get(`/v1/jobs/${job.id}/shortlist`)
    const rows = new Map(list.body.items.map((entry: Json) => [entry.applicationId, entry]))
    expect((rows.get(applicationId) as Json).blind).toBe(false)
    // The others are still in `applied`.
    expect([...rows.values()].filter((entry) => (entry as Json).blind)).toHaveLength(2)
    expect((await recruiter.get(`/v1/candidates/${candidateId}`)).body.name).toBe('Marisol Quintana-Okoye')
    expect((await admin.post(`/v1/applications/${applicationId}/stage`, { stage: 'screening' })).status).toBe(
      200,
    )
    expect((await recruiter.get(`/v1/applications/${applicationId}`)).body.blind).toBe(true)
  })

  it('lets an admin override the setting per job', async () => {
    const unknownStage = await admin.put(`/v1/jobs/${job.id}/blind-review`, {
      enabled: null,
      untilStage: 'panel',
    })
    expect(unknownStage.status).toBe(422)
    expect(unknownStage.body.code).toBe('UNKNOWN_STAGE')
    expect(
      (await recruiter.put(`/v1/jobs/${job.id}/blind-review`, { enabled: false, untilStage: null })).status,
    ).toBe(403)
    const off = await admin.put(`/v1/jobs/${job.id}/blind-review`, { enabled: false, untilStage: null })
    expect(off.body).toEqual({
      enabled: false,
      untilStage: null,
      effective: { enabled: false, untilStage: 'interview' },
    })
    expect((await recruiter.get(`/v1/applications/${applicationId}`)).body.blind).toBe(false)
    // Until `offer`: screening is blind again.
    const later = await admin.put(`/v1/jobs/${job.id}/blind-review`, { enabled: null, untilStage: 'offer' })
    expect(later.body.effective).toEqual({ enabled: true, untilStage: 'offer' })
    expect((await recruiter.get(`/v1/applications/${applicationId}`)).body.blind).toBe(true)
  })

  it('takes self-identification and an alternative-process request from the candidate, apart from review', async () => {
    const invite = await admin.post(`/v1/applications/${applicationId}/invite`, {})
    expect(invite.status).toBe(201)
    const exchanged = await client(stack.app).post('/v1/auth/invite', { token: invite.body.token })
    const candidate = client(stack.app, exchanged.body.accessToken)

    const prep = await candidate.get('/v1/me/prep')
    expect(prep.status).toBe(200)
    expect(prep.body.aiNotice).toContain('automated tool')
    expect(prep.body.alternativeProcess).toBeNull()

    expect((await candidate.get('/v1/me/self-identification')).body).toEqual({
      sex: null,
      raceEthnicity: null,
    })
    const bad = await candidate.put('/v1/me/self-identification', { sex: 'other', raceEthnicity: 'asian' })
    expect(bad.status).toBe(400)
    expect(bad.body.code).toBe('VALIDATION_FAILED')
    const saved = await candidate.put('/v1/me/self-identification', {
      sex: 'female',
      raceEthnicity: 'hispanic_or_latino',
    })
    expect(saved.body).toEqual({ sex: 'female', raceEthnicity: 'hispanic_or_latino' })
    // Staff cannot use the candidate's routes.
    expect((await admin.get('/v1/me/self-identification')).status).toBe(403)

    const asked = await candidate.post('/v1/me/alternative-process', {
      note: 'I would prefer a human review.',
    })
    expect(asked.status).toBe(200)
    expect(asked.body.note).toBe('I would prefer a human review.')
    expect((await candidate.get('/v1/me/prep')).body.alternativeProcess.requestedAt).toBe(
      asked.body.requestedAt,
    )

    const detail = await recruiter.get(`/v1/applications/${applicationId}`)
    expect(detail.body.alternativeProcess).toEqual(asked.body)
    const row = (await recruiter.get(`/v1/jobs/${job.id}/shortlist`)).body.items.find(
      (entry: Json) => entry.applicationId === applicationId,
    )
    expect(row.alternativeProcessRequested).toBe(true)
    // Self-identification never reaches a reviewer's view of the application.
    for (const view of [detail.body, row]) {
      expect(JSON.stringify(view)).not.toContain('hispanic')
      expect(JSON.stringify(view)).not.toContain('female')
    }
  })

  it('reports selection rates and impact ratios per job and organisation, as JSON and CSV', async () => {
    const report = await admin.get(`/v1/jobs/${job.id}/fairness-report?basis=screening&minimumCount=5`)
    expect(report.status).toBe(200)
    expect(report.body).toMatchObject({
      scope: { kind: 'job', id: job.id },
      basis: 'screening',
      applicants: 3,
      unknown: { sex: 2, raceEthnicity: 2, intersection: 2 },
    })
    expect(report.body.basisDescription).toContain('every screened required item')
    const female = report.body.sex.find((item: Json) => item.category === 'female')
    expect(female).toMatchObject({ applicants: 1, label: 'Female', flags: ['too_small'] })
    expect(report.body.warnings.some((warning: Json) => warning.category === 'female')).toBe(true)
    expect(JSON.stringify(report.body)).not.toContain('Marisol')

    const median = await admin.get('/v1/fairness/report?basis=median')
    expect(median.status).toBe(200)
    expect(median.body).toMatchObject({ scope: { kind: 'organization' }, basis: 'median', applicants: 3 })

    const csv = await admin.get(`/v1/jobs/${job.id}/fairness-report.csv`)
    expect(csv.status).toBe(200)
    expect(csv.headers['content-type']).toContain('text/csv')
    expect(String(csv.body)).toContain('dimension,category,applicants,selected,selection_rate,impact_ratio')
    expect(String(csv.body)).toContain('sex,Female,1,')

    expect((await recruiter.get(`/v1/jobs/${job.id}/fairness-report`)).status).toBe(403)
    const foreign = client(stack.app, await signup(stack.app, `fairness-other-${engine}`))
    expect((await foreign.get(`/v1/jobs/${job.id}/fairness-report`)).status).toBe(404)
  })
})
