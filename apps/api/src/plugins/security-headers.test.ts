import Fastify from 'fastify'
import { describe, expect, it } from 'vitest'
import { computeSecurityHeaders, securityHeadersPlugin } from './security-headers'

const OPTIONS = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], frameAncestors: ["'none'"] },
  },
}

describe('security headers', () => {
  it("computes Helmet's headers for the options once", () => {
    const headers = computeSecurityHeaders(OPTIONS)
    expect(headers['content-security-policy']).toBe(
      "default-src 'self';script-src 'self';frame-ancestors 'none'",
    )
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['x-frame-options']).toBe('SAMEORIGIN')
    expect(headers['strict-transport-security']).toMatch(/^max-age=\d+/)
    expect(headers['cross-origin-opener-policy']).toBe('same-origin')
  })

  it('refuses options Helmet refuses, at start', () => {
    expect(() =>
      computeSecurityHeaders({
        contentSecurityPolicy: { useDefaults: false, directives: { scriptSrc: ["'self'"] } },
      }),
    ).toThrow()
  })

  it('sends them on every response; a route may replace its policy', async () => {
    const app = Fastify()
    await app.register(securityHeadersPlugin, OPTIONS)
    app.get('/plain', async () => ({ ok: true }))
    app.get('/failing', async () => {
      throw new Error('boom')
    })
    app.register(async (docs) => {
      docs.addHook('onSend', async (_request, reply) => {
        reply.header('content-security-policy', "default-src 'self'; style-src 'self' 'unsafe-inline'")
      })
      docs.get('/docs', async () => 'page')
    })
    const expected = computeSecurityHeaders(OPTIONS)
    for (const url of ['/plain', '/failing', '/missing']) {
      const response = await app.inject({ method: 'GET', url })
      for (const [name, value] of Object.entries(expected)) expect(response.headers[name], url).toBe(value)
    }
    const docs = await app.inject({ method: 'GET', url: '/docs' })
    expect(docs.headers['content-security-policy']).toContain("'unsafe-inline'")
    expect(docs.headers['x-content-type-options']).toBe('nosniff')
    await app.close()
  })
})
