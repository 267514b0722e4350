import { type Kysely, sql } from 'kysely'
import { EMBEDDING_DIMENSIONS } from '../vector'

// Candidate search ranks chunks: a candidate is as near as their best chunk. Its first stage read the document
// vectors, but a document's vector says little about its best chunk (recall@10 against every chunk ranked was 0.38
// at 10k composed resumes and 0.22 at 100k, `pnpm bench pool`). An HNSW index over the chunks themselves, in half
// precision (half the pages of `vector`; the query re-ranks exactly), finds them: 0.97 at 10k with 100 chunks.
// Measured against the alternatives in the same runs: binary quantisation (`bit_hamming_ops`) found 0.12–0.36, since
// sparse hashed vectors lose their meaning as sign bits, and m = 8 found 0.81–0.93. What an insert pays for it (about
// 0.7 ms of database CPU per chunk) is in the bench's `pool` and `e2e` rows.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE INDEX IF NOT EXISTS resume_chunks_embedding_halfvec_hnsw ON resume_chunks
      USING hnsw ((embedding::halfvec(${sql.raw(String(EMBEDDING_DIMENSIONS))})) halfvec_cosine_ops)
  `.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS resume_chunks_embedding_halfvec_hnsw`.execute(db)
}
