import { type Kysely, sql } from 'kysely'

// Pool search reads, for every analysed document of an organisation, the skill ids and the parsed current-role title
// that its job-family profile is built from. Read out of the `profile` jsonb, that detoasts every profile and walks
// its experiences per request (6.8 s at 100k resumes). Stored generated columns keep both beside the row: Postgres
// recomputes them whenever `profile` is written, so ingest code (and re-parsing) needs no change and the copy cannot
// go stale. A recruiter's correction of the role lives on `candidates` and is still read at query time.
//
// Indexes: none created or dropped here. Candidate search and the /matches preselect use `documents_embedding_hnsw`
// (initial migration); `resume_chunks_embedding_hnsw` is no longer read by any query.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE documents
      ADD COLUMN pool_skill_ids jsonb GENERATED ALWAYS AS (jsonb_path_query_array(profile, '$.skills[*].skillId')) STORED
  `.execute(db)
  // The same rule as `currentRoleSql` without a correction: the first titled entry marked current, else the first
  // titled entry, else the headline's title (jsonpath, since generated columns admit no subqueries).
  await sql`
    ALTER TABLE documents
      ADD COLUMN pool_title text GENERATED ALWAYS AS (
        CASE
          WHEN jsonb_typeof(profile -> 'experiences') = 'array' AND jsonb_path_exists(profile, '$.experiences[*] ? (@.title != null)')
            THEN coalesce(
              jsonb_path_query_first(profile, '$.experiences[*] ? (@.title != null && (@.current == true || @.current == "true")).title'),
              jsonb_path_query_first(profile, '$.experiences[*] ? (@.title != null).title')
            ) #>> '{}'
          WHEN jsonb_typeof(profile -> 'headline') = 'object' THEN profile -> 'headline' ->> 'title'
        END
      ) STORED
  `.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE documents DROP COLUMN pool_title, DROP COLUMN pool_skill_ids`.execute(db)
}
