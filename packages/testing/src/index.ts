// Test helpers shared by integration tests. Real engines only: each test gets its own database and queue prefix.
import { randomUUID } from 'node:crypto'
import { PGlite } from '@electric-sql/pglite'
import { vector } from '@electric-sql/pglite-pgvector'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
import {
  createDatabase,
  type DatabaseHandle,
  type Db,
  listTablesInLoadOrder,
  migrateToLatest,
} from '@shortlist/db'
import { Redis } from 'ioredis'
import { sql } from 'kysely'

export type TestEngine = 'pglite' | 'postgres'

/**
 * A fresh, migrated database. `pglite` is embedded and in memory; `postgres` serves a separate PGlite over the
 * Postgres wire protocol (pglite-socket) and connects through `pg`, exercising the production driver path.
 */
export async function createTestDatabase(
  engine: TestEngine = 'pglite',
): Promise<DatabaseHandle & { url?: string }> {
  if (engine === 'pglite') {
    const handle = await createDatabase({ dataDir: 'memory://' })
    await migrateToLatest(handle.db)
    return handle
  }
  const server = await startPgliteServer()
  // One connection: pglite-socket multiplexes a single session, so parallel transactions would interleave.
  const handle = await createDatabase({ databaseUrl: server.url, poolSize: 1 })
  await migrateToLatest(handle.db)
  return {
    ...handle,
    url: server.url,
    close: async () => {
      await handle.close()
      await server.stop()
    },
  }
}

/** A Postgres-protocol server backed by an in-memory PGlite with pgvector. */
export async function startPgliteServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const pglite = await PGlite.create({ dataDir: 'memory://', extensions: { vector } })
  const server = new PGLiteSocketServer({ db: pglite, port: 0, host: '127.0.0.1', maxConnections: 8 })
  await server.start()
  const address = server.getServerConn()
  return {
    url: `postgres://postgres@${address}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop()
      await pglite.close()
    },
  }
}

/** The machine's PostgreSQL (with pgvector) that tests create private databases in. */
export const TEST_POSTGRES_URL =
  process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/**
 * A private, empty database on the machine's real PostgreSQL with the `vector` extension created (as an
 * administrator does once before installing), not migrated. `drop()` removes it.
 */
export async function createPostgresDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `shortlist_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomUUID().slice(0, 8)}`
  const admin = await createDatabase({ databaseUrl: TEST_POSTGRES_URL, poolSize: 1 })
  try {
    await sql.raw(`CREATE DATABASE "${name}"`).execute(admin.db)
  } catch (error) {
    await admin.close()
    throw new Error(`cannot create a test database on ${TEST_POSTGRES_URL}: ${(error as Error).message}`)
  }
  const url = new URL(TEST_POSTGRES_URL)
  url.pathname = `/${name}`
  const database = await createDatabase({ databaseUrl: url.toString(), poolSize: 1 })
  try {
    await sql`CREATE EXTENSION IF NOT EXISTS vector`.execute(database.db)
  } catch (error) {
    await database.close()
    await sql.raw(`DROP DATABASE IF EXISTS "${name}"`).execute(admin.db)
    await admin.close()
    throw new Error(
      `pgvector is not installed in the PostgreSQL at ${TEST_POSTGRES_URL} (${(error as Error).message}): build it from ../shared/vendor/pgvector-0.8.6.tar.gz as its README says`,
    )
  }
  await database.close()
  return {
    url: url.toString(),
    drop: async () => {
      // WITH (FORCE) ends sessions a failed test left behind (PostgreSQL 13+).
      await sql.raw(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).execute(admin.db)
      await admin.close()
    },
  }
}

/**
 * Row count and a digest of every row (as `row_to_json` text, sorted, in UTC) per application table: two databases
 * with equal checksums hold the same rows, vectors included, whatever their engine or physical order.
 */
export async function tableChecksums(db: Db): Promise<Record<string, { rows: number; digest: string }>> {
  await sql`SET TimeZone = 'UTC'`.execute(db)
  const checksums: Record<string, { rows: number; digest: string }> = {}
  for (const table of await listTablesInLoadOrder(db)) {
    const result = await sql<{ rows: number; digest: string }>`
      SELECT count(*)::int AS rows, md5(coalesce(string_agg(r, E'\n' ORDER BY r), '')) AS digest
      FROM (SELECT row_to_json(t)::text AS r FROM ${sql.table(table.name)} t) x`.execute(db)
    checksums[table.name] = result.rows[0] ?? { rows: -1, digest: '' }
  }
  return checksums
}

export const TEST_REDIS_URL = 'redis://127.0.0.1:6379'

/** A queue prefix no other test uses, so parallel tests never see each other's jobs. */
export const uniqueQueuePrefix = (label: string): string => `test-${label}-${randomUUID().slice(0, 8)}`

/** Deletes every key under a queue prefix (tests clean up after themselves). */
export async function dropQueuePrefix(prefix: string, redisUrl = TEST_REDIS_URL): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 })
  try {
    let cursor = '0'
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500)
      cursor = next
      if (keys.length > 0) await redis.del(...keys)
    } while (cursor !== '0')
  } finally {
    redis.disconnect()
  }
}

export { dumpQueuePrefix, findTextInDatabase } from './find-planted-text'
