import { type Kysely, sql } from 'kysely'

// Hiring pipeline stages, the history of every move, candidate message templates and the message log, and
// reusable, revocable invites. Existing applications start in `applied`.
export async function up(db: Kysely<any>): Promise<void> {
  // A job's stages in order; null means the default pipeline.
  await db.schema.alterTable('jobs').addColumn('pipeline', 'jsonb').execute()
  await db.schema
    .alterTable('applications')
    .addColumn('stage', 'text', (c) => c.notNull().defaultTo('applied'))
    .execute()
  await db.schema
    .createIndex('applications_job_stage_idx')
    .on('applications')
    .columns(['organization_id', 'job_id', 'stage'])
    .execute()

  await db.schema
    .createTable('application_stage_events')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('application_id', 'uuid', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('from_stage', 'text', (c) => c.notNull())
    .addColumn('to_stage', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('moved_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema
    .createIndex('application_stage_events_application_idx')
    .on('application_stage_events')
    .columns(['organization_id', 'application_id', 'created_at'])
    .execute()

  await db.schema
    .createTable('message_templates')
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind IN ('prep_invite', 'interview_invitation', 'rejection')`),
    )
    .addColumn('locale', 'text', (c) => c.notNull().check(sql`locale IN ('en', 'pt', 'es')`))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('message_templates_pk', ['organization_id', 'kind', 'locale'])
    .execute()

  await db.schema
    .createTable('candidate_messages')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('application_id', 'uuid', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status IN ('queued', 'sent', 'failed', 'outbox')`),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('sent_at', 'timestamptz')
    .execute()
  await db.schema
    .createIndex('candidate_messages_application_idx')
    .on('candidate_messages')
    .columns(['organization_id', 'application_id', 'created_at'])
    .execute()
  await db.schema
    .createIndex('candidate_messages_status_idx')
    .on('candidate_messages')
    .columns(['organization_id', 'status'])
    .execute()

  // Invites are reusable until they expire or are revoked; `used_at` keeps the first use, `last_used_at` the latest.
  await db.schema.alterTable('invites').addColumn('revoked_at', 'timestamptz').execute()
  await db.schema.alterTable('invites').addColumn('last_used_at', 'timestamptz').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('invites').dropColumn('last_used_at').execute()
  await db.schema.alterTable('invites').dropColumn('revoked_at').execute()
  await db.schema.dropTable('candidate_messages').execute()
  await db.schema.dropTable('message_templates').execute()
  await db.schema.dropTable('application_stage_events').execute()
  await db.schema.dropIndex('applications_job_stage_idx').execute()
  await db.schema.alterTable('applications').dropColumn('stage').execute()
  await db.schema.alterTable('jobs').dropColumn('pipeline').execute()
}
