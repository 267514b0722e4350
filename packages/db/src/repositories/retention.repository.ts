import { sql } from 'kysely'
import type { Db } from '../create-database'
import { candidateNameSql } from './current-role'

export const DEFAULT_RETENTION_MONTHS = 24

export type RetentionCandidate = {
  candidateId: string
  name: string | null
  lastActivityAt: Date
  /** When the retention sweep erases them: last activity plus the organisation's retention period. */
  dueAt: Date
}

/** The organisation's retention period in months; null when there is no such organisation. */
export async function findRetentionMonths(db: Db, organizationId: string): Promise<number | null> {
  const row = await db
    .selectFrom('organizations')
    .select('retention_months')
    .where('id', '=', organizationId)
    .executeTakeFirst()
  return row ? row.retention_months : null
}

export async function setRetentionMonths(db: Db, organizationId: string, months: number): Promise<void> {
  await db
    .updateTable('organizations')
    .set({ retention_months: months })
    .where('id', '=', organizationId)
    .execute()
}

/**
 * The latest thing that happened to a candidate: the row itself (creation, a re-parse, a correction), any of their
 * applications, stage moves, messages, interviews and scorecards, notes and invite use. Reading a candidate is not
 * activity. Needs `candidates` in scope.
 */
export const lastActivitySql = sql<Date>`greatest(
  candidates.created_at,
  candidates.updated_at,
  candidates.corrected_at,
  (select max(greatest(a.created_at, a.updated_at)) from applications a where a.candidate_id = candidates.id),
  (select max(e.created_at) from application_stage_events e join applications a on a.id = e.application_id
     where a.candidate_id = candidates.id),
  (select max(m.created_at) from candidate_messages m join applications a on a.id = m.application_id
     where a.candidate_id = candidates.id),
  (select max(i.updated_at) from interviews i join applications a on a.id = i.application_id
     where a.candidate_id = candidates.id),
  (select max(n.created_at) from notes n join applications a on a.id = n.application_id
     where a.candidate_id = candidates.id),
  (select max(v.last_used_at) from invites v join applications a on a.id = v.application_id
     where a.candidate_id = candidates.id)
)`

/**
 * The organisation's candidates whose retention ends on or before `until`, earliest first. The sweep passes `now`;
 * the admin view passes a date ahead to show what is coming.
 */
export async function listCandidatesDueForErasure(
  db: Db,
  organizationId: string,
  options: { until: Date; months: number; limit: number },
): Promise<RetentionCandidate[]> {
  const rows = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('candidates')
        .select(['candidates.id', candidateNameSql.as('name'), lastActivitySql.as('last_activity_at')])
        .where('candidates.organization_id', '=', organizationId)
        .as('activity'),
    )
    .select([
      'activity.id',
      'activity.name',
      'activity.last_activity_at',
      sql<Date>`activity.last_activity_at + make_interval(months => ${options.months}::int)`.as('due_at'),
    ])
    .where(
      sql<boolean>`activity.last_activity_at + make_interval(months => ${options.months}::int) <= ${options.until}`,
    )
    .orderBy('due_at')
    .orderBy('activity.id')
    .limit(options.limit)
    .execute()
  return rows.map((row) => ({
    candidateId: row.id,
    name: row.name,
    lastActivityAt: new Date(row.last_activity_at),
    dueAt: new Date(row.due_at),
  }))
}

/**
 * Every organisation with its retention period. The one query that crosses organisations: the scheduled sweep runs
 * for all of them, each erasure then scoped to its own organisation.
 */
export async function listRetentionPolicies(
  db: Db,
): Promise<Array<{ organizationId: string; months: number }>> {
  const rows = await db.selectFrom('organizations').select(['id', 'retention_months']).orderBy('id').execute()
  return rows.map((row) => ({ organizationId: row.id, months: row.retention_months }))
}
