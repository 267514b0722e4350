import { createHash } from 'node:crypto'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestEngine } from '../../../testing/src/index'
import type { DatabaseHandle } from '../create-database'
import { EMBEDDING_DIMENSIONS } from '../vector'
import { createApplicationWithDocument, linkCandidate, saveDocumentAnalysis } from './application.repository'
import { correctCandidate } from './candidate.repository'
import { createPoolOrganisation } from './create-pool-organisation.test-helpers'
import {
  listNearestPoolFamilies,
  listPoolFamilies,
  listStalePoolFamilies,
  preselectPoolDocuments,
  savePoolFamilies,
  toFamilyVectorLiteral,
} from './pool-document.repository'

// Seeded, so the vectors are the same on every run.
function createRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

const normalise = (values: number[]): number[] => {
  const norm = Math.sqrt(values.reduce((sum, value) => sum + value * value, 0))
  return values.map((value) => value / norm)
}
const dot = (a: number[], b: number[]) => a.reduce((sum, value, index) => sum + value * (b[index] ?? 0), 0)

type Organisation = { id: string; jobId: string; userId: string }
type Stored = { documentId: string; applicationId: string; candidateId: string; embedding: number[] }

describe('toFamilyVectorLiteral', () => {
  it('writes one hashed dimension per category with a positive weight, and nothing for an empty profile', () => {
    const literal = toFamilyVectorLiteral([
      ['databases', 2],
      ['cloud', 5],
      ['hr', 0],
    ])
    expect(literal).toMatch(/^\{\d+:\d+,\d+:\d+\}\/1000000000$/)
    const weights = (literal ?? '').slice(1, literal?.indexOf('}')).split(',')
    expect(weights.map((entry) => Number(entry.split(':')[1])).sort()).toEqual([2, 5])
    expect(toFamilyVectorLiteral([])).toBeNull()
    expect(toFamilyVectorLiteral([['hr', 0]])).toBeNull()
    // The same category always lands on the same dimension.
    expect(toFamilyVectorLiteral([['cloud', 1]])).toBe(toFamilyVectorLiteral([['cloud', 1]]))
  })
})

