import { type Kysely, sql } from 'kysely'

// Width of the stored embeddings when this migration was written (`vector.ts`); migrations never import app code.
const EMBEDDING_DIMENSIONS = 256

// /matches searches an organisation's whole pool twice, and both searches read every document:
// - the nearest documents to the job's direction. The HNSW index on `documents` found 0.80–0.89 of the exact top-50
//   at 100k resumes (ef_search 1000), and the exact scan reads the wide `documents` rows (text, profile, vector),
//   307–318 ms;
// - the best job-family fits. Each search read every document's skills and title and built the family profiles in
//   JavaScript (0.85–1.9 s at 100k).
// Two narrow tables keep, per analysed document, only what those scans read:
// - `pool_documents`: the embedding in half precision (an exact scan over small rows, re-ranked at full precision
//   from `documents`), copied by a trigger on `documents`;
// - `pool_families`: the job-family profile, as the [category, weight] pairs it was built from (`categories`, JSON
//   text in build order) and as a sparse vector with one hashed dimension per category (`family`), so the best fits
//   come from one scan ordered by cosine distance.
//
// A row of each exists for every document with text and a profile (the trigger writes both; existing documents are
// copied below). The family profile depends on the taxonomy and the parser (`family_key` names the ones it was built
// with) and on a recruiter's correction of the current role: triggers set `family_key` to null when an input changes
// (a document's text or profile is written, a candidate's current-role correction changes, a document is linked to a
// candidate with such a correction), and rows whose key is null or another one are rebuilt before a search reads
// them (`refreshPoolFamilies`). Ingest builds the profile in the transaction that stores the resume. Rows go with
// their document.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE pool_documents (
      document_id uuid PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
      organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
      embedding halfvec(${sql.raw(String(EMBEDDING_DIMENSIONS))})
    )
  `.execute(db)
  await sql`CREATE INDEX pool_documents_organization_idx ON pool_documents (organization_id)`.execute(db)
  await sql`
    CREATE TABLE pool_families (
      document_id uuid PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
      organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
      family_key text,
      categories text NOT NULL DEFAULT '[]',
      family sparsevec
    )
  `.execute(db)
  // The organisation filter, and the staleness check: three probes (null, below, above the current key).
  await sql`CREATE INDEX pool_families_organization_key_idx ON pool_families (organization_id, family_key)`.execute(
    db,
  )
  await sql`
    INSERT INTO pool_documents (document_id, organization_id, embedding)
    SELECT id, organization_id, embedding::halfvec(${sql.raw(String(EMBEDDING_DIMENSIONS))})
    FROM documents WHERE text IS NOT NULL AND profile IS NOT NULL
  `.execute(db)
  await sql`
    INSERT INTO pool_families (document_id, organization_id)
    SELECT id, organization_id FROM documents WHERE text IS NOT NULL AND profile IS NOT NULL
  `.execute(db)

  await sql`
    CREATE FUNCTION pool_documents_from_document() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.text IS NULL OR NEW.profile IS NULL THEN
        DELETE FROM pool_documents WHERE document_id = NEW.id;
        DELETE FROM pool_families WHERE document_id = NEW.id;
      ELSE
        INSERT INTO pool_documents (document_id, organization_id, embedding)
        VALUES (NEW.id, NEW.organization_id, NEW.embedding::halfvec(${sql.raw(String(EMBEDDING_DIMENSIONS))}))
        ON CONFLICT (document_id) DO UPDATE SET embedding = excluded.embedding;
        INSERT INTO pool_families (document_id, organization_id) VALUES (NEW.id, NEW.organization_id)
        ON CONFLICT (document_id) DO UPDATE SET family_key = NULL;
      END IF;
      RETURN NULL;
    END
    $$
  `.execute(db)
  await sql`
    CREATE TRIGGER pool_documents_document AFTER INSERT OR UPDATE OF text, profile, embedding ON documents
    FOR EACH ROW EXECUTE FUNCTION pool_documents_from_document()
  `.execute(db)

  await sql`
    CREATE FUNCTION pool_families_from_candidate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE pool_families SET family_key = NULL
      WHERE family_key IS NOT NULL AND document_id IN (
        SELECT document_id FROM applications WHERE candidate_id = NEW.id AND organization_id = NEW.organization_id
      );
      RETURN NULL;
    END
    $$
  `.execute(db)
  await sql`
    CREATE TRIGGER pool_families_candidate
    AFTER UPDATE OF current_role_corrected, current_title_corrected, corrected_at ON candidates
    FOR EACH ROW
    WHEN (OLD.current_role_corrected IS DISTINCT FROM NEW.current_role_corrected
      OR OLD.current_title_corrected IS DISTINCT FROM NEW.current_title_corrected
      OR OLD.corrected_at IS DISTINCT FROM NEW.corrected_at)
    EXECUTE FUNCTION pool_families_from_candidate()
  `.execute(db)

  await sql`
    CREATE FUNCTION pool_families_from_application() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM candidates WHERE id = NEW.candidate_id AND current_role_corrected) THEN
        UPDATE pool_families SET family_key = NULL WHERE document_id = NEW.document_id AND family_key IS NOT NULL;
      END IF;
      RETURN NULL;
    END
    $$
  `.execute(db)
  await sql`
    CREATE TRIGGER pool_families_application AFTER INSERT OR UPDATE OF candidate_id, document_id ON applications
    FOR EACH ROW WHEN (NEW.candidate_id IS NOT NULL) EXECUTE FUNCTION pool_families_from_application()
  `.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TRIGGER IF EXISTS pool_families_application ON applications`.execute(db)
  await sql`DROP TRIGGER IF EXISTS pool_families_candidate ON candidates`.execute(db)
  await sql`DROP TRIGGER IF EXISTS pool_documents_document ON documents`.execute(db)
  await sql`DROP FUNCTION IF EXISTS pool_families_from_application()`.execute(db)
  await sql`DROP FUNCTION IF EXISTS pool_families_from_candidate()`.execute(db)
  await sql`DROP FUNCTION IF EXISTS pool_documents_from_document()`.execute(db)
  await sql`DROP TABLE IF EXISTS pool_families`.execute(db)
  await sql`DROP TABLE IF EXISTS pool_documents`.execute(db)
}
