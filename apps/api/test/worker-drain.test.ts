import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { TEST_REDIS_URL } from '@shortlist/testing'
import { startWorkers } from '@shortlist/worker'
import { Queue } from 'bullmq'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FakeOpenAiServer, startFakeOpenAiServer } from '../../../packages/llm/test/fake-openai-server'
import { chatRequests, createReadyJob, roleKitReply, waitForKit } from './kit-flow'
import { type Spawned, spawnEntry, stop } from './processes'
import { client, type Json, signup, startTestStack, type TestStack, waitFor } from './test-stack'

const JOB_MS = 60_000
const GRACE_MS = 90_000

// The acceptance of issue 15's drain: the real worker process (apps/worker/src/main.ts) is generating an interview
// kit whose model call takes 60 s when it gets SIGTERM. With a 90 s grace period it stops taking jobs, finishes
// that one (stored, billed once, never retried or stalled) and exits 0. The model is a local server speaking the
// OpenAI protocol; the database is Postgres over the wire (pglite-socket), Redis the real one.
describe('worker drain on SIGTERM', () => {
  let fake: FakeOpenAiServer
  let stack: TestStack
  let worker: Spawned | null = null
  let redis: Redis
  const scratch = mkdtempSync(join(tmpdir(), 'shortlist-drain-'))

  beforeAll(async () => {
    fake = await startFakeOpenAiServer()
    stack = await startTestStack({
      engine: 'postgres',
      label: 'drain',
      llm: { openAiBaseUrl: fake.baseUrl, openAiApiKey: 'test', timeoutMs: 120_000 },
    })
    redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null })
  }, 120_000)

  afterAll(async () => {
    if (worker) await stop(worker, 'SIGKILL')
    redis?.disconnect()
    await stack?.close()
    await fake?.close()
    rmSync(scratch, { recursive: true, force: true })
  })

  it('finishes a 60 s job within a 90 s grace period and exits 0', async () => {
    const api = client(stack.app, await signup(stack.app, 'drain'))
    const job = await createReadyJob(api, 'ML Platform Engineer (drain)')
    // From here on only the spawned process works the queues.
    await stack.workers?.close()

    worker = spawnEntry('apps/worker/src/main.ts', {
      DATABASE_URL: stack.databaseUrl as string,
      // pglite-socket serves one session: one connection keeps transactions apart (where the setting exists).
      DATABASE_POOL_MAX: '1',
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: stack.prefix,
      DATA_DIR: scratch,
      HEARTBEAT_FILE: join(scratch, 'heartbeat'),
      OPENAI_BASE_URL: fake.baseUrl,
      OPENAI_API_KEY: 'test',
      OPENAI_TIMEOUT_MS: '120000',
      WORKER_SHUTDOWN_GRACE_MS: String(GRACE_MS),
      LOG_LEVEL: 'info',
    })
    const spawned = worker
    await waitFor(async () => spawned.output().includes('worker started'), 60_000, 'the worker process')

    fake.enqueue('chat', {
      kind: 'delay',
      ms: JOB_MS,
      followedBy: {
        kind: 'chat',
        content: roleKitReply(job.requirements.map((requirement: Json) => requirement.id)),
        usage: { promptTokens: 1000, completionTokens: 500 },
      },
    })
    const requested = await api.post(`/v1/jobs/${job.id}/interview-kit`)
    expect(requested.status).toBe(202)
    const requestId = requested.headers['x-request-id'] as string

    // The model call is under way inside the worker: now the pod is told to stop.
    await waitFor(async () => chatRequests(fake).length === 1, 30_000, 'the model call to start')
    spawned.child.kill('SIGTERM')
    const exitCode = await spawned.exited
    const lines = spawned
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Json)
    expect(exitCode, spawned.output()).toBe(0)

    const kits = new Queue('kits', { connection: redis, prefix: stack.prefix })
    let doneId: string | undefined
    try {
      const [done] = await kits.getJobs(['completed'])
      doneId = done?.id
      expect(done?.data.jobId).toBe(job.id)
      expect(done?.attemptsMade).toBe(1)
      expect(await kits.getJobCounts('failed', 'active', 'wait', 'delayed')).toEqual({
        failed: 0,
        active: 0,
        wait: 0,
        delayed: 0,
      })
    } finally {
      await kits.close()
    }
    const kit = await waitForKit(api, `/v1/jobs/${job.id}/interview-kit`, 5_000)
    expect(kit.status).toBe('ready')
    // Paid once: the one model call, recorded once.
    expect(chatRequests(fake)).toHaveLength(1)
    expect((await api.get('/v1/usage')).body.requests).toBe(1)

    // The process's own account, in pino's JSON lines, each job line with its job and request ids.
    const messages = lines.map((line) => line.msg)
    expect(messages).toContain('worker stopping: finishing active jobs')
    expect(messages).toContain('worker stopped: every active job finished')
    expect(messages.some((message) => /stalled|grace period over/.test(String(message)))).toBe(false)
    const completed = lines.find((line) => line.msg === 'job completed' && line.queue === 'kits')
    expect(completed?.jobId).toBe(doneId)
    expect(completed?.requestId).toBe(requestId)
    expect(completed?.durationMs).toBeGreaterThan(0)
  }, 180_000)

  it('cancels a job still running when the grace period ends, so it is retried rather than lost', async () => {
    const api = client(stack.app, await signup(stack.app, 'drain-timeout'))
    await stack.workers?.close()
    const workers = startWorkers(stack.engine, {
      redisUrl: TEST_REDIS_URL,
      prefix: stack.prefix,
      concurrency: 2,
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    })
    const job = await createReadyJob(api, 'ML Platform Engineer (drain timeout)')
    fake.enqueue('chat', { kind: 'delay', ms: 20_000, followedBy: { kind: 'server-error' } })
    const before = chatRequests(fake).length
    expect((await api.post(`/v1/jobs/${job.id}/interview-kit`)).status).toBe(202)
    await waitFor(async () => chatRequests(fake).length === before + 1, 30_000, 'the model call to start')

    expect(await workers.close({ graceMs: 500 })).toBe('timed-out')
    const kits = new Queue('kits', { connection: redis, prefix: stack.prefix })
    try {
      // The cancelled attempt went back to the queue for a retry: not completed, not failed for good.
      const retried = await waitFor(
        async () => (await kits.getJobs(['delayed', 'wait'])).find((queued) => queued.data.jobId === job.id),
        10_000,
        'the cancelled kit job to be queued for a retry',
      )
      expect(retried.attemptsMade).toBe(1)
      expect(await retried.isFailed()).toBe(false)
    } finally {
      await kits.close()
    }
    expect((await api.get(`/v1/jobs/${job.id}/interview-kit`)).body.status).toBe('pending')
  }, 120_000)
})
