import { createServer } from 'node:net'
import { createDatabase, type DatabaseHandle } from '@shortlist/db'
import { createRedisConnection } from '@shortlist/jobs'
import Fastify, { type FastifyInstance } from 'fastify'
import type { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { errorHandlerPlugin } from '../src/plugins/error-handler'

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (!address || typeof address === 'string') throw new Error('no port')
  return address.port
}

// A backing service that is down is an outage the client can retry (503), not a bug (500). Real clients against
// ports nobody listens on, through the API's own error handler.
describe('database and queue outages', () => {
  let app: FastifyInstance
  let database: DatabaseHandle
  let redis: Redis

  beforeAll(async () => {
    database = await createDatabase({
      databaseUrl: `postgres://postgres@127.0.0.1:${await closedPort()}/postgres?sslmode=disable`,
    })
    redis = createRedisConnection(`redis://127.0.0.1:${await closedPort()}`, 'producer')
    redis.on('error', () => undefined)
    app = Fastify()
    await app.register(errorHandlerPlugin)
    app.get('/db', async () => database.db.selectFrom('organizations').select('id').execute())
    app.get('/queue', async () => redis.set('outage-probe', '1'))
    app.get('/bug', async () => {
      throw new TypeError('a real bug')
    })
    await app.ready()
  })

  afterAll(async () => {
    await app?.close()
    redis?.disconnect()
    await database?.close()
  })

  it('answers 503 DATABASE_UNAVAILABLE while Postgres refuses connections', async () => {
    const response = await app.inject({ method: 'GET', url: '/db' })
    expect(response.statusCode).toBe(503)
    expect(response.json().code).toBe('DATABASE_UNAVAILABLE')
    expect(response.headers['content-type']).toContain('application/problem+json')
    expect(response.headers['retry-after']).toBeDefined()
  })

  it('answers 503 QUEUE_UNAVAILABLE while Redis is unreachable', async () => {
    const response = await app.inject({ method: 'GET', url: '/queue' })
    expect(response.statusCode).toBe(503)
    expect(response.json().code).toBe('QUEUE_UNAVAILABLE')
  })

  it('still answers 500 to a bug', async () => {
    const response = await app.inject({ method: 'GET', url: '/bug' })
    expect(response.statusCode).toBe(500)
    expect(response.json().code).toBe('INTERNAL')
  })
})
