import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { createTestDatabase, startTestPostgres } from './index'

describe('startTestPostgres', () => {
  it('gives each test a private database it drops afterwards, with the pool the server can take', async () => {
    const server = await startTestPostgres()
    if (server.kind === 'pglite-socket') {
      // One multiplexed session: a single connection is all that is safe.
      expect(server.poolSize).toBe(1)
      await server.stop()
      return
    }
    expect(server.poolSize).toBeGreaterThan(1)
    const name = new URL(server.url).pathname.slice(1)
    expect(name).toMatch(/^test_[0-9a-f]{32}$/)
    // Two connections are two sessions: real concurrency, unlike pglite-socket.
    const pool = new pg.Pool({ connectionString: server.url, max: 2 })
    const [first, second] = await Promise.all([pool.connect(), pool.connect()])
    const pids = await Promise.all(
      [first, second].map((client) => client.query('SELECT pg_backend_pid() AS pid')),
    )
    expect(pids[0]?.rows[0].pid).not.toBe(pids[1]?.rows[0].pid)
    const extension = await first.query(`SELECT extversion FROM pg_extension WHERE extname = 'vector'`)
    expect(extension.rowCount).toBe(1)
    first.release()
    second.release()
    await pool.end()
    await server.stop()
    const admin = new pg.Client({ connectionString: server.url.replace(`/${name}`, '/postgres') })
    await admin.connect()
    const left = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    await admin.end()
    expect(left.rowCount).toBe(0)
  })

  it('drops its database even when a test left a session open on it', async () => {
    const server = await startTestPostgres()
    if (server.kind === 'pglite-socket') {
      await server.stop()
      return
    }
    const name = new URL(server.url).pathname.slice(1)
    const left = new pg.Client({ connectionString: server.url })
    // The session ended by the drop reports it here, as a leftover connection's owner would see it.
    const ended = new Promise<string>((resolve) =>
      left.on('error', (error) => resolve(String(error.message))),
    )
    await left.connect()
    await server.stop()
    expect(await ended).toMatch(/terminating connection/)
    const admin = new pg.Client({ connectionString: server.url.replace(`/${name}`, '/postgres') })
    await admin.connect()
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    await admin.end()
    expect(found.rowCount).toBe(0)
  })

  it('migrates the database createTestDatabase hands out', async () => {
    const handle = await createTestDatabase('postgres')
    try {
      const tables = await handle.db.introspection.getTables()
      expect(tables.map((table) => table.name)).toContain('applications')
    } finally {
      await handle.close()
    }
  })
})
