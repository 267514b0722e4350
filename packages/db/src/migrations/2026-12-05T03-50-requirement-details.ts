import type { Kysely } from 'kysely'

// A recruiter can set what the parser reads from a requirement's posting line: the level a language is asked at, and
// whether a degree accepts equivalent experience. Null in either column means "as the line reads" (the parser's
// reading of `source_text`), so existing rows need no backfill and re-analysis changes nothing a recruiter set.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('job_requirements')
    .addColumn('level', 'text')
    .addColumn('alternative_experience', 'boolean')
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('job_requirements')
    .dropColumn('level')
    .dropColumn('alternative_experience')
    .execute()
}
