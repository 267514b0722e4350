import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { chunkResume, parsePosting, parseResume, RESUME_PARSER_VERSION, type Taxonomy } from '@shortlist/core'
import {
  createJob,
  createOrganizationWithAdmin,
  type Db,
  POSTING_MIN_WEIGHT,
  toVectorLiteral,
} from '@shortlist/db'
import { refreshPoolFamilies, storePostingAnalysis } from '@shortlist/engine'
import type { Embedder } from '@shortlist/llm'
import { sql } from 'kysely'
import { timeMs } from './measure'

const RECEIVED = new Date('2026-06-01T00:00:00Z')
const BATCH = 100

export type Organisation = { id: string; userId: string; poolJobId: string }

/** An organisation with one job that its pool of applications is filed under. */
export async function createBenchOrganisation(db: Db, label: string): Promise<Organisation> {
  const { organization, user } = await createOrganizationWithAdmin(db, {
    organizationName: `Bench ${label}`,
    name: `Bench ${label}`,
    email: `bench-${label}@example.com`,
    passwordHash: 'not-a-real-hash',
  })
  const job = await createJob(db, organization.id, {
    title: 'Earlier job',
    description: 'Pool',
    createdBy: user.id,
  })
  return { id: organization.id, userId: user.id, poolJobId: job.id }
}

export type LoadPoolOptions = {
  taxonomy: Taxonomy
  embedder: Embedder
  /** Store the document vector alone (no profile, chunks, candidate or application). */
  documentOnly?: boolean
  /** Keep each resume's first chunks only (all when absent). */
  chunksPerResume?: number
}

type PreparedResume = {
  text: string
  profile: unknown
  embedding: number[]
  chunks: Array<{
    index: number
    section: string
    text: string
    start: number
    end: number
    embedding: number[]
  }>
  contact: { name: string | null; email: string | null; phone: string | null } | null
}

/** What ingest derives from a TXT resume: profile, chunks and vectors (`documentOnly`: the document vector alone). */
async function prepareResume(text: string, options: LoadPoolOptions): Promise<PreparedResume> {
  if (options.documentOnly) {
    const [embedding = []] = await options.embedder.embed([text])
    return { text, profile: { skills: [] }, embedding, chunks: [], contact: null }
  }
  const profile = parseResume(text, options.taxonomy, { referenceDate: RECEIVED })
  // A pool of 100k resumes keeps only each resume's first chunks, to bound the fixture's size and build time.
  const chunks = chunkResume(text, profile).slice(0, options.chunksPerResume ?? Infinity)
  const [embedding = [], ...chunkEmbeddings] = await options.embedder.embed([
    text,
    ...chunks.map((chunk) => chunk.text),
  ])
  return {
    text,
    profile,
    embedding,
    chunks: chunks.map((chunk, index) => ({
      index: chunk.index,
      section: chunk.section,
      text: chunk.text,
      start: chunk.start,
      end: chunk.end,
      embedding: chunkEmbeddings[index] ?? embedding,
    })),
    contact: { name: profile.name, email: profile.email, phone: profile.phone },
  }
}

/**
 * Stores the rows ingest would store (document with text, profile and vector; chunks; candidate; application)
 * with multi-row inserts, `BATCH` resumes per transaction: the ingest use case would take minutes for a pool of
 * thousands, and its own speed is measured separately. Returns document ids in input order.
 */
