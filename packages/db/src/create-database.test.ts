import { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
import { sql } from 'kysely'
import { afterAll, describe, expect, it } from 'vitest'
import { createDatabase, DEFAULT_PGLITE_SHARED_BUFFERS } from './create-database'

// A database restart under a running process: the pool's idle connection dies while nobody is querying. Without a
// pool 'error' listener that event is an uncaught exception that ends the process (vitest fails the run on it).
describe('pg pool across a database restart', () => {
  const pglite = new PGlite('memory://')
  let server: PGLiteSocketServer | null = null
  afterAll(async () => {
    await server?.stop()
    await pglite.close()
  })

  const serve = async (port: number) => {
    server = new PGLiteSocketServer({ db: pglite, port, host: '127.0.0.1', maxConnections: 4 })
    await server.start()
    return Number(server.getServerConn().split(':').pop())
  }

  it('survives the server going away, answers with a connection error meanwhile, and recovers by itself', {
    timeout: 60_000,
  }, async () => {
    const port = await serve(0)
    const poolErrors: Error[] = []
    const database = await createDatabase({
      databaseUrl: `postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
      poolSize: 1,
      onPoolError: (error) => poolErrors.push(error),
    })
    try {
      expect((await sql<{ one: number }>`SELECT 1 AS one`.execute(database.db)).rows[0]?.one).toBe(1)

      await server?.stop()
      server = null
      await expect.poll(() => poolErrors.length, { timeout: 10_000 }).toBeGreaterThan(0)
      const down = await sql`SELECT 1`.execute(database.db).then(
        () => null,
        (error: unknown) => error as NodeJS.ErrnoException,
      )
      expect(down?.code).toBe('ECONNREFUSED')

      await serve(port)
      expect((await sql<{ one: number }>`SELECT 1 AS one`.execute(database.db)).rows[0]?.one).toBe(1)
    } finally {
      await database.close()
    }
  })

  // The same while a transaction holds its connection between two queries: the pool does not listen on checked-out
  // clients, so without a listener of our own the client's 'error' event would end the process.
  it('survives the server going away while a transaction holds a connection', {
    timeout: 60_000,
  }, async () => {
    const port = await serve(0)
    const poolErrors: Error[] = []
    const database = await createDatabase({
      databaseUrl: `postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
      poolSize: 1,
      onPoolError: (error) => poolErrors.push(error),
    })
    try {
      let resume: () => void = () => undefined
      const paused = new Promise<void>((resolve) => {
        resume = resolve
      })
      let started: () => void = () => undefined
      const holding = new Promise<void>((resolve) => {
        started = resolve
      })
      const transaction = database.db.transaction().execute(async (trx) => {
        await sql`SELECT 1`.execute(trx)
        started()
        await paused
        await sql`SELECT 2`.execute(trx)
      })
      const outcome = transaction.then(
        () => 'committed',
        () => 'failed',
      )
      await holding
      await server?.stop()
      server = null
      await expect.poll(() => poolErrors.length, { timeout: 10_000 }).toBeGreaterThan(0)
      resume()
      expect(await outcome).toBe('failed')

      await serve(port)
      expect((await sql<{ one: number }>`SELECT 1 AS one`.execute(database.db)).rows[0]?.one).toBe(1)
    } finally {
      await database.close()
    }
  })
})

describe('embedded PGlite settings', () => {
  it('keeps a small buffer pool by default and takes another when asked', { timeout: 120_000 }, async () => {
    const sharedBuffers = async (options: { pgliteSharedBuffers?: string }) => {
      const database = await createDatabase({ dataDir: 'memory://', ...options })
      try {
        const result = await sql<{ shared_buffers: string }>`SHOW shared_buffers`.execute(database.db)
        return result.rows[0]?.shared_buffers
      } finally {
        await database.close()
      }
    }
    expect(await sharedBuffers({})).toBe(DEFAULT_PGLITE_SHARED_BUFFERS)
    expect(await sharedBuffers({ pgliteSharedBuffers: '64MB' })).toBe('64MB')
  })
})
