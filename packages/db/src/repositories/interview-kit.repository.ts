import type { Db } from '../create-database'

export type KitStatus = 'pending' | 'ready' | 'failed'
export type KitRecord = {
  id: string
  jobId: string
  applicationId: string | null
  status: KitStatus
  questions: unknown[]
  promptVersion: string | null
  model: string | null
  error: { code: string; message: string } | null
  /** The applicant pool the role kit was written for (core's `KitPool`); null for candidate kits and small pools. */
  pool: StoredKitPool | null
  updatedAt: Date
}

/** The shape of core's `KitPool`, owned there. */
export type StoredKitPool = {
  applicantsAtLeast: number
  requirements: Array<{
    requirementId: string
    matched: number
    partial: number
    missing: number
    claimedOnly: number
  }>
}

/** One kit per role and one per application; the scope string makes that a unique key. */
export const kitScope = (target: { jobId: string; applicationId?: string | null }): string =>
  target.applicationId ? `application:${target.applicationId}` : `job:${target.jobId}`

/** Marks the kit pending (creating it if needed), keeping any earlier questions until new ones are ready. */
export async function markKitPending(
  db: Db,
  organizationId: string,
  target: { jobId: string; applicationId?: string | null },
): Promise<void> {
  await db
    .insertInto('interview_kits')
    .values({
      organization_id: organizationId,
      job_id: target.jobId,
      application_id: target.applicationId ?? null,
      scope: kitScope(target),
      status: 'pending',
      questions: '[]',
    })
    .onConflict((conflict) =>
      conflict
        .column('scope')
        .doUpdateSet({ status: 'pending', error_code: null, error_message: null, updated_at: new Date() }),
    )
    .execute()
}

export async function saveKitReady(
  db: Db,
  organizationId: string,
  target: { jobId: string; applicationId?: string | null },
  kit: { questions: unknown[]; promptVersion: string; model: string; pool?: StoredKitPool | null },
): Promise<void> {
  await db
    .updateTable('interview_kits')
    .set({
      status: 'ready',
      questions: JSON.stringify(kit.questions),
      prompt_version: kit.promptVersion,
      model: kit.model,
      pool: kit.pool ? JSON.stringify(kit.pool) : null,
      error_code: null,
      error_message: null,
      updated_at: new Date(),
    })
    .where('organization_id', '=', organizationId)
    .where('scope', '=', kitScope(target))
    .execute()
}

export async function markKitFailed(
  db: Db,
  organizationId: string,
  target: { jobId: string; applicationId?: string | null },
  error: { code: string; message: string },
): Promise<void> {
  await db
    .updateTable('interview_kits')
    .set({ status: 'failed', error_code: error.code, error_message: error.message, updated_at: new Date() })
    .where('organization_id', '=', organizationId)
    .where('scope', '=', kitScope(target))
    .execute()
}

export async function findKit(
  db: Db,
  organizationId: string,
  target: { jobId: string; applicationId?: string | null },
): Promise<KitRecord | null> {
  const row = await db
    .selectFrom('interview_kits')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('scope', '=', kitScope(target))
    .executeTakeFirst()
  if (!row) return null
  return {
    id: row.id,
    jobId: row.job_id,
    applicationId: row.application_id,
    status: row.status,
    questions: row.questions,
    promptVersion: row.prompt_version,
    model: row.model,
    error: row.error_code ? { code: row.error_code, message: row.error_message ?? '' } : null,
    pool: (row.pool ?? null) as StoredKitPool | null,
    updatedAt: row.updated_at,
  }
}