export async function loadPool(
  db: Db,
  organisation: Organisation,
  texts: string[],
  options: LoadPoolOptions,
): Promise<string[]> {
  const documentIds: string[] = []
  for (let from = 0; from < texts.length; from += BATCH) {
    // Parsing runs here while earlier resumes embed on the embedder's threads: both cores stay busy.
    const prepared = await Promise.all(
      texts.slice(from, from + BATCH).map((text) => prepareResume(text, options)),
    )
    await db.transaction().execute(async (trx) => {
      const documents = await trx
        .insertInto('documents')
        .values(
          prepared.map((resume) => {
            const content = new TextEncoder().encode(resume.text)
            return {
              organization_id: organisation.id,
              filename: 'resume.txt',
              kind: 'txt' as const,
              mime: 'text/plain',
              size_bytes: content.byteLength,
              sha256: createHash('sha256').update(content).digest('hex'),
              content,
              pages: 1,
              text: resume.text,
              hidden: '[]',
              profile: JSON.stringify(resume.profile),
              parser_version: RESUME_PARSER_VERSION,
              embedding: toVectorLiteral(resume.embedding),
            }
          }),
        )
        .returning('id')
        .execute()
      const ids = documents.map((row) => row.id)
      const chunkRows = prepared.flatMap((resume, position) =>
        resume.chunks.map((chunk) => ({
          organization_id: organisation.id,
          document_id: ids[position] as string,
          chunk_index: chunk.index,
          section: chunk.section,
          text: chunk.text,
          start_offset: chunk.start,
          end_offset: chunk.end,
          embedding: toVectorLiteral(chunk.embedding),
          embedding_model: options.embedder.model,
        })),
      )
      if (chunkRows.length > 0) await trx.insertInto('resume_chunks').values(chunkRows).execute()
      const withContact = prepared.flatMap((resume, position) =>
        resume.contact ? [{ contact: resume.contact, documentId: ids[position] as string }] : [],
      )
      if (withContact.length > 0) {
        const candidates = await trx
          .insertInto('candidates')
          .values(
            withContact.map(({ contact }) => ({
              organization_id: organisation.id,
              name: contact.name,
              email: contact.email?.toLowerCase() ?? null,
              phone: contact.phone,
            })),
          )
          .returning('id')
          .execute()
        await trx
          .insertInto('applications')
          .values(
            withContact.map(({ documentId }, position) => ({
              organization_id: organisation.id,
              job_id: organisation.poolJobId,
              document_id: documentId,
              candidate_id: candidates[position]?.id ?? null,
              filename: 'resume.txt',
              status: 'scored' as const,
            })),
          )
          .execute()
      }
      // The family profiles ingest stores with each profile, built by the same function.
      if (!options.documentOnly) await refreshPoolFamilies(trx, organisation.id, options.taxonomy, ids)
      documentIds.push(...ids)
    })
  }
  return documentIds
}

/** Stores a posting as job analysis does: parsed requirements with their embeddings, job marked ready. */
export async function addAnalyzedJob(
  db: Db,
  organisation: Organisation,
  posting: { title: string; text: string },
  options: { taxonomy: Taxonomy; embedder: Embedder },
): Promise<{ jobId: string; requirementEmbeddings: number[][] }> {
  const job = await createJob(db, organisation.id, {
    title: posting.title,
    description: posting.text,
    createdBy: organisation.userId,
  })
  const { requirementEmbeddings } = await storePostingAnalysis(
    { db, embedder: options.embedder },
    {
      organizationId: organisation.id,
      jobId: job.id,
      posting: parsePosting(posting.text, options.taxonomy),
      taxonomy: options.taxonomy,
    },
  )
  return { jobId: job.id, requirementEmbeddings }
}

/**
 * Bulk loading goes faster without the HNSW indexes: drop them, load, then rebuild them with the migrations'
 * definitions (`rebuildDocumentIndex`, `fillChunkSearchIndex`). The plain chunk index of the first migration, which
 * a later one dropped, goes too.
 */
export async function dropVectorIndexes(db: Db): Promise<void> {
  await sql`DROP INDEX IF EXISTS documents_embedding_hnsw`.execute(db)
  await sql`DROP INDEX IF EXISTS resume_chunks_embedding_hnsw`.execute(db)
  await sql`DROP INDEX IF EXISTS resume_chunks_search_embedding_hnsw`.execute(db)
}

/**
 * Puts every chunk of the pool into candidate search's index as `indexSearchChunks` would, in bulk: the column is
 * filled with the HNSW index dropped, which is then built once with room for the graph in memory (inside the
 * migration, on a kept pool of a million chunks, the default 64 MB would spill and take many times longer).
 * Returns the time taken, or null when every chunk was indexed already.
 */
