import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import helmet, { type HelmetOptions } from 'helmet'

/**
 * The headers Helmet sets for `options`, computed once. Every value is static (no per-request nonces), so the
 * middleware is run a single time against a response that only records what it is given.
 */
export function computeSecurityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {}
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value)
    },
    // Helmet drops X-Powered-By, which Node never sets; nothing to record.
    removeHeader() {},
  }
  let failure: unknown = null
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    failure = error ?? null
  })
  if (failure) throw failure
  return headers
}

/**
 * Helmet's headers on every response. @fastify/helmet calls `helmet(options)` inside its hook, so each request
 * parsed the CSP directives and rebuilt every middleware again (a tenth of the API's CPU under load, issue 15).
 * The values are computed here once, at start; a request only copies them onto its reply. Routes with a policy of
 * their own (Swagger UI's pages) set their header on the reply later, which replaces this one.
 */
export const securityHeadersPlugin = fp<HelmetOptions>(
  async (app: FastifyInstance, options) => {
    const headers = computeSecurityHeaders(options)
    app.addHook('onRequest', (_request, reply, done) => {
      reply.headers(headers)
      done()
    })
  },
  { name: 'security-headers' },
)
