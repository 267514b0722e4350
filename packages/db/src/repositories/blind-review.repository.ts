import type { Db } from '../create-database'
import { DEFAULT_PIPELINE } from './pipeline.repository'

export type BlindReviewSetting = { enabled: boolean; untilStage: string }
export type JobBlindReviewSetting = { enabled: boolean | null; untilStage: string | null }
/** What blind review needs for one job: both settings and the job's stages in order. */
export type JobBlindReviewContext = {
  organization: BlindReviewSetting
  job: JobBlindReviewSetting
  pipeline: string[]
}

export async function findOrganizationBlindReview(
  db: Db,
  organizationId: string,
): Promise<BlindReviewSetting | null> {
  const row = await db
    .selectFrom('organizations')
    .select(['blind_review', 'blind_review_until'])
    .where('id', '=', organizationId)
    .executeTakeFirst()
  return row ? { enabled: row.blind_review, untilStage: row.blind_review_until } : null
}

export async function saveOrganizationBlindReview(
  db: Db,
  organizationId: string,
  setting: BlindReviewSetting,
): Promise<void> {
  await db
    .updateTable('organizations')
    .set({ blind_review: setting.enabled, blind_review_until: setting.untilStage })
    .where('id', '=', organizationId)
    .execute()
}

export async function saveJobBlindReview(
  db: Db,
  organizationId: string,
  jobId: string,
  setting: JobBlindReviewSetting,
): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ blind_review: setting.enabled, blind_review_until: setting.untilStage, updated_at: new Date() })
    .where('organization_id', '=', organizationId)
    .where('id', '=', jobId)
    .execute()
}

/** Blind review settings and pipelines of the organisation's jobs among `jobIds` (others are simply absent). */
export async function listBlindReviewContexts(
  db: Db,
  organizationId: string,
  jobIds: readonly string[],
): Promise<Map<string, JobBlindReviewContext>> {
  if (jobIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('jobs')
    .innerJoin('organizations', 'organizations.id', 'jobs.organization_id')
    .select([
      'jobs.id',
      'jobs.pipeline',
      'jobs.blind_review as job_blind_review',
      'jobs.blind_review_until as job_blind_review_until',
      'organizations.blind_review as organization_blind_review',
      'organizations.blind_review_until as organization_blind_review_until',
    ])
    .where('jobs.organization_id', '=', organizationId)
    .where('jobs.id', 'in', [...new Set(jobIds)])
    .execute()
  return new Map(
    rows.map((row) => [
      row.id,
      {
        organization: {
          enabled: row.organization_blind_review,
          untilStage: row.organization_blind_review_until,
        },
        job: { enabled: row.job_blind_review, untilStage: row.job_blind_review_until },
        pipeline: row.pipeline ?? [...DEFAULT_PIPELINE],
      },
    ]),
  )
}

/** Job and stage of each of the candidates' applications: whether any of them is past blind review. */
export async function listCandidateApplicationStages(
  db: Db,
  organizationId: string,
  candidateIds: readonly string[],
): Promise<Array<{ candidateId: string; applicationId: string; jobId: string; stage: string }>> {
  if (candidateIds.length === 0) return []
  const rows = await db
    .selectFrom('applications')
    .select(['candidate_id', 'id', 'job_id', 'stage'])
    .where('organization_id', '=', organizationId)
    .where('candidate_id', 'in', [...new Set(candidateIds)])
    .execute()
  return rows.flatMap((row) =>
    row.candidate_id
      ? [{ candidateId: row.candidate_id, applicationId: row.id, jobId: row.job_id, stage: row.stage }]
      : [],
  )
}

/** Every name and email known for each candidate (parsed and corrected), for masking them under blind review. */
export async function listCandidateIdentities(
  db: Db,
  organizationId: string,
  candidateIds: readonly string[],
): Promise<Map<string, { names: Array<string | null>; emails: Array<string | null> }>> {
  if (candidateIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('candidates')
    .select(['id', 'name', 'name_corrected', 'email', 'email_corrected'])
    .where('organization_id', '=', organizationId)
    .where('id', 'in', [...new Set(candidateIds)])
    .execute()
  return new Map(
    rows.map((row) => [
      row.id,
      { names: [row.name, row.name_corrected], emails: [row.email, row.email_corrected] },
    ]),
  )
}
