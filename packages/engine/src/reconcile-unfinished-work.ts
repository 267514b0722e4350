import {
  findUnfinishedApplication,
  listQueuedMessages,
  listRequirements,
  listStaleApplications,
  listStaleJobAnalyses,
  type StaleApplication,
} from '@shortlist/db'
import {
  analyzeJobPostingJob,
  ingestDocumentJob,
  scoreApplicationJob,
  sendCandidateMessageJob,
} from '@shortlist/jobs'
import { computeRequirementsRevision } from './compute-requirements-revision'
import type { EngineDeps } from './engine-deps'

export type ReconcileResult = { jobs: number; applications: number; messages: number }

type Deps = Pick<EngineDeps, 'db' | 'producer'>

/**
 * Re-queues committed work that has no live job: its enqueue failed (Redis down), Redis lost it (restart without
 * AOF), or its job gave up while Postgres was down. Only rows untouched since `staleBefore` are looked at, and a row
 * whose job is waiting, delayed or running anywhere is left alone, so work in progress never runs twice. Job ids are
 * deterministic, so several processes reconciling at once at worst add the same job twice, which BullMQ ignores.
 */
export async function reconcileUnfinishedWork(
  deps: Deps,
  options: { staleBefore: Date },
): Promise<ReconcileResult> {
  const [jobs, applications, messages] = await Promise.all([
    listStaleJobAnalyses(deps.db, options.staleBefore),
    listStaleApplications(deps.db, options.staleBefore),
    listQueuedMessages(deps.db),
  ])
  const result: ReconcileResult = { jobs: 0, applications: 0, messages: 0 }
  for (const job of jobs) {
    if (await deps.producer.isLive(analyzeJobPostingJob, job)) continue
    await deps.producer.requeue(analyzeJobPostingJob, job)
    result.jobs++
  }
  const revisions = new Map<string, Promise<string>>()
  for (const application of applications) {
    if (await requeueStranded(deps, application, revisions)) result.applications++
  }
  // Only `queued` messages, and never `requeue`: a message whose job finished is never sent twice.
  for (const message of messages) {
    if (await deps.producer.isLive(sendCandidateMessageJob, message)) continue
    await deps.producer.enqueue(sendCandidateMessageJob, message)
    result.messages++
  }
  return result
}

/**
 * A re-upload of an application that is still unfinished: queues it again if nothing is working on it (its job was
 * lost), and does nothing otherwise. True when it queued something.
 */
export async function requeueUnfinishedApplication(
  deps: Deps,
  ids: { organizationId: string; applicationId: string },
): Promise<boolean> {
  const application = await findUnfinishedApplication(deps.db, ids.organizationId, ids.applicationId)
  return application ? requeueStranded(deps, application, new Map()) : false
}

/** Queues the step an unfinished application still needs, unless a live job already holds it. */
async function requeueStranded(
  deps: Deps,
  application: StaleApplication,
  revisions: Map<string, Promise<string>>,
): Promise<boolean> {
  const ids = { organizationId: application.organizationId, applicationId: application.applicationId }
  if (await deps.producer.isLive(ingestDocumentJob, ids)) return false
  const onlyScoringLeft =
    application.status === 'processing' && application.documentIngested && application.candidateLinked
  if (!onlyScoringLeft) {
    await deps.producer.requeue(ingestDocumentJob, ids)
    return true
  }
  // Analysis queues scoring for ingested applications when it finishes; until then there is nothing to do.
  if (application.jobStatus !== 'ready') return false
  let revision = revisions.get(application.jobId)
  if (!revision) {
    revision = listRequirements(deps.db, application.organizationId, application.jobId).then(
      computeRequirementsRevision,
    )
    revisions.set(application.jobId, revision)
  }
  const scoring = { ...ids, revision: await revision }
  if (await deps.producer.isLive(scoreApplicationJob, scoring)) return false
  await deps.producer.requeue(scoreApplicationJob, scoring)
  return true
}
