import { setApplicationStatus } from '@shortlist/db'
import { classifyOutage, type EngineDeps, scoreApplication } from '@shortlist/engine'
import { scoreApplicationJob } from '@shortlist/jobs'
import type { Job } from 'bullmq'
import { isFinalAttempt, parsePayload, rethrowFinal } from './run-handler'

export async function handleScoreApplication(deps: EngineDeps, job: Job): Promise<unknown> {
  const payload = parsePayload(scoreApplicationJob.payload, job)
  try {
    return await scoreApplication(deps, payload)
  } catch (error) {
    // An outage is not the document's fault: the application stays unfinished and periodic reconciliation queues
    // it again once the database or queue is back, instead of asking the user to upload it again.
    if (isFinalAttempt(job) && !classifyOutage(error)) {
      await setApplicationStatus(deps.db, payload.organizationId, payload.applicationId, 'failed', {
        code: 'SCORING_FAILED',
        message: 'The resume could not be scored. It will be retried when the job requirements change.',
      }).catch(() => undefined)
    }
    return rethrowFinal(error)
  }
}
