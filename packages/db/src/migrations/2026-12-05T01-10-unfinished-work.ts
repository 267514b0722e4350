import { type Kysely, sql } from 'kysely'

// Workers and the API look for unfinished applications every few seconds (periodic reconciliation). A partial index
// keeps that a read of the few unfinished rows, not a scan of every application ever uploaded.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('applications_unfinished_idx')
    .on('applications')
    .column('updated_at')
    .where(sql.ref('status'), 'in', sql`('queued', 'processing')`)
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('applications_unfinished_idx').execute()
}
