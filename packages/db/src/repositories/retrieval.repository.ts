import { sql } from 'kysely'
import type { Db } from '../create-database'
import { toVectorLiteral } from '../vector'

export type PreselectedDocument = { documentId: string; distance: number }

export type DocumentForScoring = {
  documentId: string
  /** Any candidate linked to the document through one of its applications (the earliest), or null. */
  candidateId: string | null
  text: string
  profile: unknown
}

/** pgvector refuses `hnsw.ef_search` above this. */
const MAX_EF_SEARCH = 1000

/**
 * `hnsw.ef_search` (the graph search's candidate list) for a query that asks for `rows`: pgvector's ceiling, 1000.
 * `pnpm bench pool` chose it on a pool composed from real resumes (job query vectors sit far from every resume, and
 * the resumes close to one another, which is hard on the graph): the /matches preselect's recall@50 against the
 * exact answer at 10k was 0.45, 0.52, 0.67, 0.80 and 1.00 at ef_search 50, 100, 200 (the setting before), 400 and
 * 1000, for about 1.7× the time of 200 and less than the sequential scan.
 */
export function efSearchFor(_rows: number): number {
  return MAX_EF_SEARCH
}

/**
 * Upper bound on the tuples one iterative index scan visits before it gives up (pgvector's default is 20,000):
 * a small tenant inside a large shared index needs the walk to continue far enough to fill its `limit`.
 */
const MAX_SCAN_TUPLES = 200_000

// Iterative index scans (pgvector 0.8) keep walking the graph until enough rows pass the organisation filter;
// without them a tenant with few documents in a large shared index can get fewer than `limit` back.
const iterativeScanSupport = new WeakMap<Db, Promise<boolean>>()

function supportsIterativeScan(db: Db): Promise<boolean> {
  let known = iterativeScanSupport.get(db)
  if (!known) {
    known = sql<{ supported: boolean }>`
      SELECT string_to_array(extversion, '.')::int[] >= ARRAY[0, 8] AS supported
      FROM pg_extension WHERE extname = 'vector'
    `
      .execute(db)
      .then((result) => result.rows[0]?.supported === true)
    iterativeScanSupport.set(db, known)
  }
  return known
}

export type VectorSearchOptions = {
  /** Index scans off for the same query: the sequential-scan baseline (exact). */
  exact?: boolean
  /** Overrides `hnsw.ef_search` (clamped to pgvector's 1..1000); the benchmark sweeps it. */
  efSearch?: number
}

/**
 * Runs `search` in a transaction (the caller's, if `db` is one) with the HNSW settings of one filtered nearest-
 * neighbour query: ef_search, a relaxed-order iterative scan (the caller re-sorts the rows it gets, so strict order
 * buys nothing), or index scans off for the exact baseline. SET LOCAL ends with the transaction.
 */
export async function withVectorSearch<T>(
  db: Db,
  rows: number,
  options: VectorSearchOptions,
  search: (trx: Db) => Promise<T>,
): Promise<T> {
  const efSearch =
    options.efSearch === undefined
      ? efSearchFor(rows)
      : Math.min(MAX_EF_SEARCH, Math.max(1, Math.round(options.efSearch)))
  const iterative = await supportsIterativeScan(db)
  const run = async (trx: Db) => {
    // SET LOCAL takes no bind parameters; both numbers are integers computed here, never caller text.
    await sql`SET LOCAL hnsw.ef_search = ${sql.raw(String(efSearch))}`.execute(trx)
    if (iterative) {
      await sql`SET LOCAL hnsw.iterative_scan = relaxed_order`.execute(trx)
      await sql`SET LOCAL hnsw.max_scan_tuples = ${sql.raw(String(MAX_SCAN_TUPLES))}`.execute(trx)
    }
    if (options.exact) await sql`SET LOCAL enable_indexscan = off`.execute(trx)
    return search(trx)
  }
  return db.isTransaction ? run(db) : db.transaction().execute(run)
}

