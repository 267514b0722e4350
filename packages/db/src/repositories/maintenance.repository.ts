import type { Db } from '../create-database'

// System-level reads for start-up reconciliation: they span organisations on purpose and return ids only.

/** Applications whose background work may have been lost (e.g. Redis was down when they were queued). */
export async function listUnfinishedApplications(
  db: Db,
): Promise<Array<{ organizationId: string; applicationId: string; status: 'queued' | 'processing' }>> {
  const rows = await db
    .selectFrom('applications')
    .select(['organization_id', 'id', 'status'])
    .where('status', 'in', ['queued', 'processing'])
    .orderBy('created_at')
    .execute()
  return rows.map((row) => ({
    organizationId: row.organization_id,
    applicationId: row.id,
    status: row.status as 'queued' | 'processing',
  }))
}

export async function listJobsBeingAnalyzed(
  db: Db,
): Promise<Array<{ organizationId: string; jobId: string }>> {
  const rows = await db
    .selectFrom('jobs')
    .select(['organization_id', 'id'])
    .where('status', '=', 'analyzing')
    .orderBy('created_at')
    .execute()
  return rows.map((row) => ({ organizationId: row.organization_id, jobId: row.id }))
}
