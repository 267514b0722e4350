// Frozen once landed: never edit, add a new migration instead.
import { type Kysely, sql } from 'kysely'

// Fairness (issue 14 §6): blind review settings per organisation with a per-job override, candidates' voluntary
// self-identification in a table of its own, and the candidate's request for an alternative to automated screening.
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen and must not depend on the evolving schema types.
export async function up(db: Kysely<any>): Promise<void> {
  // Off by default; when on, reviewers see no identifying details until an application reaches this stage.
  await db.schema
    .alterTable('organizations')
    .addColumn('blind_review', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('blind_review_until', 'text', (c) => c.notNull().defaultTo('interview'))
    .execute()
  // Null inherits the organisation's setting.
  await db.schema
    .alterTable('jobs')
    .addColumn('blind_review', 'boolean')
    .addColumn('blind_review_until', 'text')
    .execute()

  // Kept apart from candidates and applications so no reviewer query can join it by accident; only the fairness
  // report reads it, in aggregate. One answer per application: the invite (and so the portal) is per application.
  await db.schema
    .createTable('self_identifications')
    .addColumn('application_id', 'uuid', (c) =>
      c.primaryKey().references('applications.id').onDelete('cascade'),
    )
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('sex', 'text', (c) => c.notNull())
    .addColumn('race_ethnicity', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema
    .createIndex('self_identifications_organization_idx')
    .on('self_identifications')
    .column('organization_id')
    .execute()

  await db.schema
    .alterTable('applications')
    .addColumn('alternative_process_requested_at', 'timestamptz')
    .addColumn('alternative_process_note', 'text')
    .execute()
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('applications')
    .dropColumn('alternative_process_requested_at')
    .dropColumn('alternative_process_note')
    .execute()
  await db.schema.dropTable('self_identifications').execute()
  await db.schema.alterTable('jobs').dropColumn('blind_review').dropColumn('blind_review_until').execute()
  await db.schema
    .alterTable('organizations')
    .dropColumn('blind_review')
    .dropColumn('blind_review_until')
    .execute()
}
