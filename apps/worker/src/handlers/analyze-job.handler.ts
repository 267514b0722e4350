import { markJobFailed } from '@shortlist/db'
import { analyzeJobPosting, type EngineDeps } from '@shortlist/engine'
import { analyzeJobPostingJob } from '@shortlist/jobs'
import type { Job } from 'bullmq'
import { isFinalAttempt, parsePayload, rethrowFinal } from './run-handler'

export async function handleAnalyzeJob(deps: EngineDeps, job: Job): Promise<unknown> {
  const payload = parsePayload(analyzeJobPostingJob.payload, job)
  try {
    return await analyzeJobPosting(deps, payload)
  } catch (error) {
    if (isFinalAttempt(job)) {
      await markJobFailed(deps.db, payload.organizationId, payload.jobId, 'ANALYSIS_FAILED').catch(
        () => undefined,
      )
    }
    return rethrowFinal(error)
  }
}
