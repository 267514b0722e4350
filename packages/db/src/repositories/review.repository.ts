import type { Db } from '../create-database'

export type DecisionKind = 'advance' | 'hold' | 'reject'
export type DecisionRecord = { decision: DecisionKind; reason: string; decidedBy: string; decidedAt: Date }
export type NoteRecord = { id: string; body: string; author: string; createdAt: Date }

/** The current decision on an application (the audit trail keeps earlier ones). */
export async function upsertDecision(
  db: Db,
  organizationId: string,
  applicationId: string,
  input: { decision: DecisionKind; reason: string; decidedBy: string },
): Promise<void> {
  await db
    .insertInto('decisions')
    .values({
      application_id: applicationId,
      organization_id: organizationId,
      decision: input.decision,
      reason: input.reason,
      decided_by: input.decidedBy,
    })
    .onConflict((conflict) =>
      conflict.column('application_id').doUpdateSet({
        decision: input.decision,
        reason: input.reason,
        decided_by: input.decidedBy,
        decided_at: new Date(),
      }),
    )
    .execute()
}

export async function findDecision(
  db: Db,
  organizationId: string,
  applicationId: string,
): Promise<DecisionRecord | null> {
  const row = await db
    .selectFrom('decisions')
    .innerJoin('users', 'users.id', 'decisions.decided_by')
    .select(['decisions.decision', 'decisions.reason', 'users.name', 'decisions.decided_at'])
    .where('decisions.organization_id', '=', organizationId)
    .where('decisions.application_id', '=', applicationId)
    .executeTakeFirst()
  return row
    ? { decision: row.decision, reason: row.reason, decidedBy: row.name, decidedAt: row.decided_at }
    : null
}

export async function addNote(
  db: Db,
  organizationId: string,
  applicationId: string,
  input: { authorId: string; body: string },
): Promise<string> {
  const row = await db
    .insertInto('notes')
    .values({
      organization_id: organizationId,
      application_id: applicationId,
      author_id: input.authorId,
      body: input.body,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function listNotes(
  db: Db,
  organizationId: string,
  applicationId: string,
): Promise<NoteRecord[]> {
  const rows = await db
    .selectFrom('notes')
    .innerJoin('users', 'users.id', 'notes.author_id')
    .select(['notes.id', 'notes.body', 'users.name', 'notes.created_at'])
    .where('notes.organization_id', '=', organizationId)
    .where('notes.application_id', '=', applicationId)
    .orderBy('notes.created_at')
    .orderBy('notes.id')
    .execute()
  return rows.map((row) => ({ id: row.id, body: row.body, author: row.name, createdAt: row.created_at }))
}
