import { createHash } from 'node:crypto'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestEngine } from '../../../testing/src/index'
import type { DatabaseHandle } from '../create-database'
import { EMBEDDING_DIMENSIONS, toVectorLiteral } from '../vector'
import {
  createApplicationWithDocument,
  indexSearchChunks,
  linkCandidate,
  POSTING_MIN_WEIGHT,
  saveDocumentAnalysis,
  searchCandidates,
  selectPostingSlots,
} from './application.repository'
import { correctCandidate } from './candidate.repository'
import { createPoolOrganisation } from './create-pool-organisation.test-helpers'
import { listCurrentRoles } from './current-role'
import { findSemanticMatches } from './evaluation.repository'
import { replaceRequirements } from './job.repository'
import { listPoolSkills, listSemanticMatches, preselectDocuments } from './retrieval.repository'

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
const randomUnitVector = (random: () => number) =>
  normalise(Array.from({ length: EMBEDDING_DIMENSIONS }, () => random() * 2 - 1))
const dot = (a: number[], b: number[]) => a.reduce((sum, value, index) => sum + value * (b[index] ?? 0), 0)

type Organisation = { id: string; jobId: string; userId: string }
type StoredResume = { documentId: string; applicationId: string; candidateId: string; chunks: number[][] }

const CHUNKS = 4

