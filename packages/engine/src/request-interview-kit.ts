import { findEvaluation, listRequirements, markKitPending } from '@shortlist/db'
import { generateInterviewKitJob } from '@shortlist/jobs'
import { computeRequirementsRevision } from './compute-requirements-revision'
import type { EngineDeps } from './engine-deps'
import { EngineError } from './engine-error'
import { assertWithinBudget, type KitTarget } from './generate-interview-kit'

/**
 * Marks a role or candidate kit pending and queues its generation. The job id names the inputs (requirements,
 * and for a candidate kit the evaluation), so asking twice for the same inputs is one piece of work.
 * Over the organisation's monthly budget it throws BUDGET_EXCEEDED before anything is stored or queued.
 */
export async function requestInterviewKit(
  deps: Pick<EngineDeps, 'db' | 'producer'>,
  target: KitTarget,
  options: { locale?: 'en' | 'pt' | 'es' | undefined } = {},
): Promise<void> {
  const { db, producer } = deps
  await assertWithinBudget(deps, target.organizationId, new Date())
  let revision = computeRequirementsRevision(await listRequirements(db, target.organizationId, target.jobId))
  if (target.applicationId) {
    const evaluation = await findEvaluation(db, target.organizationId, target.applicationId)
    if (!evaluation)
      throw new EngineError('JOB_NOT_READY', 'the application has not been scored yet', { retryable: true })
    revision = `${revision}-${evaluation.updatedAt.getTime()}`
  }
  await markKitPending(db, target.organizationId, target)
  // requeue, not enqueue: a finished job with the same id would make this a no-op and leave the kit pending.
  await producer.requeue(generateInterviewKitJob, {
    ...target,
    revision,
    ...(options.locale ? { locale: options.locale } : {}),
  })
}
