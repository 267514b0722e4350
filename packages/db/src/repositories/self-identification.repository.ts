import type { Db } from '../create-database'

export type SelfIdentificationRecord = { sex: string; raceEthnicity: string }
/** One scored application as the fairness report counts it; never a name, never the resume. */
export type ImpactRowRecord = {
  jobId: string
  score: number
  allRequiredMet: boolean
  sex: string | null
  raceEthnicity: string | null
}

export async function findSelfIdentification(
  db: Db,
  organizationId: string,
  applicationId: string,
): Promise<SelfIdentificationRecord | null> {
  const row = await db
    .selectFrom('self_identifications')
    .select(['sex', 'race_ethnicity'])
    .where('organization_id', '=', organizationId)
    .where('application_id', '=', applicationId)
    .executeTakeFirst()
  return row ? { sex: row.sex, raceEthnicity: row.race_ethnicity } : null
}

/** The candidate's answer replaces any earlier one. */
export async function saveSelfIdentification(
  db: Db,
  organizationId: string,
  applicationId: string,
  answer: SelfIdentificationRecord,
): Promise<void> {
  const now = new Date()
  await db
    .insertInto('self_identifications')
    .values({
      application_id: applicationId,
      organization_id: organizationId,
      sex: answer.sex,
      race_ethnicity: answer.raceEthnicity,
    })
    .onConflict((conflict) =>
      conflict.column('application_id').doUpdateSet({
        sex: answer.sex,
        race_ethnicity: answer.raceEthnicity,
        updated_at: now,
      }),
    )
    .execute()
}

/**
 * Scored applications of the organisation (or of one job) with the self-identification answer where there is one:
 * the only reader of `self_identifications` besides the candidate's own portal.
 */
export async function listImpactRows(
  db: Db,
  organizationId: string,
  scope: { jobId?: string } = {},
): Promise<ImpactRowRecord[]> {
  let query = db
    .selectFrom('applications')
    .innerJoin('evaluations', 'evaluations.application_id', 'applications.id')
    .leftJoin('self_identifications', 'self_identifications.application_id', 'applications.id')
    .select([
      'applications.job_id',
      'evaluations.score',
      'evaluations.all_required_met',
      'self_identifications.sex',
      'self_identifications.race_ethnicity',
    ])
    .where('applications.organization_id', '=', organizationId)
    .where('evaluations.organization_id', '=', organizationId)
    .where('applications.status', '=', 'scored')
  if (scope.jobId) query = query.where('applications.job_id', '=', scope.jobId)
  const rows = await query.orderBy('applications.id').execute()
  return rows.map((row) => ({
    jobId: row.job_id,
    score: row.score,
    allRequiredMet: row.all_required_met,
    sex: row.sex,
    raceEthnicity: row.race_ethnicity,
  }))
}
