import { createHash } from 'node:crypto'
import {
  createApplicationWithDocument,
  createJob,
  createOrganizationWithAdmin,
  type DatabaseHandle,
  EMBEDDING_DIMENSIONS,
  saveDocumentAnalysis,
  setApplicationStatus,
} from '@shortlist/db'
import { createTestDatabase, type TestEngine } from '@shortlist/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chooseIndexBatch, type IndexPace, indexSearchBacklog } from './index-search-backlog'

const unit = (slot: number) =>
  Array.from({ length: EMBEDDING_DIMENSIONS }, (_, index) => (index === slot ? 1 : 0))

describe.each<TestEngine>(['pglite', 'postgres'])('indexSearchBacklog on %s', (engine) => {
  let handle: DatabaseHandle
  let organizationId: string
  const applicationIds: string[] = []

  async function countPending(): Promise<number> {
    const rows = await handle.db
      .selectFrom('resume_chunks')
      .select('id')
      .where('search_embedding', 'is', null)
      .execute()
    return rows.length
  }

  beforeAll(async () => {
    handle = await createTestDatabase(engine)
    const { organization, user } = await createOrganizationWithAdmin(handle.db, {
      organizationName: `backlog-${engine}`,
      name: 'Admin',
      email: `backlog-${engine}@example.com`,
      passwordHash: 'x',
    })
    organizationId = organization.id
    const job = await createJob(handle.db, organizationId, {
      title: 'Pool',
      description: 'Pool',
      createdBy: user.id,
    })
    // Three resumes of 120 chunks each: more than one batch of the indexer.
    for (let resume = 0; resume < 3; resume++) {
      const text = `resume ${resume}`
      const { application } = await createApplicationWithDocument(
        handle.db,
        organizationId,
        job.id,
        {
          filename: `${resume}.txt`,
          kind: 'txt',
          mime: 'text/plain',
          sha256: createHash('sha256').update(`${engine}:${resume}`).digest('hex'),
          content: new TextEncoder().encode(text),
          pages: 1,
        },
        user.id,
      )
      applicationIds.push(application.id)
      await saveDocumentAnalysis(handle.db, organizationId, application.documentId, {
        text,
        pages: 1,
        hidden: [],
        profile: { skills: [] },
        parserVersion: 'test',
        embedding: unit(resume),
        chunks: Array.from({ length: 120 }, (_, index) => ({
          index,
          section: 'experience',
          text: `chunk ${index}`,
          start: 0,
          end: 1,
          embedding: unit((resume * 120 + index) % EMBEDDING_DIMENSIONS),
        })),
        embeddingModel: 'test',
      })
    }
  }, 120_000)
  afterAll(async () => {
    await handle?.close()
  })

  it('indexes one statement while applications are unfinished, then the rest once ingest is quiet', async () => {
    expect(await countPending()).toBe(360)
    const pace: IndexPace = { msPerChunk: null }
    // Uploaded applications start queued: ingest is busy, so one statement per pass, the first a one-chunk probe.
    expect(await indexSearchBacklog({ db: handle.db }, { pace })).toBe(1)
    expect(pace.msPerChunk).not.toBeNull()
    // The next statement is sized by the measured cost per chunk.
    const next = chooseIndexBatch(pace)
    expect(await indexSearchBacklog({ db: handle.db }, { pace })).toBe(next)
    expect(await countPending()).toBe(359 - next)
    for (const applicationId of applicationIds)
      await setApplicationStatus(handle.db, organizationId, applicationId, 'scored')
    // Quiet, but the reconciler has not seen a whole quiet tick yet: still one statement.
    const quietFirst = chooseIndexBatch(pace)
    expect(await indexSearchBacklog({ db: handle.db }, { maxBatches: 1, pace })).toBe(quietFirst)
    // A whole quiet tick: statement after statement, up to the per-call bound (200 statements), then the next pass.
    const remaining = 359 - next - quietFirst
    const drained = await indexSearchBacklog({ db: handle.db }, { pace })
    expect(drained).toBeGreaterThan(chooseIndexBatch(pace))
    let rest = 0
    for (let pass = 0; pass < 10 && drained + rest < remaining; pass++)
      rest += await indexSearchBacklog({ db: handle.db }, { pace })
    expect(drained + rest).toBe(remaining)
    expect(await countPending()).toBe(0)
    expect(await indexSearchBacklog({ db: handle.db }, { pace })).toBe(0)
    // The index holds each chunk's own vector, in half precision.
    const copied = await handle.db
      .selectFrom('resume_chunks')
      .select(['embedding', 'search_embedding'])
      .execute()
    const numbers = (literal: string | null) => (literal ?? '').slice(1, -1).split(',').map(Number)
    expect(copied).toHaveLength(360)
    for (const row of copied) expect(numbers(row.search_embedding)).toEqual(numbers(row.embedding))
  }, 120_000)
})

describe('chooseIndexBatch', () => {
  it('probes with one chunk, then fits the statement budget, between one and 25 chunks', () => {
    expect(chooseIndexBatch({ msPerChunk: null })).toBe(1)
    // PostgreSQL: under a millisecond a chunk.
    expect(chooseIndexBatch({ msPerChunk: 0.6 })).toBe(25)
    expect(chooseIndexBatch({ msPerChunk: 0 })).toBe(25)
    // PGlite: tens of milliseconds a chunk.
    expect(chooseIndexBatch({ msPerChunk: 12 })).toBe(4)
    expect(chooseIndexBatch({ msPerChunk: 64 })).toBe(1)
  })
})