/**
 * The organisation's documents nearest to a query vector (cosine distance, HNSW `documents_embedding_hnsw` with an
 * iterative scan under the organisation filter), nearest first, ties by id. `exact: true` is the sequential-scan
 * baseline of the same query.
 */
export async function preselectDocuments(
  db: Db,
  organizationId: string,
  queryEmbedding: number[],
  limit: number,
  options: VectorSearchOptions = {},
): Promise<PreselectedDocument[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('limit must be a positive integer')
  const vector = toVectorLiteral(queryEmbedding)
  const rows = await withVectorSearch(db, limit, options, async (trx) => {
    // Ordering by distance alone lets the planner use the index; ties are ordered below.
    const result = await sql<{ id: string; distance: number }>`
      SELECT id, embedding <=> ${vector}::vector AS distance
      FROM documents
      WHERE organization_id = ${organizationId} AND embedding IS NOT NULL
      ORDER BY embedding <=> ${vector}::vector
      LIMIT ${limit}
    `.execute(trx)
    return result.rows
  })
  return rows
    .map((row) => ({ documentId: row.id, distance: Number(row.distance) }))
    .sort(
      (a, b) =>
        a.distance - b.distance || (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0),
    )
}

/** Text and parsed profile of the organisation's analysed documents among `documentIds`, in the order given. */
export async function listDocumentsForScoring(
  db: Db,
  organizationId: string,
  documentIds: string[],
): Promise<DocumentForScoring[]> {
  if (documentIds.length === 0) return []
  const rows = await db
    .selectFrom('documents')
    .select([
      'documents.id',
      'documents.text',
      'documents.profile',
      (eb) =>
        eb
          .selectFrom('applications')
          .select('applications.candidate_id')
          .whereRef('applications.document_id', '=', 'documents.id')
          .where('applications.organization_id', '=', organizationId)
          .where('applications.candidate_id', 'is not', null)
          .orderBy('applications.created_at')
          .orderBy('applications.id')
          .limit(1)
          .as('candidate_id'),
    ])
    .where('documents.organization_id', '=', organizationId)
    .where('documents.id', 'in', documentIds)
    .where('documents.text', 'is not', null)
    .where('documents.profile', 'is not', null)
    .execute()
  const byId = new Map(rows.map((row) => [row.id, row]))
  return documentIds.flatMap((documentId) => {
    const row = byId.get(documentId)
    if (!row || row.text === null || row.profile === null) return []
    return [{ documentId, candidateId: row.candidate_id ?? null, text: row.text, profile: row.profile }]
  })
}

export type DocumentSkills = { documentId: string; skillIds: string[]; currentTitle: string | null }

function stringArray(value: unknown): string[] {
  // node-postgres parses jsonb; some drivers hand it back as text.
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value
  return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : []
}

/**
 * The skill ids and current role title (`currentRoleSql`) of every analysed document of the organisation (text
 * and profile stored), or of those among `documentIds`, by document id: what the pool's job-family profiles are built from. Both come from columns
 * generated from the profile when it is written (`pool_skill_ids`, `pool_title`), so no profile is read; a
 * recruiter's correction of the role, on `candidates`, still comes first.
 */