export async function fillChunkSearchIndex(db: Db): Promise<number | null> {
  const pending = await sql<{ found: boolean }>`
    SELECT EXISTS (SELECT 1 FROM resume_chunks WHERE search_embedding IS NULL) AS found
  `.execute(db)
  const present = await sql<{ name: string | null }>`
    SELECT to_regclass('resume_chunks_search_embedding_hnsw')::text AS name
  `.execute(db)
  if (!pending.rows[0]?.found && present.rows[0]?.name) return null
  const built = await timeMs(async () => {
    await sql`DROP INDEX IF EXISTS resume_chunks_search_embedding_hnsw`.execute(db)
    await sql`UPDATE resume_chunks SET search_embedding = embedding::halfvec(256) WHERE search_embedding IS NULL`.execute(
      db,
    )
    // The postings `indexSearchChunks` writes beside the column (a pool loaded after their migration has none).
    await sql`
      INSERT INTO resume_chunk_postings (chunk_id, slot, organization_id, document_id, weight)
      SELECT chunk.id, (component.slot - 1)::smallint, chunk.organization_id, chunk.document_id, component.weight
      FROM (
        SELECT id, organization_id, document_id, embedding FROM resume_chunks
        WHERE NOT EXISTS (SELECT 1 FROM resume_chunk_postings AS posting WHERE posting.chunk_id = resume_chunks.id)
      ) AS chunk, unnest(chunk.embedding::real[]) WITH ORDINALITY AS component (weight, slot)
      WHERE abs(component.weight) >= ${POSTING_MIN_WEIGHT}
    `.execute(db)
    await db.transaction().execute(async (trx) => {
      // 1.3M chunks (100k resumes) outgrow 1 GB, and a build that spills runs many times slower.
      await sql`SET LOCAL maintenance_work_mem = '2GB'`.execute(trx)
      await sql`CREATE INDEX resume_chunks_search_embedding_hnsw ON resume_chunks
        USING hnsw (search_embedding halfvec_cosine_ops)`.execute(trx)
    })
  })
  await sql`VACUUM ANALYZE resume_chunks`.execute(db)
  return built.ms
}

/** An HNSW build: graph degree and build-time candidate list. */
export type HnswIndex = { m: number; efConstruction: number }

/** pgvector's defaults, which the initial migration's `documents_embedding_hnsw` uses. */
export const DEFAULT_INDEX: HnswIndex = { m: 16, efConstruction: 64 }

/** Rebuilds `documents_embedding_hnsw` with the given build settings, then refreshes the planner's statistics. */
export async function rebuildDocumentIndex(db: Db, index: HnswIndex = DEFAULT_INDEX): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // The graph of 100k vectors outgrows the default 64 MB, and a build that spills runs many times slower.
    await sql`SET LOCAL maintenance_work_mem = '1GB'`.execute(trx)
    await sql`DROP INDEX IF EXISTS documents_embedding_hnsw`.execute(trx)
    // Both numbers are integers from the bench's own settings; CREATE INDEX takes no bind parameters.
    await sql`CREATE INDEX documents_embedding_hnsw ON documents USING hnsw (embedding vector_cosine_ops)
      WITH (m = ${sql.raw(String(Math.trunc(index.m)))}, ef_construction = ${sql.raw(String(Math.trunc(index.efConstruction)))})`.execute(
      trx,
    )
  })
  await sql`ANALYZE documents`.execute(db)
  await sql`ANALYZE resume_chunks`.execute(db)
  await sql`ANALYZE applications`.execute(db)
  await sql`ANALYZE candidates`.execute(db)
}

/**
 * Makes `documents_embedding_hnsw` the given build, rebuilding it only when the kept index differs (a 100k
 * rebuild takes minutes). Says which it did.
 */
export async function ensureDocumentIndex(db: Db, index: HnswIndex): Promise<string> {
  const current = await sql<{ options: string[] | null }>`
    SELECT c.reloptions AS options FROM pg_class c WHERE c.relname = 'documents_embedding_hnsw'
  `.execute(db)
  const row = current.rows[0]
  if (row) {
    const options = new Map((row.options ?? []).map((option) => option.split('=') as [string, string]))
    const m = Number(options.get('m') ?? DEFAULT_INDEX.m)
    const efConstruction = Number(options.get('ef_construction') ?? DEFAULT_INDEX.efConstruction)
    if (m === index.m && efConstruction === index.efConstruction) return 'kept'
  }
  const built = await timeMs(() => rebuildDocumentIndex(db, index))
  return `built in ${(built.ms / 1000).toFixed(0)} s`
}

/** Chunk index designs the bench compares with the migration's (`--pool-chunk-index`): name → definition. */
export const CHUNK_INDEX_DESIGNS = {
  'halfvec m=16 (migration)': {
    index: 'USING hnsw ((embedding::halfvec(256)) halfvec_cosine_ops)',
    order: (literal: string) => `embedding::halfvec(256) <=> '${literal}'::halfvec(256)`,
  },
  'halfvec m=8': {
    index: 'USING hnsw ((embedding::halfvec(256)) halfvec_cosine_ops) WITH (m = 8, ef_construction = 32)',
    order: (literal: string) => `embedding::halfvec(256) <=> '${literal}'::halfvec(256)`,
  },
  'binary quantised, hamming': {
    index: 'USING hnsw ((binary_quantize(embedding)::bit(256)) bit_hamming_ops)',
    order: (literal: string) =>
      `binary_quantize(embedding)::bit(256) <~> binary_quantize('${literal}'::vector)`,
  },
} as const

