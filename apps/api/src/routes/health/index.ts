import { ZHealth, ZReady } from '@shortlist/contracts'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { createReadinessCheck } from '../../lib/create-readiness-check'

export type HealthOptions = {
  /** See createReadinessCheck; 30 s unless configured (READY_REDIS_TOLERANCE_MS). */
  redisToleranceMs?: number
  now?: () => number
}

export const healthRoutes: FastifyPluginAsyncZod<HealthOptions> = async (app, options) => {
  // Liveness stays trivial: a process that answers is alive, whatever its dependencies are doing.
  app.get('/healthz', { schema: { hide: true, response: { 200: ZHealth } } }, async () => ({
    status: 'ok' as const,
  }))

  const readiness = createReadinessCheck({
    pingDatabase: () => app.engine.database.ping(),
    pingRedis: async () => (await app.engine.redis.ping()) === 'PONG',
    redisToleranceMs: options.redisToleranceMs ?? 30_000,
    ...(options.now ? { now: options.now } : {}),
  })

  app.get(
    '/readyz',
    { schema: { hide: true, response: { 200: ZReady, 503: ZReady } } },
    async (_request, reply) => {
      const { ready, checks } = await readiness()
      const healthy = checks.database && checks.redis
      return reply.status(ready ? 200 : 503).send({ status: healthy ? 'ok' : 'degraded', checks })
    },
  )
}
