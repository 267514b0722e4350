import type { Taxonomy } from '@shortlist/core'
import { type Db, toVectorLiteral } from '@shortlist/db'
import type { Embedder } from '@shortlist/llm'
import { sql } from 'kysely'
import { createRandom } from './create-random'
import { loadPool, type Organisation } from './load-pool'
import type { Corpus } from './synthetic-corpus'

/** Distinct noise directions; a prime, so template j and replica r map to a different one for every r below it. */
const NOISE_DIRECTIONS = 997

export type BulkPoolOptions = {
  taxonomy: Taxonomy
  embedder: Embedder
  corpus: Corpus
  /** Resumes in the pool. */
  size: number
  /** Real synthetic resumes parsed, chunked and embedded like ingest; every other resume is a replica of one. */
  templates: number
  /** Offset into the corpus, so two organisations hold different people. */
  corpusOffset: number
  /** Length of the noise added to each replica's unit vectors (0 would make exact duplicates). */
  noise: number
  /** Chunks of each template kept (the first ones), to bound the fixture's size. */
  chunksPerResume: number
  seed: number
  log?: (message: string) => void
}

/**
 * A pool of `size` resumes for an organisation, built fast enough for 100k on a small machine: `templates` real
 * resumes go through the ingest functions (`loadPool`: parse, chunk, offline embeddings; candidates and
 * applications), then the rest are copied from them inside the database with `INSERT … SELECT`, each replica's
 * document and chunk vectors moved by one random direction of length `noise` shared by the replica and
 * re-normalised. Replicas keep the template's text and profile (so scoring and family fit are real work), get
 * their own sha256, candidate and application. Returns the template count actually loaded.
 */
export async function createBulkPool(
  db: Db,
  organisation: Organisation,
  options: BulkPoolOptions,
): Promise<{ templates: number; documents: number; chunks: number }> {
  const templates = Math.min(options.templates, options.size)
  const texts = Array.from(
    { length: templates },
    (_, index) => options.corpus.resume(options.corpusOffset + index).text,
  )
  await loadPool(db, organisation, texts, { taxonomy: options.taxonomy, embedder: options.embedder })
  await sql`DELETE FROM resume_chunks WHERE organization_id = ${organisation.id} AND chunk_index >= ${options.chunksPerResume}`.execute(
    db,
  )
  await createNoiseTable(db, options)
  const replicas = Math.ceil(options.size / templates) - 1
  // A few replicas per statement: each statement is one transaction of bounded size, and progress shows.
  const perStatement = Math.max(1, Math.floor(20_000 / templates))
  for (let from = 1; from <= replicas; from += perStatement) {
    const to = Math.min(replicas, from + perStatement - 1)
    await insertReplicas(db, organisation, { from, to, templates, size: options.size })
    options.log?.(`  ${organisation.id.slice(0, 8)}: replicas ${to}/${replicas}`)
  }
  await sql`DROP TABLE bench_noise`.execute(db)
  const counts = await sql<{ documents: number; chunks: number }>`
    SELECT (SELECT count(*) FROM documents WHERE organization_id = ${organisation.id})::int AS documents,
      (SELECT count(*) FROM resume_chunks WHERE organization_id = ${organisation.id})::int AS chunks
  `.execute(db)
  const row = counts.rows[0]
  return { templates, documents: row?.documents ?? 0, chunks: row?.chunks ?? 0 }
}

async function createNoiseTable(db: Db, options: BulkPoolOptions): Promise<void> {
  const random = createRandom(options.seed)
  const dimensions = options.embedder.dimensions
  await sql`DROP TABLE IF EXISTS bench_noise`.execute(db)
  await sql`CREATE TABLE bench_noise (position integer PRIMARY KEY, direction vector)`.execute(db)
  const rows: Array<{ position: number; direction: string }> = []
  for (let position = 0; position < NOISE_DIRECTIONS; position++) {
    // A Gaussian direction (Box–Muller), scaled to length `noise`: uniform over the sphere.
    const values = Array.from({ length: dimensions }, () => {
      const u = 1 - random.next()
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next())
    })
    const norm = Math.sqrt(values.reduce((sum, value) => sum + value * value, 0))
    rows.push({ position, direction: toVectorLiteral(values.map((value) => (value / norm) * options.noise)) })
  }
  for (let from = 0; from < rows.length; from += 200) {
    const batch = rows.slice(from, from + 200)
    await sql`INSERT INTO bench_noise (position, direction) VALUES ${sql.join(
      batch.map((row) => sql`(${row.position}, ${row.direction}::vector)`),
    )}`.execute(db)
  }
}

async function insertReplicas(
  db: Db,
  organisation: Organisation,
  range: { from: number; to: number; templates: number; size: number },
): Promise<void> {
  const organizationId = organisation.id
  // Templates are the organisation's documents with an ordinal; replica r of template j is resume r·templates + j,
  // kept only below `size`. Ids are derived (md5 → uuid) so chunks, candidates and applications can find them.
  const templateRows = sql`
    SELECT d.*, (row_number() OVER (ORDER BY d.created_at, d.id) - 1)::int AS ordinal
    FROM documents d
    WHERE d.organization_id = ${organizationId} AND d.sha256 NOT LIKE 'replica:%'
  `
  const replicaRows = sql`
    SELECT t.*, r AS replica, md5(t.id::text || ':' || r)::uuid AS replica_id, n.direction
    FROM (${templateRows}) t
    CROSS JOIN generate_series(${range.from}::int, ${range.to}::int) AS r
    JOIN bench_noise n ON n.position = (r * ${range.templates} + t.ordinal) % ${NOISE_DIRECTIONS}
    WHERE r * ${range.templates} + t.ordinal < ${range.size}
  `
  await db.transaction().execute(async (trx) => {
    await sql`
      INSERT INTO documents (id, organization_id, filename, kind, mime, size_bytes, sha256, content, pages, text, hidden,
        profile, parser_version, embedding)
      SELECT replica_id, organization_id, filename, kind, mime, size_bytes, 'replica:' || replica || ':' || sha256, content,
        pages, text, hidden, profile, parser_version, l2_normalize(embedding + direction)
      FROM (${replicaRows}) x
    `.execute(trx)
    await sql`
      INSERT INTO resume_chunks (organization_id, document_id, chunk_index, section, text, start_offset, end_offset,
        embedding, embedding_model)
      SELECT c.organization_id, x.replica_id, c.chunk_index, c.section, c.text, c.start_offset, c.end_offset,
        l2_normalize(c.embedding + x.direction), c.embedding_model
      FROM (${replicaRows}) x
      JOIN resume_chunks c ON c.document_id = x.id
    `.execute(trx)
    await sql`
      INSERT INTO candidates (id, organization_id, name, email, phone)
      SELECT md5('candidate:' || x.replica_id::text)::uuid, x.organization_id, k.name || ' ' || x.replica,
        x.replica || '.' || k.email, k.phone
      FROM (${replicaRows}) x
      JOIN applications a ON a.document_id = x.id
      JOIN candidates k ON k.id = a.candidate_id
    `.execute(trx)
    await sql`
      INSERT INTO applications (organization_id, job_id, document_id, candidate_id, filename, status)
      SELECT x.organization_id, a.job_id, x.replica_id, md5('candidate:' || x.replica_id::text)::uuid, a.filename, a.status
      FROM (${replicaRows}) x
      JOIN applications a ON a.document_id = x.id
    `.execute(trx)
  })
}
