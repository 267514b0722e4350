// Frozen once landed: never edit, add a new migration instead.
import { type Kysely, sql } from 'kysely'

// Privacy: how long an organisation keeps a candidate with no activity, and which application a cached model answer
// was derived from, so erasing the application erases the cache entry with it (the key is a hash of the input and
// cannot be recomputed afterwards). The audit log is read per organisation by action and by subject.
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen and must not depend on the evolving schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('organizations')
    .addColumn('retention_months', 'integer', (c) =>
      c.notNull().defaultTo(24).check(sql`retention_months BETWEEN 1 AND 120`),
    )
    .execute()
  await db.schema
    .alterTable('llm_cache')
    .addColumn('application_id', 'uuid', (c) => c.references('applications.id').onDelete('cascade'))
    .execute()
  await db.schema.createIndex('llm_cache_application_idx').on('llm_cache').column('application_id').execute()
  await db.schema
    .createIndex('audit_events_organization_action_idx')
    .on('audit_events')
    .columns(['organization_id', 'action', 'created_at'])
    .execute()
  await db.schema
    .createIndex('audit_events_organization_subject_idx')
    .on('audit_events')
    .columns(['organization_id', 'subject_id'])
    .execute()
}

// biome-ignore lint/suspicious/noExplicitAny: see up.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('audit_events_organization_subject_idx').ifExists().execute()
  await db.schema.dropIndex('audit_events_organization_action_idx').ifExists().execute()
  await db.schema.dropIndex('llm_cache_application_idx').ifExists().execute()
  await db.schema.alterTable('llm_cache').dropColumn('application_id').execute()
  await db.schema.alterTable('organizations').dropColumn('retention_months').execute()
}
