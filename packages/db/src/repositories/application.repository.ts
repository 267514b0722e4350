import { setImmediate as yieldToEventLoop } from 'node:timers/promises'
import { sql } from 'kysely'
import type { Db } from '../create-database'
import { EMBEDDING_DIMENSIONS, toVectorLiteral } from '../vector'
import { type CurrentRole, candidateEmailSql, candidateNameSql, listCurrentRoles } from './current-role'
import { preselectDocuments, withVectorSearch } from './retrieval.repository'

/**
 * Document bytes travel as base64 text that Postgres decodes: PGlite, which runs on the caller's thread in
 * embedded mode, encodes and parses a bytea value an order of magnitude slower (4 s instead of 0.5 s for 4 MB).
 */
export const toBytea = (bytes: Uint8Array) =>
  sql<Uint8Array>`decode(${Buffer.from(bytes).toString('base64')}, 'base64')`

/** The row a stored upload becomes; hidden-text spans are filled in by ingest. */
export function toDocumentRow(organizationId: string, document: NewDocument) {
  return {
    organization_id: organizationId,
    filename: document.filename,
    kind: document.kind,
    mime: document.mime,
    size_bytes: document.content.byteLength,
    sha256: document.sha256,
    content: toBytea(document.content),
    pages: document.pages,
    hidden: '[]',
  }
}

export type ApplicationStatus = 'queued' | 'processing' | 'scored' | 'failed'
export type DocumentKind = 'pdf' | 'docx' | 'txt'

export type ApplicationRecord = {
  id: string
  organizationId: string
  jobId: string
  documentId: string
  candidateId: string | null
  filename: string
  status: ApplicationStatus
  error: { code: string; message: string } | null
  hiddenTextFlagged: boolean
  updatedAt: Date
}

export type ApplicationListItem = ApplicationRecord & {
  candidateName: string | null
  score: number | null
}

export type StoredDocument = {
  id: string
  organizationId: string
  filename: string
  kind: DocumentKind
  content: Uint8Array
  text: string | null
  hidden: Array<{ text: string; reason: string; page?: number }>
  profile: unknown
  createdAt: Date
}

export type NewDocument = {
  filename: string
  kind: DocumentKind
  mime: string
  sha256: string
  content: Uint8Array
  pages: number | null
}

export type ApplicationRow = {
  id: string
  organization_id: string
  job_id: string
  document_id: string
  candidate_id: string | null
  filename: string
  status: ApplicationStatus
  error_code: string | null
  error_message: string | null
  hidden_text_flagged: boolean
  updated_at: Date
}

export const applicationColumns = [
  'applications.id',
  'applications.organization_id',
  'applications.job_id',
  'applications.document_id',
  'applications.candidate_id',
  'applications.filename',
  'applications.status',
  'applications.error_code',
  'applications.error_message',
  'applications.hidden_text_flagged',
  'applications.updated_at',
] as const

export const toApplication = (row: ApplicationRow): ApplicationRecord => ({
  id: row.id,
  organizationId: row.organization_id,
  jobId: row.job_id,
  documentId: row.document_id,
  candidateId: row.candidate_id,
  filename: row.filename,
  status: row.status,
  error: row.error_code ? { code: row.error_code, message: row.error_message ?? '' } : null,
  hiddenTextFlagged: row.hidden_text_flagged,
  updatedAt: row.updated_at,
})

/**
 * Stores the upload and its application in one go. The same bytes for the same job give back the existing
 * application (`duplicate: true`) instead of a second one; when that application had failed, it is set back to
 * `queued` (`retried: true`) so the caller queues it again, as the failure message invites. Call inside a
 * transaction.
 */
