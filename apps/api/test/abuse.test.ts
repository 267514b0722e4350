import { TEST_REDIS_URL } from '@shortlist/testing'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, type Json, readFixture, signup, startTestStack, type TestStack } from './test-stack'

// Attacks on the public surface: guessing passwords, flooding signup and invite exchange, text that breaks storage,
// framing and script injection, and forged Host headers. Each IP below is made up, so counters never collide.
describe('abuse of the public API', () => {
  let stack: TestStack
  let adminToken: string

  const post = (url: string, payload: object, ip: string, headers: Record<string, string> = {}) =>
    stack.app.inject({ method: 'POST', url, payload, remoteAddress: ip, headers }).then((response) => ({
      status: response.statusCode,
      body: JSON.parse(response.body || 'null') as Json,
      headers: response.headers,
      contentType: String(response.headers['content-type']),
    }))

  beforeAll(async () => {
    stack = await startTestStack({ label: 'abuse', workers: false })
    adminToken = await signup(stack.app, 'abuse')
  })

  afterAll(async () => {
    await stack?.close()
  })

  it('locks an account after repeated wrong passwords, for longer each time, even for the right password', async () => {
    const email = `locked-${Date.now()}@example.com`
    const password = 'correct horse battery staple'
    expect(
      (await post('/v1/auth/signup', { organizationName: 'L', name: 'L', email, password }, '10.0.0.1'))
        .status,
    ).toBe(202)
    // Each attempt from another address: the per-account lock must not depend on the caller's IP.
    for (let attempt = 1; attempt <= 5; attempt++) {
      const wrong = await post('/v1/auth/login', { email, password: 'not the password' }, `10.0.1.${attempt}`)
      expect(wrong.status).toBe(401)
    }
    const locked = await post('/v1/auth/login', { email, password }, '10.0.1.99')
    expect(locked.status).toBe(429)
    expect(locked.body.code).toBe('RATE_LIMITED')
    expect(locked.contentType).toContain('application/problem+json')
    const firstLock = Number(locked.headers['retry-after'])
    expect(firstLock).toBeGreaterThan(0)

    // Once the lock is over (expired here, instead of waiting), a further failure locks for twice as long.
    const redis = new Redis(TEST_REDIS_URL)
    try {
      await redis.del(`${stack.prefix}:login-lock:${email}`)
      expect((await post('/v1/auth/login', { email, password: 'still wrong' }, '10.0.1.100')).status).toBe(
        401,
      )
      const again = await post('/v1/auth/login', { email, password }, '10.0.1.101')
      expect(again.status).toBe(429)
      expect(Number(again.headers['retry-after'])).toBeGreaterThan(firstLock)
      // Counters live under the deployment's queue prefix, so deployments (and test files) never share them.
      const keys = await redis.keys(`${stack.prefix}:*login*`)
      expect(keys.length).toBeGreaterThan(0)
    } finally {
      redis.disconnect()
    }
  })

  it('limits logins per IP address across accounts', async () => {
    let limited: Awaited<ReturnType<typeof post>> | null = null
    for (let attempt = 0; attempt < 40 && !limited; attempt++) {
      const response = await post(
        '/v1/auth/login',
        { email: `spray-${attempt}@example.com`, password: 'Summer2026!' },
        '10.0.2.1',
      )
      if (response.status === 429) limited = response
      else expect(response.status).toBe(401)
    }
    expect(limited?.body.code).toBe('RATE_LIMITED')
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(0)
    // Another address is not affected.
    expect((await post('/v1/auth/login', { email: 'x@example.com', password: 'y' }, '10.0.2.2')).status).toBe(
      401,
    )
  })

  it('limits signups per email and invite exchanges per IP', async () => {
    const email = `flood-${Date.now()}@example.com`
    const statuses: number[] = []
    for (let attempt = 0; attempt < 6; attempt++) {
      const response = await post(
        '/v1/auth/signup',
        { organizationName: 'F', name: 'F', email, password: 'correct horse battery staple' },
        `10.0.3.${attempt}`,
      )
      statuses.push(response.status)
    }
    expect(statuses.slice(0, 5)).toEqual([202, 202, 202, 202, 202])
    expect(statuses[5]).toBe(429)

    let exchange: Awaited<ReturnType<typeof post>> | null = null
    for (let attempt = 0; attempt < 40 && exchange?.status !== 429; attempt++)
      exchange = await post('/v1/auth/invite', { token: `guessed-token-${attempt}-abcdefgh` }, '10.0.4.1')
    expect(exchange?.status).toBe(429)
    expect(exchange?.body.code).toBe('RATE_LIMITED')
  })

  it('answers 400 INVALID_TEXT to NUL and other control characters in any JSON string, and keeps tabs and newlines', async () => {
    const auth = { authorization: `Bearer ${adminToken}` }
    const cases: Array<[string, object]> = [
      ['/v1/jobs', { title: 'Nul\u0000title', description: 'x' }],
      ['/v1/jobs', { title: 'Bell', description: 'deep\u0007inside' }],
      ['/v1/auth/login', { email: 'a@example.com', password: 'pass\u0000word' }],
      [
        '/v1/auth/signup',
        { organizationName: 'Org\u001b[31m', name: 'N', email: 'n@example.com', password: 'x' },
      ],
    ]
    for (const [url, payload] of cases) {
      const response = await post(url, payload, '10.0.5.1', auth)
      expect(response.status, JSON.stringify(payload)).toBe(400)
      expect(response.body.code).toBe('INVALID_TEXT')
      expect(response.contentType).toContain('application/problem+json')
    }
    const fine = await post(
      '/v1/jobs',
      { title: 'Tabs\tand lines', description: 'Python\r\nSQL\n\tKubernetes' },
      '10.0.5.1',
      auth,
    )
    expect(fine.status).toBe(201)
  })

  it('sends security headers with a CSP that blocks inline script and framing', async () => {
    const response = await stack.app.inject({ method: 'GET', url: '/healthz' })
    const csp = String(response.headers['content-security-policy'])
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(response.headers['x-content-type-options']).toBe('nosniff')
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN')
    const problem = await stack.app.inject({ method: 'GET', url: '/v1/jobs' })
    expect(problem.headers['x-content-type-options']).toBe('nosniff')
  })

  it('builds invite links from PUBLIC_URL, never from the Host header', async () => {
    const api = client(stack.app, adminToken)
    const job = await api.post('/v1/jobs', { title: 'Invite host', description: 'Python and SQL.' })
    const upload = await api.upload(`/v1/jobs/${job.body.id}/applications`, [
      { name: 'tom.txt', content: readFixture('demo/resumes/tom-becker.txt') },
    ])
    const applicationId = upload.body.applications[0].id
    const invite = await post(`/v1/applications/${applicationId}/invite`, {}, '10.0.6.1', {
      authorization: `Bearer ${adminToken}`,
      host: 'attacker.example',
      'x-forwarded-host': 'attacker.example',
    })
    expect(invite.status).toBe(201)
    expect(invite.body.url).toBe(`http://shortlist.test/invite/${invite.body.token}`)
  })
})
