import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../../../testing/src/index'
import type { DatabaseHandle } from '../create-database'
import { EMBEDDING_DIMENSIONS } from '../vector'
import { createApplicationWithDocument, linkCandidate, saveDocumentAnalysis } from './application.repository'
import { createJob, replaceRequirements } from './job.repository'
import { createOrganizationWithAdmin } from './organization.repository'
import {
  listAnalyzedDocumentIds,
  listDocumentsForScoring,
  listPoolSkills,
  listRequirementEmbeddings,
  preselectDocuments,
} from './retrieval.repository'

// A small seeded generator so the synthetic vectors are the same on every run.
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

function randomUnitVector(random: () => number): number[] {
  const values = Array.from({ length: EMBEDDING_DIMENSIONS }, () => random() * 2 - 1)
  const norm = Math.sqrt(values.reduce((sum, value) => sum + value * value, 0))
  return values.map((value) => value / norm)
}

function cosineDistance(a: number[], b: number[]): number {
  let dot = 0
  for (let index = 0; index < a.length; index++) dot += (a[index] ?? 0) * (b[index] ?? 0)
  return 1 - dot
}

type Organisation = { id: string; jobId: string; userId: string }

async function createOrganisation(handle: DatabaseHandle, label: string): Promise<Organisation> {
  const { organization, user } = await createOrganizationWithAdmin(handle.db, {
    organizationName: label,
    name: label,
    email: `${label}@example.com`,
    passwordHash: 'x',
  })
  const job = await createJob(handle.db, organization.id, {
    title: 'Pool',
    description: 'Pool',
    createdBy: user.id,
  })
  return { id: organization.id, jobId: job.id, userId: user.id }
}

async function storeDocument(
  handle: DatabaseHandle,
  organisation: Organisation,
  label: string,
  embedding: number[],
  profile: object = { label },
): Promise<{ documentId: string; applicationId: string }> {
  const text = `Resume ${label}`
  const { application } = await createApplicationWithDocument(
    handle.db,
    organisation.id,
    organisation.jobId,
    {
      filename: `${label}.txt`,
      kind: 'txt',
      mime: 'text/plain',
      sha256: createHash('sha256').update(`${organisation.id}:${label}`).digest('hex'),
      content: new TextEncoder().encode(text),
      pages: 1,
    },
    organisation.userId,
  )
  await saveDocumentAnalysis(handle.db, organisation.id, application.documentId, {
    text,
    pages: 1,
    hidden: [],
    profile,
    parserVersion: 'test',
    embedding,
    chunks: [],
    embeddingModel: 'test',
  })
  return { documentId: application.documentId, applicationId: application.id }
}

