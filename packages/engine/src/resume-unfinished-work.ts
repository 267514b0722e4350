import { listJobsBeingAnalyzed, listQueuedMessages, listUnfinishedApplications } from '@shortlist/db'
import { analyzeJobPostingJob, ingestDocumentJob, sendCandidateMessageJob } from '@shortlist/jobs'
import type { EngineDeps } from './engine-deps'

/**
 * Re-queues work whose job may have been lost between the database commit and the queue. Job ids are
 * deterministic, so work that is still queued in Redis is not duplicated.
 */
export async function resumeUnfinishedWork(
  deps: Pick<EngineDeps, 'db' | 'producer'>,
): Promise<{ jobs: number; applications: number; messages: number }> {
  const [jobs, applications, messages] = await Promise.all([
    listJobsBeingAnalyzed(deps.db),
    listUnfinishedApplications(deps.db),
    listQueuedMessages(deps.db),
  ])
  for (const job of jobs) await deps.producer.requeue(analyzeJobPostingJob, job)
  for (const application of applications) {
    await deps.producer.requeue(ingestDocumentJob, {
      organizationId: application.organizationId,
      applicationId: application.applicationId,
    })
  }
  // Only `queued` messages: a sent or failed one is never sent again by a restart.
  for (const message of messages) await deps.producer.enqueue(sendCandidateMessageJob, message)
  return { jobs: jobs.length, applications: applications.length, messages: messages.length }
}
