import type { EngineDeps } from './engine-deps'
import { type ReconcileResult, reconcileUnfinishedWork } from './reconcile-unfinished-work'

/**
 * Start-up reconciliation: re-queues every unfinished piece of work that has no live job, whatever its age (the
 * periodic pass only looks at rows untouched for a while). Job ids are deterministic, so work that is still queued
 * in Redis is not duplicated.
 */
export async function resumeUnfinishedWork(
  deps: Pick<EngineDeps, 'db' | 'producer'>,
): Promise<ReconcileResult> {
  return reconcileUnfinishedWork(deps, { staleBefore: new Date() })
}
