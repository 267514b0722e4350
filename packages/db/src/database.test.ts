import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestEngine } from '../../testing/src/index'
import type { DatabaseHandle } from './create-database'
import { migrateToLatest } from './migrate'
import {
  createApplicationWithDocument,
  findApplication,
  saveDocumentAnalysis,
} from './repositories/application.repository'
import { createJob, findJob, listJobs } from './repositories/job.repository'
import { createOrganizationWithAdmin } from './repositories/organization.repository'
import { EMBEDDING_DIMENSIONS } from './vector'

const unit = (index: number): number[] =>
  Array.from({ length: EMBEDDING_DIMENSIONS }, (_, position) => (position === index ? 1 : 0))

describe.each<TestEngine>(['pglite', 'postgres'])('database on %s', (engine) => {
  let handle: DatabaseHandle
  beforeAll(async () => {
    handle = await createTestDatabase(engine)
  }, 60_000)
  afterAll(async () => {
    await handle?.close()
  })

  it('migrates idempotently and reports readiness', async () => {
    expect(await migrateToLatest(handle.db)).toEqual([])
    expect(await handle.ping()).toBe(true)
  })

  it('scopes jobs to their organisation and stores vectors', async () => {
    const a = await createOrganizationWithAdmin(handle.db, {
      organizationName: 'A',
      name: 'Ann',
      email: `ann-${engine}@example.com`,
      passwordHash: 'x',
    })
    const b = await createOrganizationWithAdmin(handle.db, {
      organizationName: 'B',
      name: 'Bo',
      email: `bo-${engine}@example.com`,
      passwordHash: 'x',
    })
    const job = await createJob(handle.db, a.organization.id, {
      title: 'T',
      description: 'D',
      createdBy: a.user.id,
    })
    expect(await findJob(handle.db, b.organization.id, job.id)).toBeNull()
    expect((await findJob(handle.db, a.organization.id, job.id))?.title).toBe('T')
    expect(await listJobs(handle.db, b.organization.id)).toEqual([])

    const bytes = new TextEncoder().encode('hello')
    const first = await createApplicationWithDocument(
      handle.db,
      a.organization.id,
      job.id,
      { filename: 'a.txt', kind: 'txt', mime: 'text/plain', sha256: 'abc', content: bytes, pages: 1 },
      a.user.id,
    )
    const again = await createApplicationWithDocument(
      handle.db,
      a.organization.id,
      job.id,
      { filename: 'b.txt', kind: 'txt', mime: 'text/plain', sha256: 'abc', content: bytes, pages: 1 },
      a.user.id,
    )
    expect(first.duplicate).toBe(false)
    expect(again.duplicate).toBe(true)
    expect(again.application.id).toBe(first.application.id)
    expect(await findApplication(handle.db, b.organization.id, first.application.id)).toBeNull()

    await saveDocumentAnalysis(handle.db, a.organization.id, first.application.documentId, {
      text: 'hello',
      pages: 1,
      hidden: [],
      profile: { skills: [] },
      parserVersion: 'p1',
      embedding: unit(0),
      chunks: [{ index: 0, section: 'other', text: 'hello', start: 0, end: 5, embedding: unit(1) }],
      embeddingModel: 'm',
    })
    const stored = await handle.db
      .selectFrom('resume_chunks')
      .select('embedding')
      .where('document_id', '=', first.application.documentId)
      .executeTakeFirstOrThrow()
    expect(stored.embedding.startsWith('[0,1,0')).toBe(true)
  })
})