export async function createApplicationWithDocument(
  trx: Db,
  organizationId: string,
  jobId: string,
  document: NewDocument,
  createdBy: string | null,
): Promise<{ application: ApplicationRecord; duplicate: boolean; retried: boolean }> {
  await trx
    .insertInto('documents')
    .values(toDocumentRow(organizationId, document))
    .onConflict((conflict) => conflict.columns(['organization_id', 'sha256']).doNothing())
    .execute()
  const stored = await trx
    .selectFrom('documents')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('sha256', '=', document.sha256)
    .executeTakeFirstOrThrow()

  const inserted = await trx
    .insertInto('applications')
    .values({
      organization_id: organizationId,
      job_id: jobId,
      document_id: stored.id,
      filename: document.filename,
      status: 'queued',
      created_by: createdBy,
    })
    .onConflict((conflict) => conflict.columns(['job_id', 'document_id']).doNothing())
    .returning('id')
    .executeTakeFirst()
  const retried =
    inserted === undefined &&
    (await trx
      .updateTable('applications')
      .set({ status: 'queued', error_code: null, error_message: null, updated_at: new Date() })
      .where('organization_id', '=', organizationId)
      .where('job_id', '=', jobId)
      .where('document_id', '=', stored.id)
      .where('status', '=', 'failed')
      .returning('id')
      .executeTakeFirst()) !== undefined

  const row = await trx
    .selectFrom('applications')
    .select(applicationColumns)
    .where('applications.organization_id', '=', organizationId)
    .where('applications.job_id', '=', jobId)
    .where('applications.document_id', '=', stored.id)
    .executeTakeFirstOrThrow()
  return { application: toApplication(row), duplicate: inserted === undefined, retried }
}

export async function findApplication(
  db: Db,
  organizationId: string,
  applicationId: string,
): Promise<ApplicationRecord | null> {
  const row = await db
    .selectFrom('applications')
    .select(applicationColumns)
    .where('applications.organization_id', '=', organizationId)
    .where('applications.id', '=', applicationId)
    .executeTakeFirst()
  return row ? toApplication(row) : null
}

export async function listApplications(
  db: Db,
  organizationId: string,
  jobId: string,
): Promise<ApplicationListItem[]> {
  const rows = await db
    .selectFrom('applications')
    .leftJoin('candidates', 'candidates.id', 'applications.candidate_id')
    .leftJoin('evaluations', 'evaluations.application_id', 'applications.id')
    .select(applicationColumns)
    .select([candidateNameSql.as('candidate_name'), 'evaluations.score'])
    .where('applications.organization_id', '=', organizationId)
    .where('applications.job_id', '=', jobId)
    .orderBy('applications.created_at')
    .orderBy('applications.id')
    .execute()
  return rows.map((row) => ({ ...toApplication(row), candidateName: row.candidate_name, score: row.score }))
}

/**
 * Applications of a job whose resume has been ingested (text stored), i.e. the ones that can be scored now.
 * The others are scored when their ingest finishes.
 */
export async function listScorableApplicationIds(
  db: Db,
  organizationId: string,
  jobId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('applications')
    .innerJoin('documents', 'documents.id', 'applications.document_id')
    .select('applications.id')
    .where('applications.organization_id', '=', organizationId)
    .where('applications.job_id', '=', jobId)
    .where('applications.status', '!=', 'failed')
    .where('documents.text', 'is not', null)
    .orderBy('applications.id')
    .execute()
  return rows.map((row) => row.id)
}

