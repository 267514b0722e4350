import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { vector } from '@electric-sql/pglite-pgvector'
import { Kysely, PGliteDialect, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import type { DB } from './schema'

export type Db = Kysely<DB>

export type DatabaseHandle = {
  db: Db
  engine: 'pglite' | 'postgres'
  /** Reachability probe for readiness checks. */
  ping(): Promise<boolean>
  close(): Promise<void>
}

export type DatabaseOptions = {
  /** PostgreSQL + pgvector. When absent the embedded PGlite engine is used. */
  databaseUrl?: string | undefined
  /** Where PGlite keeps its files. `memory://` keeps nothing (tests). */
  dataDir?: string
  /** Postgres schema to use (tests isolate themselves with one schema each). */
  schema?: string
  poolSize?: number
  /** PGlite's buffer pool (`shared_buffers`); DEFAULT_PGLITE_SHARED_BUFFERS unless given. Ignored for PostgreSQL. */
  pgliteSharedBuffers?: string
  /** Told about errors of idle pooled connections (a Postgres restart); the pool replaces them by itself. */
  onPoolError?: (error: Error) => void
}

/** Opens the database: PostgreSQL through `pg` when a URL is given, otherwise embedded PGlite. */
export async function createDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options)
  return openPglite(options.dataDir ?? './.data', options)
}

/**
 * PGlite allocates and touches its whole buffer pool at start, inside the process: Postgres's default of 128 MB was
 * an eighth of the embedded server's idle memory. Pages beyond it are read from the data directory's files, which
 * the operating system caches anyway, so the embedded engine keeps a smaller pool of its own.
 */
export const DEFAULT_PGLITE_SHARED_BUFFERS = '32MB'

async function openPglite(dataDir: string, options: DatabaseOptions): Promise<DatabaseHandle> {
  const inMemory = dataDir.startsWith('memory://')
  const location = inMemory ? dataDir : resolve(dataDir, 'pglite')
  if (!inMemory) mkdirSync(location, { recursive: true })
  const pglite = await PGlite.create({
    dataDir: location,
    extensions: { vector },
    postgresqlconf: [`shared_buffers = ${options.pgliteSharedBuffers ?? DEFAULT_PGLITE_SHARED_BUFFERS}`],
  })
  if (options.schema)
    await pglite.exec(
      `CREATE SCHEMA IF NOT EXISTS "${options.schema}"; SET search_path TO "${options.schema}", public`,
    )
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) })
  const analyzer = inMemory ? null : scheduleAnalyze(pglite)
  return {
    db,
    engine: 'pglite',
    ping: () => probe(db),
    close: async () => {
      analyzer?.stop()
      await db.destroy()
      if (!pglite.closed) await pglite.close()
    },
  }
}

const FIRST_ANALYZE_MS = 10_000
const ANALYZE_EVERY_MS = 5 * 60_000

/**
 * PGlite runs no autovacuum, so nothing ever gathers planner statistics: the planner then takes every index lookup
 * for one row and was seen starting the shortlist from all of an organisation's applications (issue 15). This does
 * what autovacuum's analyze would, shortly after start and then every few minutes. ANALYZE samples at most 30,000
 * rows a table, so its cost is bounded whatever the size of the installation.
 */
function scheduleAnalyze(pglite: PGlite): { stop(): void } {
  let running = false
  const analyze = () => {
    if (running || pglite.closed) return
    running = true
    pglite
      .exec('ANALYZE')
      .catch(() => undefined) // closing, or a table dropped under it: the next round tries again
      .finally(() => {
        running = false
      })
  }
  const first = setTimeout(analyze, FIRST_ANALYZE_MS)
  const every = setInterval(analyze, ANALYZE_EVERY_MS)
  first.unref()
  every.unref()
  return {
    stop: () => {
      clearTimeout(first)
      clearInterval(every)
    },
  }
}

async function openPostgres(databaseUrl: string, options: DatabaseOptions): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    // The schema is set per connection so every query, including migrations, lands in it.
    ...(options.schema ? { options: `-c search_path=${options.schema},public` } : {}),
    // Without a bound, a request waits forever for a connection while Postgres is down.
    connectionTimeoutMillis: 5_000,
  })
  // An idle client whose server went away (restart, 57P01 admin shutdown) emits 'error' on the pool; unhandled, it
  // would crash the process. The broken client is already discarded and the next query opens a fresh connection,
  // so the process recovers by itself when the database returns.
  pool.on('error', (error) => options.onPoolError?.(error))
  // The pool only listens for errors of idle clients. A client that is checked out (inside a transaction, between
  // two of its queries) and loses its server emits 'error' too, which would crash the process. Its pending or next
  // query fails on its own and the broken client is dropped on release, so the event only needs a listener.
  pool.on('connect', (client) => {
    client.on('error', (error) => options.onPoolError?.(error))
  })
  if (options.schema) {
    const client = await pool.connect()
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`)
    } finally {
      client.release()
    }
  }
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) })
  return { db, engine: 'postgres', ping: () => probe(db), close: () => db.destroy() }
}

async function probe(db: Db): Promise<boolean> {
  try {
    await sql`SELECT 1`.execute(db)
    return true
  } catch {
    return false
  }
}
