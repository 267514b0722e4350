import { type Kysely, sql } from 'kysely'

// The HNSW index on resume chunks cost about 1.2 ms of database CPU per inserted chunk (some 40 ms per resume,
// all of it on the event loop in embedded mode) and no query used it: scoring reads one document's chunks through
// the (document_id, chunk_index) key, and candidate search filters by organisation, where the planner chose a scan.
// A b-tree on the organisation serves that filter; a tenant-aware vector index for search belongs with the pool
// search work, measured against its own benchmark.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS resume_chunks_embedding_hnsw`.execute(db)
  await db.schema
    .createIndex('resume_chunks_organization_idx')
    .ifNotExists()
    .on('resume_chunks')
    .column('organization_id')
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('resume_chunks_organization_idx').ifExists().execute()
  await sql`CREATE INDEX IF NOT EXISTS resume_chunks_embedding_hnsw ON resume_chunks USING hnsw (embedding vector_cosine_ops)`.execute(
    db,
  )
}
