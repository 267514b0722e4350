// Frozen once landed: never edit, add a new migration instead.
import { type Kysely, sql } from 'kysely'

// The interview loop: a plan of interviews per job, interview instances assigned to users per application, and the
// scorecard each interviewer fills in (kept on the instance: one interviewer, one interview, one scorecard). Also
// admits the `interviewer` role, who sees only the applications assigned to them.
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen and must not depend on the evolving schema types.
export async function up(db: Kysely<any>): Promise<void> {
  const id = sql`gen_random_uuid()`
  const now = sql`now()`

  // The initial migration named no constraint, so Postgres called it users_role_check.
  await sql`ALTER TABLE users DROP CONSTRAINT IF EXISTS users_role_check`.execute(db)
  await sql`ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('admin', 'recruiter', 'hiring_manager', 'interviewer'))`.execute(
    db,
  )

  await db.schema
    .createTable('interview_plan_items')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(id))
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('job_id', 'uuid', (c) => c.notNull().references('jobs.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('question_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('requirement_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute()
  await db.schema
    .createIndex('interview_plan_items_job_idx')
    .on('interview_plan_items')
    .columns(['organization_id', 'job_id', 'position'])
    .execute()

  await db.schema
    .createTable('interviews')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(id))
    .addColumn('organization_id', 'uuid', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('application_id', 'uuid', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    // Restrict: a plan item with scorecards behind it cannot silently vanish from a plan edit.
    .addColumn('plan_item_id', 'uuid', (c) =>
      c.notNull().references('interview_plan_items.id').onDelete('restrict'),
    )
    .addColumn('interviewer_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('assigned').check(sql`status IN ('assigned', 'draft', 'submitted')`),
    )
    .addColumn('ratings', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('recommendation', 'text', (c) =>
      c.check(sql`recommendation IN ('strong_no', 'no', 'yes', 'strong_yes')`),
    )
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('assigned_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('interviews_assignment_unique', ['application_id', 'plan_item_id', 'interviewer_id'])
    .execute()
  await db.schema
    .createIndex('interviews_interviewer_idx')
    .on('interviews')
    .columns(['organization_id', 'interviewer_id', 'status'])
    .execute()
  await db.schema
    .createIndex('interviews_application_idx')
    .on('interviews')
    .columns(['organization_id', 'application_id'])
    .execute()
}

// biome-ignore lint/suspicious/noExplicitAny: see up.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('interviews').execute()
  await db.schema.dropTable('interview_plan_items').execute()
  await sql`DELETE FROM users WHERE role = 'interviewer'`.execute(db)
  await sql`ALTER TABLE users DROP CONSTRAINT IF EXISTS users_role_check`.execute(db)
  await sql`ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('admin', 'recruiter', 'hiring_manager'))`.execute(
    db,
  )
}
