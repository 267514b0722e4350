import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDatabase, migrateToLatest } from '@shortlist/db'
import { dropQueuePrefix, startTestPostgres, TEST_REDIS_URL, uniqueQueuePrefix } from '@shortlist/testing'
import { Queue } from 'bullmq'
import { afterEach, describe, expect, it } from 'vitest'
import { startPrivatePostgres, startPrivateRedis } from './private-services'
import { freePort, type Spawned, spawnEntry, stop, waitForHttp } from './processes'
import { type Json, readFixture, waitFor } from './test-stack'

const posting = readFixture('demo/jobs/ml-platform-engineer.txt').toString('utf8')
const TOTAL = 100
const RECONCILE_INTERVAL_MS = 4_000
const STRANDED_SLACK_MS = 3_000

/**
 * Watches, from outside, how long each unfinished application goes without a live job (waiting, active, delayed)
 * in either of its queues; `stop()` answers the longest such stretch. That is what reconciliation bounds: waiting
 * behind other work in a queue is not being stranded.
 */
function watchStranded(
  base: string,
  token: string,
  jobId: string,
  services: { redisUrl: string; prefix: string },
): { stop(): Promise<number> } {
  const queues = ['ingest', 'scoring'].map(
    (name) => new Queue(name, { connection: { url: services.redisUrl }, prefix: services.prefix }),
  )
  const since = new Map<string, number>()
  let longest = 0
  let running = true
  const poll = async () => {
    while (running) {
      try {
        const live = new Set<string>()
        for (const queue of queues)
          for (const job of await queue.getJobs(['waiting', 'active', 'delayed', 'prioritized']))
            if (job) live.add(job.data.applicationId)
        const response = await fetch(`${base}/v1/jobs/${jobId}/applications`, {
          headers: { authorization: `Bearer ${token}` },
        })
        if (response.ok) {
          const now = Date.now()
          for (const item of ((await response.json()) as Json).items as Json[]) {
            const unfinished = item.status === 'queued' || item.status === 'processing'
            if (!unfinished || live.has(item.id)) {
              since.delete(item.id)
              continue
            }
            const start = since.get(item.id) ?? now
            since.set(item.id, start)
            longest = Math.max(longest, now - start)
          }
        }
      } catch {
        // Redis or the API still coming back: measure at the next poll.
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
  const polling = poll()
  let stopped: Promise<number> | null = null
  return {
    stop() {
      running = false
      stopped ??= polling.then(() => Promise.all(queues.map((queue) => queue.close()))).then(() => longest)
      return stopped
    },
  }
}

const resume = (index: number): string =>
  `Candidate Number${index}\ncandidate${index}@example.com\n\nExperience\nML Engineer, Example Co, 2018 - 2024\n` +
  `Built Kubernetes model serving with Python and MLflow on Linux. Resume ${index}.\n`

type Outage = {
  /** What the API must answer while the service is down. */
  code: 'DATABASE_UNAVAILABLE' | 'QUEUE_UNAVAILABLE'
  crash(): Promise<void>
  start(): Promise<void>
}

/**
 * Distributed mode in real processes (the API server and a standalone worker, each with its own pool and Redis
 * connections): 100 uploads, a backing service crashes and comes back mid-batch, and nobody restarts anything.
 */
async function uploadThroughOutage(
  services: { databaseUrl: string; redisUrl: string; prefix: string },
  outage: Outage,
  cleanups: Array<() => Promise<unknown> | unknown>,
): Promise<{ recoveredInMs: number; longestStrandedMs: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'shortlist-outage-'))
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }))
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const env = {
    PORT: String(port),
    DATABASE_URL: services.databaseUrl,
    REDIS_URL: services.redisUrl,
    QUEUE_PREFIX: services.prefix,
    DATA_DIR: dataDir,
    JWT_SECRET: 'outage-secret-outage-secret-outage-secret-0123',
    SEED_DEMO: 'false',
    RUN_WORKERS: 'false',
    WORKER_CONCURRENCY: '4',
    PARSE_WORKERS: '1',
    PARSE_TIMEOUT_MS: '3000',
    WORKER_LOCK_DURATION_MS: '6000',
    WORKER_STALLED_INTERVAL_MS: '2000',
    RECONCILE_INTERVAL_MS: String(RECONCILE_INTERVAL_MS),
    HEARTBEAT_FILE: join(dataDir, 'heartbeat'),
  }
  // As `pnpm migrate` does before a deployment: serving processes only check the schema.
  const migrator = await createDatabase({ databaseUrl: services.databaseUrl, poolSize: 1 })
  await migrateToLatest(migrator.db)
  await migrator.close()
  const api: Spawned = spawnEntry('apps/api/src/server.ts', env)
  cleanups.push(() => stop(api, 'SIGKILL'))
  await waitForHttp(`${base}/readyz`, 90_000, api)
  const worker: Spawned = spawnEntry('apps/worker/src/main.ts', env)
  cleanups.push(() => stop(worker, 'SIGKILL'))

  const call = async (method: string, path: string, token?: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    })
    return { status: response.status, body: (await response.json()) as Json }
  }
  const account = { email: `outage-${Date.now()}@example.com`, password: 'outage-password-1' }
  expect(
    (await call('POST', '/v1/auth/signup', undefined, { organizationName: 'Outage', name: 'O', ...account }))
      .status,
  ).toBe(202)
  const token = (await call('POST', '/v1/auth/login', undefined, account)).body.accessToken as string
  const jobId = (
    await call('POST', '/v1/jobs', token, { title: 'ML Platform Engineer', description: posting })
  ).body.id as string
  await waitFor(
    async () => (await call('GET', `/v1/jobs/${jobId}`, token)).body.status === 'ready',
    60_000,
    'analysis',
  )

  const upload = (from: number, to: number) => {
    const form = new FormData()
    for (let index = from; index < to; index++)
      form.append('files', new Blob([resume(index)], { type: 'text/plain' }), `candidate-${index}.txt`)
    return fetch(`${base}/v1/jobs/${jobId}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    })
  }
  const accepted = new Set<string>()
  /** Uploads a slice, retrying while the API answers 503 (a service still coming back). */
  const uploadUntilAccepted = async (from: number, to: number) =>
    waitFor(
      async () => {
        const response = await upload(from, to)
        if (response.status === 202) {
          for (const application of ((await response.json()) as Json).applications)
            accepted.add(application.id)
          return true
        }
        expect(response.status).toBe(503)
        await new Promise((resolve) => setTimeout(resolve, 250))
        return false
      },
      60_000,
      `upload of ${from}..${to}`,
    )

  for (let from = 0; from < TOTAL / 2; from += 10) await uploadUntilAccepted(from, from + 10)

  // Mid-batch: about half uploaded and most of it still being worked on.
  await outage.crash()
  const during = await waitFor(
    async () => {
      const response = await upload(TOTAL / 2, TOTAL / 2 + 10)
      return response.status === 503 ? response : null
    },
    20_000,
    'a 503 while the service is down',
  )
  const problem = (await during.json()) as Json
  expect(problem.code).toBe(outage.code)
  expect(during.headers.get('content-type')).toContain('application/problem+json')
  expect(during.headers.get('retry-after')).not.toBeNull()
  // Reads that need the database answer 503 too when it is the database that is down; the process stays up.
  if (outage.code === 'DATABASE_UNAVAILABLE') {
    const list = await call('GET', `/v1/jobs/${jobId}/applications`, token)
    expect(list.status).toBe(503)
    expect(list.body.code).toBe('DATABASE_UNAVAILABLE')
  }
  expect((await fetch(`${base}/healthz`)).status).toBe(200)
  // Long enough for the worker's jobs to run into the outage and use up retries.
  await new Promise((resolve) => setTimeout(resolve, 4_000))
  expect(api.child.exitCode, api.output()).toBeNull()
  expect(worker.child.exitCode, worker.output()).toBeNull()
  await outage.start()
  const restartedAt = Date.now()
  const monitor = watchStranded(base, token, jobId, services)
  cleanups.push(() => monitor.stop())

  for (let from = TOTAL / 2; from < TOTAL; from += 10) await uploadUntilAccepted(from, from + 10)

  let seen = 'nothing yet'
  const items = await waitFor(
    async () => {
      const response = await call('GET', `/v1/jobs/${jobId}/applications`, token)
      if (response.status !== 200) {
        seen = `HTTP ${response.status} ${JSON.stringify(response.body)}`
        return null
      }
      const list = response.body.items as Json[]
      const counts: Record<string, number> = {}
      for (const item of list) counts[item.status] = (counts[item.status] ?? 0) + 1
      seen = `${JSON.stringify(counts)} of ${accepted.size} accepted`
      return list.length === TOTAL && list.every((item) => item.status === 'scored') ? list : null
    },
    120_000,
    `all ${TOTAL} applications scored`,
  ).catch((error: Error) => {
    throw new Error(
      `${error.message}; last seen ${seen}\n${api.output().slice(-4000)}\n${worker.output().slice(-4000)}`,
    )
  })
  const recoveredInMs = Date.now() - restartedAt
  const longestStrandedMs = await monitor.stop()
  expect(items).toHaveLength(TOTAL)
  // No application waited without a live job for longer than the reconcile interval (plus the monitor's own
  // polling and a pass's run time on a busy machine).
  expect(longestStrandedMs).toBeLessThanOrEqual(RECONCILE_INTERVAL_MS + STRANDED_SLACK_MS)
  // Nobody restarted anything: the same two processes did all of it.
  expect(api.child.exitCode, api.output()).toBeNull()
  expect(worker.child.exitCode, worker.output()).toBeNull()

  const database = await createDatabase({ databaseUrl: services.databaseUrl, poolSize: 1 })
  try {
    const rows = await database.db
      .selectFrom('applications')
      .leftJoin('evaluations', 'evaluations.application_id', 'applications.id')
      .select(['applications.id', (eb) => eb.fn.count<string>('evaluations.id').as('evaluations')])
      .where('applications.job_id', '=', jobId)
      .groupBy('applications.id')
      .execute()
    expect(rows).toHaveLength(TOTAL)
    expect(rows.filter((row) => Number(row.evaluations) !== 1)).toEqual([])
  } finally {
    await database.close()
  }
  expect(await stop(worker)).toBe(0)
  expect(await stop(api)).toBe(0)
  return { recoveredInMs, longestStrandedMs }
}

describe('surviving the databases in distributed mode', () => {
  const cleanups: Array<() => Promise<unknown> | unknown> = []
  afterEach(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup()
    cleanups.length = 0
  })

  it('finishes 100 uploads with one evaluation each when PostgreSQL crashes and restarts mid-batch', async () => {
    const postgres = await startPrivatePostgres()
    cleanups.push(() => postgres.destroy())
    const prefix = uniqueQueuePrefix('pg-outage')
    cleanups.push(() => dropQueuePrefix(prefix))
    const { recoveredInMs, longestStrandedMs } = await uploadThroughOutage(
      { databaseUrl: postgres.url, redisUrl: TEST_REDIS_URL, prefix },
      { code: 'DATABASE_UNAVAILABLE', crash: postgres.crash, start: postgres.start },
      cleanups,
    )
    process.stdout.write(
      `[outage] postgres: all ${TOTAL} scored ${recoveredInMs} ms after the restart; longest stranded ${longestStrandedMs} ms\n`,
    )
  }, 300_000)

  it.each([
    { appendOnly: true, label: 'with AOF' },
    { appendOnly: false, label: 'without AOF' },
  ])(
    'finishes 100 uploads when Redis crashes and restarts mid-batch, $label',
    async ({ appendOnly, label }) => {
      const redis = await startPrivateRedis({ appendOnly })
      cleanups.push(() => redis.destroy())
      const postgres = await startTestPostgres()
      cleanups.push(() => postgres.stop())
      const { recoveredInMs, longestStrandedMs } = await uploadThroughOutage(
        { databaseUrl: postgres.url, redisUrl: redis.url, prefix: uniqueQueuePrefix('redis-outage') },
        { code: 'QUEUE_UNAVAILABLE', crash: redis.crash, start: redis.start },
        cleanups,
      )
      process.stdout.write(
        `[outage] redis ${label}: all ${TOTAL} scored ${recoveredInMs} ms after the restart; longest stranded ${longestStrandedMs} ms\n`,
      )
    },
    300_000,
  )
})
