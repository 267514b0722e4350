import { type Kysely, sql } from 'kysely'

// What the shortlist orders by, written by scoring: candidates meeting every screened required item first, then the
// rank score (requirement coverage beside role fit), then id. Rows scored before this migration sort last until
// they are scored again (rank_score 0, all_required_met false).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('evaluations')
    .addColumn('rank_score', 'double precision', (c) => c.notNull().defaultTo(0))
    .execute()
  await db.schema
    .alterTable('evaluations')
    .addColumn('all_required_met', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute()
  await db.schema
    .alterTable('evaluations')
    .addColumn('coverage', 'double precision', (c) => c.notNull().defaultTo(0))
    .execute()
  await db.schema.alterTable('evaluations').addColumn('role_fit', 'jsonb').execute()
  await db.schema
    .alterTable('evaluations')
    .addColumn('ranking_version', 'text', (c) => c.notNull().defaultTo(''))
    .execute()
  await sql`
    CREATE INDEX evaluations_shortlist_rank_idx
    ON evaluations (job_id, all_required_met DESC, rank_score DESC, application_id)
  `.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS evaluations_shortlist_rank_idx`.execute(db)
  for (const column of ['ranking_version', 'role_fit', 'coverage', 'all_required_met', 'rank_score'])
    await db.schema.alterTable('evaluations').dropColumn(column).execute()
}
