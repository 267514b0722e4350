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
import pg from 'pg'

export type TestEngine = 'pglite' | 'postgres'

/**
 * A Postgres-protocol server for one test: a private database on the real PostgreSQL when it answers and has
 * pgvector, else a PGlite behind pglite-socket. `poolSize` is what the server can take: pglite-socket multiplexes
 * one session, so it gets a single connection (parallel transactions would interleave); real Postgres a real pool.
 */
export type TestPostgres = {
  url: string
  kind: 'postgres' | 'pglite-socket'
  poolSize: number
  stop(): Promise<void>
}

/**
 * A fresh, migrated database. `pglite` is embedded and in memory; `postgres` is a private database on the real
 * PostgreSQL + pgvector (falling back to pglite-socket, with one line saying what to do) and connects through `pg`,
 * exercising the production driver path with real concurrency.
 */
export async function createTestDatabase(
  engine: TestEngine = 'pglite',
): Promise<DatabaseHandle & { url?: string }> {
  if (engine === 'pglite') {
    const handle = await createDatabase({ dataDir: 'memory://' })
    await migrateToLatest(handle.db)
    return handle
  }
  const server = await startTestPostgres()
  const handle = await createDatabase({ databaseUrl: server.url, poolSize: server.poolSize })
  try {
    await migrateToLatest(handle.db)
  } catch (error) {
    await handle.close()
    await server.stop()
    throw error
  }
  return {
    ...handle,
    url: server.url,
    close: async () => {
      await handle.close()
      await server.stop()
    },
  }
}

let realPostgres: Promise<string | null> | null = null
let fallbackReported = false

/** A private database on the real PostgreSQL if possible, else pglite-socket (see `TestPostgres`). */
export async function startTestPostgres(): Promise<TestPostgres> {
  realPostgres ??= probeRealPostgres(TEST_POSTGRES_URL)
  const unavailable = await realPostgres
  if (unavailable === null) return createPrivateDatabase(TEST_POSTGRES_URL)
  if (!fallbackReported) {
    fallbackReported = true
    process.stderr.write(
      `[testing] pg-path tests run on pglite-socket (one session, no real concurrency): ${unavailable}\n`,
    )
  }
  const server = await startPgliteServer()
  return { ...server, kind: 'pglite-socket', poolSize: 1 }
}

/** null when the server answers and can create the vector extension; otherwise what to do about it. */
async function probeRealPostgres(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 })
  try {
    await client.connect()
  } catch {
    return `no PostgreSQL at ${redactUrl(url)}; start one (or set TEST_DATABASE_URL) to test on real PostgreSQL`
  }
  try {
    const available = await client.query(`SELECT 1 FROM pg_available_extensions WHERE name = 'vector'`)
    if (available.rowCount === 0)
      return 'PostgreSQL has no pgvector; run `make test` as root (builds ../shared/vendor/pgvector-0.8.6.tar.gz) or install pgvector'
    const rights = await client.query<{ allowed: boolean }>(
      `SELECT rolcreatedb OR rolsuper AS allowed FROM pg_roles WHERE rolname = current_user`,
    )
    if (!rights.rows[0]?.allowed)
      return `the PostgreSQL user of ${redactUrl(url)} cannot CREATE DATABASE; grant CREATEDB or set TEST_DATABASE_URL`
    return null
  } finally {
    await client.end()
  }
}

/** CREATE DATABASE test_<uuid> with pgvector; stop() drops it (closing any connection a test left open). */
async function createPrivateDatabase(adminUrl: string): Promise<TestPostgres> {
  const name = `test_${randomUUID().replaceAll('-', '')}`
  await runAdmin(adminUrl, [`CREATE DATABASE ${name}`])
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  // The extension is created here, as the admin user, so migrations also work for users who may not create it.
  const inside = new pg.Client({ connectionString: url.toString() })
  await inside.connect()
  try {
    await inside.query('CREATE EXTENSION IF NOT EXISTS vector')
  } finally {
    await inside.end()
  }
  return {
    url: url.toString(),
    kind: 'postgres',
    // A real pool, as production runs it: concurrent transactions each get their own session.
    poolSize: 10,
    stop: () => dropDatabase(adminUrl, name),
  }
}

/**
 * Drops a test database once the sessions still closing on it have gone, then ends by force any a failed test left
 * behind (WITH FORCE, PostgreSQL 13+). Why wait first: pg-pool's end() resolves before its sockets have closed, and a
 * session ended by force then hands its client an error event after the pool stopped listening for one, an unhandled
 * error that fails the whole run.
 */
async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      const open = await client.query<{ sessions: number }>(
        'SELECT count(*)::int AS sessions FROM pg_stat_activity WHERE datname = $1',
        [name],
      )
      if ((open.rows[0]?.sessions ?? 0) === 0) break
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  } finally {
    await client.end()
  }
}

async function runAdmin(url: string, statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    for (const statement of statements) await client.query(statement)
  } finally {
    await client.end()
  }
}

const redactUrl = (url: string): string => url.replace(/\/\/[^@/]*@/, '//')

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

/** The machine's PostgreSQL (with pgvector) that tests create private databases in (either variable overrides it). */
export const TEST_POSTGRES_URL =
  process.env.TEST_DATABASE_URL ??
  process.env.TEST_POSTGRES_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres'

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
      await admin.close()
      await dropDatabase(TEST_POSTGRES_URL, name)
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
