import type { Db } from '../create-database'

export type InterviewPlanItemRecord = {
  id: string
  jobId: string
  position: number
  name: string
  questionIds: string[]
  requirementIds: string[]
}
export type NewInterviewPlanItem = {
  id?: string
  name: string
  questionIds: string[]
  requirementIds: string[]
}

export type InterviewStatus = 'assigned' | 'draft' | 'submitted'
export type InterviewRecommendation = 'strong_no' | 'no' | 'yes' | 'strong_yes'
export type StoredRating = { questionId: string; level: number; note: string; requirementIds: string[] }

/** One interviewer's interview of one application, with the scorecard they fill in. */
export type InterviewRecord = {
  id: string
  applicationId: string
  jobId: string
  jobTitle: string
  candidateName: string | null
  planItemId: string
  planItemName: string
  questionIds: string[]
  requirementIds: string[]
  interviewer: { id: string; name: string }
  status: InterviewStatus
  ratings: StoredRating[]
  recommendation: InterviewRecommendation | null
  submittedAt: Date | null
  updatedAt: Date
}

const toPlanItem = (row: {
  id: string
  job_id: string
  position: number
  name: string
  question_ids: string[]
  requirement_ids: string[]
}): InterviewPlanItemRecord => ({
  id: row.id,
  jobId: row.job_id,
  position: row.position,
  name: row.name,
  questionIds: row.question_ids,
  requirementIds: row.requirement_ids,
})

export async function listInterviewPlan(
  db: Db,
  organizationId: string,
  jobId: string,
): Promise<InterviewPlanItemRecord[]> {
  const rows = await db
    .selectFrom('interview_plan_items')
    .select(['id', 'job_id', 'position', 'name', 'question_ids', 'requirement_ids'])
    .where('organization_id', '=', organizationId)
    .where('job_id', '=', jobId)
    .orderBy('position')
    .orderBy('id')
    .execute()
  return rows.map(toPlanItem)
}

/** Plan items (of any job in the organisation) that have interviews assigned, so a plan edit cannot drop them. */
export async function listPlanItemsInUse(db: Db, organizationId: string, jobId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('interviews')
    .innerJoin('interview_plan_items', 'interview_plan_items.id', 'interviews.plan_item_id')
    .select('interviews.plan_item_id')
    .distinct()
    .where('interviews.organization_id', '=', organizationId)
    .where('interview_plan_items.job_id', '=', jobId)
    .execute()
  return rows.map((row) => row.plan_item_id)
}

/**
 * Replaces the job's plan with the ordered list: listed ids are updated in place (assignments keep pointing at
 * them), new items are inserted, unlisted ones deleted. Call inside a transaction, after checking ids.
 */
export async function replaceInterviewPlan(
  trx: Db,
  organizationId: string,
  jobId: string,
  items: readonly NewInterviewPlanItem[],
): Promise<void> {
  const keep = items.flatMap((item) => (item.id ? [item.id] : []))
  let deletion = trx
    .deleteFrom('interview_plan_items')
    .where('organization_id', '=', organizationId)
    .where('job_id', '=', jobId)
  if (keep.length > 0) deletion = deletion.where('id', 'not in', keep)
  await deletion.execute()
  for (const [position, item] of items.entries()) {
    const values = {
      position,
      name: item.name,
      question_ids: JSON.stringify(item.questionIds),
      requirement_ids: JSON.stringify(item.requirementIds),
    }
    if (item.id) {
      await trx
        .updateTable('interview_plan_items')
        .set({ ...values, updated_at: new Date() })
        .where('organization_id', '=', organizationId)
        .where('job_id', '=', jobId)
        .where('id', '=', item.id)
        .execute()
    } else {
      await trx
        .insertInto('interview_plan_items')
        .values({ ...values, organization_id: organizationId, job_id: jobId })
        .execute()
    }
  }
}

/** Creates the assignments that do not exist yet (assigning twice is harmless); returns every requested one. */
export async function assignInterviews(
  trx: Db,
  organizationId: string,
  input: { applicationId: string; planItemId: string; interviewerIds: readonly string[]; assignedBy: string },
): Promise<string[]> {
  if (input.interviewerIds.length === 0) return []
  await trx
    .insertInto('interviews')
    .values(
      input.interviewerIds.map((interviewerId) => ({
        organization_id: organizationId,
        application_id: input.applicationId,
        plan_item_id: input.planItemId,
        interviewer_id: interviewerId,
        ratings: '[]',
        recommendation: null,
        assigned_by: input.assignedBy,
      })),
    )
    .onConflict((conflict) =>
      conflict.columns(['application_id', 'plan_item_id', 'interviewer_id']).doNothing(),
    )
    .execute()
  const rows = await trx
    .selectFrom('interviews')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('application_id', '=', input.applicationId)
    .where('plan_item_id', '=', input.planItemId)
    .where('interviewer_id', 'in', [...input.interviewerIds])
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  return rows.map((row) => row.id)
}