describe('retrieval repository', () => {
  let handle: DatabaseHandle
  let mine: Organisation
  let theirs: Organisation
  const myVectors = new Map<string, number[]>()
  const theirDocumentIds = new Set<string>()
  const random = createRandom(42)

  beforeAll(async () => {
    handle = await createTestDatabase('pglite')
    mine = await createOrganisation(handle, 'mine')
    theirs = await createOrganisation(handle, 'theirs')
    for (let index = 0; index < 120; index++) {
      const vector = randomUnitVector(random)
      const stored = await storeDocument(handle, mine, `mine-${index}`, vector)
      myVectors.set(stored.documentId, vector)
    }
    for (let index = 0; index < 120; index++) {
      const stored = await storeDocument(handle, theirs, `theirs-${index}`, randomUnitVector(random))
      theirDocumentIds.add(stored.documentId)
    }
  }, 120_000)
  afterAll(async () => {
    await handle?.close()
  })

  const exactNearest = (query: number[], limit: number): string[] =>
    [...myVectors.entries()]
      .map(([documentId, vector]) => ({ documentId, distance: cosineDistance(query, vector) }))
      .sort((a, b) => a.distance - b.distance)
      .slice(0, limit)
      .map((entry) => entry.documentId)

  it('returns the true nearest documents, nearest first, with their distances', async () => {
    for (let query = 0; query < 5; query++) {
      const vector = randomUnitVector(random)
      const found = await preselectDocuments(handle.db, mine.id, vector, 10)
      expect(found.map((hit) => hit.documentId)).toEqual(exactNearest(vector, 10))
      for (const hit of found) {
        expect(hit.distance).toBeCloseTo(cosineDistance(vector, myVectors.get(hit.documentId) ?? []), 4)
      }
    }
  })

  it('finds a stored document by its own vector at distance zero', async () => {
    const [documentId, vector] = [...myVectors.entries()][17] ?? []
    const found = await preselectDocuments(handle.db, mine.id, vector ?? [], 1)
    expect(found).toHaveLength(1)
    expect(found[0]?.documentId).toBe(documentId)
    expect(found[0]?.distance).toBeCloseTo(0, 5)
  })

  it('agrees with the sequential-scan baseline', async () => {
    const vector = randomUnitVector(random)
    const indexed = await preselectDocuments(handle.db, mine.id, vector, 25)
    const exact = await preselectDocuments(handle.db, mine.id, vector, 25, { exact: true })
    expect(exact.map((hit) => hit.documentId)).toEqual(exactNearest(vector, 25))
    expect(indexed.map((hit) => hit.documentId)).toEqual(exact.map((hit) => hit.documentId))
  })

  it("never returns another organisation's documents, even when theirs are nearer", async () => {
    const [theirId] = [...theirDocumentIds]
    const theirVector = await handle.db
      .selectFrom('documents')
      .select('embedding')
      .where('id', '=', theirId ?? '')
      .executeTakeFirstOrThrow()
    const query = (theirVector.embedding ?? '').slice(1, -1).split(',').map(Number)
    const found = await preselectDocuments(handle.db, mine.id, query, 50)
    expect(found).toHaveLength(50)
    for (const hit of found) {
      expect(myVectors.has(hit.documentId)).toBe(true)
      expect(theirDocumentIds.has(hit.documentId)).toBe(false)
    }
    const everything = await preselectDocuments(handle.db, mine.id, query, 500)
    expect(everything).toHaveLength(myVectors.size)
  })

  it('runs inside a transaction the caller already opened', async () => {
    const vector = randomUnitVector(random)
    const found = await handle.db.transaction().execute((trx) => preselectDocuments(trx, mine.id, vector, 5))
    expect(found.map((hit) => hit.documentId)).toEqual(exactNearest(vector, 5))
  })

  it('rejects a limit that is not a positive integer', async () => {
    await expect(preselectDocuments(handle.db, mine.id, randomUnitVector(random), 0)).rejects.toThrow(
      RangeError,
    )
  })

  it('lists documents for scoring in the order asked, within the organisation only', async () => {
    const ids = [...myVectors.keys()].slice(0, 3).reverse()
    const [theirId] = [...theirDocumentIds]
    const listed = await listDocumentsForScoring(handle.db, mine.id, [...ids, theirId ?? ''])
    expect(listed.map((document) => document.documentId)).toEqual(ids)
    expect(listed[0]?.text).toMatch(/^Resume mine-/)
    expect(listed[0]?.profile).toEqual({ label: listed[0]?.text.replace('Resume ', '') })
    expect(listed[0]?.candidateId).toBeNull()
    expect(await listDocumentsForScoring(handle.db, theirs.id, ids)).toEqual([])
  })

  it('reports the candidate linked to a document', async () => {
    const stored = await storeDocument(handle, mine, 'linked', randomUnitVector(random))
    myVectors.set(stored.documentId, [])
    const candidateId = await linkCandidate(
      handle.db,
      mine.id,
      stored.applicationId,
      { name: 'Linked Person', email: 'linked@example.com', phone: null },
      false,
    )
    const [listed] = await listDocumentsForScoring(handle.db, mine.id, [stored.documentId])
    expect(listed?.candidateId).toBe(candidateId)
  })

  it("lists the skill ids and current role title of the organisation's stored profiles, by document id", async () => {
    const skilled = await createOrganisation(handle, 'skilled')
    const python = await storeDocument(handle, skilled, 'python', randomUnitVector(random), {
      skills: [{ skillId: 'python', years: 2 }, { skillId: 'go' }],
      experiences: [{ title: null }, { title: 'Analyst' }, { title: 'Data Engineer', current: true }],
    })
    const headlined = await storeDocument(handle, skilled, 'headlined', randomUnitVector(random), {
      skills: [],
      experiences: [],
      headline: { title: 'Recruiter', employer: null },
    })
    const none = await storeDocument(handle, skilled, 'none', randomUnitVector(random))
    const listed = await listPoolSkills(handle.db, skilled.id)
    expect(listed).toEqual(
      [
        { documentId: python.documentId, skillIds: ['python', 'go'], currentTitle: 'Data Engineer' },
        { documentId: headlined.documentId, skillIds: [], currentTitle: 'Recruiter' },
        { documentId: none.documentId, skillIds: [], currentTitle: null },
      ].sort((a, b) => (a.documentId < b.documentId ? -1 : 1)),
    )
    const mineListed = await listPoolSkills(handle.db, mine.id)
    expect(mineListed).toHaveLength(myVectors.size)
    expect(mineListed.some((entry) => theirDocumentIds.has(entry.documentId))).toBe(false)
  })

  it('lists analysed document ids and requirement embeddings per organisation', async () => {
    const mineIds = await listAnalyzedDocumentIds(handle.db, mine.id)
    expect(mineIds).toEqual([...myVectors.keys()].sort())
    expect((await listAnalyzedDocumentIds(handle.db, theirs.id)).length).toBe(theirDocumentIds.size)

    const first = randomUnitVector(random)
    const second = randomUnitVector(random)
    await replaceRequirements(
      handle.db,
      mine.id,
      mine.jobId,
      [first, null, second].map((embedding, index) => ({
        label: `Requirement ${index}`,
        kind: 'required' as const,
        type: 'skill' as const,
        screened: true,
        weight: 1,
        skillIds: [],
        keywords: [],
        minYears: null,
        source: null,
        section: null,
        embedding,
      })),
    )
    const embeddings = await listRequirementEmbeddings(handle.db, mine.id, mine.jobId)
    expect(embeddings).toHaveLength(2)
    expect(embeddings[0]?.[3]).toBeCloseTo(first[3] ?? Number.NaN, 5)
    expect(embeddings[1]?.[7]).toBeCloseTo(second[7] ?? Number.NaN, 5)
    expect(await listRequirementEmbeddings(handle.db, theirs.id, mine.jobId)).toEqual([])
  })
})
