import { setApplicationStatus } from '@shortlist/db'
import { type EngineDeps, ingestApplication } from '@shortlist/engine'
import { ingestDocumentJob } from '@shortlist/jobs'
import type { Job } from 'bullmq'
import { isFinalAttempt, parsePayload, rethrowFinal } from './run-handler'

export async function handleIngestDocument(deps: EngineDeps, job: Job): Promise<unknown> {
  const payload = parsePayload(ingestDocumentJob.payload, job)
  try {
    return await ingestApplication(deps, payload)
  } catch (error) {
    if (isFinalAttempt(job)) {
      await setApplicationStatus(deps.db, payload.organizationId, payload.applicationId, 'failed', {
        code: 'PROCESSING_FAILED',
        message: 'The resume could not be processed. Try uploading it again.',
      }).catch(() => undefined)
    }
    return rethrowFinal(error)
  }
}
