import { listJobsBeingAnalyzed, listUnfinishedApplications } from '@shortlist/db'
import { analyzeJobPostingJob, ingestDocumentJob } from '@shortlist/jobs'
import type { EngineDeps } from './engine-deps'

/**
 * Re-queues work whose job may have been lost between the database commit and the queue. Job ids are
 * deterministic, so work that is still queued in Redis is not duplicated.
 */
export async function resumeUnfinishedWork(
  deps: Pick<EngineDeps, 'db' | 'producer'>,
): Promise<{ jobs: number; applications: number }> {
  const [jobs, applications] = await Promise.all([
    listJobsBeingAnalyzed(deps.db),
    listUnfinishedApplications(deps.db),
  ])
  for (const job of jobs) await deps.producer.requeue(analyzeJobPostingJob, job)
  for (const application of applications) {
    await deps.producer.requeue(ingestDocumentJob, {
      organizationId: application.organizationId,
      applicationId: application.applicationId,
    })
  }
  return { jobs: jobs.length, applications: applications.length }
}
