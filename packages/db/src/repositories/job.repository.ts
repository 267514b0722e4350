import { sql } from 'kysely'
import type { Db } from '../create-database'
import type { RequirementTypeColumn } from '../schema'
import { toVectorLiteral } from '../vector'

export type JobStatus = 'analyzing' | 'ready' | 'failed'
export type RequirementKind = 'required' | 'nice_to_have'
export type RequirementType = RequirementTypeColumn

export type JobRecord = {
  id: string
  organizationId: string
  title: string
  description: string
  language: string
  status: JobStatus
  responsibilities: string[]
  createdAt: Date
}

export type JobRequirementRecord = {
  id: string
  position: number
  label: string
  kind: RequirementKind
  type: RequirementType
  /** False for traits and logistics: shown apart, never gating. */
  screened: boolean
  weight: number
  skillIds: string[]
  keywords: string[]
  minYears: number | null
  source: { text: string; start: number; end: number } | null
  section: string | null
  /** A recruiter's level for a language; null: as the posting line reads. */
  level: string | null
  /** A recruiter's "accepts equivalent experience" for a degree; null: as the posting line reads. */
  alternativeExperience: boolean | null
}

export type NewRequirement = Omit<
  JobRequirementRecord,
  'id' | 'position' | 'level' | 'alternativeExperience'
> & {
  id?: string
  embedding: number[] | null
  level?: string | null
  alternativeExperience?: boolean | null
}

export type JobSummaryRecord = {
  id: string
  title: string
  status: JobStatus
  createdAt: Date
  counts: { applications: number; queued: number; processing: number; scored: number; failed: number }
}

export async function createJob(
  db: Db,
  organizationId: string,
  input: { title: string; description: string; createdBy: string | null },
): Promise<{ id: string; status: JobStatus }> {
  return db
    .insertInto('jobs')
    .values({
      organization_id: organizationId,
      title: input.title,
      description: input.description,
      status: 'analyzing',
      responsibilities: '[]',
      created_by: input.createdBy,
    })
    .returning(['id', 'status'])
    .executeTakeFirstOrThrow()
}

export async function findJob(db: Db, organizationId: string, jobId: string): Promise<JobRecord | null> {
  const row = await db
    .selectFrom('jobs')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', jobId)
    .executeTakeFirst()
  if (!row) return null
  return {
    id: row.id,
    organizationId: row.organization_id,
    title: row.title,
    description: row.description,
    language: row.language,
    status: row.status,
    responsibilities: row.responsibilities,
    createdAt: row.created_at,
  }
}

export async function listJobs(db: Db, organizationId: string): Promise<JobSummaryRecord[]> {
  const rows = await db
    .selectFrom('jobs')
    .leftJoin('applications', 'applications.job_id', 'jobs.id')
    .select(['jobs.id', 'jobs.title', 'jobs.status', 'jobs.created_at'])
    .select([
      sql<number>`count(applications.id)::int`.as('applications'),
      sql<number>`count(*) FILTER (WHERE applications.status = 'queued')::int`.as('queued'),
      sql<number>`count(*) FILTER (WHERE applications.status = 'processing')::int`.as('processing'),
      sql<number>`count(*) FILTER (WHERE applications.status = 'scored')::int`.as('scored'),
      sql<number>`count(*) FILTER (WHERE applications.status = 'failed')::int`.as('failed'),
    ])
    .where('jobs.organization_id', '=', organizationId)
    .groupBy(['jobs.id', 'jobs.title', 'jobs.status', 'jobs.created_at'])
    .orderBy('jobs.created_at', 'desc')
    .orderBy('jobs.id')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    status: row.status,
    createdAt: row.created_at,
    counts: {
      applications: row.applications,
      queued: row.queued,
      processing: row.processing,
      scored: row.scored,
      failed: row.failed,
    },
  }))
}

