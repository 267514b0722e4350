import { markJobFailed } from '@shortlist/db'
import { analyzeJobPosting, type EngineDeps, EngineError } from '@shortlist/engine'
import { analyzeJobPostingJob } from '@shortlist/jobs'
import type { Job } from 'bullmq'
import { isFinalAttempt, parsePayload, rethrowFinal } from './run-handler'

export async function handleAnalyzeJob(deps: EngineDeps, job: Job): Promise<unknown> {
  const payload = parsePayload(analyzeJobPostingJob.payload, job)
  try {
    return await analyzeJobPosting(deps, payload)
  } catch (error) {
    // A posting the sandbox refuses (too slow or too large to read) fails the same way on every attempt, so the
    // job is marked failed now, with the sandbox's reason, rather than left analysing.
    const refused = error instanceof EngineError && error.code === 'DOCUMENT_REJECTED'
    if (refused || isFinalAttempt(job)) {
      const code = refused ? (error.reason ?? 'ANALYSIS_FAILED') : 'ANALYSIS_FAILED'
      await markJobFailed(deps.db, payload.organizationId, payload.jobId, code).catch(() => undefined)
    }
    return rethrowFinal(error)
  }
}
