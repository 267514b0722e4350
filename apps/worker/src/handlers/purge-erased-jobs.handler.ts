import type { EngineDeps } from '@shortlist/engine'
import { purgeErasedJobsJob } from '@shortlist/jobs'
import type { Job } from 'bullmq'
import { parsePayload } from './run-handler'

/** Removes queue jobs of erased records that were still running at erasure; throws (and retries) while some are. */
export async function handlePurgeErasedJobs(deps: EngineDeps, job: Job): Promise<unknown> {
  const payload = parsePayload(purgeErasedJobsJob.payload, job)
  const { removed, locked } = await deps.producer.purgeJobs(payload.subjectIds)
  if (locked > 0) throw new Error(`${locked} jobs of erased records are still running`)
  return { removed }
}
