// Frozen once landed: never edit, add a new migration instead.
import { type Kysely, sql } from 'kysely'

// A shortlist page served by one indexed query, cheap to revalidate:
// - `evaluations.summary`: each requirement's status without its evidence, written by scoring, so a page never
//   reads the quotes; rows scored before this migration are backfilled from their full results.
// - a keyset index whose columns all ascend (NOT all_required_met, -rank_score, application_id), so "the rows after
//   this cursor" is one row comparison, i.e. one range scan of the index, and a deep page costs what the first does.
//   It replaces evaluations_shortlist_rank_idx, whose mixed directions only an OR of three conditions could seek.
// - `jobs.shortlist_version`: bumped by triggers whenever something a shortlist page shows changes (an evaluation,
//   an application's status, stage, candidate or hidden-text flag, a decision, a candidate's corrections, a
//   re-parsed profile, the requirement list, and what blind review depends on: the organisation's and the job's
//   blind review settings, the job's pipeline, a candidate's emails (masked in quotes), an alternative-process
//   request; hence this migration's slot after the fairness one). Triggers rather than application code so that no writer, present or
//   future, can forget to bump it; the version is the weak ETag and the key of the API's page cache.
//   Changes to applications that are not on the shortlist (not scored, before or after) do not bump it, so ingest
//   never holds the job row's lock while it stores chunks.
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen and must not depend on the evolving schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('evaluations').addColumn('summary', 'jsonb').execute()
  await sql`
    UPDATE evaluations SET summary = coalesce(
      (
        SELECT jsonb_agg(
          jsonb_build_object('requirementId', result.value ->> 'requirementId', 'status', result.value ->> 'status')
          ORDER BY result.position
        )
        FROM jsonb_array_elements(
          CASE WHEN jsonb_typeof(evaluations.requirements) = 'array' THEN evaluations.requirements ELSE '[]'::jsonb END
        ) WITH ORDINALITY AS result(value, position)
      ),
      '[]'::jsonb
    )
  `.execute(db)

  await sql`
    CREATE INDEX evaluations_shortlist_keyset_idx
    ON evaluations (job_id, (NOT all_required_met), (-rank_score), application_id)
  `.execute(db)
  await sql`DROP INDEX IF EXISTS evaluations_shortlist_rank_idx`.execute(db)
  // Candidate corrections find the jobs to bump through the candidate's applications.
  await db.schema
    .createIndex('applications_candidate_idx')
    .on('applications')
    .column('candidate_id')
    .execute()

  await db.schema
    .alterTable('jobs')
    .addColumn('shortlist_version', 'bigint', (c) => c.notNull().defaultTo(1))
    .execute()

  await sql`
    CREATE FUNCTION shortlist_bump_job() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP <> 'INSERT' THEN
        UPDATE jobs SET shortlist_version = shortlist_version + 1 WHERE id = OLD.job_id;
      END IF;
      IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.job_id IS DISTINCT FROM OLD.job_id) THEN
        UPDATE jobs SET shortlist_version = shortlist_version + 1 WHERE id = NEW.job_id;
      END IF;
      RETURN NULL;
    END
    $$
  `.execute(db)
  await sql`
    CREATE FUNCTION shortlist_bump_by_application() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE jobs SET shortlist_version = shortlist_version + 1
      WHERE id IN (
        SELECT job_id FROM applications
        WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.application_id ELSE NEW.application_id END
      );
      RETURN NULL;
    END
    $$
  `.execute(db)
  await sql`
    CREATE FUNCTION shortlist_bump_by_candidate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE jobs SET shortlist_version = shortlist_version + 1
      WHERE id IN (SELECT DISTINCT job_id FROM applications WHERE candidate_id = NEW.id AND status = 'scored');
      RETURN NULL;
    END
    $$
  `.execute(db)
  await sql`
    CREATE FUNCTION shortlist_bump_by_organization() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE jobs SET shortlist_version = shortlist_version + 1 WHERE organization_id = NEW.id;
      RETURN NULL;
    END
    $$
  `.execute(db)
  // The job's own row: bumped in place before the update, so the trigger never updates the row it fires on.
  await sql`
    CREATE FUNCTION shortlist_bump_own_job() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.shortlist_version := OLD.shortlist_version + 1;
      RETURN NEW;
    END
    $$
  `.execute(db)
  await sql`
    CREATE FUNCTION shortlist_bump_by_document() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE jobs SET shortlist_version = shortlist_version + 1
      WHERE id IN (SELECT DISTINCT job_id FROM applications WHERE document_id = NEW.id AND status = 'scored');
      RETURN NULL;
    END
    $$
  `.execute(db)

  await sql`
    CREATE TRIGGER evaluations_shortlist_version AFTER INSERT OR UPDATE OR DELETE ON evaluations
    FOR EACH ROW EXECUTE FUNCTION shortlist_bump_job()
  `.execute(db)
  await sql`
    CREATE TRIGGER applications_shortlist_version
    AFTER UPDATE OF status, stage, candidate_id, document_id, hidden_text_flagged, job_id,
      alternative_process_requested_at ON applications
    FOR EACH ROW
    WHEN ((OLD.status = 'scored' OR NEW.status = 'scored') AND (
      OLD.status IS DISTINCT FROM NEW.status OR OLD.stage IS DISTINCT FROM NEW.stage
      OR OLD.candidate_id IS DISTINCT FROM NEW.candidate_id OR OLD.document_id IS DISTINCT FROM NEW.document_id
      OR OLD.hidden_text_flagged IS DISTINCT FROM NEW.hidden_text_flagged OR OLD.job_id IS DISTINCT FROM NEW.job_id
      OR OLD.alternative_process_requested_at IS DISTINCT FROM NEW.alternative_process_requested_at
    ))
    EXECUTE FUNCTION shortlist_bump_job()
  `.execute(db)
  await sql`
    CREATE TRIGGER applications_shortlist_version_delete AFTER DELETE ON applications
    FOR EACH ROW WHEN (OLD.status = 'scored') EXECUTE FUNCTION shortlist_bump_job()
  `.execute(db)
  await sql`
    CREATE TRIGGER decisions_shortlist_version AFTER INSERT OR UPDATE OR DELETE ON decisions
    FOR EACH ROW EXECUTE FUNCTION shortlist_bump_by_application()
  `.execute(db)
  await sql`
    CREATE TRIGGER candidates_shortlist_version
    AFTER UPDATE OF name, name_corrected, email, email_corrected, current_role_corrected, current_title_corrected,
      current_employer_corrected, corrected_at ON candidates
    FOR EACH ROW
    WHEN (
      OLD.name IS DISTINCT FROM NEW.name OR OLD.name_corrected IS DISTINCT FROM NEW.name_corrected
      OR OLD.email IS DISTINCT FROM NEW.email OR OLD.email_corrected IS DISTINCT FROM NEW.email_corrected
      OR OLD.current_role_corrected IS DISTINCT FROM NEW.current_role_corrected
      OR OLD.current_title_corrected IS DISTINCT FROM NEW.current_title_corrected
      OR OLD.current_employer_corrected IS DISTINCT FROM NEW.current_employer_corrected
      OR OLD.corrected_at IS DISTINCT FROM NEW.corrected_at
    )
    EXECUTE FUNCTION shortlist_bump_by_candidate()
  `.execute(db)
  await sql`
    CREATE TRIGGER documents_shortlist_version AFTER UPDATE OF profile ON documents
    FOR EACH ROW EXECUTE FUNCTION shortlist_bump_by_document()
  `.execute(db)
  await sql`
    CREATE TRIGGER job_requirements_shortlist_version AFTER INSERT OR UPDATE OR DELETE ON job_requirements
    FOR EACH ROW EXECUTE FUNCTION shortlist_bump_job()
  `.execute(db)
  await sql`
    CREATE TRIGGER organizations_shortlist_version AFTER UPDATE OF blind_review, blind_review_until ON organizations
    FOR EACH ROW
    WHEN (
      OLD.blind_review IS DISTINCT FROM NEW.blind_review OR OLD.blind_review_until IS DISTINCT FROM NEW.blind_review_until
    )
    EXECUTE FUNCTION shortlist_bump_by_organization()
  `.execute(db)
  await sql`
    CREATE TRIGGER jobs_shortlist_version BEFORE UPDATE OF blind_review, blind_review_until, pipeline ON jobs
    FOR EACH ROW
    WHEN (
      OLD.blind_review IS DISTINCT FROM NEW.blind_review OR OLD.blind_review_until IS DISTINCT FROM NEW.blind_review_until
      OR OLD.pipeline IS DISTINCT FROM NEW.pipeline
    )
    EXECUTE FUNCTION shortlist_bump_own_job()
  `.execute(db)
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const [trigger, table] of [
    ['jobs_shortlist_version', 'jobs'],
    ['organizations_shortlist_version', 'organizations'],
    ['job_requirements_shortlist_version', 'job_requirements'],
    ['documents_shortlist_version', 'documents'],
    ['candidates_shortlist_version', 'candidates'],
    ['decisions_shortlist_version', 'decisions'],
    ['applications_shortlist_version_delete', 'applications'],
    ['applications_shortlist_version', 'applications'],
    ['evaluations_shortlist_version', 'evaluations'],
  ] as const)
    await sql`DROP TRIGGER IF EXISTS ${sql.raw(trigger)} ON ${sql.raw(table)}`.execute(db)
  for (const fn of [
    'shortlist_bump_own_job',
    'shortlist_bump_by_organization',
    'shortlist_bump_by_document',
    'shortlist_bump_by_candidate',
    'shortlist_bump_by_application',
    'shortlist_bump_job',
  ])
    await sql`DROP FUNCTION IF EXISTS ${sql.raw(fn)}()`.execute(db)
  await db.schema.alterTable('jobs').dropColumn('shortlist_version').execute()
  await db.schema.dropIndex('applications_candidate_idx').execute()
  await sql`
    CREATE INDEX evaluations_shortlist_rank_idx
    ON evaluations (job_id, all_required_met DESC, rank_score DESC, application_id)
  `.execute(db)
  await sql`DROP INDEX IF EXISTS evaluations_shortlist_keyset_idx`.execute(db)
  await db.schema.alterTable('evaluations').dropColumn('summary').execute()
}
