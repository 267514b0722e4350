import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify'
import fp from 'fastify-plugin'
import { AppError } from '../lib/app-error'

/** One counter: at most `max` requests per `windowMs` for each key; a null key means "does not apply". */
type Limit = {
  name: string
  max: number
  windowMs: number
  key: (request: FastifyRequest) => string | null
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE

const byIp = (request: FastifyRequest) => request.ip
const byUser = (request: FastifyRequest) =>
  request.principal?.kind === 'user' ? request.principal.userId : null
const byEmail = (request: FastifyRequest) => {
  const email = (request.body as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? email.toLowerCase() : null
}

// Per IP against spraying, per account against a targeted attack. Sized so a person never meets them; failed logins
// are throttled separately (see `loginThrottle`), more tightly.
const ROUTE_LIMITS: Record<string, Limit[]> = {
  'POST /v1/auth/login': [{ name: 'login-ip', max: 30, windowMs: MINUTE, key: byIp }],
  'POST /v1/auth/signup': [
    { name: 'signup-ip', max: 20, windowMs: HOUR, key: byIp },
    { name: 'signup-email', max: 5, windowMs: HOUR, key: byEmail },
  ],
  'POST /v1/auth/invite': [{ name: 'invite-exchange-ip', max: 30, windowMs: MINUTE, key: byIp }],
  'POST /v1/auth/password-reset': [{ name: 'reset-ip', max: 30, windowMs: MINUTE, key: byIp }],
  'POST /v1/applications/:id/invite': [
    { name: 'invite-user', max: 120, windowMs: HOUR, key: byUser },
    { name: 'invite-ip', max: 300, windowMs: HOUR, key: byIp },
  ],
  'POST /v1/jobs/:id/applications': [
    { name: 'upload-user', max: 120, windowMs: MINUTE, key: byUser },
    { name: 'upload-ip', max: 240, windowMs: MINUTE, key: byIp },
  ],
  'POST /v1/me/password': [{ name: 'password-change-user', max: 10, windowMs: HOUR, key: byUser }],
}

// Failed logins per account: the first few are free, then each failure locks the account for twice as long as the
// last one (30 s, 1 min, 2 min, ... up to 15 min). A success clears the count.
const FREE_FAILURES = 5
const FIRST_LOCK_MS = 30_000
const MAX_LOCK_MS = 15 * MINUTE
const FAILURE_MEMORY_MS = 24 * HOUR

export type LoginThrottle = {
  /** 429 while the account is locked. */
  assertOpen(email: string, reply: FastifyReply): Promise<void>
  recordFailure(email: string): Promise<void>
  recordSuccess(email: string): Promise<void>
}

declare module 'fastify' {
  interface FastifyInstance {
    loginThrottle: LoginThrottle
  }
}

const limited = (reply: FastifyReply, retryAfterMs: number): AppError => {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000))
  reply.header('retry-after', String(seconds))
  return new AppError('RATE_LIMITED', `Too many attempts; try again in ${seconds} s.`)
}

/**
 * Request limits on the routes an attacker would hammer, counted in Redis (shared by every API process) under the
 * deployment's queue prefix. Attached by route from one table, after the route's own preHandlers so per-account
 * limits know the caller.
 */
export const rateLimitPlugin = fp<{ prefix: string }>(
  async (app: FastifyInstance, options) => {
    // A connection of its own that queues commands until it is connected (the producer's refuses them, and the
    // first login can come before it is up); it still gives up after one reconnection attempt, so a Redis outage
    // answers 503 QUEUE_UNAVAILABLE instead of hanging.
    const redis = app.engine.redis.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: 1 })
    redis.on('error', () => undefined)
    app.addHook('onClose', async () => {
      redis.disconnect()
    })
    await app.register(rateLimit, {
      global: false,
      redis,
      nameSpace: `${options.prefix}:rate-limit:`,
      // Redis down is an outage (503), not a reason to stop counting.
      skipOnError: false,
    })

    const makeHook = (limits: Limit[]) => {
      const limiters = limits.map((limit) => ({
        limit,
        run: app.createRateLimit({
          max: limit.max,
          timeWindow: limit.windowMs,
          keyGenerator: (request) => `${limit.name}:${limit.key(request)}`,
        }),
      }))
      return async (request: FastifyRequest, reply: FastifyReply) => {
        for (const { limit, run } of limiters) {
          if (limit.key(request) === null) continue
          const result = await run(request)
          if (!result.isAllowed && result.isExceeded) throw limited(reply, result.ttl)
        }
      }
    }

    app.addHook('onRoute', (route: RouteOptions) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method]
      for (const method of methods) {
        const limits = ROUTE_LIMITS[`${method} ${route.url}`]
        if (!limits) continue
        const hook = makeHook(limits)
        const existing = route.preHandler
        route.preHandler = existing === undefined ? [hook] : [...[existing].flat(), hook]
      }
    })

    const failuresKey = (email: string) => `${options.prefix}:login-failures:${email.toLowerCase()}`
    const lockKey = (email: string) => `${options.prefix}:login-lock:${email.toLowerCase()}`
    app.decorate('loginThrottle', {
      async assertOpen(email, reply) {
        const remaining = await redis.pttl(lockKey(email))
        if (remaining > 0) throw limited(reply, remaining)
      },
      async recordFailure(email) {
        const [[, failures] = []] =
          (await redis
            .multi()
            .incr(failuresKey(email))
            .pexpire(failuresKey(email), FAILURE_MEMORY_MS)
            .exec()) ?? []
        const count = Number(failures ?? 0)
        if (count < FREE_FAILURES) return
        const lockMs = Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** (count - FREE_FAILURES))
        await redis.set(lockKey(email), '1', 'PX', lockMs)
      },
      async recordSuccess(email) {
        await redis.del(failuresKey(email), lockKey(email))
      },
    } satisfies LoginThrottle)
  },
  { name: 'rate-limit', dependencies: ['engine'] },
)
