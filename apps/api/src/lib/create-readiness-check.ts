export type Readiness = { ready: boolean; checks: { database: boolean; redis: boolean } }

export type ReadinessOptions = {
  pingDatabase(): Promise<boolean>
  pingRedis(): Promise<boolean>
  /** How long Redis may fail before the pod is reported unready. */
  redisToleranceMs: number
  /** A probe that takes longer than this counts as failed (the kubelet gives up after its own timeout anyway). */
  timeoutMs?: number
  now?: () => number
}

/**
 * What /readyz answers. The database is checked strictly: without it this pod can serve nothing. Redis is shared by
 * every pod and only needed to queue work and count rate limits, so a blip there would pull every pod at once and
 * turn a few failed uploads into a full outage; it fails readiness only after `redisToleranceMs` of consecutive
 * failed checks (e.g. this pod's connection is stuck), and recovers with the first good one.
 */
export function createReadinessCheck(options: ReadinessOptions): () => Promise<Readiness> {
  const now = options.now ?? Date.now
  const timeoutMs = options.timeoutMs ?? 2_000
  let redisFailingSince: number | null = null
  return async () => {
    const [database, redis] = await Promise.all([
      within(options.pingDatabase, timeoutMs),
      within(options.pingRedis, timeoutMs),
    ])
    if (redis) redisFailingSince = null
    else redisFailingSince ??= now()
    const redisTolerated = redis || now() - (redisFailingSince ?? now()) < options.redisToleranceMs
    return { ready: database && redisTolerated, checks: { database, redis } }
  }
}

async function within(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      check().catch(() => false),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs)
      }),
    ])
  } finally {
    clearTimeout(timer)
  }
}
