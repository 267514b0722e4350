import { sql } from 'kysely'
import type { Db } from '../create-database'
import { toVectorLiteral } from '../vector'
import { currentRoleSql } from './current-role'

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
const MIN_EF_SEARCH = 40

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

/**
 * The organisation's documents nearest to a query vector (cosine distance, HNSW `documents_embedding_hnsw`),
 * nearest first, ties by id. `exact: true` turns index scans off for the same query: the sequential-scan baseline.
 */
export async function preselectDocuments(
  db: Db,
  organizationId: string,
  queryEmbedding: number[],
  limit: number,
  options: { exact?: boolean } = {},
): Promise<PreselectedDocument[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('limit must be a positive integer')
  const vector = toVectorLiteral(queryEmbedding)
  const efSearch = Math.min(MAX_EF_SEARCH, Math.max(MIN_EF_SEARCH, limit))
  const iterative = await supportsIterativeScan(db)
  const search = async (trx: Db) => {
    // SET LOCAL takes no bind parameters; efSearch is an integer computed above, never caller text.
    await sql`SET LOCAL hnsw.ef_search = ${sql.raw(String(efSearch))}`.execute(trx)
    if (iterative) await sql`SET LOCAL hnsw.iterative_scan = strict_order`.execute(trx)
    if (options.exact) await sql`SET LOCAL enable_indexscan = off`.execute(trx)
    // Ordering by distance alone lets the planner use the index; ties are ordered below.
    const result = await sql<{ id: string; distance: number }>`
      SELECT id, embedding <=> ${vector}::vector AS distance
      FROM documents
      WHERE organization_id = ${organizationId} AND embedding IS NOT NULL
      ORDER BY embedding <=> ${vector}::vector
      LIMIT ${limit}
    `.execute(trx)
    return result.rows
  }
  // SET LOCAL lasts until the end of the transaction: inside a caller's transaction it simply lasts until theirs ends.
  const rows = db.isTransaction ? await search(db) : await db.transaction().execute(search)
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
 * and profile stored), by document id: what the pool's job-family profiles are built from. Only these leave the
 * database, not the profiles.
 */
export async function listPoolSkills(db: Db, organizationId: string): Promise<DocumentSkills[]> {
  const result = await sql<{ id: string; skill_ids: unknown; current_title: string | null }>`
    SELECT id,
      jsonb_path_query_array(profile, '$.skills[*].skillId') AS skill_ids,
      (${currentRoleSql}) ->> 'title' AS current_title
    FROM documents
    WHERE organization_id = ${organizationId} AND text IS NOT NULL AND profile IS NOT NULL
    ORDER BY id
  `.execute(db)
  return result.rows.map((row) => ({
    documentId: row.id,
    skillIds: stringArray(row.skill_ids),
    currentTitle: row.current_title ?? null,
  }))
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
