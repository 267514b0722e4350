// Test helpers shared by integration tests. Real engines only: each test gets its own database and queue prefix.
import { randomUUID } from 'node:crypto'
import { PGlite } from '@electric-sql/pglite'
import { vector } from '@electric-sql/pglite-pgvector'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
import { createDatabase, type DatabaseHandle, migrateToLatest } from '@shortlist/db'
import { Redis } from 'ioredis'

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
