import { type EngineDeps, eraseExpiredCandidates } from '@shortlist/engine'
import { sweepRetentionJob } from '@shortlist/jobs'
import type { Job } from 'bullmq'
import { parsePayload } from './run-handler'

/** The scheduled retention sweep: erases candidates past their organisation's retention period. */
export async function handleSweepRetention(deps: EngineDeps, job: Job): Promise<unknown> {
  parsePayload(sweepRetentionJob.payload, job)
  return eraseExpiredCandidates(deps, new Date())
}
