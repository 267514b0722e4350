import { randomUUID } from 'node:crypto'
import {
  type ErasedRecords,
  type ErasureCounts,
  eraseCandidateRecords,
  recordAuditEvent,
} from '@shortlist/db'
import { purgeErasedJobsJob } from '@shortlist/jobs'
import type { EngineDeps } from './engine-deps'

export type ErasureReason = 'request' | 'retention'

export type CandidateErasure = {
  counts: ErasureCounts
  /** Queue jobs removed, and those still running (a purge job retries them). */
  jobs: { removed: number; pending: number }
}

/** How long the follow-up purge waits for running jobs to end: longer than a parse, shorter than a retry storm. */
const PURGE_RETRY_DELAY_MS = 30_000

/**
 * Erases a candidate everywhere (GDPR Art. 17, LGPD Art. 18): all their rows in one transaction, with an audit entry
 * that keeps only who, when, why and how many (no name, email, file name or text); then every queue job and queue
 * event naming their applications, documents or messages. Returns null when the organisation has no such candidate.
 */
export async function eraseCandidate(
  deps: Pick<EngineDeps, 'db' | 'producer'>,
  input: ErasureInput,
): Promise<CandidateErasure | null> {
  const erased = await eraseCandidateRows(deps, input)
  if (!erased) return null
  const jobs = await purgeQueueJobs(deps, erased.subjectIds)
  return { counts: erased.counts, jobs }
}

type ErasureInput = {
  organizationId: string
  candidateId: string
  actorId: string | null
  reason: ErasureReason
  /** Skip the candidate if anything happened to them after this date (checked under the row lock). */
  inactiveSince?: Date
}

/**
 * The database half of `eraseCandidate`, for callers that erase many candidates and purge the queues once for all
 * of them (`purgeQueueJobs` with every `subjectIds`).
 */
export async function eraseCandidateRows(
  deps: Pick<EngineDeps, 'db'>,
  input: ErasureInput,
): Promise<ErasedRecords | null> {
  return deps.db.transaction().execute(async (trx) => {
    const records = await eraseCandidateRecords(
      trx,
      input.organizationId,
      input.candidateId,
      input.inactiveSince ? { inactiveSince: input.inactiveSince } : {},
    )
    if (!records) return null
    await recordAuditEvent(trx, {
      organizationId: input.organizationId,
      actorId: input.actorId,
      action: 'candidate.erased',
      subjectType: 'candidate',
      // The candidate id is a random UUID: with every row behind it gone, it identifies no one.
      subjectId: input.candidateId,
      data: { reason: input.reason, counts: records.counts },
    })
    return records
  })
}

/**
 * Removes the queue jobs that name erased records; when some are running, a delayed purge job tries again once they
 * have ended (they fail at once: their rows are gone).
 */
export async function purgeQueueJobs(
  deps: Pick<EngineDeps, 'producer'>,
  subjectIds: string[],
): Promise<{ removed: number; pending: number }> {
  if (subjectIds.length === 0) return { removed: 0, pending: 0 }
  const { removed, locked } = await deps.producer.purgeJobs(subjectIds)
  if (locked > 0) {
    await deps.producer.enqueueDelayed(
      purgeErasedJobsJob,
      { erasureId: randomUUID(), subjectIds },
      PURGE_RETRY_DELAY_MS,
    )
  }
  return { removed, pending: locked }
}
