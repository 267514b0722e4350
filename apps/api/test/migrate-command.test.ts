import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDatabase } from '@shortlist/db'
import {
  createPostgresDatabase,
  dropQueuePrefix,
  TEST_REDIS_URL,
  uniqueQueuePrefix,
} from '@shortlist/testing'
import { afterAll, describe, expect, it } from 'vitest'
import { freePort, spawnEntry, stop, waitForHttp } from './processes'
import { waitFor } from './test-stack'

async function countTables(url: string): Promise<number> {
  const handle = await createDatabase({ databaseUrl: url, poolSize: 1 })
  try {
    return (await handle.db.introspection.getTables({ withInternalKyselyTables: true })).length
  } finally {
    await handle.close()
  }
}

// Acceptance of issue 15: `pnpm migrate` is the only path that changes the schema.
describe('pnpm migrate is the only path that changes the schema', { timeout: 180_000 }, () => {
  const cleanups: Array<() => Promise<void> | void> = []
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup()
  })

  it('the API server and the worker refuse an empty PostgreSQL database, and start once it is migrated', async () => {
    const database = await createPostgresDatabase('migrate-command')
    cleanups.push(database.drop)
    const dataDir = mkdtempSync(join(tmpdir(), 'shortlist-migrate-'))
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }))
    const prefix = uniqueQueuePrefix('migrate')
    cleanups.push(() => dropQueuePrefix(prefix))
    const port = await freePort()
    const heartbeat = join(dataDir, 'heartbeat')
    const env = {
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: prefix,
      PORT: String(port),
      SEED_DEMO: 'false',
      HEARTBEAT_FILE: heartbeat,
    }

    const refusedServer = spawnEntry('apps/api/src/server.ts', env)
    expect(await refusedServer.exited).toBe(1)
    expect(refusedServer.output()).toMatch(/no Shortlist schema yet\. Run `pnpm migrate`/)
    const refusedWorker = spawnEntry('apps/worker/src/main.ts', env)
    expect(await refusedWorker.exited).toBe(1)
    expect(refusedWorker.output()).toMatch(/no Shortlist schema yet\. Run `pnpm migrate`/)
    expect(existsSync(heartbeat)).toBe(false)
    // Neither process created a table, not even the migrator's own.
    expect(await countTables(database.url)).toBe(0)

    // MIGRATION_DATABASE_URL wins over DATABASE_URL (here unreachable), as in the chart's Job.
    const migrate = spawnEntry('apps/api/src/migrate.ts', {
      ...env,
      MIGRATION_DATABASE_URL: database.url,
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
    })
    expect(await migrate.exited, migrate.output()).toBe(0)
    expect(migrate.output()).toMatch(/applied \d+ migration/)
    expect(await countTables(database.url)).toBeGreaterThan(10)

    const server = spawnEntry('apps/api/src/server.ts', env)
    cleanups.push(() => stop(server, 'SIGKILL').then(() => undefined))
    await waitForHttp(`http://127.0.0.1:${port}/readyz`, 60_000, server)
    const worker = spawnEntry('apps/worker/src/main.ts', env)
    cleanups.push(() => stop(worker, 'SIGKILL').then(() => undefined))
    await waitFor(async () => existsSync(heartbeat), 60_000, `the worker's heartbeat\n${worker.output()}`)
    expect(await stop(server)).toBe(0)
    expect(await stop(worker)).toBe(0)

    const again = spawnEntry('apps/api/src/migrate.ts', env)
    expect(await again.exited).toBe(0)
    expect(again.output()).toMatch(/the schema is up to date/)
  })

  it('migrates an embedded data directory, which the embedded server then serves', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shortlist-migrate-embedded-'))
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }))
    const prefix = uniqueQueuePrefix('migrate-embedded')
    cleanups.push(() => dropQueuePrefix(prefix))
    const port = await freePort()
    const env = {
      DATA_DIR: dataDir,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: prefix,
      PORT: String(port),
      SEED_DEMO: 'false',
    }

    // server.ts is the scaled API: on a fresh embedded directory it refuses rather than migrating.
    const refused = spawnEntry('apps/api/src/server.ts', env)
    expect(await refused.exited).toBe(1)
    expect(refused.output()).toMatch(/pnpm migrate/)

    const migrate = spawnEntry('apps/api/src/migrate.ts', env)
    expect(await migrate.exited, migrate.output()).toBe(0)
    expect(migrate.output()).toMatch(/embedded PGlite.*\n.*applied \d+ migration/)
    const server = spawnEntry('apps/api/src/server.ts', env)
    cleanups.push(() => stop(server, 'SIGKILL').then(() => undefined))
    await waitForHttp(`http://127.0.0.1:${port}/readyz`, 60_000, server)
    expect(await stop(server)).toBe(0)
  })
})
