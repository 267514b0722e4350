import { setApplicationStatus } from '@shortlist/db'
import { type EngineDeps, scoreApplication } from '@shortlist/engine'
import { scoreApplicationJob } from '@shortlist/jobs'
import type { Job } from 'bullmq'
import { isFinalAttempt, parsePayload, rethrowFinal } from './run-handler'

export async function handleScoreApplication(deps: EngineDeps, job: Job): Promise<unknown> {
  const payload = parsePayload(scoreApplicationJob.payload, job)
  try {
    return await scoreApplication(deps, payload)
  } catch (error) {
    if (isFinalAttempt(job)) {
      await setApplicationStatus(deps.db, payload.organizationId, payload.applicationId, 'failed', {
        code: 'SCORING_FAILED',
        message: 'The resume could not be scored. It will be retried when the job requirements change.',
      }).catch(() => undefined)
    }
    return rethrowFinal(error)
  }
}
