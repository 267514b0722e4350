import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Taxonomy } from '@shortlist/core'
import { createDatabase, type DatabaseHandle, migrateToLatest } from '@shortlist/db'
import type { Embedder } from '@shortlist/llm'
import { sql } from 'kysely'
import { createResumeComposer, type RealResume, readRealResumes } from './compose-real-resumes'
import {
  addAnalyzedJob,
  createBenchOrganisation,
  dropVectorIndexes,
  fillChunkSearchIndex,
  loadPool,
  type Organisation,
  rebuildDocumentIndex,
} from './load-pool'
import { timeMs } from './measure'
import type { Corpus } from './synthetic-corpus'

/**
 * Bumped whenever what the pool holds changes, so a kept database of an older build is never reused.
 * v2: resumes recomposed from real ones (`compose-real-resumes.ts`) instead of replicas with vector noise.
 */
const FIXTURE_VERSION = 2
/** Resumes composed and loaded per step: the progress line's unit. */
const STEP = 2_000
/** Distinct chunk vectors kept by `cacheChunkEmbeddings` (about 1 KB each). */
const MAX_CACHED_CHUNKS = 300_000

export type SearchPoolOptions = {
  engine: 'postgres' | 'pglite'
  /** Resumes of the searched organisation; another organisation of a tenth of that shares the index. */
  size: number
  chunksPerResume: number
  /** Jobs for `/matches`, one more for the warm-up. */
  jobs: number
  /** The benchmark's folder of real resumes (`resumes/<CATEGORY>/*.pdf`). */
  dataDirectory: string
  /** Admin URL of the real Postgres. */
  adminUrl: string
  /**
   * Keep the pool after the run and reuse it on the next (a 100k pool takes most of an hour to build on 2 cores):
   * a database `bench_pool_v<version>_<size>` on Postgres, a folder under the temp directory for PGlite.
   */
  keep: boolean
  /** Prefix of the kept pool's name, `bench_pool` when absent: a copy of a kept pool under another name is reused. */
  namePrefix?: string
  taxonomy: Taxonomy
  embedder: Embedder
  corpus: Corpus
  log: (message: string) => void
}

export type SearchPool = {
  handle: DatabaseHandle
  mine: Organisation
  theirs: Organisation
  /** Analysed jobs of `mine`; the first is the warm-up. */
  jobIds: string[]
  /** How the pool was built; `reused` when a kept pool was opened. */
  build: { reused: boolean; documents: number; chunks: number; otherDocuments: number; loadSeconds: number }
  close(): Promise<void>
}

type StoredBuild = Omit<SearchPool, 'handle' | 'close' | 'build'> & {
  build: Omit<SearchPool['build'], 'reused'>
}

async function openDatabase(
  options: SearchPoolOptions,
): Promise<{ handle: DatabaseHandle; fresh: boolean; discard(): Promise<void> }> {
  // `--pool-name` names a copy of a kept pool: a pool migrated by code with a newer migration is refused by code
  // without it (Kysely calls it corrupted), so trees measured side by side do not share one.
  const name = `${options.namePrefix ?? 'bench_pool'}_v${FIXTURE_VERSION}_${options.size}`
  if (options.engine === 'pglite') {
    const dataDir = options.keep ? join(tmpdir(), `shortlist-${name}`) : 'memory://'
    const handle = await createDatabase({ dataDir })
    return { handle, fresh: !options.keep, discard: async () => {} }
  }
  const admin = await createDatabase({ databaseUrl: options.adminUrl })
  const databaseName = options.keep ? name : `${name}_${process.pid}`
  const exists = await sql<{
    found: number
  }>`SELECT 1 AS found FROM pg_database WHERE datname = ${databaseName}`.execute(admin.db)
  if (exists.rows.length === 0) await sql`CREATE DATABASE ${sql.id(databaseName)}`.execute(admin.db)
  const url = new URL(options.adminUrl)
  url.pathname = `/${databaseName}`
  const handle = await createDatabase({ databaseUrl: url.toString() })
  return {
    handle,
    fresh: exists.rows.length === 0,
    async discard() {
      if (!options.keep)
        await sql`DROP DATABASE IF EXISTS ${sql.id(databaseName)} WITH (FORCE)`.execute(admin.db)
      await admin.close()
    },
  }
}