describe.each<TestEngine>(['pglite', 'postgres'])('pool search on %s', (engine) => {
  let handle: DatabaseHandle
  let mine: Organisation
  let theirs: Organisation
  const myResumes: StoredResume[] = []
  const theirResumes: StoredResume[] = []
  const random = createRandom(7)

  const createOrganisation = (label: string) => createPoolOrganisation(handle.db, label)

  /** A resume as ingest stores it: chunks with vectors, the document vector their normalised mean, a candidate. */
  async function storeResume(
    organisation: Organisation,
    label: string,
    chunks: number[][],
    options: { email?: string; profile?: object; documentEmbedding?: number[] } = {},
  ): Promise<StoredResume> {
    const text = chunks.map((_, index) => `${label} chunk ${index}.`).join(' ')
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
    const mean =
      options.documentEmbedding ??
      normalise(
        Array.from({ length: EMBEDDING_DIMENSIONS }, (_, index) =>
          chunks.reduce((sum, chunk) => sum + (chunk[index] ?? 0), 0),
        ),
      )
    let offset = 0
    await saveDocumentAnalysis(handle.db, organisation.id, application.documentId, {
      text,
      pages: 1,
      hidden: [],
      profile: options.profile ?? { skills: [] },
      parserVersion: 'test',
      embedding: mean,
      chunks: chunks.map((embedding, index) => {
        const chunkText = `${label} chunk ${index}.`
        const start = offset
        offset += chunkText.length + 1
        return {
          index,
          section: 'experience',
          text: chunkText,
          start,
          end: start + chunkText.length,
          embedding,
        }
      }),
      embeddingModel: 'test',
    })
    const candidateId = await linkCandidate(
      handle.db,
      organisation.id,
      application.id,
      { name: label, email: options.email ?? `${label}@example.com`, phone: null },
      false,
    )
    return { documentId: application.documentId, applicationId: application.id, candidateId, chunks }
  }

  beforeAll(async () => {
    handle = await createTestDatabase(engine)
    mine = await createOrganisation(`mine-${engine}`)
    theirs = await createOrganisation(`theirs-${engine}`)
    for (let index = 0; index < 40; index++) {
      const chunks = Array.from({ length: CHUNKS }, () => randomUnitVector(random))
      myResumes.push(await storeResume(mine, `mine-${index}`, chunks))
    }
    // One candidate with a second resume (same email): search returns the candidate once, by their best chunk.
    const first = myResumes[0] as StoredResume
    const second = await storeResume(
      mine,
      'mine-0-again',
      Array.from({ length: CHUNKS }, () => randomUnitVector(random)),
      { email: 'mine-0@example.com' },
    )
    expect(second.candidateId).toBe(first.candidateId)
    myResumes.push(second)
    // The other organisation holds exact copies of my chunks: nearer than anything, and never mine to see.
    for (const [index, resume] of myResumes.slice(0, 20).entries())
      theirResumes.push(await storeResume(theirs, `theirs-${index}`, resume.chunks))
    // What the reconciler's indexer does off the ingest path: every chunk stored so far into the search index.
    let indexed = 0
    for (let done = -1; done !== 0; indexed += done) done = await indexSearchChunks(handle.db, 50)
    expect(indexed).toBe((myResumes.length + theirResumes.length) * CHUNKS)
  }, 240_000)
  afterAll(async () => {
    await handle?.close()
  })

  /** The exact answer, computed here: each candidate by their best chunk over all their resumes, best first. */
  function exactSearch(resumes: StoredResume[], query: number[], limit: number) {
    const best = new Map<
      string,
      { similarity: number; applicationId: string; chunk: number; documentId: string }
    >()
    for (const resume of resumes) {
      for (const [chunk, vector] of resume.chunks.entries()) {
        const similarity = dot(query, vector)
        const current = best.get(resume.candidateId)
        if (!current || similarity > current.similarity)
          best.set(resume.candidateId, {
            similarity,
            applicationId: resume.applicationId,
            chunk,
            documentId: resume.documentId,
          })
      }
    }
    return [...best.entries()]
      .sort((a, b) => b[1].similarity - a[1].similarity)
      .slice(0, limit)
      .map(([candidateId, hit]) => ({ candidateId, ...hit }))
  }

  it('returns the exact top-k candidates through the index, each once, with the best chunk as snippet', async () => {
    for (let query = 0; query < 5; query++) {
      const vector = randomUnitVector(random)
      const expected = exactSearch(myResumes, vector, 10)
      const hits = await searchCandidates(handle.db, mine.id, vector, 10)
      expect(hits.map((hit) => hit.candidateId)).toEqual(expected.map((hit) => hit.candidateId))
      expect(new Set(hits.map((hit) => hit.candidateId)).size).toBe(hits.length)
      for (const [index, hit] of hits.entries()) {
        const wanted = expected[index]
        expect(hit.similarity).toBeCloseTo(wanted?.similarity ?? Number.NaN, 4)
        expect(hit.applicationId).toBe(wanted?.applicationId)
        expect(hit.snippet).toMatch(new RegExp(`chunk ${wanted?.chunk}\\.$`))
      }
      const exact = await searchCandidates(handle.db, mine.id, vector, 10, { exact: true })
      expect(exact).toEqual(hits)
    }
  })

  it('finds the candidate of a chunk near the query when the first stage keeps only a few chunks', async () => {
    const target = myResumes[17] as StoredResume
    const query = normalise((target.chunks[2] as number[]).map((value) => value + (random() - 0.5) * 0.01))
    const [hit] = await searchCandidates(handle.db, mine.id, query, 3, { chunks: 5 })
    expect(hit?.candidateId).toBe(target.candidateId)
    expect(hit?.snippet).toBe('mine-17 chunk 2.')
  })

  it("finds a resume by its one near chunk, before and after it is indexed, though its document's vector points away", async () => {
    // A resume whose vector says nothing of the chunk asked about: the document stage cannot see it, the chunk
    // stage does, and the second stage ranks it by that chunk.
    const query = randomUnitVector(random)
    const near = normalise(query.map((value) => value + (random() - 0.5) * 0.02))
    const others = Array.from({ length: 8 }, () => randomUnitVector(random))
    const hidden = await storeResume(mine, 'mine-hidden', [...others.slice(0, 4), near, ...others.slice(4)], {
      documentEmbedding: query.map((value) => -value),
    })
    myResumes.push(hidden)
    const byDocuments = await searchCandidates(handle.db, mine.id, query, 5, { documents: 10 })
    expect(byDocuments.map((found) => found.candidateId)).not.toContain(hidden.candidateId)
    const expectFound = async () => {
      const [hit] = await searchCandidates(handle.db, mine.id, query, 5, { chunks: 10 })
      expect(hit?.candidateId).toBe(hidden.candidateId)
      expect(hit?.snippet).toBe('mine-hidden chunk 4.')
      expect(hit?.similarity).toBeCloseTo(dot(query, near), 4)
      const defaults = await searchCandidates(handle.db, mine.id, query, 10)
      expect(defaults).toEqual(await searchCandidates(handle.db, mine.id, query, 10, { exact: true }))
      expect(defaults[0]?.candidateId).toBe(hidden.candidateId)
    }
    // Not indexed yet: its chunks are ranked exactly beside the index's.
    const pending = await sql<{ count: number }>`
      SELECT count(*)::int AS count FROM resume_chunks WHERE document_id = ${hidden.documentId} AND search_embedding IS NULL
    `.execute(handle.db)
    expect(pending.rows[0]?.count).toBe(9)
    await expectFound()
    expect(await indexSearchChunks(handle.db, 100)).toBe(9)
    expect(await indexSearchChunks(handle.db, 100)).toBe(0)
    await expectFound()
  })

  it('finds the nearest chunks of a short query through the postings of its dominant components', async () => {
    // A short query of the offline embedder: two non-zero components, one dominant. Its nearest chunks are those
    // with the largest values there, wherever they sit in the graph; the other organisation holds copies.
    const sparse = (slot: number, sign: number, strength: number) =>
      normalise(
        randomUnitVector(random).map((value, index) => value + (index === slot ? sign * strength : 0)),
      )
    const stored: StoredResume[] = []
    for (const [index, [slot, sign]] of [
      [37, 1],
      [37, 1],
      [37, 1],
      [90, -1],
      [90, -1],
      [90, -1],
    ].entries()) {
      const chunks = [randomUnitVector(random), sparse(slot as number, sign as number, 0.5 + index / 10)]
      stored.push(await storeResume(mine, `mine-sparse-${index}`, chunks))
      theirResumes.push(await storeResume(theirs, `theirs-sparse-${index}`, chunks))
    }
    myResumes.push(...stored)
    while ((await indexSearchChunks(handle.db, 100)) > 0) {}
    // Each indexed chunk has one posting per component of magnitude at least POSTING_MIN_WEIGHT, in its organisation.
    for (const resume of stored) {
      const postings = await sql<{ slot: number; weight: number; organization_id: string }>`
        SELECT slot, weight, organization_id FROM resume_chunk_postings WHERE document_id = ${resume.documentId}
        ORDER BY slot
      `.execute(handle.db)
      const expected = resume.chunks
        .flatMap((vector) => vector.map((weight, slot) => ({ slot, weight })))
        .filter(({ weight }) => Math.abs(weight) >= POSTING_MIN_WEIGHT)
        .sort((a, b) => a.slot - b.slot)
      expect(postings.rows.map((row) => row.slot)).toEqual(expected.map((posting) => posting.slot))
      for (const [index, row] of postings.rows.entries())
        expect(row.weight).toBeCloseTo(expected[index]?.weight ?? Number.NaN, 5)
      expect(new Set(postings.rows.map((row) => row.organization_id))).toEqual(new Set([mine.id]))
    }
    expect(selectPostingSlots(randomUnitVector(random))).toEqual([])
    const theirCandidates = new Set(theirResumes.map((resume) => resume.candidateId))
    for (const [slot, sign] of [
      [37, 1],
      [90, -1],
    ] as const) {
      const query = normalise(
        Array.from({ length: EMBEDDING_DIMENSIONS }, (_, index) =>
          index === slot ? sign * 5 : index === slot + 1 ? 0.6 : 0,
        ),
      )
      expect(selectPostingSlots(query)).toEqual([{ slot, sign }])
      const expected = exactSearch(myResumes, query, 3)
      // The graph stage keeps one chunk: alone it finds one candidate; the postings find the other two.
      const graphOnly = await searchCandidates(handle.db, mine.id, query, 3, { chunks: 1, postingChunks: 0 })
      expect(graphOnly).toHaveLength(1)
      const hits = await searchCandidates(handle.db, mine.id, query, 3, { chunks: 1, postingChunks: 5 })
      expect(hits.map((hit) => hit.candidateId)).toEqual(expected.map((hit) => hit.candidateId))
      expect(hits.some((hit) => theirCandidates.has(hit.candidateId))).toBe(false)
      expect(hits).toEqual(await searchCandidates(handle.db, mine.id, query, 3, { exact: true }))
    }
    // Postings go with their chunks: a resume analysed again has only its new chunks' postings.
    const again = stored[0] as StoredResume
    await sql`DELETE FROM resume_chunks WHERE document_id = ${again.documentId}`.execute(handle.db)
    const left = await sql<{ count: number }>`
      SELECT count(*)::int AS count FROM resume_chunk_postings WHERE document_id = ${again.documentId}
    `.execute(handle.db)
    expect(left.rows[0]?.count).toBe(0)
    myResumes.splice(myResumes.indexOf(again), 1)
  })

  it("reads the chunk index under the organisation filter, on the query's own column", async () => {
    // The table is too small here for the planner to prefer the index (a tenant this small is best served by its
    // b-tree and a sort, exactly), so scans and sorts are priced out: the plan shows the index matches the query's
    // expression and takes the filter (the bench records the plan at 10k and 100k resumes, where it is chosen).
    const vector = toVectorLiteral(randomUnitVector(random))
    const plan = await handle.db.transaction().execute(async (trx) => {
      await sql`SET LOCAL enable_seqscan = off`.execute(trx)
      await sql`SET LOCAL enable_bitmapscan = off`.execute(trx)
      await sql`SET LOCAL enable_sort = off`.execute(trx)
      return sql<{ 'QUERY PLAN': string }>`
        EXPLAIN SELECT document_id FROM resume_chunks WHERE organization_id = ${mine.id}
        ORDER BY search_embedding <=> ${vector}::halfvec(${sql.raw(String(EMBEDDING_DIMENSIONS))})
        LIMIT 100
      `.execute(trx)
    })
    const text = plan.rows.map((row) => row['QUERY PLAN']).join('\n')
    expect(text).toContain('Index Scan using resume_chunks_search_embedding_hnsw')
    expect(text).toMatch(/Filter: \(organization_id = /)
  })

  it("never returns another organisation's candidates, though theirs are nearer", async () => {
    const query = (myResumes[3] as StoredResume).chunks[1] as number[]
    const theirCandidates = new Set(theirResumes.map((resume) => resume.candidateId))
    const mineHits = await searchCandidates(handle.db, mine.id, query, 20)
    expect(mineHits).toHaveLength(20)
    expect(mineHits.some((hit) => theirCandidates.has(hit.candidateId))).toBe(false)
    const theirHits = await searchCandidates(handle.db, theirs.id, query, 5)
    expect(theirHits.map((hit) => hit.candidateId)).toEqual(
      exactSearch(theirResumes, query, 5).map((hit) => hit.candidateId),
    )
    const myDocuments = new Set(myResumes.map((resume) => resume.documentId))
    const preselected = await preselectDocuments(handle.db, theirs.id, query, 50)
    expect(preselected).toHaveLength(theirResumes.length)
    expect(preselected.some((hit) => myDocuments.has(hit.documentId))).toBe(false)
  })

  it('preselects the exact nearest documents through the index', async () => {
    const vector = randomUnitVector(random)
    const indexed = await preselectDocuments(handle.db, mine.id, vector, 15)
    const exact = await preselectDocuments(handle.db, mine.id, vector, 15, { exact: true })
    expect(indexed).toEqual(exact)
    expect(indexed).toHaveLength(15)
  })

  it("reads every document's nearest chunk per requirement in one query, as the per-document query does", async () => {
    const requirements = [randomUnitVector(random), null, randomUnitVector(random)]
    await replaceRequirements(
      handle.db,
      mine.id,
      mine.jobId,
      requirements.map((embedding, index) => ({
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
    const documentIds = myResumes.slice(0, 6).map((resume) => resume.documentId)
    const theirId = (theirResumes[0] as StoredResume).documentId
    const batched = await listSemanticMatches(handle.db, mine.id, mine.jobId, [...documentIds, theirId])
    for (const documentId of documentIds) {
      const single = await findSemanticMatches(handle.db, mine.id, mine.jobId, documentId)
      expect(single).toHaveLength(2)
      const sortById = <T extends { requirementId: string }>(items: T[]) =>
        [...items].sort((a, b) => (a.requirementId < b.requirementId ? -1 : 1))
      expect(sortById(batched.get(documentId) ?? [])).toEqual(sortById(single))
    }
    expect(batched.get(theirId)).toEqual([])
  })

  it('reads pool titles by the current-role rule, corrections first, without reading profiles', async () => {
    const titled = await createOrganisation(`titled-${engine}`)
    const vector = () => [randomUnitVector(random)]
    const profiles: Record<string, object> = {
      current: {
        skills: [{ skillId: 'python' }],
        experiences: [{ title: 'Analyst' }, { title: 'Lead', current: true }],
      },
      currentText: { skills: [], experiences: [{ title: 'Analyst' }, { title: 'Chief', current: 'true' }] },
      first: {
        skills: [],
        experiences: [{ title: null, current: true }, { employer: 'X' }, { title: 'Designer' }],
      },
      headline: {
        skills: [],
        experiences: [{ employer: 'X' }],
        headline: { title: 'Recruiter', employer: null },
      },
      notArray: { skills: [], experiences: { title: 'Odd' }, headline: { title: 'Nurse' } },
      empty: { skills: [] },
      corrected: { skills: [{ skillId: 'go' }], experiences: [{ title: 'Intern' }] },
    }
    const stored = new Map<string, StoredResume>()
    for (const [label, profile] of Object.entries(profiles))
      stored.set(label, await storeResume(titled, `${engine}-${label}`, vector(), { profile }))
    const corrected = stored.get('corrected') as StoredResume
    await correctCandidate(handle.db, titled.id, corrected.candidateId, {
      currentRole: { title: 'Staff Engineer', employer: 'Y' },
    })
    const listed = await listPoolSkills(handle.db, titled.id)
    const roles = await listCurrentRoles(
      handle.db,
      titled.id,
      listed.map((entry) => entry.documentId),
    )
    // The generated column and the query-time fragment agree on every profile shape.
    for (const entry of listed) expect(entry.currentTitle).toBe(roles.get(entry.documentId)?.title ?? null)
    const titleOf = (label: string) =>
      listed.find((entry) => entry.documentId === stored.get(label)?.documentId)?.currentTitle
    expect(titleOf('current')).toBe('Lead')
    expect(titleOf('currentText')).toBe('Chief')
    expect(titleOf('first')).toBe('Designer')
    expect(titleOf('headline')).toBe('Recruiter')
    expect(titleOf('notArray')).toBe('Nurse')
    expect(titleOf('empty')).toBeNull()
    expect(titleOf('corrected')).toBe('Staff Engineer')
    expect(listed.find((entry) => entry.documentId === corrected.documentId)?.skillIds).toEqual(['go'])
    // Re-parsing rewrites the profile and the generated columns with it.
    await saveDocumentAnalysis(handle.db, titled.id, (stored.get('current') as StoredResume).documentId, {
      text: 'reparsed',
      pages: 1,
      hidden: [],
      profile: { skills: [{ skillId: 'rust' }], experiences: [{ title: 'Architect', current: true }] },
      parserVersion: 'test-2',
      embedding: randomUnitVector(random),
      chunks: [],
      embeddingModel: 'test',
    })
    const relisted = await listPoolSkills(handle.db, titled.id)
    expect(relisted.find((entry) => entry.documentId === stored.get('current')?.documentId)).toMatchObject({
      skillIds: ['rust'],
      currentTitle: 'Architect',
    })
    expect(relisted.some((entry) => myResumes.some((resume) => resume.documentId === entry.documentId))).toBe(
      false,
    )
  })
})