/**
 * Builds one of `CHUNK_INDEX_DESIGNS` on `resume_chunks` as `bench_chunk_design` (dropped first), for the
 * benchmark's comparison; no migration creates it. Returns the build time.
 */
export async function buildChunkIndexDesign(db: Db, index: string): Promise<number> {
  const built = await timeMs(() =>
    db.transaction().execute(async (trx) => {
      await sql`SET LOCAL maintenance_work_mem = '1GB'`.execute(trx)
      await sql`DROP INDEX IF EXISTS bench_chunk_design`.execute(trx)
      // The definition is one of the bench's own constants; DDL takes no bind parameters.
      await sql`CREATE INDEX bench_chunk_design ON resume_chunks ${sql.raw(index)}`.execute(trx)
    }),
  )
  await sql`ANALYZE resume_chunks`.execute(db)
  return built.ms
}

/** CPU milliseconds this session's backend has used so far (Linux /proc; null where unreadable, e.g. PGlite). */
async function backendCpuMs(db: Db): Promise<number | null> {
  const backend = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(db)
  try {
    const stat = await readFile(`/proc/${backend.rows[0]?.pid}/stat`, 'utf8')
    // Fields after the parenthesised command: state is the first, utime the 12th, stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10 // USER_HZ is 100 on Linux
  } catch {
    return null
  }
}

export type ChunkInsertCost = {
  /** Wall milliseconds per chunk, with the index and without. */
  withIndexMs: number
  withoutIndexMs: number
  /** The backend's CPU milliseconds per chunk (null on PGlite or another host), which load does not inflate. */
  withIndexCpuMs: number | null
  withoutIndexCpuMs: number | null
}

/**
 * What a vector index costs each inserted chunk: chunks copied from `resume_chunks`, 50 per statement as ingest
 * writes a resume, into a table seeded with 20k of them (so inserts land in a graph of realistic size) with `index`
 * on it (its definition after `ON bench_chunk_copy`, over its `embedding` column), and without. The rows to insert
 * are staged first, so both runs read them the same cheap way. One session (a transaction) holds it all, so the
 * backend's CPU can be read; the tables are dropped after.
 */
export async function measureChunkInsertCost(
  db: Db,
  rows: number,
  index = 'USING hnsw ((embedding::halfvec(256)) halfvec_cosine_ops)',
): Promise<ChunkInsertCost> {
  return db.transaction().execute(async (trx) => {
    await sql`DROP TABLE IF EXISTS bench_chunk_source`.execute(trx)
    await sql`CREATE TABLE bench_chunk_source AS
      SELECT row_number() OVER (ORDER BY id) AS position, embedding FROM resume_chunks ORDER BY id LIMIT ${20_000 + rows}`.execute(
      trx,
    )
    await sql`CREATE INDEX ON bench_chunk_source (position)`.execute(trx)
    const insert = async (indexed: boolean) => {
      await sql`DROP TABLE IF EXISTS bench_chunk_copy`.execute(trx)
      await sql`CREATE TABLE bench_chunk_copy (id bigserial PRIMARY KEY, embedding vector(256))`.execute(trx)
      await sql`INSERT INTO bench_chunk_copy (embedding) SELECT embedding FROM bench_chunk_source WHERE position <= 20000`.execute(
        trx,
      )
      // The definition is one of the bench's own constants, never outside text; DDL takes no bind parameters.
      if (indexed) await sql`CREATE INDEX ON bench_chunk_copy ${sql.raw(index)}`.execute(trx)
      const cpuBefore = await backendCpuMs(trx)
      const timed = await timeMs(async () => {
        for (let from = 20_000; from < 20_000 + rows; from += 50)
          await sql`INSERT INTO bench_chunk_copy (embedding)
            SELECT embedding FROM bench_chunk_source WHERE position > ${from} AND position <= ${from + 50}`.execute(
            trx,
          )
      })
      const cpuAfter = await backendCpuMs(trx)
      await sql`DROP TABLE bench_chunk_copy`.execute(trx)
      return {
        ms: timed.ms / rows,
        cpuMs: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / rows,
      }
    }
    const without = await insert(false)
    const indexed = await insert(true)
    await sql`DROP TABLE bench_chunk_source`.execute(trx)
    return {
      withIndexMs: indexed.ms,
      withoutIndexMs: without.ms,
      withIndexCpuMs: indexed.cpuMs,
      withoutIndexCpuMs: without.cpuMs,
    }
  })
}
