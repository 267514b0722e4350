import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { countEvaluations } from '@shortlist/db'
import { dropQueuePrefix, TEST_REDIS_URL, uniqueQueuePrefix } from '@shortlist/testing'
import { afterAll, describe, expect, it } from 'vitest'
import { freePort, type Spawned, spawnEntry, stop, waitForHttp } from './processes'
import { client, type Json, readFixture, signup, startTestStack, waitFor } from './test-stack'

const posting = readFixture('demo/jobs/ml-platform-engineer.txt').toString('utf8')

describe('restarts', () => {
  const cleanups: Array<() => Promise<void> | void> = []
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup()
  })

  it('keeps data across a restart of the embedded server', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shortlist-restart-'))
    const prefix = uniqueQueuePrefix('restart')
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }), () => dropQueuePrefix(prefix))
    const port = await freePort()
    const env = { PORT: String(port), DATA_DIR: dataDir, QUEUE_PREFIX: prefix, SEED_DEMO: 'false', REDIS_URL: TEST_REDIS_URL }
    const base = `http://127.0.0.1:${port}`

    let server: Spawned = spawnEntry('apps/api/src/start.ts', env)
    cleanups.push(() => stop(server, 'SIGKILL').then(() => undefined))
    await waitForHttp(`${base}/readyz`, 60_000, server)
    const email = `restart-${Date.now()}@example.com`
    const signupResponse = await fetch(`${base}/v1/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ organizationName: 'Restart Org', name: 'R', email, password: 'restart-password' }),
    })
    expect(signupResponse.status).toBe(201)
    const { accessToken } = (await signupResponse.json()) as Json
    const created = await fetch(`${base}/v1/jobs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ title: 'Survives restarts', description: posting }),
    })
    const job = (await created.json()) as Json
    expect(await stop(server)).toBe(0)

    server = spawnEntry('apps/api/src/start.ts', env)
    await waitForHttp(`${base}/readyz`, 60_000, server)
    // The JWT secret was generated once and kept in DATA_DIR, so the old token still works.
    const again = await fetch(`${base}/v1/jobs/${job.id}`, { headers: { authorization: `Bearer ${accessToken}` } })
    expect(again.status).toBe(200)
    expect(((await again.json()) as Json).title).toBe('Survives restarts')
    const login = await fetch(`${base}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'restart-password' }),
    })
    expect(login.status).toBe(200)
    expect(await stop(server)).toBe(0)
  }, 180_000)

  it('finishes every application with exactly one evaluation when a worker is killed mid-job and restarted', async () => {
    // API in this process on `pg` (PGlite served over a socket); the worker is a separate process, as in production.
    const stack = await startTestStack({ engine: 'postgres', workers: false, label: 'kill' })
    cleanups.push(() => stack.close())
    const api = client(stack.app, await signup(stack.app, 'kill'))
    const jobId = (await api.post('/v1/jobs', { title: 'ML Platform Engineer', description: posting })).body.id as string
    const workerEnv = {
      DATABASE_URL: stack.databaseUrl as string,
      QUEUE_PREFIX: stack.prefix,
      REDIS_URL: TEST_REDIS_URL,
      WORKER_CONCURRENCY: '2',
      WORKER_LOCK_DURATION_MS: '3000',
      WORKER_STALLED_INTERVAL_MS: '1000',
      HEARTBEAT_FILE: join(tmpdir(), `${stack.prefix}-heartbeat`),
    }
    const files = Array.from({ length: 12 }, (_, index) => ({
      name: `candidate-${index}.txt`,
      content: Buffer.from(
        `Candidate Number${index}\ncandidate${index}@example.com\n\nExperience\nML Engineer, Example Co, 2018 - 2024\n` +
          `Built Kubernetes model serving with Python and MLflow on Linux. Batch ${index}.\n`,
      ),
    }))
    const upload = await api.upload(`/v1/jobs/${jobId}/applications`, files)
    expect(upload.status).toBe(202)
    const ids = upload.body.applications.map((application: Json) => application.id as string)

    const first = spawnEntry('apps/worker/src/main.ts', workerEnv)
    cleanups.push(() => stop(first, 'SIGKILL').then(() => undefined))
    // Kill as soon as the first worker has visibly started on the batch, with most of it still in flight.
    await waitFor(
      async () => {
        const items = (await api.get(`/v1/jobs/${jobId}/applications`)).body.items as Json[]
        return items.some((item) => item.status !== 'queued')
      },
      60_000,
      'the first worker to start',
    )
    expect(await stop(first, 'SIGKILL')).toBe(null)
    const unfinished = ((await api.get(`/v1/jobs/${jobId}/applications`)).body.items as Json[]).filter(
      (item) => item.status !== 'scored',
    )
    expect(unfinished.length).toBeGreaterThan(0)

    const second = spawnEntry('apps/worker/src/main.ts', workerEnv)
    cleanups.push(() => stop(second).then(() => undefined))
    await waitFor(
      async () => {
        const items = (await api.get(`/v1/jobs/${jobId}/applications`)).body.items as Json[]
        return items.length === 12 && items.every((item) => item.status === 'scored')
      },
      60_000,
      'every application to be scored after the restart',
    )
    const organizationId = (await stack.engine.db.selectFrom('jobs').select('organization_id').where('id', '=', jobId).executeTakeFirstOrThrow()).organization_id
    for (const id of ids) expect(await countEvaluations(stack.engine.db, organizationId, id)).toBe(1)
    expect(await stop(second)).toBe(0)
  }, 180_000)
})
