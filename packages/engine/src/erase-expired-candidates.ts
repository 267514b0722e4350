import { listCandidatesDueForErasure, listRetentionPolicies } from '@shortlist/db'
import type { EngineDeps } from './engine-deps'
import { eraseCandidateRows, purgeQueueJobs } from './erase-candidate'

/** Candidates erased per organisation and run: a backlog is worked off over several daily runs, never in one lock. */
const MAX_ERASURES_PER_RUN = 500

/**
 * The retention sweep: in every organisation, erases the candidates with no activity for the organisation's
 * retention period (`organizations.retention_months`, 24 by default), each in its own transaction and audited
 * with reason `retention`.
 */
export async function eraseExpiredCandidates(
  deps: Pick<EngineDeps, 'db' | 'producer'>,
  now: Date,
): Promise<{ organizations: number; erased: number; jobsRemoved: number }> {
  let erased = 0
  const subjectIds: string[] = []
  const policies = await listRetentionPolicies(deps.db)
  for (const policy of policies) {
    const due = await listCandidatesDueForErasure(deps.db, policy.organizationId, {
      until: now,
      months: policy.months,
      limit: MAX_ERASURES_PER_RUN,
    })
    for (const candidate of due) {
      const result = await eraseCandidateRows(deps, {
        organizationId: policy.organizationId,
        candidateId: candidate.candidateId,
        actorId: null,
        reason: 'retention',
        // Activity between the list and this erasure (an upload, a move) keeps them.
        inactiveSince: candidate.lastActivityAt,
      })
      if (!result) continue
      erased += 1
      subjectIds.push(...result.subjectIds)
    }
  }
  // One pass over the queues for the whole run.
  const jobs = await purgeQueueJobs(deps, subjectIds)
  return { organizations: policies.length, erased, jobsRemoved: jobs.removed }
}