export async function setApplicationStatus(
  db: Db,
  organizationId: string,
  applicationId: string,
  status: ApplicationStatus,
  error: { code: string; message: string } | null = null,
): Promise<void> {
  await db
    .updateTable('applications')
    .set({
      status,
      error_code: error?.code ?? null,
      error_message: error?.message ?? null,
      updated_at: new Date(),
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', applicationId)
    .execute()
}

export async function findDocument(
  db: Db,
  organizationId: string,
  documentId: string,
): Promise<StoredDocument | null> {
  const row = await db
    .selectFrom('documents')
    .select([
      'id',
      'organization_id',
      'filename',
      'kind',
      sql<string>`encode(content, 'base64')`.as('content'),
      'text',
      'hidden',
      'profile',
      'created_at',
    ])
    .where('organization_id', '=', organizationId)
    .where('id', '=', documentId)
    .executeTakeFirst()
  if (!row) return null
  return {
    id: row.id,
    organizationId: row.organization_id,
    filename: row.filename,
    kind: row.kind,
    content: new Uint8Array(Buffer.from(row.content, 'base64')),
    text: row.text,
    hidden: row.hidden,
    profile: row.profile,
    createdAt: row.created_at,
  }
}

/** A document's analysis without its file: what scoring, kits and the application page read. */
export type DocumentAnalysis = Omit<StoredDocument, 'content'>

/**
 * The document without its bytes. Reading the file back costs as much as the text again (up to the upload limit),
 * on the server's own thread in embedded mode, and only ingest needs it.
 */
export async function findDocumentAnalysis(
  db: Db,
  organizationId: string,
  documentId: string,
): Promise<DocumentAnalysis | null> {
  const row = await db
    .selectFrom('documents')
    .select(['id', 'organization_id', 'filename', 'kind', 'text', 'hidden', 'profile', 'created_at'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', documentId)
    .executeTakeFirst()
  if (!row) return null
  return {
    id: row.id,
    organizationId: row.organization_id,
    filename: row.filename,
    kind: row.kind,
    text: row.text,
    hidden: row.hidden,
    profile: row.profile,
    createdAt: row.created_at,
  }
}

/**
 * Rows per insert of resume chunks: far below the protocol's parameter limits, and small enough that one batch is a
 * short task for PGlite, which runs on the caller's thread in embedded mode.
 */
const CHUNK_INSERT_BATCH = 50

/**
 * Stores what ingest derived from a document; a rerun overwrites the same row and chunk set. Chunks are inserted
 * in batches, so their number is not limited here; the ingest path caps it (MAX_CHUNKS_PER_DOCUMENT in core).
 */
export async function saveDocumentAnalysis(
  trx: Db,
  organizationId: string,
  documentId: string,
  analysis: {
    text: string
    pages: number
    hidden: Array<{ text: string; reason: string; page?: number }>
    profile: unknown
    parserVersion: string
    embedding: number[]
    chunks: Array<{
      index: number
      section: string
      text: string
      start: number
      end: number
      embedding: number[]
    }>
    embeddingModel: string
  },
): Promise<void> {
  await trx
    .updateTable('documents')
    .set({
      text: analysis.text,
      pages: analysis.pages,
      hidden: JSON.stringify(analysis.hidden),
      profile: JSON.stringify(analysis.profile),
      parser_version: analysis.parserVersion,
      embedding: toVectorLiteral(analysis.embedding),
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', documentId)
    .execute()
  await trx.deleteFrom('resume_chunks').where('document_id', '=', documentId).execute()
  // One statement per batch: a single insert of thousands of rows exceeds what one bind message carries.
  for (let from = 0; from < analysis.chunks.length; from += CHUNK_INSERT_BATCH) {
    // Let the event loop run between batches (an awaited query alone resumes as a microtask): in embedded mode the
    // inserts run on the server's thread, and /healthz and other requests must not wait for a whole resume.
    if (from > 0) await yieldToEventLoop()
    await trx
      .insertInto('resume_chunks')
      .values(
        analysis.chunks.slice(from, from + CHUNK_INSERT_BATCH).map((chunk) => ({
          organization_id: organizationId,
          document_id: documentId,
          chunk_index: chunk.index,
          section: chunk.section,
          text: chunk.text,
          start_offset: chunk.start,
          end_offset: chunk.end,
          embedding: toVectorLiteral(chunk.embedding),
          embedding_model: analysis.embeddingModel,
        })),
      )
      .execute()
  }
}

/** Finds the organisation's candidate by email, or creates one, and links it to the application. */
export async function linkCandidate(
  trx: Db,
  organizationId: string,
  applicationId: string,
  contact: { name: string | null; email: string | null; phone: string | null },
  hiddenTextFlagged: boolean,
): Promise<string> {
  const existing = contact.email
    ? await trx
        .selectFrom('candidates')
        .select('id')
        .where('organization_id', '=', organizationId)
        // A resume that gives the email a recruiter corrected to belongs to that candidate too.
        .where(sql<boolean>`${contact.email.toLowerCase()} in (email, email_corrected)`)
        .orderBy('created_at')
        .executeTakeFirst()
    : undefined
  const current = await trx
    .selectFrom('applications')
    .select('candidate_id')
    .where('organization_id', '=', organizationId)
    .where('id', '=', applicationId)
    .executeTakeFirstOrThrow()

  let candidateId = existing?.id ?? current.candidate_id
  if (candidateId) {
    await trx
      .updateTable('candidates')
      .set({ name: contact.name, phone: contact.phone, updated_at: new Date() })
      .where('organization_id', '=', organizationId)
      .where('id', '=', candidateId)
      .execute()
  } else {
    const created = await trx
      .insertInto('candidates')
      .values({
        organization_id: organizationId,
        name: contact.name,
        email: contact.email?.toLowerCase() ?? null,
        phone: contact.phone,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    candidateId = created.id
  }
  await trx
    .updateTable('applications')
    .set({ candidate_id: candidateId, hidden_text_flagged: hiddenTextFlagged, updated_at: new Date() })
    .where('organization_id', '=', organizationId)
    .where('id', '=', applicationId)
    .execute()
  return candidateId
}

export async function findCandidate(
  db: Db,
  organizationId: string,
  candidateId: string,
): Promise<{ id: string; name: string | null; email: string | null; phone: string | null } | null> {
  const row = await db
    .selectFrom('candidates')
    .select(['id', candidateNameSql.as('name'), candidateEmailSql.as('email'), 'phone'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', candidateId)
    .executeTakeFirst()
  return row ?? null
}

/** Names of the organisation's candidates among `candidateIds`, by id: one query for a whole result list. */
export async function listCandidateNames(
  db: Db,
  organizationId: string,
  candidateIds: readonly string[],
): Promise<Map<string, string | null>> {
  if (candidateIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('candidates')
    .select(['id', candidateNameSql.as('name')])
    .where('organization_id', '=', organizationId)
    .where('id', 'in', [...candidateIds])
    .execute()
  return new Map(rows.map((row) => [row.id, row.name]))
}

export type CandidateSearchHit = {
  candidateId: string
  candidateName: string | null
  currentRole: CurrentRole | null
  applicationId: string
  jobId: string
  similarity: number
  snippet: string
}

/**
 * How many chunks the first stage of candidate search hands to the second, per result asked for (between
 * `MIN_SEARCH_CHUNKS` and pgvector's ef_search ceiling). `pnpm bench pool` chose it on pools composed from real
 * resumes: the first stage reads the halfvec HNSW index over chunks (`resume_chunks_search_embedding_hnsw`) with
 * ef_search 1000, and with 100 chunks for 10 results it found 1.00 of the exact top-10 at 10k and 0.88–0.97 at
 * 100k, where a first stage over document vectors found 0.17–0.61 with 100–800 documents (a document's vector says
 * little about its best chunk). More chunks only make the exact second stage longer.
 */
export const SEARCH_CHUNK_FACTOR = 10
/**
 * The chunk stage's `hnsw.ef_search`: pgvector's ceiling, far longer than the stage, because a short query sits far
 * from most chunks, where the graph walk needs a long candidate list to reach the right region. For the same 100
 * chunks handed on, recall@10 at 10k was 0.88 / 0.97 / 0.99 / 1.00 with ef_search 100 / 200 / 400 / 1000, and at
 * 100k 0.70 / 0.74 / 0.88 with 200 / 400 / 1000 (0.80 / 0.85 / 1.00 counting candidates tied with the exact tenth).
 */
export const SEARCH_EF_SEARCH = 1000
/**
 * The chunk stage's `hnsw.ef_search` for a query the postings channel reads (one with dominant components): the
 * postings bring the chunks a short query's graph walk misses, so the long candidate list buys nothing there.
 * `pnpm bench pool` with the postings: recall@10 1.00 at 10k (PostgreSQL and PGlite) and 0.98 at 100k (1.00
 * the ann-benchmarks way) at ef_search 100 as at 1000, while search's p50 fell from 33 to 18 ms at 100k on
 * PostgreSQL and from 82 to 28 ms at 10k on PGlite, which walks the graph in WebAssembly.
 */
export const SEARCH_EF_SEARCH_BESIDE_POSTINGS = 100
const MIN_SEARCH_CHUNKS = 100
const MAX_SEARCH_CHUNKS = 1000

/** How many chunks the first stage hands to the second when `limit` candidates are asked for. */
export function searchChunksFor(limit: number): number {
  return Math.min(MAX_SEARCH_CHUNKS, Math.max(MIN_SEARCH_CHUNKS, SEARCH_CHUNK_FACTOR * limit))
}

export type SearchCandidatesOptions = {
  /** Rank every chunk of the organisation instead: the exact answer the two stages are measured against. */
  exact?: boolean
  /** Overrides the first stage's size (chunks); the benchmark sweeps it. */
  chunks?: number
  /**
   * A first stage over document vectors (`documents_embedding_hnsw`) of this many documents instead of chunks:
   * the design this search had before, which the benchmark still compares.
   */
  documents?: number
  /** Overrides `hnsw.ef_search` of the first stage (`SEARCH_EF_SEARCH` for chunks, a document stage's size). */
  efSearch?: number
  /** Ranks the chunks of these documents instead of the first stage's (a first stage the benchmark compares). */
  documentIds?: readonly string[]
  /** Overrides how many chunks the postings channel reads per dominant component; 0 leaves the channel out. */
  postingChunks?: number
}

/**
 * Chunks a component's postings hold: those whose value there reaches this magnitude (the migration
 * `2026-12-06T01-00-chunk-postings` and `indexSearchChunks` write them).
 */
export const POSTING_MIN_WEIGHT = 0.25
/**
 * Chunks the postings channel reads per dominant query component, largest values first. `pnpm bench pool` at 100k
 * resumes, two builds of the HNSW index, 40 and 60 queries: with 100 / 200 / 400 every query got ten candidates as
 * near as the exact tenth (the HNSW stage alone: 0.90–0.94, some queries none), strict recall@10 0.98–0.99 (the rest
 * are ties), for 15% more CPU per call at 200 than the HNSW stage alone.
 */
export const SEARCH_POSTING_CHUNKS = 200
/** Dominant components of a query read through the postings: at most this many. */
const MAX_POSTING_SLOTS = 4

/**
 * The components of a query the postings channel reads: those of magnitude at least half the largest and at least
 * `POSTING_MIN_WEIGHT` (a short query's one or two words), strongest first, at most `MAX_POSTING_SLOTS`. A dense
 * query has none, and search leaves the channel out.
 */
export function selectPostingSlots(embedding: readonly number[]): Array<{ slot: number; sign: 1 | -1 }> {
  let largest = 0
  for (const value of embedding) largest = Math.max(largest, Math.abs(value))
  const floor = Math.max(POSTING_MIN_WEIGHT, largest / 2)
  return embedding
    .map((value, slot) => ({ value, slot }))
    .filter(({ value }) => Math.abs(value) >= floor)
    .sort((left, right) => Math.abs(right.value) - Math.abs(left.value) || left.slot - right.slot)
    .slice(0, MAX_POSTING_SLOTS)
    .map(({ value, slot }) => ({ slot, sign: value > 0 ? 1 : -1 }))
}

/**
 * The documents holding the organisation's chunks nearest a query vector: the halfvec HNSW index over the chunks
 * already indexed (`search_embedding`), with an iterative scan under the organisation filter (relaxed order: the
 * second stage ranks exactly); the chunks with the largest values in the query's dominant components
 * (`resume_chunk_postings`), which a short query's nearest chunks are and the graph walk can miss; and the chunks
 * not yet indexed ranked exactly (`resume_chunks_unindexed_idx`), so a resume is searchable the moment ingest
 * stores it.
 */
async function findNearestChunkDocuments(
  db: Db,
  organizationId: string,
  embedding: readonly number[],
  chunks: number,
  options: { efSearch: number | undefined; postingChunks: number },
): Promise<string[]> {
  const vector = toVectorLiteral([...embedding])
  const half = sql.raw(`halfvec(${EMBEDDING_DIMENSIONS})`)
  const slots = options.postingChunks > 0 ? selectPostingSlots(embedding) : []
  // A dense query has no postings to read and keeps the long walk; a short one has them beside a shorter walk.
  const efSearch =
    options.efSearch ?? (slots.length > 0 ? SEARCH_EF_SEARCH_BESIDE_POSTINGS : SEARCH_EF_SEARCH)
  return withVectorSearch(db, chunks, { efSearch }, async (trx) => {
    // Ordered by the indexed column alone, so the planner reads the index; the organisation filter applies inside
    // the scan, which keeps walking the graph until `chunks` rows pass it.
    const indexed = await sql<{ document_id: string }>`
      SELECT document_id FROM resume_chunks
      WHERE organization_id = ${organizationId}
      ORDER BY search_embedding <=> ${vector}::${half}
      LIMIT ${chunks}
    `.execute(trx)
    const pending = await sql<{ document_id: string }>`
      SELECT document_id FROM resume_chunks
      WHERE organization_id = ${organizationId} AND search_embedding IS NULL
      ORDER BY embedding <=> ${vector}::vector
      LIMIT ${chunks}
    `.execute(trx)
    // One b-tree range per component, read from the end the query's sign favours.
    const posted =
      slots.length === 0
        ? { rows: [] }
        : await sql<{ document_id: string }>`${sql.join(
            slots.map(
              ({ slot, sign }) => sql`(
                SELECT document_id FROM resume_chunk_postings
                WHERE organization_id = ${organizationId} AND slot = ${slot}
                ORDER BY weight ${sql.raw(sign > 0 ? 'DESC' : 'ASC')}
                LIMIT ${options.postingChunks}
              )`,
            ),
            sql` UNION ALL `,
          )}`.execute(trx)
    return [...new Set([...indexed.rows, ...posted.rows, ...pending.rows].map((row) => row.document_id))]
  })
}

/**
 * Puts up to `limit` chunks that ingest stored into candidate search's HNSW index (`search_embedding`, their vector
 * in half precision), oldest rows first as the heap has them; returns how many. Work of the whole installation, not
 * of one organisation: it copies a column within each row and reads nothing out. Rows another call holds are
 * skipped, so several processes can run it at once.
 */
export async function indexSearchChunks(db: Db, limit: number): Promise<number> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('limit must be a positive integer')
  const half = sql.raw(`halfvec(${EMBEDDING_DIMENSIONS})`)
  // The chunk's strongest components go into the postings in the same statement, so a chunk is in both of
  // search's indexes or (still null) ranked exactly, never half in.
  const result = await sql<{ indexed: number }>`
    WITH indexed AS (
      UPDATE resume_chunks SET search_embedding = embedding::${half}
      WHERE id IN (
        SELECT id FROM resume_chunks WHERE search_embedding IS NULL LIMIT ${limit} FOR UPDATE SKIP LOCKED
      )
      RETURNING id, organization_id, document_id, embedding
    ), posted AS (
      INSERT INTO resume_chunk_postings (chunk_id, slot, organization_id, document_id, weight)
      SELECT indexed.id, (component.slot - 1)::smallint, indexed.organization_id, indexed.document_id,
        component.weight
      FROM indexed, unnest(indexed.embedding::real[]) WITH ORDINALITY AS component (weight, slot)
      WHERE abs(component.weight) >= ${POSTING_MIN_WEIGHT}
    )
    SELECT count(*)::int AS indexed FROM indexed
  `.execute(db)
  return Number(result.rows[0]?.indexed ?? 0)
}

/** Whether any application is still being ingested or scored: the search indexer waits for a quiet moment. */
export async function hasUnfinishedApplications(db: Db): Promise<boolean> {
  // Reads the partial index `applications_unfinished_idx` (status queued or processing).
  const result = await sql<{ found: boolean }>`
    SELECT EXISTS (SELECT 1 FROM applications WHERE status IN ('queued', 'processing')) AS found
  `.execute(db)
  return result.rows[0]?.found === true
}

/**
 * The organisation's candidates whose resumes hold the chunks nearest a query vector, nearest first (each
 * candidate once, by their best chunk; ties by application id). Two stages: the halfvec HNSW index over chunks
 * (`resume_chunks_search_embedding_hnsw`, an iterative scan under the organisation filter) picks the nearest
 * chunks, beside the chunks with the largest values in the query's dominant components (`resume_chunk_postings`)
 * and the nearest of those not indexed yet, then every chunk of their documents is ranked exactly in full
 * precision through the `(document_id, chunk_index)` b-tree, so each candidate is measured by their true best
 * chunk. `exact: true` ranks all of the organisation's chunks: the baseline.
 */
export async function searchCandidates(
  db: Db,
  organizationId: string,
  embedding: number[],
  limit: number,
  options: SearchCandidatesOptions = {},
): Promise<CandidateSearchHit[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('limit must be a positive integer')
  const vector = toVectorLiteral(embedding)
  let documentIds: string[] | null = options.documentIds ? [...options.documentIds] : null
  if (documentIds?.length === 0) return []
  if (!options.exact && !documentIds) {
    if (options.documents !== undefined) {
      const nearest = await preselectDocuments(db, organizationId, embedding, options.documents, {
        efSearch: options.efSearch ?? options.documents,
      })
      documentIds = nearest.map((hit) => hit.documentId)
    } else {
      const chunks = options.chunks ?? searchChunksFor(limit)
      documentIds = await findNearestChunkDocuments(db, organizationId, embedding, chunks, {
        efSearch: options.efSearch,
        postingChunks: options.postingChunks ?? SEARCH_POSTING_CHUNKS,
      })
    }
    if (documentIds.length === 0) return []
  }
  const idList = documentIds ? sql.join(documentIds.map((id) => sql`${id}::uuid`)) : null
  // Both sides name the documents, so the planner looks chunks and applications up by document id.
  const inDocuments = idList
    ? sql`AND resume_chunks.document_id IN (${idList}) AND applications.document_id IN (${idList})`
    : sql``
  // Each candidate's best chunk (over all their applications), then the best candidates: exact within the stage.
  const result = await sql<{
    candidate_id: string
    candidate_name: string | null
    application_id: string
    job_id: string
    document_id: string
    text: string
    distance: number
  }>`
    SELECT * FROM (
      SELECT DISTINCT ON (candidates.id)
        candidates.id AS candidate_id, ${candidateNameSql} AS candidate_name, applications.id AS application_id,
        applications.job_id, resume_chunks.document_id, resume_chunks.text,
        resume_chunks.embedding <=> ${vector}::vector AS distance
      FROM resume_chunks
      JOIN applications ON applications.document_id = resume_chunks.document_id
        AND applications.organization_id = ${organizationId}
      JOIN candidates ON candidates.id = applications.candidate_id AND candidates.organization_id = ${organizationId}
      WHERE resume_chunks.organization_id = ${organizationId} ${inDocuments}
      ORDER BY candidates.id, distance, applications.id
    ) AS best
    ORDER BY distance, application_id
    LIMIT ${limit}
  `.execute(db)
  const kept = result.rows
  // A second, small query for the kept documents only, so the nearest-neighbour query above keeps its index plan.
  const roleByDocument = await listCurrentRoles(db, organizationId, [
    ...new Set(kept.map((row) => row.document_id)),
  ])
  return kept.map((row) => ({
    candidateId: row.candidate_id,
    candidateName: row.candidate_name,
    currentRole: roleByDocument.get(row.document_id) ?? null,
    applicationId: row.application_id,
    jobId: row.job_id,
    similarity: 1 - Number(row.distance),
    snippet: row.text,
  }))
}
