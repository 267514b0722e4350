import { createHmac } from 'node:crypto'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { type Json, signup, startTestStack, type TestStack } from './test-stack'

const JWT_SECRET = 'test-secret-test-secret-test-secret-0123456789'

/** An HS256 token signed with `secret`, with exactly the claims given. */
function signRaw(claims: Record<string, unknown>, secret = JWT_SECRET): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const body = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`
}

const decode = (token: string): Json =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'))

// Tokens are verified once and their claims reused (issue 15: the HMAC and decoding on every request were a share of
// a cached shortlist page's cost). The reuse must never accept what a fresh check would refuse.
describe('access token verification', () => {
  let stack: TestStack
  let claims: Json

  const get = (authorization: string | undefined) =>
    stack.app.inject({
      method: 'GET',
      url: '/v1/jobs',
      headers: authorization === undefined ? {} : { authorization },
    })

  beforeAll(async () => {
    stack = await startTestStack({ label: 'token-verification', workers: false })
    claims = decode(await signup(stack.app, 'token-verification'))
  })
  afterEach(() => {
    vi.useRealTimers()
  })
  afterAll(async () => {
    await stack?.close()
  })

  it('refuses a token past its exp although the same token was accepted before', async () => {
    const now = Math.floor(Date.now() / 1000)
    const token = signRaw({ ...claims, iat: now, exp: now + 60 })
    expect((await get(`Bearer ${token}`)).statusCode).toBe(200)
    expect((await get(`Bearer ${token}`)).statusCode).toBe(200)

    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime((now + 61) * 1000)
    const expired = await get(`Bearer ${token}`)
    expect(expired.statusCode).toBe(401)
    expect(expired.json().code).toBe('UNAUTHENTICATED')
  })

  it('refuses tokens signed with another key, without exp, or sent in another shape', async () => {
    const exp = Math.floor(Date.now() / 1000) + 3600
    const good = signRaw({ ...claims, exp })
    expect((await get(`Bearer ${good}`)).statusCode).toBe(200)
    // The scheme is case-insensitive, as @fastify/jwt read it.
    expect((await get(`bearer ${good}`)).statusCode).toBe(200)

    const forged = signRaw({ ...claims, exp }, 'another-secret-another-secret-another-0123')
    const refused = [
      `Bearer ${forged}`,
      `Bearer ${signRaw({ sub: claims.sub, org: claims.org, role: claims.role, ver: claims.ver })}`,
      `Bearer ${good} extra`,
      `Basic ${good}`,
      good,
      'Bearer ',
      undefined,
    ]
    for (const authorization of refused) {
      const response = await get(authorization)
      expect(response.statusCode, String(authorization)).toBe(401)
      expect(response.json().code).toBe('UNAUTHENTICATED')
    }
  })
})
