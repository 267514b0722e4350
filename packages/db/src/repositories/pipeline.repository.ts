import { sql } from 'kysely'
import type { Db } from '../create-database'

/** Stages every job starts with; a job may replace them (its `pipeline` column), keeping `applied` and `rejected`. */
export const DEFAULT_PIPELINE: readonly string[] = [
  'applied',
  'screening',
  'interview',
  'offer',
  'hired',
  'rejected',
]

export type StageEventRecord = {
  id: string
  applicationId: string
  fromStage: string
  toStage: string
  reason: string | null
  movedBy: { id: string; name: string } | null
  createdAt: Date
}

/** The job's stages in order, or null when the job is not in the organisation. */
export async function findJobPipeline(
  db: Db,
  organizationId: string,
  jobId: string,
): Promise<string[] | null> {
  const row = await db
    .selectFrom('jobs')
    .select('pipeline')
    .where('organization_id', '=', organizationId)
    .where('id', '=', jobId)
    .executeTakeFirst()
  if (!row) return null
  return row.pipeline ?? [...DEFAULT_PIPELINE]
}

export async function saveJobPipeline(
  db: Db,
  organizationId: string,
  jobId: string,
  stages: string[],
): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ pipeline: JSON.stringify(stages), updated_at: new Date() })
    .where('organization_id', '=', organizationId)
    .where('id', '=', jobId)
    .execute()
}

/** Stages that hold at least one of the job's applications (a pipeline edit must not orphan them). */
export async function listOccupiedStages(db: Db, organizationId: string, jobId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('applications')
    .select('stage')
    .distinct()
    .where('organization_id', '=', organizationId)
    .where('job_id', '=', jobId)
    .execute()
  return rows.map((row) => row.stage)
}

/** Current stage and job of each application found in the organisation (ids from elsewhere are simply absent). */
export async function findApplicationStages(
  db: Db,
  organizationId: string,
  applicationIds: readonly string[],
): Promise<Map<string, { jobId: string; stage: string }>> {
  if (applicationIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('applications')
    .select(['id', 'job_id', 'stage'])
    .where('organization_id', '=', organizationId)
    .where('id', 'in', [...applicationIds])
    .execute()
  return new Map(rows.map((row) => [row.id, { jobId: row.job_id, stage: row.stage }]))
}

/**
 * Moves applications to a stage and records one history row each. Call inside a transaction: the conditional
 * UPDATE (the stage must still be the one read) makes a concurrent move lose instead of writing stale history.
 * Returns how many moved; a caller that needs all-or-nothing compares it with the input and rolls back.
 */
export async function moveApplicationsToStage(
  db: Db,
  organizationId: string,
  moves: ReadonlyArray<{ applicationId: string; fromStage: string }>,
  input: { stage: string; reason: string | null; movedBy: string | null },
): Promise<number> {
  let moved = 0
  for (const move of moves) {
    const result = await db
      .updateTable('applications')
      .set({ stage: input.stage, updated_at: new Date() })
      .where('organization_id', '=', organizationId)
      .where('id', '=', move.applicationId)
      .where('stage', '=', move.fromStage)
      .executeTakeFirst()
    if (Number(result.numUpdatedRows) !== 1) continue
    moved += 1
    await db
      .insertInto('application_stage_events')
      .values({
        organization_id: organizationId,
        application_id: move.applicationId,
        from_stage: move.fromStage,
        to_stage: input.stage,
        reason: input.reason,
        moved_by: input.movedBy,
      })
      .execute()
  }
  return moved
}

/** Every stage move of one application, oldest first, with who made it. */
export async function listStageHistory(
  db: Db,
  organizationId: string,
  applicationId: string,
): Promise<StageEventRecord[]> {
  const rows = await db
    .selectFrom('application_stage_events as events')
    .leftJoin('users', 'users.id', 'events.moved_by')
    .select([
      'events.id',
      'events.application_id',
      'events.from_stage',
      'events.to_stage',
      'events.reason',
      'events.created_at',
      'users.id as user_id',
      'users.name as user_name',
    ])
    .where('events.organization_id', '=', organizationId)
    .where('events.application_id', '=', applicationId)
    .orderBy('events.created_at')
    .orderBy(sql`events.id`)
    .execute()
  return rows.map((row) => ({
    id: row.id,
    applicationId: row.application_id,
    fromStage: row.from_stage,
    toStage: row.to_stage,
    reason: row.reason,
    movedBy: row.user_id && row.user_name ? { id: row.user_id, name: row.user_name } : null,
    createdAt: row.created_at,
  }))
}
