// Frozen once landed: never edit, add a new migration instead.
import type { Kysely } from 'kysely'

// A recruiter's corrections of what the parser read. They live beside the parsed values, which every re-parse
// rewrites, so a correction survives re-ingestion and can be cleared to fall back to the parse.
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen and must not depend on the evolving schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('candidates')
    .addColumn('name_corrected', 'text')
    .addColumn('email_corrected', 'text')
    // The current role is corrected as a whole: a title with no employer is a correction too.
    .addColumn('current_role_corrected', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('current_title_corrected', 'text')
    .addColumn('current_employer_corrected', 'text')
    .addColumn('corrected_at', 'timestamptz')
    .execute()
  // Lists read a document's candidate (and its corrected role) by document id.
  await db.schema
    .createIndex('applications_document_idx')
    .ifNotExists()
    .on('applications')
    .column('document_id')
    .execute()
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('applications_document_idx').ifExists().execute()
  await db.schema
    .alterTable('candidates')
    .dropColumn('name_corrected')
    .dropColumn('email_corrected')
    .dropColumn('current_role_corrected')
    .dropColumn('current_title_corrected')
    .dropColumn('current_employer_corrected')
    .dropColumn('corrected_at')
    .execute()
}
