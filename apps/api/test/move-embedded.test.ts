import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDatabase } from '@shortlist/db'
import {
  createPostgresDatabase,
  dropQueuePrefix,
  TEST_REDIS_URL,
  tableChecksums,
  uniqueQueuePrefix,
} from '@shortlist/testing'
import { afterAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, DEMO_USERS } from '../src/seed/seed-demo'
import { freePort, type Spawned, spawnEntry, stop, waitForHttp } from './processes'
import { type Json, waitFor } from './test-stack'

type Api = (path: string) => Promise<Json>

async function signIn(base: string): Promise<Api> {
  const login = await fetch(`${base}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO_USERS[0]?.email, password: DEMO_PASSWORD }),
  })
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${await login.text()}`)
  const { accessToken } = (await login.json()) as Json
  return async (path) => {
    const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${accessToken}` } })
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`)
    return (await response.json()) as Json
  }
}

/** Every job's whole shortlist, in the order and with the scores the API serves. */
async function readShortlists(api: Api): Promise<Json[]> {
  const jobs = ((await api('/v1/jobs')).items as Json[]).sort((a, b) => a.id.localeCompare(b.id))
  const shortlists: Json[] = []
  for (const job of jobs)
    shortlists.push({ job: job.id, shortlist: await api(`/v1/jobs/${job.id}/shortlist?limit=200`) })
  return shortlists
}

const exited = async (spawned: Spawned): Promise<string> => {
  const code = await spawned.exited
  if (code !== 0) throw new Error(`exited with ${code}:\n${spawned.output()}`)
  return spawned.output()
}

// Acceptance of issue 15: the embedded → Postgres move keeps every row and vector, and the moved installation
// serves the same shortlist.
describe('moving an embedded installation onto PostgreSQL', { timeout: 420_000 }, () => {
  const cleanups: Array<() => Promise<void> | void> = []
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup()
  })

  it('keeps every row and vector, and serves the same shortlists', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shortlist-move-'))
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }))
    const prefix = uniqueQueuePrefix('move')
    cleanups.push(() => dropQueuePrefix(prefix))
    const port = await freePort()
    const base = `http://127.0.0.1:${port}`
    const env = {
      DATA_DIR: dataDir,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: prefix,
      PORT: String(port),
      JWT_SECRET: 'move-test-secret-move-test-secret-0123456789',
    }

    // An embedded installation with the demo data (jobs, applications, evaluations, vectors), fully processed.
    const embedded = spawnEntry('apps/api/src/start.ts', { ...env, SEED_DEMO: 'true' })
    cleanups.push(() => stop(embedded, 'SIGKILL').then(() => undefined))
    await waitForHttp(`${base}/readyz`, 120_000, embedded)
    const before = await signIn(base)
    await waitFor(
      async () => {
        const jobs = (await before('/v1/jobs')).items as Json[]
        return (
          jobs.length > 0 &&
          jobs.every(
            (job) =>
              job.status === 'ready' &&
              job.counts.applications > 0 &&
              job.counts.scored === job.counts.applications,
          )
        )
      },
      240_000,
      'the demo applications to be scored',
    )
    const shortlists = await readShortlists(before)
    expect(shortlists.reduce((sum, entry) => sum + entry.shortlist.total, 0)).toBeGreaterThan(0)
    expect(await stop(embedded)).toBe(0)

    // The move, as the README describes it.
    const file = join(dataDir, 'export.jsonl.gz')
    expect(await exited(spawnEntry('apps/api/src/export-embedded.ts', env, ['--file', file]))).toMatch(
      /export-embedded: \d+ rows of \d+ tables/,
    )
    const database = await createPostgresDatabase('move')
    cleanups.push(database.drop)
    const postgresEnv = { ...env, DATABASE_URL: database.url }
    await exited(spawnEntry('apps/api/src/migrate.ts', postgresEnv))
    expect(
      await exited(spawnEntry('apps/api/src/import-embedded.ts', postgresEnv, ['--file', file])),
    ).toMatch(/import-embedded: \d+ rows into \d+ tables/)

    // Every table: same rows, vectors included.
    const source = await createDatabase({ dataDir })
    const target = await createDatabase({ databaseUrl: database.url, poolSize: 1 })
    try {
      const sourceChecksums = await tableChecksums(source.db)
      expect(sourceChecksums.resume_chunks?.rows).toBeGreaterThan(0)
      expect(sourceChecksums.evaluations?.rows).toBeGreaterThan(0)
      expect(await tableChecksums(target.db)).toEqual(sourceChecksums)
    } finally {
      await source.close()
      await target.close()
    }

    // The moved installation, served by the scaled API process on PostgreSQL.
    const moved = spawnEntry('apps/api/src/server.ts', postgresEnv)
    cleanups.push(() => stop(moved, 'SIGKILL').then(() => undefined))
    await waitForHttp(`${base}/readyz`, 120_000, moved)
    expect(await readShortlists(await signIn(base))).toEqual(shortlists)
    expect(await stop(moved)).toBe(0)
  })
})
