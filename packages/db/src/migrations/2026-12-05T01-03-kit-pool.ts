import type { Kysely } from 'kysely'

// The applicant pool a role kit was written for (shares per requirement, bucketed), so the kit page can show each
// requirement's pool line beside the questions it shaped. Null for candidate kits and kits written before.
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen and must not depend on the evolving schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('interview_kits').addColumn('pool', 'jsonb').execute()
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen and must not depend on the evolving schema types.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('interview_kits').dropColumn('pool').execute()
}