export async function listRequirements(
  db: Db,
  organizationId: string,
  jobId: string,
): Promise<JobRequirementRecord[]> {
  const rows = await db
    .selectFrom('job_requirements')
    .select([
      'id',
      'position',
      'label',
      'kind',
      'type',
      'screened',
      'weight',
      'skill_ids',
      'keywords',
      'min_years',
      'source_text',
      'source_start',
      'source_end',
      'section',
      'level',
      'alternative_experience',
    ])
    .where('organization_id', '=', organizationId)
    .where('job_id', '=', jobId)
    .orderBy('position')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    position: row.position,
    label: row.label,
    kind: row.kind,
    type: row.type,
    screened: row.screened,
    weight: row.weight,
    skillIds: row.skill_ids,
    keywords: row.keywords,
    minYears: row.min_years,
    source:
      row.source_text !== null && row.source_start !== null && row.source_end !== null
        ? { text: row.source_text, start: row.source_start, end: row.source_end }
        : null,
    section: row.section,
    level: row.level,
    alternativeExperience: row.alternative_experience,
  }))
}

/**
 * Makes the job's requirements exactly `requirements`, in order: listed ids are updated in place (so evaluations
 * keep pointing at them), new ones are inserted, unlisted ones are deleted. Call inside a transaction.
 */
export async function replaceRequirements(
  trx: Db,
  organizationId: string,
  jobId: string,
  requirements: NewRequirement[],
): Promise<void> {
  const keepIds = requirements.flatMap((requirement) => (requirement.id ? [requirement.id] : []))
  let deletion = trx
    .deleteFrom('job_requirements')
    .where('organization_id', '=', organizationId)
    .where('job_id', '=', jobId)
  if (keepIds.length > 0) deletion = deletion.where('id', 'not in', keepIds)
  await deletion.execute()

  for (const [position, requirement] of requirements.entries()) {
    const values = {
      position,
      label: requirement.label,
      kind: requirement.kind,
      type: requirement.type,
      screened: requirement.screened,
      weight: requirement.weight,
      skill_ids: JSON.stringify(requirement.skillIds),
      keywords: JSON.stringify(requirement.keywords),
      min_years: requirement.minYears,
      source_text: requirement.source?.text ?? null,
      source_start: requirement.source?.start ?? null,
      source_end: requirement.source?.end ?? null,
      section: requirement.section,
      embedding: requirement.embedding ? toVectorLiteral(requirement.embedding) : null,
      level: requirement.level ?? null,
      alternative_experience: requirement.alternativeExperience ?? null,
    }
    if (requirement.id) {
      await trx
        .updateTable('job_requirements')
        .set(values)
        .where('organization_id', '=', organizationId)
        .where('job_id', '=', jobId)
        .where('id', '=', requirement.id)
        .execute()
    } else {
      await trx
        .insertInto('job_requirements')
        .values({ ...values, organization_id: organizationId, job_id: jobId })
        .execute()
    }
  }
}

/** True when every id belongs to this job (guards edits against foreign ids). */
export async function requirementsBelongToJob(
  db: Db,
  organizationId: string,
  jobId: string,
  requirementIds: string[],
): Promise<boolean> {
  if (requirementIds.length === 0) return true
  const row = await db
    .selectFrom('job_requirements')
    .select(sql<number>`count(*)::int`.as('count'))
    .where('organization_id', '=', organizationId)
    .where('job_id', '=', jobId)
    .where('id', 'in', requirementIds)
    .executeTakeFirstOrThrow()
  return row.count === new Set(requirementIds).size
}

export async function markJobAnalyzed(
  db: Db,
  organizationId: string,
  jobId: string,
  analysis: { language: string; responsibilities: string[] },
): Promise<void> {
  await db
    .updateTable('jobs')
    .set({
      status: 'ready',
      language: analysis.language,
      responsibilities: JSON.stringify(analysis.responsibilities),
      error_code: null,
      updated_at: new Date(),
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', jobId)
    .execute()
}

export async function markJobFailed(
  db: Db,
  organizationId: string,
  jobId: string,
  errorCode: string,
): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ status: 'failed', error_code: errorCode, updated_at: new Date() })
    .where('organization_id', '=', organizationId)
    .where('id', '=', jobId)
    .execute()
}
