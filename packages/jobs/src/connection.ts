import { Redis } from 'ioredis'

export const START_REDIS_HINT =
  'Redis is not answering. Start it with: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no'

/**
 * Producers fail fast when Redis is down (no offline queue), workers wait for it forever
 * (`maxRetriesPerRequest: null` is what BullMQ requires for blocking commands). Both try to reconnect at least
 * once a second (ioredis backs off to 2 s by default), so a restarted Redis is back in use, and stranded work
 * reconciled, within about a second.
 */
export function createRedisConnection(url: string, role: 'producer' | 'worker'): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: role === 'worker' ? null : 1,
    enableOfflineQueue: role === 'worker',
    lazyConnect: false,
    retryStrategy: (attempt) => Math.min(attempt * 100, 1_000),
  })
}

/** Pings Redis once; throws an Error whose message says how to start it. */
export async function assertRedisReachable(url: string, timeoutMs = 2000): Promise<void> {
  const redis = new Redis(url, {
    maxRetriesPerRequest: 0,
    enableOfflineQueue: true,
    lazyConnect: true,
    connectTimeout: timeoutMs,
    retryStrategy: () => null,
  })
  redis.on('error', () => undefined)
  try {
    await redis.connect()
    await redis.ping()
  } catch (cause) {
    throw new Error(`${START_REDIS_HINT} (tried ${url})`, { cause })
  } finally {
    redis.disconnect()
  }
}
