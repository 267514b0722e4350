import { type Kysely, sql } from 'kysely'

// Requirement types (skill, knowledge, activity, language, degree, certification, experience, trait, logistics) and
// whether the resume can show them. Rows stored before this migration were all screened as skills or keywords; the
// next analysis of their job rewrites them with real types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('job_requirements')
    .addColumn('type', 'text', (c) =>
      c
        .notNull()
        .defaultTo('skill')
        .check(
          sql`type IN ('skill', 'knowledge', 'activity', 'language', 'degree', 'certification', 'experience', 'trait', 'logistics')`,
        ),
    )
    .execute()
  await db.schema
    .alterTable('job_requirements')
    .addColumn('screened', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute()
  await sql`UPDATE job_requirements SET type = 'knowledge' WHERE skill_ids = '[]'::jsonb`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('job_requirements').dropColumn('screened').execute()
  await db.schema.alterTable('job_requirements').dropColumn('type').execute()
}
