import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, type Json, readFixture, signup, startTestStack, type TestStack, waitFor } from './test-stack'

const posting = readFixture('demo/jobs/ml-platform-engineer.txt').toString('utf8')

async function countRows(stack: TestStack): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const table of ['applications', 'documents', 'candidates', 'jobs'] as const) {
    const row = await stack.engine.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow()
    counts[table] = Number(row.count)
  }
  return counts
}

describe('bad input', () => {
  let stack: TestStack
  let api: ReturnType<typeof client>
  let jobId: string

  beforeAll(async () => {
    // A small limit keeps the oversize case fast; the default of 10 MB is covered by the env test.
    stack = await startTestStack({ label: 'bad-input', uploadMaxBytes: 1024 * 1024 })
    api = client(stack.app, await signup(stack.app, 'bad'))
    jobId = (await api.post('/v1/jobs', { title: 'ML Platform Engineer', description: posting })).body.id
    await waitFor(
      async () => (await api.get(`/v1/jobs/${jobId}`)).body.status === 'ready',
      60_000,
      'job analysis',
    )
    const good = await api.upload(`/v1/jobs/${jobId}/applications`, [
      { name: 'ok.txt', content: readFixture('test/bom-crlf.txt') },
    ])
    expect(good.status).toBe(202)
    // Row counts are compared below, so background work on this upload must be over first.
    const goodId = good.body.applications[0].id
    await waitFor(
      async () => (await api.get(`/v1/applications/${goodId}`)).body.status === 'scored',
      60_000,
      'the good upload',
    )
  }, 120_000)
  afterAll(async () => {
    await stack?.close()
  })

  const cases: Array<{
    label: string
    files: () => Array<{ name: string; content: Buffer }>
    status: number
    code: string
  }> = [
    {
      label: 'an .exe renamed to .pdf',
      files: () => [{ name: 'resume.pdf', content: readFixture('test/renamed-executable.pdf') }],
      status: 415,
      code: 'UNSUPPORTED_TYPE',
    },
    {
      label: 'an empty file',
      files: () => [{ name: 'empty.txt', content: Buffer.alloc(0) }],
      status: 422,
      code: 'EMPTY_FILE',
    },
    {
      label: 'a file over the size limit',
      files: () => [{ name: 'big.txt', content: Buffer.alloc(1024 * 1024 + 10, 'a') }],
      status: 413,
      code: 'FILE_TOO_LARGE',
    },
    {
      label: 'a good file together with a bad one',
      files: () => [
        {
          name: 'fine.txt',
          content: Buffer.from('Jane Doe\njane@example.com\nPython developer with Kubernetes experience.'),
        },
        { name: 'resume.pdf', content: readFixture('test/renamed-executable.pdf') },
      ],
      status: 415,
      code: 'UNSUPPORTED_TYPE',
    },
  ]

  it.each(cases)('rejects $label with problem+json and stores nothing', async ({ files, status, code }) => {
    const before = await countRows(stack)
    const response = await api.upload(`/v1/jobs/${jobId}/applications`, files())
    expect(response.status).toBe(status)
    expect(response.headers['content-type']).toContain('application/problem+json')
    expect(response.body.code).toBe(code)
    expect(typeof response.body.detail).toBe('string')
    expect(await countRows(stack)).toEqual(before)
    expect((await api.get('/healthz')).status).toBe(200)
  })

  it('rejects a posting with no text', async () => {
    const before = await countRows(stack)
    const response = await api.post('/v1/jobs', { title: 'Empty', description: '   \n\t ' })
    expect(response.status).toBe(422)
    expect(response.body.code).toBe('EMPTY_POSTING')
    expect(await countRows(stack)).toEqual(before)
  })

  it('answers validation errors and unknown routes as problem+json', async () => {
    const invalid = await api.post('/v1/jobs', { title: '' })
    expect(invalid.status).toBe(400)
    expect(invalid.body.code).toBe('VALIDATION_FAILED')
    expect(invalid.body.errors.length).toBeGreaterThan(0)
    const missing = await api.get('/v1/nothing-here')
    expect(missing.status).toBe(404)
    expect(missing.body.code).toBe('NOT_FOUND')
    const notUuid = await api.get('/v1/jobs/not-a-uuid')
    expect(notUuid.status).toBe(400)
  })
})

