import {
  buildRolePosting,
  computeShortlistScore,
  measureRoleFit,
  type ResumeProfile,
  type ResumeSectionName,
  SHORTLIST_RANKING_VERSION,
  scoreCandidate,
} from '@shortlist/core'
import {
  type ApplicationRecord,
  findApplication,
  findDocumentAnalysis,
  findJob,
  findSemanticMatches,
  type JobRecord,
  type JobRequirementRecord,
  listRequirements,
  setApplicationStatus,
  upsertEvaluation,
} from '@shortlist/db'
import type { EngineDeps } from './engine-deps'
import { EngineError } from './engine-error'
import { loadOrganizationTaxonomy } from './load-organization-taxonomy'
import { toRequirementInput } from './to-requirement-input'

/**
 * Scores one application against the job's current requirements, deterministically, from stored evidence, and
 * stores what the shortlist orders by: role fit (from this profile and the posting alone, so it never moves when
 * other candidates apply), the rank score and whether every screened required item is met.
 * The evaluation row is unique per application, so reruns overwrite rather than add.
 */
export async function scoreApplication(
  deps: Pick<EngineDeps, 'db'>,
  payload: { organizationId: string; applicationId: string },
  /** What the caller has just read or written (ingest, scoring in the same job): it is not read again. */
  known?: {
    application: ApplicationRecord
    job: JobRecord
    requirements: JobRequirementRecord[]
    document: { id: string; text: string; profile: unknown }
  },
): Promise<{ status: 'scored' | 'waiting'; score?: number }> {
  const { db } = deps
  const { organizationId, applicationId } = payload
  const application = known?.application ?? (await findApplication(db, organizationId, applicationId))
  if (!application) throw new EngineError('NOT_FOUND', `application ${applicationId} not found`)
  const job = known?.job ?? (await findJob(db, organizationId, application.jobId))
  if (!job) throw new EngineError('NOT_FOUND', `job ${application.jobId} not found`)
  const document = known?.document ?? (await findDocumentAnalysis(db, organizationId, application.documentId))
  // Analysis and ingest each queue scoring when they finish, so an early call can simply wait for them.
  if (job.status !== 'ready' || !document?.text || !document.profile) return { status: 'waiting' }

  const [taxonomy, requirements, matches] = await Promise.all([
    loadOrganizationTaxonomy(db, organizationId),
    known?.requirements ?? listRequirements(db, organizationId, job.id),
    findSemanticMatches(db, organizationId, job.id, document.id),
  ])
  const requirementInputs = requirements.map(toRequirementInput)
  const profile = document.profile as ResumeProfile
  const evaluation = scoreCandidate({
    requirements: requirementInputs,
    resumeText: document.text,
    profile,
    taxonomy,
    semanticMatches: matches.map((match) => ({
      requirementId: match.requirementId,
      similarity: match.similarity,
      chunk: { ...match.chunk, section: match.chunk.section as ResumeSectionName },
    })),
  })

  const roleFit = measureRoleFit({
    posting: buildRolePosting(
      { title: job.title, text: job.description, requirements: requirementInputs },
      taxonomy,
    ),
    profile,
    taxonomy,
  })
  const rank = computeShortlistScore({
    requirements: requirementInputs,
    results: evaluation.requirements,
    roleFit,
  })

  await db.transaction().execute(async (trx) => {
    await upsertEvaluation(trx, organizationId, {
      applicationId,
      jobId: job.id,
      score: evaluation.score,
      requiredMet: evaluation.requiredMet,
      requiredTotal: evaluation.requiredTotal,
      requirements: evaluation.requirements,
      versions: evaluation.versions,
      rank: { ...rank, roleFit, rankingVersion: SHORTLIST_RANKING_VERSION },
    })
    await setApplicationStatus(trx, organizationId, applicationId, 'scored')
  })
  return { status: 'scored', score: evaluation.score }
}
