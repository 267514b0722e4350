import { isDocumentError } from '@shortlist/core'
import { findJob, listCustomSkills, listRequirements, listScorableApplicationIds } from '@shortlist/db'
import { scoreApplicationJob } from '@shortlist/jobs'
import { computeRequirementsRevision } from './compute-requirements-revision'
import type { EngineDeps } from './engine-deps'
import { EngineError } from './engine-error'
import { mergeOrganizationTaxonomy } from './load-organization-taxonomy'
import { storePostingAnalysis } from './store-posting-analysis'

/**
 * Splits a posting into required and nice-to-have requirements, embeds them, and queues scoring for any
 * applications that arrived while the job was being analysed. A rerun after success changes nothing.
 */
export async function analyzeJobPosting(
  deps: EngineDeps,
  payload: { organizationId: string; jobId: string },
): Promise<{ requirements: number }> {
  const { db, llm } = deps
  const job = await findJob(db, payload.organizationId, payload.jobId)
  if (!job) throw new EngineError('NOT_FOUND', `job ${payload.jobId} not found`)

  if (job.status !== 'ready') {
    const customSkills = await listCustomSkills(db, payload.organizationId)
    let posting: Awaited<ReturnType<typeof deps.sandbox.parsePosting>>
    try {
      posting = await deps.sandbox.parsePosting(job.description, { customSkills })
    } catch (error) {
      if (!isDocumentError(error)) throw error
      throw new EngineError('DOCUMENT_REJECTED', error.message, { reason: error.code, cause: error })
    }
    await storePostingAnalysis(
      { db, embedder: llm.embedder },
      {
        organizationId: payload.organizationId,
        jobId: payload.jobId,
        posting,
        taxonomy: mergeOrganizationTaxonomy(payload.organizationId, customSkills),
      },
    )
  }

  const requirements = await listRequirements(db, payload.organizationId, payload.jobId)
  await enqueueScoringForJob(
    deps,
    payload.organizationId,
    payload.jobId,
    computeRequirementsRevision(requirements),
  )
  return { requirements: requirements.length }
}

/**
 * Queues a (deduplicated) scoring job for every application of the job whose resume is ingested. Callers commit
 * their own change (requirements) before calling, and ingest commits the resume before it checks the job, so an
 * application is always queued by one side or the other, never by neither.
 */
export async function enqueueScoringForJob(
  deps: EngineDeps,
  organizationId: string,
  jobId: string,
  revision: string,
): Promise<number> {
  const applicationIds = await listScorableApplicationIds(deps.db, organizationId, jobId)
  for (const applicationId of applicationIds) {
    await deps.producer.enqueue(scoreApplicationJob, { organizationId, applicationId, revision })
  }
  return applicationIds.length
}
