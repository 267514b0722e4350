import { type Kysely, sql } from 'kysely'
import { EMBEDDING_DIMENSIONS } from '../vector'

// Candidate search ranks chunks: a candidate is as near as their best chunk. Its first stage read the document
// vectors, but a document's vector says little about its best chunk (recall@10 against every chunk ranked was 0.38
// at 10k composed resumes and 0.22 at 100k, `pnpm bench pool`). An HNSW index over the chunks in half precision
// (half the pages of `vector`; the second stage re-ranks exactly) finds 1.00 at 10k and 0.88–0.97 at 100k. Binary
// quantisation (`bit_hamming_ops`) found 0.07–0.36 in the same runs, since sparse hashed vectors lose their meaning
// as sign bits, and m = 8 found 0.84–0.93.
//
// The index is not on `embedding`: an HNSW insert costs about 0.9 ms of database CPU per chunk on PostgreSQL, and in
// embedded mode PGlite's insert ran on the event loop and halved ingest (`pnpm bench --only e2e`: 147–651 CPU ms per
// resume against 73–81). So the index reads `search_embedding`, a copy in half precision that ingest leaves null and
// `indexSearchChunks` fills off the ingest path (the reconciler's tick, while ingest is quiet); search ranks the
// chunks still null exactly, through the partial index below, so a resume is found the moment it is stored.
export async function up(db: Kysely<any>): Promise<void> {
  const half = sql.raw(`halfvec(${EMBEDDING_DIMENSIONS})`)
  await sql`ALTER TABLE resume_chunks ADD COLUMN search_embedding ${half}`.execute(db)
  await sql`
    CREATE INDEX resume_chunks_search_embedding_hnsw ON resume_chunks USING hnsw (search_embedding halfvec_cosine_ops)
  `.execute(db)
  await sql`
    CREATE INDEX resume_chunks_unindexed_idx ON resume_chunks (organization_id) WHERE search_embedding IS NULL
  `.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS resume_chunks_unindexed_idx`.execute(db)
  await sql`DROP INDEX IF EXISTS resume_chunks_search_embedding_hnsw`.execute(db)
  await sql`ALTER TABLE resume_chunks DROP COLUMN IF EXISTS search_embedding`.execute(db)
}
