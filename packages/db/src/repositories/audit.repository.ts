import { sql } from 'kysely'
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

/** Records many events with one multi-row INSERT (an upload of many files writes one event per file). */
export async function recordAuditEvents(
  db: Db,
  events: ReadonlyArray<{
    organizationId: string
    actorId: string | null
    action: string
    subjectType: string
    subjectId: string | null
    data?: Record<string, unknown>
  }>,
): Promise<void> {
  if (events.length === 0) return
  await db
    .insertInto('audit_events')
    .values(
      events.map((event) => ({
        organization_id: event.organizationId,
        actor_id: event.actorId,
        action: event.action,
        subject_type: event.subjectType,
        subject_id: event.subjectId,
        data: JSON.stringify(event.data ?? {}),
      })),
    )
    .execute()
}

/** Views within this window by the same person of the same record are one view: pages poll and refocus. */
const VIEW_WINDOW_MINUTES = 10

/** Records that a user viewed a record, once per user, record and `VIEW_WINDOW_MINUTES`. */
export async function recordViewEvent(
  db: Db,
  event: { organizationId: string; actorId: string; action: string; subjectType: string; subjectId: string },
): Promise<void> {
  await sql`
    INSERT INTO audit_events (organization_id, actor_id, action, subject_type, subject_id)
    SELECT ${event.organizationId}::uuid, ${event.actorId}::uuid, ${event.action}, ${event.subjectType},
           ${event.subjectId}::uuid
    WHERE NOT EXISTS (
      SELECT 1 FROM audit_events
      WHERE organization_id = ${event.organizationId}::uuid AND subject_id = ${event.subjectId}::uuid
        AND actor_id = ${event.actorId}::uuid AND action = ${event.action}
        AND created_at > now() - make_interval(mins => ${VIEW_WINDOW_MINUTES}::int)
    )
  `.execute(db)
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

export type AuditLogFilters = {
  action?: string | undefined
  /** Actions starting with this, e.g. `candidate.` or `application.`. */
  actionPrefix?: string | undefined
  actorId?: string | undefined
  subjectType?: string | undefined
  subjectId?: string | undefined
  from?: Date | undefined
  to?: Date | undefined
}

export type AuditLogEntry = {
  id: string
  actor: { id: string; name: string | null; email: string | null } | null
  action: string
  subjectType: string
  subjectId: string | null
  data: Record<string, unknown>
  createdAt: Date
}

/** One page of the organisation's audit trail, newest first, with the total that matches the filters. */
export async function listAuditLog(
  db: Db,
  organizationId: string,
  filters: AuditLogFilters,
  page: { limit: number; offset: number },
): Promise<{ total: number; items: AuditLogEntry[] }> {
  let query = db.selectFrom('audit_events').where('audit_events.organization_id', '=', organizationId)
  if (filters.action) query = query.where('audit_events.action', '=', filters.action)
  if (filters.actionPrefix) {
    // LIKE wildcards in the prefix are literal: escape them.
    const escaped = filters.actionPrefix.replace(/[\\%_]/g, (character) => `\\${character}`)
    query = query.where('audit_events.action', 'like', `${escaped}%`)
  }
  if (filters.actorId) query = query.where('audit_events.actor_id', '=', filters.actorId)
  if (filters.subjectType) query = query.where('audit_events.subject_type', '=', filters.subjectType)
  if (filters.subjectId) query = query.where('audit_events.subject_id', '=', filters.subjectId)
  if (filters.from) query = query.where('audit_events.created_at', '>=', filters.from)
  if (filters.to) query = query.where('audit_events.created_at', '<', filters.to)

  const [count, rows] = await Promise.all([
    query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
    query
      // Users of the same organisation only: an actor id never reveals another organisation's user.
      .leftJoin('users', (join) =>
        join.onRef('users.id', '=', 'audit_events.actor_id').on('users.organization_id', '=', organizationId),
      )
      .select([
        'audit_events.id',
        'audit_events.actor_id',
        'audit_events.action',
        'audit_events.subject_type',
        'audit_events.subject_id',
        'audit_events.data',
        'audit_events.created_at',
        'users.name as actor_name',
        'users.email as actor_email',
      ])
      .orderBy('audit_events.created_at', 'desc')
      .orderBy('audit_events.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
  ])
  return {
    total: Number(count.total),
    items: rows.map((row) => ({
      id: row.id,
      actor: row.actor_id
        ? { id: row.actor_id, name: row.actor_name ?? null, email: row.actor_email ?? null }
        : null,
      action: row.action,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      data: row.data,
      createdAt: row.created_at,
    })),
  }
}
