import { type ChildProcess, spawn } from 'node:child_process'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from './processes'
import { client, type Json, startTestStack, type TestStack, waitFor } from './test-stack'

const TOLERANCE_MS = 10_000

/** A Redis of this test's own, so stopping it disturbs no other test. */
async function startRedis(port: number): Promise<ChildProcess> {
  const server = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  )
  const probe = new Redis(`redis://127.0.0.1:${port}`, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  })
  probe.on('error', () => undefined)
  try {
    await waitFor(
      async () => {
        try {
          if (probe.status !== 'ready') await probe.connect()
          return (await probe.ping()) === 'PONG'
        } catch {
          probe.disconnect()
          return false
        }
      },
      10_000,
      `redis-server on port ${port}`,
    )
  } finally {
    probe.disconnect()
  }
  return server
}

async function stopRedis(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return
  const exited = new Promise((resolve) => server.once('exit', resolve))
  server.kill('SIGTERM')
  await exited
}

// /readyz keeps a pod in service through a Redis blip (Redis is shared: pulling every pod helps nobody), takes it
// out after a sustained outage, brings it back with the first good check, and is strict about the database.
describe('readiness', () => {
  let port: number
  let redis: ChildProcess
  let stack: TestStack
  let clock = Date.now()

  const ready = async () => {
    const response = await client(stack.app).get('/readyz')
    return { status: response.status, body: response.body as Json }
  }

  beforeAll(async () => {
    port = await freePort()
    redis = await startRedis(port)
    stack = await startTestStack({
      label: 'readiness',
      workers: false,
      redisUrl: `redis://127.0.0.1:${port}`,
      readiness: { redisToleranceMs: TOLERANCE_MS, now: () => clock },
    })
  }, 120_000)

  afterAll(async () => {
    if (redis.exitCode !== null) redis = await startRedis(port)
    await stack?.close()
    await stopRedis(redis)
  })

  it('stays ready through a Redis blip, leaves after a sustained outage, and returns when Redis does', async () => {
    expect(await ready()).toEqual({
      status: 200,
      body: { status: 'ok', checks: { database: true, redis: true } },
    })

    await stopRedis(redis)
    // Within the tolerance: still in service, but the body says what is wrong.
    const blip = await waitFor(
      async () => {
        const answer = await ready()
        return answer.body.checks.redis === false ? answer : null
      },
      10_000,
      'readiness to notice Redis is gone',
    )
    expect(blip).toEqual({
      status: 200,
      body: { status: 'degraded', checks: { database: true, redis: false } },
    })

    // Still failing once the tolerance has passed: out of service. Liveness is unaffected.
    clock += TOLERANCE_MS + 1
    expect(await ready()).toEqual({
      status: 503,
      body: { status: 'degraded', checks: { database: true, redis: false } },
    })
    expect((await client(stack.app).get('/healthz')).status).toBe(200)

    // The first good check puts the pod back.
    redis = await startRedis(port)
    await waitFor(async () => (await ready()).status === 200, 15_000, 'readiness after Redis returns')
    expect(await ready()).toEqual({
      status: 200,
      body: { status: 'ok', checks: { database: true, redis: true } },
    })

    // A new outage starts a new tolerance window rather than counting from the old one.
    await stopRedis(redis)
    await waitFor(async () => (await ready()).body.checks.redis === false, 10_000, 'the second outage')
    expect((await ready()).status).toBe(200)
    redis = await startRedis(port)
    await waitFor(async () => (await ready()).body.checks.redis === true, 15_000, 'Redis again')
  }, 90_000)

  it('leaves at once when the database cannot be reached', async () => {
    await stack.engine.database.close()
    expect(await ready()).toEqual({
      status: 503,
      body: { status: 'degraded', checks: { database: false, redis: true } },
    })
  })
})