/**
 * The real resumes as text, extracted once per folder and kept in the temp directory (pdf.js takes minutes for the
 * 1,288 PDFs on a loaded machine, and a pool build that resumes reads them again). Nothing is written into the
 * repository.
 */
async function readRealResumesOnce(dataDirectory: string): Promise<RealResume[]> {
  const cache = join(
    tmpdir(),
    `shortlist-bench-real-resumes-${createHash('sha256').update(dataDirectory).digest('hex').slice(0, 12)}.json`,
  )
  if (existsSync(cache)) return JSON.parse(await readFile(cache, 'utf8')) as RealResume[]
  const real = await readRealResumes(dataDirectory)
  await writeFile(cache, JSON.stringify(real))
  return real
}

/** The two organisations of a build that stopped before its marker was written, or null. */
async function findBenchOrganisations(
  handle: DatabaseHandle,
): Promise<{ mine: Organisation; theirs: Organisation } | null> {
  const table = await sql<{ name: string | null }>`SELECT to_regclass('jobs')::text AS name`.execute(
    handle.db,
  )
  if (!table.rows[0]?.name) return null
  const rows = await sql<{ label: string; id: string; user_id: string; job_id: string }>`
    SELECT o.name AS label, o.id, u.id AS user_id, j.id AS job_id
    FROM organizations o
    JOIN users u ON u.organization_id = o.id
    JOIN jobs j ON j.organization_id = o.id AND j.title = 'Earlier job'
  `.execute(handle.db)
  const find = (label: string) => {
    const row = rows.rows.find((candidate) => candidate.label === `Bench ${label}`)
    return row ? { id: row.id, userId: row.user_id, poolJobId: row.job_id } : null
  }
  const mine = find('mine')
  const theirs = find('theirs')
  return mine && theirs ? { mine, theirs } : null
}

/**
 * The embedder with every text but the first of each call (the whole resume, always new) remembered: what it
 * returns is what the embedder returns, computed once per distinct chunk. All calls go to the embedder's thread,
 * so parsing on this one overlaps with embedding.
 */
function cacheChunkEmbeddings(embedder: Embedder): Embedder {
  const known = new Map<string, Float32Array>()
  return {
    ...embedder,
    async embed(texts, options) {
      const missing = texts.filter((text, position) => position === 0 || !known.has(text))
      const computed = missing.length > 0 ? await embedder.embed(missing, options) : []
      const fresh = new Map(missing.map((text, position) => [text, computed[position] ?? []]))
      return texts.map((text, position) => {
        const vector = fresh.get(text)
        if (vector) {
          if (position > 0 && known.size < MAX_CACHED_CHUNKS) known.set(text, Float32Array.from(vector))
          return vector
        }
        return [...(known.get(text) ?? [])]
      })
    },
  }
}

async function readStoredBuild(handle: DatabaseHandle): Promise<StoredBuild | null> {
  const table = await sql<{
    name: string | null
  }>`SELECT to_regclass('bench_pool_build')::text AS name`.execute(handle.db)
  if (!table.rows[0]?.name) return null
  const stored = await sql<{ build: StoredBuild | string }>`SELECT build FROM bench_pool_build`.execute(
    handle.db,
  )
  const value = stored.rows[0]?.build
  if (!value) return null
  return typeof value === 'string' ? (JSON.parse(value) as StoredBuild) : value
}

/**
 * The pool the search benchmark runs on, built once and reused when `keep` is set: two organisations sharing the
 * document HNSW index (`size` resumes and a tenth of that), every resume composed from real ones and stored as
 * ingest stores it, `jobs + 1` analysed postings. A build that stops half-way leaves no marker and starts over.
 */