describe.each<TestEngine>(['pglite', 'postgres'])('pool documents on %s', (engine) => {
  let handle: DatabaseHandle
  let mine: Organisation
  let theirs: Organisation
  const myDocuments: Stored[] = []
  const theirDocuments: Stored[] = []
  const random = createRandom(11)

  const createOrganisation = (label: string) => createPoolOrganisation(handle.db, label)

  async function storeResume(organisation: Organisation, label: string): Promise<Stored> {
    const { application } = await createApplicationWithDocument(
      handle.db,
      organisation.id,
      organisation.jobId,
      {
        filename: `${label}.txt`,
        kind: 'txt',
        mime: 'text/plain',
        sha256: createHash('sha256').update(`${organisation.id}:${label}`).digest('hex'),
        content: new TextEncoder().encode(label),
        pages: 1,
      },
      organisation.userId,
    )
    const embedding = normalise(Array.from({ length: EMBEDDING_DIMENSIONS }, () => random() * 2 - 1))
    await saveDocumentAnalysis(handle.db, organisation.id, application.documentId, {
      text: `${label} resume.`,
      pages: 1,
      hidden: [],
      profile: { skills: [] },
      parserVersion: 'test',
      embedding,
      chunks: [],
      embeddingModel: 'test',
    })
    const candidateId = await linkCandidate(
      handle.db,
      organisation.id,
      application.id,
      { name: label, email: `${label}@example.com`, phone: null },
      false,
    )
    return { documentId: application.documentId, applicationId: application.id, candidateId, embedding }
  }

  beforeAll(async () => {
    handle = await createTestDatabase(engine)
    mine = await createOrganisation(`mine-${engine}`)
    theirs = await createOrganisation(`theirs-${engine}`)
    for (let index = 0; index < 30; index++) myDocuments.push(await storeResume(mine, `mine-${index}`))
    for (let index = 0; index < 10; index++) theirDocuments.push(await storeResume(theirs, `theirs-${index}`))
  }, 120_000)
  afterAll(async () => {
    await handle?.close()
  })

  it('keeps a row for every analysed document, waiting for its family profile, and none for the rest', async () => {
    const { application } = await createApplicationWithDocument(
      handle.db,
      mine.id,
      mine.jobId,
      {
        filename: 'pending.txt',
        kind: 'txt',
        mime: 'text/plain',
        sha256: createHash('sha256').update('pending').digest('hex'),
        content: new TextEncoder().encode('pending'),
        pages: 1,
      },
      mine.userId,
    )
    const stale = await listStalePoolFamilies(handle.db, mine.id, 'key-1')
    expect(stale.sort()).toEqual(myDocuments.map((document) => document.documentId).sort())
    expect(stale).not.toContain(application.documentId)
    const theirStale = await listStalePoolFamilies(handle.db, theirs.id, 'key-1')
    expect(theirStale).toHaveLength(theirDocuments.length)
  })

  it('finds the exact nearest documents of the organisation through the half-precision copies', async () => {
    const query = normalise(Array.from({ length: EMBEDDING_DIMENSIONS }, () => random() * 2 - 1))
    const expected = [...myDocuments]
      .map((document) => ({ documentId: document.documentId, distance: 1 - dot(document.embedding, query) }))
      .sort((a, b) => a.distance - b.distance)
      .slice(0, 10)
    const found = await preselectPoolDocuments(handle.db, mine.id, query, 10)
    expect(found.map((hit) => hit.documentId)).toEqual(expected.map((hit) => hit.documentId))
    for (const [index, hit] of found.entries())
      expect(hit.distance).toBeCloseTo(expected[index]?.distance ?? -1, 5)
    const all = await preselectPoolDocuments(handle.db, mine.id, query, 100)
    expect(all).toHaveLength(myDocuments.length)
    const theirIds = new Set(theirDocuments.map((document) => document.documentId))
    expect(all.some((hit) => theirIds.has(hit.documentId))).toBe(false)
  })

  it('stores family profiles, orders them by cosine, and leaves other organisations alone', async () => {
    const [a, b, c, d] = myDocuments as [Stored, Stored, Stored, Stored]
    await savePoolFamilies(handle.db, mine.id, 'key-1', [
      {
        documentId: a.documentId,
        family: [
          ['cloud', 5],
          ['devops', 1],
        ],
      },
      { documentId: b.documentId, family: [['cloud', 1]] },
      {
        documentId: c.documentId,
        family: [
          ['hr', 2],
          ['cloud', 1],
        ],
      },
      { documentId: d.documentId, family: [] },
      // Another organisation's document: ignored.
      { documentId: theirDocuments[0]?.documentId as string, family: [['cloud', 9]] },
    ])
    const nearest = await listNearestPoolFamilies(handle.db, mine.id, 'key-1', [['cloud', 1]], 10)
    // Exactly the cloud profile first, then the mostly-cloud one, then the mostly-hr one; the empty one never.
    expect(nearest.map((row) => row.documentId)).toEqual([b.documentId, a.documentId, c.documentId])
    expect(nearest[1]?.family).toEqual([
      ['cloud', 5],
      ['devops', 1],
    ])
    expect(nearest[0]?.distance).toBeCloseTo(0, 6)
    expect(await listNearestPoolFamilies(handle.db, mine.id, 'key-2', [['cloud', 1]], 10)).toEqual([])
    const stored = await listPoolFamilies(handle.db, mine.id, [c.documentId, d.documentId])
    expect(stored.get(c.documentId)).toEqual([
      ['hr', 2],
      ['cloud', 1],
    ])
    expect(stored.get(d.documentId)).toEqual([])
    const theirs0 = await listPoolFamilies(handle.db, theirs.id, [theirDocuments[0]?.documentId as string])
    expect(theirs0.get(theirDocuments[0]?.documentId as string)).toEqual([])
    const stale = await listStalePoolFamilies(handle.db, mine.id, 'key-1')
    expect(stale).not.toContain(a.documentId)
    expect(stale).toHaveLength(myDocuments.length - 4)
    // A second save with the same key does not overwrite a current row.
    await savePoolFamilies(handle.db, mine.id, 'key-1', [{ documentId: b.documentId, family: [['hr', 1]] }])
    expect((await listPoolFamilies(handle.db, mine.id, [b.documentId])).get(b.documentId)).toEqual([
      ['cloud', 1],
    ])
  })

  it('marks a family profile stale when its resume is written again or its candidate role is corrected', async () => {
    const [a, b, , , e] = myDocuments as [Stored, Stored, Stored, Stored, Stored]
    await savePoolFamilies(handle.db, mine.id, 'key-1', [{ documentId: e.documentId, family: [['hr', 1]] }])
    expect(await listStalePoolFamilies(handle.db, mine.id, 'key-1')).not.toContain(a.documentId)
    await saveDocumentAnalysis(handle.db, mine.id, a.documentId, {
      text: 'rewritten resume.',
      pages: 1,
      hidden: [],
      profile: { skills: [] },
      parserVersion: 'test',
      embedding: a.embedding,
      chunks: [],
      embeddingModel: 'test',
    })
    await correctCandidate(handle.db, mine.id, b.candidateId, {
      currentRole: { title: 'Recruiter', employer: null },
    })
    const stale = await listStalePoolFamilies(handle.db, mine.id, 'key-1')
    expect(stale).toContain(a.documentId)
    expect(stale).toContain(b.documentId)
    expect(stale).not.toContain(e.documentId)
    // A new key (another taxonomy) makes every row stale.
    expect(await listStalePoolFamilies(handle.db, mine.id, 'key-2')).toHaveLength(myDocuments.length)
    // A document without a profile leaves the pool.
    await sql`UPDATE documents SET profile = NULL WHERE id = ${e.documentId}`.execute(handle.db)
    expect(await listStalePoolFamilies(handle.db, mine.id, 'key-2')).toHaveLength(myDocuments.length - 1)
  })
})
