import { ZHealth, ZReady } from '@shortlist/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/healthz', { schema: { hide: true, response: { 200: ZHealth } } }, async () => ({
    status: 'ok' as const,
  }))

  app.get(
    '/readyz',
    { schema: { hide: true, response: { 200: ZReady, 503: ZReady } } },
    async (_request, reply) => {
      const [database, redis] = await Promise.all([
        app.engine.database.ping(),
        app.engine.redis
          .ping()
          .then((answer) => answer === 'PONG')
          .catch(() => false),
      ])
      const ready = database && redis
      return reply
        .status(ready ? 200 : 503)
        .send({ status: ready ? 'ok' : 'degraded', checks: { database, redis } })
    },
  )
}