export async function openSearchPool(options: SearchPoolOptions): Promise<SearchPool> {
  const { log } = options
  const { handle, fresh, discard } = await openDatabase(options)
  const close = async () => {
    await handle.close()
    await discard()
  }
  try {
    const { db } = handle
    const stored = fresh ? null : await readStoredBuild(handle)
    if (stored) {
      await migrateToLatest(db)
      // A pool kept before the chunk search migration: its chunks go into the index in bulk.
      const chunkIndexMs = await fillChunkSearchIndex(db)
      if (chunkIndexMs !== null) log(`  chunk search index filled in ${(chunkIndexMs / 1000).toFixed(0)} s`)
      log(`  reusing the kept pool (${stored.build.documents} resumes)`)
      return { ...stored, handle, build: { ...stored.build, reused: true }, close }
    }
    // An unfinished build goes on where it stopped: resumes are composed by position, and each batch of them
    // commits with its chunks, candidates and applications.
    const started = fresh ? null : await findBenchOrganisations(handle)
    if (!fresh && !started) {
      await sql`DROP SCHEMA public CASCADE`.execute(db)
      await sql`CREATE SCHEMA public`.execute(db)
    }
    await migrateToLatest(db)
    // Loading is faster without the vector indexes; the document index is rebuilt after.
    await dropVectorIndexes(db)
    log(`  reading real resumes from ${options.dataDirectory}…`)
    const real = await readRealResumesOnce(options.dataDirectory)
    const composer = createResumeComposer(real, options.taxonomy, 20261205)
    const mine = started?.mine ?? (await createBenchOrganisation(db, 'mine'))
    const theirs = started?.theirs ?? (await createBenchOrganisation(db, 'theirs'))
    // Chunks repeat across composed resumes (they come from the same real sections): each is embedded once.
    const embedder = cacheChunkEmbeddings(options.embedder)
    const loadOne = async (organisation: Organisation, size: number, offset: number) => {
      const counted = await sql<{ documents: number }>`
        SELECT count(*)::int AS documents FROM documents WHERE organization_id = ${organisation.id}
      `.execute(db)
      for (let from = counted.rows[0]?.documents ?? 0; from < size; from += STEP) {
        const texts = Array.from(
          { length: Math.min(STEP, size - from) },
          (_, index) => composer.compose(offset + from + index).text,
        )
        await loadPool(db, organisation, texts, {
          taxonomy: options.taxonomy,
          embedder,
          chunksPerResume: options.chunksPerResume,
        })
        log(`  ${organisation.id.slice(0, 8)}: ${from + texts.length}/${size} resumes`)
      }
    }
    const load = await timeMs(async () => {
      await loadOne(mine, options.size, 0)
      // Offset, so the other organisation holds different people.
      await loadOne(theirs, Math.ceil(options.size / 10), 10_000_000)
    })
    const jobIds: string[] = []
    for (let index = 0; index <= options.jobs; index++) {
      const job = await addAnalyzedJob(db, mine, options.corpus.posting(200 + index), options)
      jobIds.push(job.jobId)
    }
    log('  building the document and chunk HNSW indexes…')
    await rebuildDocumentIndex(db)
    await fillChunkSearchIndex(db)
    const counts = await sql<{ documents: number; chunks: number; other: number }>`
      SELECT (SELECT count(*) FROM documents WHERE organization_id = ${mine.id})::int AS documents,
        (SELECT count(*) FROM resume_chunks WHERE organization_id = ${mine.id})::int AS chunks,
        (SELECT count(*) FROM documents WHERE organization_id = ${theirs.id})::int AS other
    `.execute(db)
    const row = counts.rows[0]
    const build: StoredBuild = {
      mine,
      theirs,
      jobIds,
      build: {
        documents: row?.documents ?? 0,
        chunks: row?.chunks ?? 0,
        otherDocuments: row?.other ?? 0,
        loadSeconds: Math.round(load.ms / 1000),
      },
    }
    await sql`CREATE TABLE bench_pool_build (build jsonb NOT NULL)`.execute(db)
    await sql`INSERT INTO bench_pool_build (build) VALUES (${JSON.stringify(build)}::jsonb)`.execute(db)
    return { ...build, handle, build: { ...build.build, reused: false }, close }
  } catch (error) {
    await close()
    throw error
  }
}
