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

export type StaleApplication = {
  organizationId: string
  applicationId: string
  jobId: string
  status: 'queued' | 'processing'
  /** The resume was extracted, parsed and embedded (by this or another application of the same document). */
  documentIngested: boolean
  /** The candidate was linked, the last step of ingest: together with `documentIngested`, only scoring is left. */
  candidateLinked: boolean
  jobStatus: 'analyzing' | 'ready' | 'failed'
}

/**
 * Unfinished applications untouched since `updatedBefore`, for periodic reconciliation: what was left of each one's
 * work decides which job to queue again. At most `limit`, oldest first, so one pass stays bounded.
 */
export async function listStaleApplications(
  db: Db,
  updatedBefore: Date,
  limit = 500,
): Promise<StaleApplication[]> {
  const rows = await selectUnfinished(db)
    .where('applications.updated_at', '<', updatedBefore)
    .orderBy('applications.updated_at')
    .limit(limit)
    .execute()
  return rows.map(toStaleApplication)
}

/** One application of an organisation if it is unfinished (a re-upload of it may need to queue it again). */
export async function findUnfinishedApplication(
  db: Db,
  organizationId: string,
  applicationId: string,
): Promise<StaleApplication | null> {
  const row = await selectUnfinished(db)
    .where('applications.organization_id', '=', organizationId)
    .where('applications.id', '=', applicationId)
    .executeTakeFirst()
  return row ? toStaleApplication(row) : null
}

const selectUnfinished = (db: Db) =>
  db
    .selectFrom('applications')
    .innerJoin('documents', 'documents.id', 'applications.document_id')
    .innerJoin('jobs', 'jobs.id', 'applications.job_id')
    .select([
      'applications.organization_id',
      'applications.id',
      'applications.job_id',
      'applications.status',
      'applications.candidate_id',
      'documents.parser_version',
      'jobs.status as job_status',
    ])
    .where('applications.status', 'in', ['queued', 'processing'])

const toStaleApplication = (row: {
  organization_id: string
  id: string
  job_id: string
  status: string
  candidate_id: string | null
  parser_version: string | null
  job_status: 'analyzing' | 'ready' | 'failed'
}): StaleApplication => ({
  organizationId: row.organization_id,
  applicationId: row.id,
  jobId: row.job_id,
  status: row.status as 'queued' | 'processing',
  documentIngested: row.parser_version !== null,
  candidateLinked: row.candidate_id !== null,
  jobStatus: row.job_status,
})

/** Jobs still being analysed and untouched since `updatedBefore`. */
export async function listStaleJobAnalyses(
  db: Db,
  updatedBefore: Date,
): Promise<Array<{ organizationId: string; jobId: string }>> {
  const rows = await db
    .selectFrom('jobs')
    .select(['organization_id', 'id'])
    .where('status', '=', 'analyzing')
    .where('updated_at', '<', updatedBefore)
    .orderBy('updated_at')
    .execute()
  return rows.map((row) => ({ organizationId: row.organization_id, jobId: row.id }))
}