describe('tenancy and roles', () => {
  let stack: TestStack
  let ownerToken: string
  let jobId: string
  let applicationId: string

  beforeAll(async () => {
    stack = await startTestStack({ label: 'tenancy' })
    ownerToken = await signup(stack.app, 'owner')
    const owner = client(stack.app, ownerToken)
    jobId = (await owner.post('/v1/jobs', { title: 'ML Platform Engineer', description: posting })).body.id
    await waitFor(
      async () => (await owner.get(`/v1/jobs/${jobId}`)).body.status === 'ready',
      60_000,
      'job analysis',
    )
    const upload = await owner.upload(`/v1/jobs/${jobId}/applications`, [
      {
        name: 'cv.txt',
        content: Buffer.from(
          'Sam Smith\nsam@example.com\nExperience\nPython and Kubernetes engineer, 2019 - 2024.',
        ),
      },
    ])
    applicationId = upload.body.applications[0].id
    await owner.post(`/v1/jobs/${jobId}/interview-kit`)
    await waitFor(
      async () => (await owner.get(`/v1/jobs/${jobId}/interview-kit`)).body.status === 'ready',
      60_000,
      'kit',
    )
  }, 120_000)
  afterAll(async () => {
    await stack?.close()
  })

  it("answers 404 for another organisation's job, application, shortlist and kit", async () => {
    const other = client(stack.app, await signup(stack.app, 'other'))
    for (const url of [
      `/v1/jobs/${jobId}`,
      `/v1/jobs/${jobId}/shortlist`,
      `/v1/jobs/${jobId}/interview-kit`,
      `/v1/jobs/${jobId}/applications`,
      `/v1/applications/${applicationId}`,
      `/v1/applications/${applicationId}/interview-kit`,
    ]) {
      const response = await other.get(url)
      expect(response.status, url).toBe(404)
      expect(response.body.code).toBe('NOT_FOUND')
    }
    expect(
      (
        await other.upload(`/v1/jobs/${jobId}/applications`, [
          { name: 'a.txt', content: Buffer.from('x y z') },
        ])
      ).status,
    ).toBe(404)
    expect((await other.get('/v1/jobs')).body.items).toEqual([])
  })

  it('lets a hiring manager read but not upload, and requires a token', async () => {
    const owner = client(stack.app, ownerToken)
    const created = await owner.post('/v1/users', {
      email: `hm-${Date.now()}@example.com`,
      name: 'Hiring Manager',
      role: 'hiring_manager',
      password: 'a long enough password',
    })
    expect(created.status).toBe(201)
    const login = await client(stack.app).post('/v1/auth/login', {
      email: created.body.email,
      password: 'a long enough password',
    })
    const manager = client(stack.app, login.body.accessToken)
    expect((await manager.get(`/v1/jobs/${jobId}/shortlist`)).status).toBe(200)
    expect((await manager.get(`/v1/jobs/${jobId}/interview-kit`)).status).toBe(200)
    const upload = await manager.upload(`/v1/jobs/${jobId}/applications`, [
      { name: 'a.txt', content: Buffer.from('text') },
    ])
    expect(upload.status).toBe(403)
    expect(upload.body.code).toBe('FORBIDDEN')
    expect(
      (
        await manager.post('/v1/users', {
          email: 'x@example.com',
          name: 'X',
          role: 'admin',
          password: '12345678',
        })
      ).status,
    ).toBe(403)

    const anonymous = client(stack.app)
    for (const url of ['/v1/jobs', `/v1/jobs/${jobId}`, `/v1/applications/${applicationId}`]) {
      const response = await anonymous.get(url)
      expect(response.status).toBe(401)
      expect(response.body.code).toBe('UNAUTHENTICATED')
    }
    expect((await client(stack.app, 'not-a-token').get('/v1/jobs')).status).toBe(401)
  })

  it('rejects a wrong password without saying which part was wrong', async () => {
    const response = await client(stack.app).post('/v1/auth/login', {
      email: 'nobody@example.com',
      password: 'whatever1',
    })
    expect(response.status).toBe(401)
    expect(response.body.code).toBe('INVALID_CREDENTIALS')
  })

  it('keeps the readiness probe honest', async () => {
    const ready = await client(stack.app).get('/readyz')
    expect(ready.status).toBe(200)
    expect((ready.body as Json).checks).toEqual({ database: true, redis: true })
  })
})
