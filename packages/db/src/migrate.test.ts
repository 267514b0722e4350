import { sql } from 'kysely'
import { afterAll, describe, expect, it } from 'vitest'
import { createPostgresDatabase, startPgliteServer, type TestEngine } from '../../testing/src/index'
import { createDatabase, type DatabaseHandle } from './create-database'
import { assertSchemaCurrent, migrateToLatest, readSchemaStatus, SchemaNotCurrentError } from './migrate'

async function openEmpty(engine: TestEngine): Promise<DatabaseHandle> {
  if (engine === 'pglite') return createDatabase({ dataDir: 'memory://' })
  const server = await startPgliteServer()
  const handle = await createDatabase({ databaseUrl: server.url, poolSize: 1 })
  return { ...handle, close: () => handle.close().then(() => server.stop()) }
}

describe.each<TestEngine>(['pglite', 'postgres'])('schema status on %s', { timeout: 60_000 }, (engine) => {
  it('refuses an empty database without creating anything, then accepts it once migrated', async () => {
    const handle = await openEmpty(engine)
    try {
      const before = await readSchemaStatus(handle.db)
      expect(before.applied).toEqual([])
      expect(before.pending.length).toBeGreaterThan(0)
      const refusal = await assertSchemaCurrent(handle.db).catch((error: unknown) => error)
      expect(refusal).toBeInstanceOf(SchemaNotCurrentError)
      expect((refusal as Error).message).toMatch(/no Shortlist schema yet.*pnpm migrate/)
      // The check reads only: not even Kysely's bookkeeping tables appear.
      const tables = await sql<{ count: number }>`
        SELECT count(*)::int AS count FROM information_schema.tables WHERE table_name LIKE 'kysely_migration%'`.execute(
        handle.db,
      )
      expect(tables.rows[0]?.count).toBe(0)

      expect(await migrateToLatest(handle.db)).toEqual(before.pending)
      await assertSchemaCurrent(handle.db)
      expect(await migrateToLatest(handle.db)).toEqual([])
    } finally {
      await handle.close()
    }
  })

  it('names the missing migrations of an out-of-date schema, and accepts a newer one', async () => {
    const handle = await openEmpty(engine)
    try {
      const all = (await readSchemaStatus(handle.db)).pending
      await migrateToLatest(handle.db)
      const last = all.at(-1) as string
      await sql`DELETE FROM kysely_migration WHERE name = ${last}`.execute(handle.db)
      await expect(assertSchemaCurrent(handle.db)).rejects.toThrow(
        new RegExp(`out of date: 1 migration\\(s\\) not applied \\(${last}\\)`),
      )
      // A release ahead of this code (rolling upgrade: old pods on the expanded schema) is not refused.
      await sql`INSERT INTO kysely_migration (name, timestamp) VALUES (${last}, now()::text), ('9999-01-01T00-00-later', now()::text)`.execute(
        handle.db,
      )
      await assertSchemaCurrent(handle.db)
    } finally {
      await handle.close()
    }
  })
})

describe('migrate on real PostgreSQL', { timeout: 60_000 }, () => {
  const drops: Array<() => Promise<void>> = []
  afterAll(async () => {
    for (const drop of drops) await drop()
  })

  it('lets concurrent runs through one at a time and leaves no advisory lock behind', async () => {
    const database = await createPostgresDatabase('migrate-lock')
    drops.push(database.drop)
    const handles = await Promise.all(
      [1, 2, 3].map(() => createDatabase({ databaseUrl: database.url, poolSize: 1 })),
    )
    try {
      const applied = await Promise.all(handles.map((handle) => migrateToLatest(handle.db)))
      const total = (
        await readSchemaStatus((handles[0] as DatabaseHandle).db).then((status) => status.applied)
      ).length
      // Exactly one run applied everything; the others waited on the lock and found nothing to do.
      expect(applied.map((names) => names.length).sort()).toEqual([0, 0, total])
      // No advisory lock outlives the transaction that took it (what a transaction-mode pooler needs).
      const locks = await sql<{ count: number }>`
        SELECT count(*)::int AS count FROM pg_locks WHERE locktype = 'advisory'`.execute(
        (handles[0] as DatabaseHandle).db,
      )
      expect(locks.rows[0]?.count).toBe(0)
    } finally {
      await Promise.all(handles.map((handle) => handle.close()))
    }
  })
})
