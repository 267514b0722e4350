import { setApplicationStatus } from '@shortlist/db'
import { classifyOutage, type EngineDeps, ingestApplication } from '@shortlist/engine'
import { ingestDocumentJob } from '@shortlist/jobs'
import type { Job } from 'bullmq'
import { isFinalAttempt, parsePayload, rethrowFinal } from './run-handler'

export async function handleIngestDocument(deps: EngineDeps, job: Job): Promise<unknown> {
  const payload = parsePayload(ingestDocumentJob.payload, job)
  try {
    // The worker scores in the same job when it can: one job per resume from upload to scored.
    return await ingestApplication(deps, payload, { scoreInline: true })
  } catch (error) {
    // An outage is not the document's fault: the application stays unfinished and periodic reconciliation queues
    // it again once the database or queue is back, instead of asking the user to upload it again.
    if (isFinalAttempt(job) && !classifyOutage(error)) {
      await setApplicationStatus(deps.db, payload.organizationId, payload.applicationId, 'failed', {
        code: 'PROCESSING_FAILED',
        message: 'The resume could not be processed. Try uploading it again.',
      }).catch(() => undefined)
    }
    return rethrowFinal(error)
  }
}
