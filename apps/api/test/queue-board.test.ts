import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, signup, startTestStack, type TestStack } from './test-stack'

const OPERATOR_EMAIL = `operator-${randomUUID().slice(0, 8)}@example.com`

async function signupAs(app: FastifyInstance, email: string): Promise<string> {
  const account = { email, password: 'correct horse battery staple' }
  const created = await client(app).post('/v1/auth/signup', {
    organizationName: 'Ops',
    name: 'Operator',
    ...account,
  })
  expect(created.status).toBe(202)
  const login = await client(app).post('/v1/auth/login', account)
  expect(login.status).toBe(200)
  return login.body.accessToken as string
}

// Bull Board shows every organisation's queues, so it opens for the installation's operators only
// (INSTALL_ADMIN_EMAILS), never for an organisation's own admin.
describe('queue board', () => {
  let stack: TestStack
  let operatorToken: string
  let tenantAdminToken: string

  const get = (url: string, headers: Record<string, string> = {}) =>
    stack.app.inject({ method: 'GET', url, headers })

  beforeAll(async () => {
    // The setting is case-insensitive, like e-mail addresses at sign-in.
    stack = await startTestStack({ label: 'board', installAdminEmails: [OPERATOR_EMAIL.toLowerCase()] })
    operatorToken = await signupAs(
      stack.app,
      OPERATOR_EMAIL.toUpperCase().replace('@EXAMPLE.COM', '@example.com'),
    )
    tenantAdminToken = await signup(stack.app, 'board-tenant')
    // Some work of the tenant's in the queues, which only the operator may see.
    expect(
      (
        await client(stack.app, tenantAdminToken).post('/v1/jobs', {
          title: 'Tenant job',
          description: 'Python and Kubernetes required.',
        })
      ).status,
    ).toBe(201)
  }, 120_000)

  afterAll(async () => {
    await stack?.close()
  })

  it('opens for an installation operator, page and API', async () => {
    const page = await get('/admin/queues', { authorization: `Bearer ${operatorToken}` })
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-type']).toContain('text/html')
    expect(page.body).toContain('Shortlist queues')
    const queues = await get('/admin/queues/api/queues', { authorization: `Bearer ${operatorToken}` })
    expect(queues.statusCode).toBe(200)
    const names = (JSON.parse(queues.body).queues as Array<{ name: string }>).map((queue) => queue.name)
    expect(names.sort()).toEqual(['analysis', 'ingest', 'kits', 'messages', 'privacy', 'scoring'])
  })

  it("refuses an organisation's admin (403) and anyone without a valid token (401)", async () => {
    for (const url of ['/admin/queues', '/admin/queues/api/queues']) {
      const tenant = await get(url, { authorization: `Bearer ${tenantAdminToken}` })
      expect(tenant.statusCode).toBe(403)
      expect(tenant.headers['content-type']).toContain('application/problem+json')
      expect(JSON.parse(tenant.body).code).toBe('FORBIDDEN')
      expect(tenant.body).not.toContain('Tenant job')
      const anonymous = await get(url)
      expect(anonymous.statusCode).toBe(401)
      expect(JSON.parse(anonymous.body).code).toBe('UNAUTHENTICATED')
      expect((await get(url, { authorization: 'Bearer not-a-token' })).statusCode).toBe(401)
    }
    // The board's state-changing actions are behind the same check.
    const retry = await stack.app.inject({
      method: 'PUT',
      url: '/admin/queues/api/queues/analysis/retry/failed',
      headers: { authorization: `Bearer ${tenantAdminToken}` },
    })
    expect(retry.statusCode).toBe(403)
  })

  it('lets an operator open it in a browser through a cookie bound to the board', async () => {
    const refused = await stack.app.inject({
      method: 'POST',
      url: '/v1/admin/queue-board/session',
      headers: { authorization: `Bearer ${tenantAdminToken}` },
    })
    expect(refused.statusCode).toBe(403)
    expect(refused.headers['set-cookie']).toBeUndefined()

    const session = await stack.app.inject({
      method: 'POST',
      url: '/v1/admin/queue-board/session',
      headers: { authorization: `Bearer ${operatorToken}` },
    })
    expect(session.statusCode).toBe(204)
    const cookie = String(session.headers['set-cookie'])
    expect(cookie).toMatch(/^shortlist_queue_board=/)
    expect(cookie).toContain('Path=/admin/queues')
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Strict')
    const pair = cookie.split(';')[0] as string
    expect((await get('/admin/queues/api/queues', { cookie: pair })).statusCode).toBe(200)
    // The cookie is the board's only: API routes still want the bearer header.
    expect((await get('/v1/jobs', { cookie: pair })).statusCode).toBe(401)
    // A tenant admin's token in the cookie is refused like in the header.
    const forged = `shortlist_queue_board=${tenantAdminToken}`
    expect((await get('/admin/queues/api/queues', { cookie: forged })).statusCode).toBe(403)
  })
})

describe('queue board without operators', () => {
  it('is not mounted at all', async () => {
    const stack = await startTestStack({ label: 'board-off', workers: false })
    try {
      const token = await signup(stack.app, 'board-off')
      const response = await stack.app.inject({
        method: 'GET',
        url: '/admin/queues/api/queues',
        headers: { authorization: `Bearer ${token}` },
      })
      expect(response.statusCode).toBe(404)
    } finally {
      await stack.close()
    }
  }, 120_000)
})