export async function listPoolSkills(
  db: Db,
  organizationId: string,
  /** Only these documents (still only the organisation's); all when absent. */
  documentIds?: readonly string[],
): Promise<DocumentSkills[]> {
  if (documentIds?.length === 0) return []
  const only = documentIds
    ? sql`AND documents.id IN (${sql.join(documentIds.map((id) => sql`${id}::uuid`))})`
    : sql``
  const onlyApplications = documentIds
    ? sql`AND application.document_id IN (${sql.join(documentIds.map((id) => sql`${id}::uuid`))})`
    : sql``
  const result = await sql<{ id: string; skill_ids: unknown; current_title: string | null }>`
    WITH corrected AS (
      SELECT DISTINCT ON (application.document_id) application.document_id, candidate.current_title_corrected AS title
      FROM applications AS application
      JOIN candidates AS candidate ON candidate.id = application.candidate_id
      WHERE application.organization_id = ${organizationId} AND candidate.organization_id = ${organizationId}
        AND candidate.current_role_corrected ${onlyApplications}
      ORDER BY application.document_id, candidate.corrected_at DESC NULLS LAST
    )
    SELECT documents.id, documents.pool_skill_ids AS skill_ids,
      CASE WHEN corrected.document_id IS NULL THEN documents.pool_title ELSE corrected.title END AS current_title
    FROM documents
    LEFT JOIN corrected ON corrected.document_id = documents.id
    WHERE documents.organization_id = ${organizationId} AND documents.text IS NOT NULL AND documents.profile IS NOT NULL
      ${only}
    ORDER BY documents.id
  `.execute(db)
  return result.rows.map((row) => ({
    documentId: row.id,
    skillIds: stringArray(row.skill_ids),
    currentTitle: row.current_title ?? null,
  }))
}

export type DocumentSemanticMatch = {
  requirementId: string
  chunk: { index: number; text: string; start: number; end: number; section: string }
  similarity: number
}

/**
 * For each of the given documents of the organisation and each embedded requirement of the job, the single most
 * similar chunk (cosine; ties by chunk index), in one query: `findSemanticMatches` for many documents at once.
 */
export async function listSemanticMatches(
  db: Db,
  organizationId: string,
  jobId: string,
  documentIds: readonly string[],
): Promise<Map<string, DocumentSemanticMatch[]>> {
  const byDocument = new Map<string, DocumentSemanticMatch[]>(documentIds.map((id) => [id, []]))
  if (documentIds.length === 0) return byDocument
  const rows = await sql<{
    document_id: string
    requirement_id: string
    chunk_index: number
    text: string
    start_offset: number
    end_offset: number
    section: string
    similarity: number
  }>`
    SELECT DISTINCT ON (c.document_id, r.id)
      c.document_id, r.id AS requirement_id, c.chunk_index, c.text, c.start_offset, c.end_offset, c.section,
      1 - (c.embedding <=> r.embedding) AS similarity
    FROM job_requirements r
    JOIN resume_chunks c ON c.organization_id = ${organizationId}
      AND c.document_id IN (${sql.join(documentIds.map((id) => sql`${id}::uuid`))})
    WHERE r.job_id = ${jobId} AND r.organization_id = ${organizationId} AND r.embedding IS NOT NULL
    ORDER BY c.document_id, r.id, c.embedding <=> r.embedding, c.chunk_index
  `.execute(db)
  for (const row of rows.rows) {
    byDocument.get(row.document_id)?.push({
      requirementId: row.requirement_id,
      chunk: {
        index: row.chunk_index,
        text: row.text,
        start: row.start_offset,
        end: row.end_offset,
        section: row.section,
      },
      similarity: Number(row.similarity),
    })
  }
  return byDocument
}

/** Ids of all the organisation's analysed documents (those with an embedding), by id: the exhaustive baseline. */
export async function listAnalyzedDocumentIds(db: Db, organizationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('documents')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('embedding', 'is not', null)
    .orderBy('id')
    .execute()
  return rows.map((row) => row.id)
}

/** The embeddings of a job's requirements, in requirement order; requirements without one are skipped. */
export async function listRequirementEmbeddings(
  db: Db,
  organizationId: string,
  jobId: string,
): Promise<number[][]> {
  const rows = await db
    .selectFrom('job_requirements')
    .select('embedding')
    .where('organization_id', '=', organizationId)
    .where('job_id', '=', jobId)
    .where('embedding', 'is not', null)
    .orderBy('position')
    .execute()
  return rows.flatMap((row) => (row.embedding ? [parseVectorLiteral(row.embedding)] : []))
}

function parseVectorLiteral(literal: string): number[] {
  return literal.slice(1, -1).split(',').map(Number)
}
