import type { Db } from '../create-database'

/** Appends to the audit trail: who did what to which record. */
export async function recordAuditEvent(
  db: Db,
  event: {
    organizationId: string
    actorId: string | null
    action: string
    subjectType: string
    subjectId: string | null
    data?: Record<string, unknown>
  },
): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      organization_id: event.organizationId,
      actor_id: event.actorId,
      action: event.action,
      subject_type: event.subjectType,
      subject_id: event.subjectId,
      data: JSON.stringify(event.data ?? {}),
    })
    .execute()
}

export async function listAuditEvents(
  db: Db,
  organizationId: string,
  subjectId: string,
): Promise<
  Array<{ action: string; actorId: string | null; data: Record<string, unknown>; createdAt: Date }>
> {
  const rows = await db
    .selectFrom('audit_events')
    .select(['action', 'actor_id', 'data', 'created_at'])
    .where('organization_id', '=', organizationId)
    .where('subject_id', '=', subjectId)
    .orderBy('created_at')
    .execute()
  return rows.map((row) => ({
    action: row.action,
    actorId: row.actor_id,
    data: row.data,
    createdAt: row.created_at,
  }))
}
