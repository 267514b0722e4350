import { createHash, timingSafeEqual } from 'node:crypto'
import type { Metrics } from '@shortlist/metrics'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppError } from '../lib/app-error'

declare module 'fastify' {
  interface FastifyInstance {
    /** This process's metrics; null when the app was built without them. */
    metrics: Metrics | null
  }
}

export type MetricsOptions = {
  metrics: Metrics | null
  /** Bearer token for GET /metrics; without one the route does not exist (404). */
  token: string | null
}

/**
 * Times every request under its route pattern (`/v1/jobs/:id`, never the URL, so ids never become label values),
 * reads queue depth at scrape time, and serves GET /metrics behind a bearer token on the API's own port.
 */
export const metricsPlugin = fp<MetricsOptions>(
  async (app: FastifyInstance, options) => {
    app.decorate('metrics', options.metrics)
    const metrics = options.metrics
    if (!metrics) return
    metrics.watchQueues(() => app.engine.producer.snapshot())
    app.addHook('onResponse', async (request, reply) => {
      metrics.httpRequestDuration.observe(
        {
          method: request.method,
          route: request.routeOptions.url ?? 'unmatched',
          status_code: String(reply.statusCode),
        },
        reply.elapsedTime / 1000,
      )
    })
    if (options.token) await app.register(metricsRoute, { metrics, token: options.token })
  },
  { name: 'metrics', dependencies: ['engine'] },
)

const metricsRoute: FastifyPluginAsyncZod<{ metrics: Metrics; token: string }> = async (app, options) => {
  const expected = digest(options.token)
  const authorize = async (request: FastifyRequest) => {
    const header = request.headers.authorization ?? ''
    const presented = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : ''
    // Compared as digests of equal length, in constant time.
    if (!presented || !timingSafeEqual(digest(presented), expected))
      throw new AppError('UNAUTHENTICATED', 'Send the metrics token as a bearer token.')
  }
  app.get(
    '/metrics',
    { schema: { hide: true, response: { 200: z.string() } }, onRequest: authorize },
    async (_request, reply) => {
      const { contentType, body } = await options.metrics.render()
      return reply.type(contentType).send(body)
    },
  )
}

const digest = (value: string): Buffer => createHash('sha256').update(value).digest()