function selectInterviews(db: Db, organizationId: string) {
  return db
    .selectFrom('interviews')
    .innerJoin('interview_plan_items', 'interview_plan_items.id', 'interviews.plan_item_id')
    .innerJoin('applications', 'applications.id', 'interviews.application_id')
    .innerJoin('jobs', 'jobs.id', 'applications.job_id')
    .innerJoin('users', 'users.id', 'interviews.interviewer_id')
    .leftJoin('candidates', 'candidates.id', 'applications.candidate_id')
    .select([
      'interviews.id',
      'interviews.application_id',
      'applications.job_id',
      'jobs.title as job_title',
      'candidates.name as candidate_name',
      'interviews.plan_item_id',
      'interview_plan_items.name as plan_item_name',
      'interview_plan_items.question_ids',
      'interview_plan_items.requirement_ids',
      'users.id as interviewer_id',
      'users.name as interviewer_name',
      'interviews.status',
      'interviews.ratings',
      'interviews.recommendation',
      'interviews.submitted_at',
      'interviews.updated_at',
      'interviews.created_at',
    ])
    .where('interviews.organization_id', '=', organizationId)
}

type InterviewRow = Awaited<ReturnType<ReturnType<typeof selectInterviews>['executeTakeFirstOrThrow']>>
const toInterview = (row: InterviewRow): InterviewRecord => ({
  id: row.id,
  applicationId: row.application_id,
  jobId: row.job_id,
  jobTitle: row.job_title,
  candidateName: row.candidate_name,
  planItemId: row.plan_item_id,
  planItemName: row.plan_item_name,
  questionIds: row.question_ids,
  requirementIds: row.requirement_ids,
  interviewer: { id: row.interviewer_id, name: row.interviewer_name },
  status: row.status,
  ratings: row.ratings,
  recommendation: row.recommendation,
  submittedAt: row.submitted_at,
  updatedAt: row.updated_at,
})

export async function findInterview(
  db: Db,
  organizationId: string,
  interviewId: string,
): Promise<InterviewRecord | null> {
  const row = await selectInterviews(db, organizationId)
    .where('interviews.id', '=', interviewId)
    .executeTakeFirst()
  return row ? toInterview(row) : null
}

/** An interviewer's queue: open interviews first, then submitted ones, oldest assignment first. */
export async function listInterviewsForInterviewer(
  db: Db,
  organizationId: string,
  interviewerId: string,
): Promise<InterviewRecord[]> {
  const rows = await selectInterviews(db, organizationId)
    .where('interviews.interviewer_id', '=', interviewerId)
    .orderBy((eb) => eb.case().when('interviews.status', '=', 'submitted').then(1).else(0).end())
    .orderBy('interviews.created_at')
    .orderBy('interviews.id')
    .execute()
  return rows.map(toInterview)
}

export async function listInterviewsForApplication(
  db: Db,
  organizationId: string,
  applicationId: string,
): Promise<InterviewRecord[]> {
  const rows = await selectInterviews(db, organizationId)
    .where('interviews.application_id', '=', applicationId)
    .orderBy('interview_plan_items.position')
    .orderBy('interviews.created_at')
    .orderBy('interviews.id')
    .execute()
  return rows.map(toInterview)
}

/** Submitted scorecards of every application of a job, for the shortlist export and compare. */
export async function listSubmittedInterviewsForJob(
  db: Db,
  organizationId: string,
  jobId: string,
): Promise<InterviewRecord[]> {
  const rows = await selectInterviews(db, organizationId)
    .where('applications.job_id', '=', jobId)
    .where('interviews.status', '=', 'submitted')
    .orderBy('interviews.submitted_at')
    .orderBy('interviews.id')
    .execute()
  return rows.map(toInterview)
}

/** Whether the user has an interview of this application assigned (the interviewer's key to it). */
export async function isAssignedInterviewer(
  db: Db,
  organizationId: string,
  applicationId: string,
  userId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('interviews')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('application_id', '=', applicationId)
    .where('interviewer_id', '=', userId)
    .executeTakeFirst()
  return row !== undefined
}

/**
 * Saves the scorecard while it is open. Returns false when it was already submitted (submitted scorecards are
 * final): the status check sits in the UPDATE so two racing submits cannot both win.
 */
export async function saveScorecard(
  db: Db,
  organizationId: string,
  interviewId: string,
  input: { ratings: StoredRating[]; recommendation: InterviewRecommendation | null; submit: boolean },
): Promise<boolean> {
  const now = new Date()
  const result = await db
    .updateTable('interviews')
    .set({
      ratings: JSON.stringify(input.ratings),
      recommendation: input.recommendation,
      status: input.submit ? 'submitted' : 'draft',
      submitted_at: input.submit ? now : null,
      updated_at: now,
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', interviewId)
    .where('status', '!=', 'submitted')
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}
