import {
  createJob,
  createOrganizationWithAdmin,
  type DatabaseHandle,
  findShortlistVersions,
} from '@shortlist/db'
import { createTestDatabase } from '@shortlist/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createShortlistVersionReader } from './shortlist-page'

// The real query on embedded PGlite; the test only counts the queries and decides when the first one may answer.
describe('createShortlistVersionReader', () => {
  let handle: DatabaseHandle
  let organizationId: string
  let otherOrganizationId: string
  let jobId: string

  beforeAll(async () => {
    handle = await createTestDatabase('pglite')
    const first = await createOrganizationWithAdmin(handle.db, {
      organizationName: 'Versions',
      name: 'Admin',
      email: 'versions@example.com',
      passwordHash: 'x',
    })
    organizationId = first.organization.id
    otherOrganizationId = (
      await createOrganizationWithAdmin(handle.db, {
        organizationName: 'Elsewhere',
        name: 'Admin',
        email: 'versions-elsewhere@example.com',
        passwordHash: 'x',
      })
    ).organization.id
    jobId = (
      await createJob(handle.db, organizationId, { title: 'Job', description: 'x', createdBy: first.user.id })
    ).id
  })
  afterAll(async () => {
    await handle?.close()
  })

  it('sends the requests that arrive while a query runs in one query after it, none before its arrival', async () => {
    const batches: number[] = []
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    const read: typeof findShortlistVersions = async (db, keys) => {
      batches.push(keys.length)
      // The first query answers only when the test says so; later ones at once.
      if (batches.length === 1) await held
      return findShortlistVersions(db, keys)
    }
    const readVersion = createShortlistVersionReader(handle.db, read)
    const first = readVersion(organizationId, jobId)
    await new Promise((resolve) => setImmediate(resolve))
    expect(batches).toEqual([1])

    // A change lands while the first query is held: the requests that arrive after it must see it.
    await handle.db
      .updateTable('jobs')
      .set((eb) => ({ shortlist_version: eb('shortlist_version', '+', '1') }))
      .where('id', '=', jobId)
      .execute()
    const later = [
      ...Array.from({ length: 20 }, () => readVersion(organizationId, jobId)),
      readVersion(otherOrganizationId, jobId),
    ]
    await new Promise((resolve) => setImmediate(resolve))
    expect(batches).toEqual([1])
    release()
    const [before, ...after] = await Promise.all([first, ...later])
    expect(batches).toEqual([1, 21])
    const current = (await findShortlistVersions(handle.db, [{ organizationId, jobId }]))[0]
    expect(after.slice(0, 20)).toEqual(Array.from({ length: 20 }, () => current))
    // Scoped to the organisation, whatever else is in the batch.
    expect(after[20]).toBeNull()
    expect(before).not.toBeNull()

    // Idle again: the next request is sent at once.
    await readVersion(organizationId, jobId)
    expect(batches).toEqual([1, 21, 1])
  })
})
