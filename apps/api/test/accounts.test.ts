import { createHmac } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, type Json, readFixture, signup, startTestStack, type TestStack } from './test-stack'

type Api = ReturnType<typeof client>

const JWT_SECRET = 'test-secret-test-secret-test-secret-0123456789'
const PASSWORD = 'correct horse battery staple'

/** An HS256 token signed with the stack's secret, with exactly the claims given (no `exp` unless asked). */
function signRaw(claims: Record<string, unknown>): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const body = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`
  return `${body}.${createHmac('sha256', JWT_SECRET).update(body).digest('base64url')}`
}

const decode = (token: string): Json =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'))

// Sessions the server can end: every request is checked against the database, so deactivation, demotion, a new
// password and a rejection take effect on the next request, not when the token expires.
describe('accounts and sessions', () => {
  let stack: TestStack
  let admin: Api
  let adminToken: string

  const unique = () => Math.random().toString(16).slice(2, 8)
  const addUser = async (role: 'admin' | 'recruiter' | 'hiring_manager') => {
    const email = `${role}-${unique()}@example.com`
    const created = await admin.post('/v1/users', { email, name: `A ${role}`, role, password: PASSWORD })
    expect(created.status).toBe(201)
    const login = await client(stack.app).post('/v1/auth/login', { email, password: PASSWORD })
    expect(login.status).toBe(200)
    return { id: created.body.id as string, email, token: login.body.accessToken as string }
  }

  beforeAll(async () => {
    stack = await startTestStack({ label: 'accounts', workers: false })
    adminToken = await signup(stack.app, 'accounts')
    admin = client(stack.app, adminToken)
  })

  afterAll(async () => {
    await stack?.close()
  })

  it('ends every session of a deactivated user at once and refuses their login', async () => {
    const user = await addUser('recruiter')
    const session = client(stack.app, user.token)
    expect((await session.get('/v1/jobs')).status).toBe(200)

    const deactivated = await admin.post(`/v1/users/${user.id}/deactivate`)
    expect(deactivated.status).toBe(200)
    expect(deactivated.body.deactivatedAt).toBeTruthy()

    const after = await session.get('/v1/jobs')
    expect(after.status).toBe(401)
    expect(after.body.code).toBe('UNAUTHENTICATED')
    const login = await client(stack.app).post('/v1/auth/login', { email: user.email, password: PASSWORD })
    expect(login.status).toBe(401)
    expect(login.body.code).toBe('INVALID_CREDENTIALS')
    const listed = (await admin.get('/v1/users')).body.items.find((item: Json) => item.id === user.id)
    expect(listed.deactivatedAt).toBeTruthy()
  })

  it('applies a role change on the next request of an existing token', async () => {
    const user = await addUser('admin')
    const session = client(stack.app, user.token)
    expect((await session.get('/v1/users')).status).toBe(200)

    const changed = await admin.put(`/v1/users/${user.id}/role`, { role: 'hiring_manager' })
    expect(changed.status).toBe(200)
    expect(changed.body.role).toBe('hiring_manager')

    const demoted = await session.get('/v1/users')
    expect(demoted.status).toBe(403)
    expect(demoted.body.code).toBe('FORBIDDEN')
    expect((await session.get('/v1/me')).body.user.role).toBe('hiring_manager')
  })

  it('keeps one active admin and scopes user management to the organisation', async () => {
    const me = (await admin.get('/v1/me')).body.user
    const selfDemotion = await admin.put(`/v1/users/${me.id}/role`, { role: 'recruiter' })
    // The other admin was demoted above, so this admin is the last one.
    expect(selfDemotion.status).toBe(409)
    expect(selfDemotion.body.code).toBe('LAST_ADMIN')
    expect((await admin.post(`/v1/users/${me.id}/deactivate`)).body.code).toBe('LAST_ADMIN')

    const other = client(stack.app, await signup(stack.app, 'accounts-other'))
    const recruiter = await addUser('recruiter')
    for (const response of [
      await other.post(`/v1/users/${recruiter.id}/deactivate`),
      await other.put(`/v1/users/${recruiter.id}/role`, { role: 'admin' }),
      await other.post(`/v1/users/${recruiter.id}/password-reset`),
    ]) {
      expect(response.status).toBe(404)
      expect(response.body.code).toBe('NOT_FOUND')
    }
    const asRecruiter = client(stack.app, recruiter.token)
    expect((await asRecruiter.put(`/v1/users/${recruiter.id}/role`, { role: 'admin' })).status).toBe(403)
    expect((await asRecruiter.post(`/v1/users/${recruiter.id}/deactivate`)).status).toBe(403)
  })

  it('changes your own password with the current one and ends the other sessions', async () => {
    const user = await addUser('recruiter')
    const session = client(stack.app, user.token)
    const wrong = await session.post('/v1/me/password', {
      currentPassword: 'not my password at all',
      newPassword: 'a brand new passphrase',
    })
    expect(wrong.status).toBe(401)
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS')
    const weak = await session.post('/v1/me/password', { currentPassword: PASSWORD, newPassword: 'password' })
    expect(weak.status).toBe(422)
    expect(weak.body.code).toBe('WEAK_PASSWORD')

    const changed = await session.post('/v1/me/password', {
      currentPassword: PASSWORD,
      newPassword: 'a brand new passphrase',
    })
    expect(changed.status).toBe(200)
    expect((await session.get('/v1/jobs')).status).toBe(401)
    expect((await client(stack.app, changed.body.accessToken).get('/v1/jobs')).status).toBe(200)
    const oldLogin = await client(stack.app).post('/v1/auth/login', { email: user.email, password: PASSWORD })
    expect(oldLogin.status).toBe(401)
  })

  it('issues a single-use reset link on PUBLIC_URL that sets a new password and ends old sessions', async () => {
    const user = await addUser('hiring_manager')
    const issued = await admin.post(`/v1/users/${user.id}/password-reset`)
    expect(issued.status).toBe(201)
    expect(issued.body.url).toBe(`http://shortlist.test/reset-password/${issued.body.token}`)

    const anonymous = client(stack.app)
    const weak = await anonymous.post('/v1/auth/password-reset', {
      token: issued.body.token,
      password: '1234567890',
    })
    expect(weak.status).toBe(422)
    expect(weak.body.code).toBe('WEAK_PASSWORD')
    const reset = await anonymous.post('/v1/auth/password-reset', {
      token: issued.body.token,
      password: 'another long passphrase',
    })
    expect(reset.status).toBe(200)
    expect((await client(stack.app, reset.body.accessToken).get('/v1/me')).body.user.email).toBe(user.email)
    expect((await client(stack.app, user.token).get('/v1/me')).status).toBe(401)
    const again = await anonymous.post('/v1/auth/password-reset', {
      token: issued.body.token,
      password: 'yet another passphrase',
    })
    expect(again.status).toBe(401)
    expect(again.body.code).toBe('RESET_INVALID')
  })

  it('refuses a token without exp, and every token it issues carries one', async () => {
    const claims = decode(adminToken)
    expect(typeof claims.exp).toBe('number')
    const { exp: _exp, iat: _iat, ...rest } = claims
    const forever = await client(stack.app, signRaw(rest)).get('/v1/jobs')
    expect(forever.status).toBe(401)
    expect(forever.body.code).toBe('UNAUTHENTICATED')
    // The same claims with an exp pass, so it is the missing exp that is refused.
    const withExp = signRaw({ ...rest, exp: Math.floor(Date.now() / 1000) + 600 })
    expect((await client(stack.app, withExp).get('/v1/jobs')).status).toBe(200)
  })

  it("ends a candidate's access when their application is rejected", async () => {
    const job = await admin.post('/v1/jobs', { title: 'Reject flow', description: 'Python and SQL.' })
    expect(job.status).toBe(201)
    const upload = await admin.upload(`/v1/jobs/${job.body.id}/applications`, [
      { name: 'sofia.txt', content: readFixture('demo/resumes/sofia-martins.txt') },
    ])
    expect(upload.status).toBe(202)
    const applicationId = upload.body.applications[0].id as string
    const invite = await admin.post(`/v1/applications/${applicationId}/invite`, {})
    expect(invite.status).toBe(201)
    const exchanged = await client(stack.app).post('/v1/auth/invite', { token: invite.body.token })
    const candidate = client(stack.app, exchanged.body.accessToken)
    expect((await candidate.get('/v1/me')).status).toBe(200)

    const decided = await admin.post(`/v1/applications/${applicationId}/decision`, {
      decision: 'reject',
      reason: 'Not this time.',
    })
    expect(decided.status).toBe(200)
    const after = await candidate.get('/v1/me')
    expect(after.status).toBe(401)
    expect(after.body.code).toBe('UNAUTHENTICATED')
  })

  it('refuses short, common and email-derived passwords with WEAK_PASSWORD', async () => {
    const anonymous = client(stack.app)
    const email = `jane.doe-${unique()}@example.com`
    for (const password of ['password', '12345678', 'short1!', 'Password2024!', `${email.split('@')[0]}-x`]) {
      const response = await anonymous.post('/v1/auth/signup', {
        organizationName: 'Weak',
        name: 'Weak',
        email,
        password,
      })
      expect(response.status, password).toBe(422)
      expect(response.body.code).toBe('WEAK_PASSWORD')
    }
    const created = await admin.post('/v1/users', {
      email: `weak-${unique()}@example.com`,
      name: 'Weak',
      role: 'recruiter',
      password: 'qwertyuiop',
    })
    expect(created.status).toBe(422)
    expect(created.body.code).toBe('WEAK_PASSWORD')
  })

  it('answers signup the same whether or not the email exists in another organisation', async () => {
    const existing = await addUser('recruiter')
    const anonymous = client(stack.app)
    const body = (email: string) => ({ organizationName: 'Probe', name: 'Probe', email, password: PASSWORD })
    const taken = await anonymous.post('/v1/auth/signup', body(existing.email))
    const fresh = await anonymous.post('/v1/auth/signup', body(`fresh-${unique()}@example.com`))
    expect(taken.status).toBe(202)
    expect(fresh.status).toBe(202)
    expect(taken.body).toEqual(fresh.body)
    // The taken email's account is untouched: its owner still signs in to their own organisation.
    const login = await anonymous.post('/v1/auth/login', { email: existing.email, password: PASSWORD })
    expect(decode(login.body.accessToken).org).toBe(decode(existing.token).org)
  })
})
