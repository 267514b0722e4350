import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { countEvaluations, createDatabase } from '@shortlist/db'
import { dropQueuePrefix, TEST_REDIS_URL, uniqueQueuePrefix } from '@shortlist/testing'
import { afterAll, describe, expect, it } from 'vitest'
import { EMBEDDED_MALLOC_ENVIRONMENT } from '../src/lib/tune-embedded-malloc'
import { freePort, type Spawned, spawnEntry, stop, waitForHttp } from './processes'
import { type Json, readFixture, waitFor } from './test-stack'

const posting = readFixture('demo/jobs/ml-platform-engineer.txt').toString('utf8')

describe('restarts', () => {
  const cleanups: Array<() => Promise<void> | void> = []
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup()
  })

  it('keeps data across a restart of the embedded server', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shortlist-restart-'))
    const prefix = uniqueQueuePrefix('restart')
    cleanups.push(
      () => rmSync(dataDir, { recursive: true, force: true }),
      () => dropQueuePrefix(prefix),
    )
    const port = await freePort()
    const env = {
      PORT: String(port),
      DATA_DIR: dataDir,
      QUEUE_PREFIX: prefix,
      SEED_DEMO: 'false',
      REDIS_URL: TEST_REDIS_URL,
    }
    const base = `http://127.0.0.1:${port}`

    let server: Spawned = spawnEntry('apps/api/src/start.ts', env)
    cleanups.push(() => stop(server, 'SIGKILL').then(() => undefined))
    await waitForHttp(`${base}/readyz`, 60_000, server)
    if (process.platform === 'linux' && process.env.MALLOC_ARENA_MAX === undefined) {
      // start.ts replaced itself (same pid, so signals and stop() still reach the server) with glibc's settings.
      const environment = readFileSync(`/proc/${server.child.pid}/environ`, 'utf8').split('\0')
      for (const [key, value] of Object.entries(EMBEDDED_MALLOC_ENVIRONMENT))
        expect(environment).toContain(`${key}=${value}`)
    }
    const email = `restart-${Date.now()}@example.com`
    const signupResponse = await fetch(`${base}/v1/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        organizationName: 'Restart Org',
        name: 'R',
        email,
        password: 'restart-password',
      }),
    })
    expect(signupResponse.status).toBe(202)
    const firstLogin = await fetch(`${base}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'restart-password' }),
    })
    const { accessToken } = (await firstLogin.json()) as Json
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
    const again = await fetch(`${base}/v1/jobs/${job.id}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    })
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

  it('finishes every application with exactly one evaluation when killed mid-job and restarted', async () => {
    // Embedded mode: this process owns the database and runs the workers, so SIGKILL interrupts both a BullMQ job
    // (its lock is left behind in Redis) and PGlite mid-write. (pglite-socket multiplexes one Postgres session, so
    // it cannot stand in for a separate worker process dying mid-transaction against a real Postgres.)
    const dataDir = mkdtempSync(join(tmpdir(), 'shortlist-kill-'))
    const prefix = uniqueQueuePrefix('kill')
    cleanups.push(
      () => rmSync(dataDir, { recursive: true, force: true }),
      () => dropQueuePrefix(prefix),
    )
    const port = await freePort()
    const base = `http://127.0.0.1:${port}`
    const env = {
      PORT: String(port),
      DATA_DIR: dataDir,
      QUEUE_PREFIX: prefix,
      SEED_DEMO: 'false',
      REDIS_URL: TEST_REDIS_URL,
      WORKER_CONCURRENCY: '2',
      PARSE_TIMEOUT_MS: '2000',
      WORKER_LOCK_DURATION_MS: '3000',
      WORKER_STALLED_INTERVAL_MS: '1000',
    }
    let server: Spawned = spawnEntry('apps/api/src/start.ts', env)
    cleanups.push(() => stop(server, 'SIGKILL').then(() => undefined))
    await waitForHttp(`${base}/readyz`, 60_000, server)

    const json = async (method: string, path: string, token?: string, body?: unknown) => {
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
    const killAccount = { email: `kill-${Date.now()}@example.com`, password: 'kill-password' }
    await json('POST', '/v1/auth/signup', undefined, {
      organizationName: 'Kill Org',
      name: 'K',
      ...killAccount,
    })
    const token = (await json('POST', '/v1/auth/login', undefined, killAccount)).body.accessToken as string
    const jobId = (
      await json('POST', '/v1/jobs', token, { title: 'ML Platform Engineer', description: posting })
    ).body.id as string
    await waitFor(
      async () => (await json('GET', `/v1/jobs/${jobId}`, token)).body.status === 'ready',
      30_000,
      'job analysis',
    )

    const form = new FormData()
    for (let index = 0; index < 12; index++) {
      const text =
        `Candidate Number${index}\ncandidate${index}@example.com\n\nExperience\nML Engineer, Example Co, 2018 - 2024\n` +
        `Built Kubernetes model serving with Python and MLflow on Linux. Batch ${index}.\n`
      form.append('files', new Blob([text], { type: 'text/plain' }), `candidate-${index}.txt`)
    }
    const upload = await fetch(`${base}/v1/jobs/${jobId}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    })
    expect(upload.status).toBe(202)
    const ids = ((await upload.json()) as Json).applications.map(
      (application: Json) => application.id as string,
    )
    expect(ids).toHaveLength(12)

    // Kill as soon as the batch is visibly being worked on, with most of it still in flight.
    await waitFor(
      async () =>
        ((await json('GET', `/v1/jobs/${jobId}/applications`, token)).body.items as Json[]).some(
          (item) => item.status !== 'queued',
        ),
      30_000,
      'processing to start',
    )
    expect(await stop(server, 'SIGKILL')).toBe(null)

    server = spawnEntry('apps/api/src/start.ts', env)
    await waitForHttp(`${base}/readyz`, 60_000, server)
    await waitFor(
      async () => {
        const items = (await json('GET', `/v1/jobs/${jobId}/applications`, token)).body.items as Json[]
        return items.length === 12 && items.every((item) => item.status === 'scored')
      },
      60_000,
      'every application to be scored after the restart',
    )
    const shortlist = await json('GET', `/v1/jobs/${jobId}/shortlist?limit=50`, token)
    expect(shortlist.body.total).toBe(12)
    expect(await stop(server)).toBe(0)

    // Exactly one evaluation per application, read straight from the stopped server's data folder.
    const database = await createDatabase({ dataDir })
    try {
      const organizationId = (
        await database.db
          .selectFrom('jobs')
          .select('organization_id')
          .where('id', '=', jobId)
          .executeTakeFirstOrThrow()
      ).organization_id
      for (const id of ids) expect(await countEvaluations(database.db, organizationId, id)).toBe(1)
    } finally {
      await database.close()
    }
  }, 240_000)
})
