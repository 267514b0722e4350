import { type Kysely, sql } from 'kysely'

// Strongest components kept per chunk: a component counts when its magnitude reaches this (chunk vectors are unit).
const POSTING_MIN_WEIGHT = 0.25

// Candidate search's HNSW stage misses the nearest chunks of short queries at 100k resumes (recall@10 0.815–0.97
// across index builds, `pnpm bench pool`): the offline embedder's vectors are signed feature hashes, and a query of
// one or two words has 2–11 non-zero components, so its cosine with a chunk is decided by the chunk's values in those
// few components. Far from every chunk, the graph walk has nothing to follow there. These postings are an inverted
// index of the chunks' strongest components (one row per component of magnitude >= POSTING_MIN_WEIGHT, about three
// per chunk): search reads, for each dominant component of the query, the chunks with the largest values in it (the
// b-tree below, in either direction for the sign), and ranks their documents exactly beside the HNSW stage's. A dense
// embedding has few components this large, so the table stays small and the channel mostly empty.
//
// Rows are written with `search_embedding` by the indexer (`indexSearchChunks`), off the ingest path, and go with
// their chunk. Chunks already indexed get theirs here.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE resume_chunk_postings (
      chunk_id uuid NOT NULL REFERENCES resume_chunks (id) ON DELETE CASCADE,
      slot smallint NOT NULL,
      organization_id uuid NOT NULL,
      document_id uuid NOT NULL,
      weight real NOT NULL,
      PRIMARY KEY (chunk_id, slot)
    )
  `.execute(db)
  await sql`
    INSERT INTO resume_chunk_postings (chunk_id, slot, organization_id, document_id, weight)
    SELECT chunk.id, (component.slot - 1)::smallint, chunk.organization_id, chunk.document_id, component.weight
    FROM resume_chunks AS chunk, unnest(chunk.embedding::real[]) WITH ORDINALITY AS component (weight, slot)
    WHERE chunk.search_embedding IS NOT NULL AND abs(component.weight) >= ${sql.lit(POSTING_MIN_WEIGHT)}
  `.execute(db)
  await sql`
    CREATE INDEX resume_chunk_postings_slot_idx ON resume_chunk_postings (organization_id, slot, weight)
    INCLUDE (document_id)
  `.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE IF EXISTS resume_chunk_postings`.execute(db)
}
