import {
  buildPostingFamilyProfile,
  buildResumeFamilyProfile,
  buildRolePosting,
  computeShortlistScore,
  explainFamilyFit,
  type FamilyProfile,
  meanDirection,
  measureMemberFamilyFit,
  measurePoolFamilyFit,
  measurePoolScore,
  measureRoleFit,
  type ResumeProfile,
  type ResumeSectionName,
  type RoleFit,
  rankCandidates,
  scoreCandidate,
  selectPoolCandidates,
} from '@shortlist/core'
import {
  findJob,
  listDocumentsForScoring,
  listPoolFamilies,
  listPoolSkills,
  listRequirementEmbeddings,
  listRequirements,
  listSemanticMatches,
  preselectDocuments,
  preselectPoolDocuments,
} from '@shortlist/db'
import type { EngineDeps } from './engine-deps'
import { EngineError } from './engine-error'
import { loadOrganizationTaxonomy } from './load-organization-taxonomy'
import { readFamilyCandidates } from './read-family-candidates'
import { toRequirementInput } from './to-requirement-input'

// The pure function moved to core, where the evaluation uses it too; re-exported for existing callers.
export { meanDirection }

export type PoolMatch = {
  documentId: string
  candidateId: string | null
  score: number
  requiredMet: number
  requiredTotal: number
}

/**
 * A pool search result: the scorer's result, the shortlist's role fit and coverage, the job-family fit (against the
 * pool) and the pool score: the shortlist's rank score plus that family fit (`measurePoolScore`).
 */
export type RankedPoolMatch = PoolMatch & {
  familyFit: number
  poolScore: number
  allRequiredMet: boolean
  coverage: number
  roleFit: RoleFit
}

/** A pool search result with the skill families it shares with the posting, largest share of the fit first. */
export type ExplainedPoolMatch = RankedPoolMatch & { sharedFamilies: string[] }

export type FindMatchingCandidatesInput = {
  organizationId: string
  jobId: string
  limit: number
  /**
   * How many documents each preselect (nearest by embedding, best family fit) hands to the exact scorer; their union is
   * scored. Default `preselectFor(limit)`.
   */
  preselect?: number
  /** The nearest-document preselect as an exact scan of `documents`: the baseline `pnpm bench pool` measures against. */
  exactPreselect?: boolean
}

/**
 * The default preselect per source for a search of `limit` matches: max(60, 3 × limit). Scoring a resume exactly
 * is most of a search's cost; `pnpm bench pool` (10k resumes composed from real ones, limit 20) returned 0.96, 0.99
 * and 1.00 of the top-20 of the earlier preselect of 200 (with an exact nearest-neighbour scan) at 40, 60 and 100,
 * for 730, 784 and 829 ms of CPU per search against 1,284 ms at 200.
 */
export function preselectFor(limit: number): number {
  return Math.max(60, 3 * limit)
}

/** Best first: score, then required met, then document id, so equal scores always come back in the same order. */
export function compareMatches(a: PoolMatch, b: PoolMatch): number {
  if (a.score !== b.score) return b.score - a.score
  if (a.requiredMet !== b.requiredMet) return b.requiredMet - a.requiredMet
  return a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0
}

/**
 * Scores the given documents of the organisation against the job with the deterministic scorer (the same
 * inputs `scoreApplication` uses), best first. Nothing is stored: this ranks a pool, it does not evaluate
 * applications.
 */
export async function rankDocumentsForJob(
  deps: Pick<EngineDeps, 'db'>,
  input: { organizationId: string; jobId: string; documentIds: string[] },
): Promise<PoolMatch[]> {
  const { matches } = await scoreDocumentsForJob(deps, input)
  return matches.map(({ match }) => match).sort(compareMatches)
}

type ScoredDocument = {
  match: PoolMatch
  profile: ResumeProfile
  results: ReturnType<typeof scoreCandidate>['requirements']
}

/** The scorer's result for each document, with what role fit and the rank score need, in document order. */
async function scoreDocumentsForJob(
  deps: Pick<EngineDeps, 'db'>,
  input: { organizationId: string; jobId: string; documentIds: string[] },
) {
  const { db } = deps
  const { organizationId, jobId } = input
  // Independent reads, in parallel on a `pg` pool. Every document's nearest chunk per requirement comes in one
  // query, not one query per document (4.6 s at 100k in issue 15); documents without text or profile drop out below.
  const [job, taxonomy, requirements, documents, semanticByDocument] = await Promise.all([
    findJob(db, organizationId, jobId),
    loadOrganizationTaxonomy(db, organizationId),
    listRequirements(db, organizationId, jobId),
    listDocumentsForScoring(db, organizationId, input.documentIds),
    listSemanticMatches(db, organizationId, jobId, input.documentIds),
  ])
  if (!job) throw new EngineError('NOT_FOUND', `job ${jobId} not found`)
  const requirementInputs = requirements.map(toRequirementInput)
  const matches: ScoredDocument[] = []
  for (const document of documents) {
    const semanticMatches = semanticByDocument.get(document.documentId) ?? []
    const evaluation = scoreCandidate({
      requirements: requirementInputs,
      resumeText: document.text,
      profile: document.profile as ResumeProfile,
      taxonomy,
      semanticMatches: semanticMatches.map((match) => ({
        requirementId: match.requirementId,
        similarity: match.similarity,
        chunk: { ...match.chunk, section: match.chunk.section as ResumeSectionName },
      })),
    })
    matches.push({
      match: {
        documentId: document.documentId,
        candidateId: document.candidateId,
        score: evaluation.score,
        requiredMet: evaluation.requiredMet,
        requiredTotal: evaluation.requiredTotal,
      },
      profile: document.profile as ResumeProfile,
      results: evaluation.requirements,
    })
  }
  return { job, taxonomy, requirements: requirementInputs, matches }
}

/**
 * Job-family fit (0..1) of every analysed document of the organisation for the job, by document id: the posting's
 * family profile (title weighted up) against each stored profile's skills and current role, with pseudo-relevance
 * feedback over the whole pool (`measurePoolFamilyFit`). Never reads another organisation's documents.
 */
export async function measureJobFamilyFit(
  deps: Pick<EngineDeps, 'db'>,
  input: { organizationId: string; jobId: string },
): Promise<Map<string, number>> {
  const { posting, members } = await loadJobFamilies(deps, input)
  return measurePoolFamilyFit(posting, members)
}

/** The posting's family profile and every analysed document's, read once for a pool search. */
async function loadJobFamilies(
  deps: Pick<EngineDeps, 'db'>,
  input: { organizationId: string; jobId: string },
): Promise<{ posting: FamilyProfile; members: Array<{ id: string; family: FamilyProfile }> }> {
  const { db } = deps
  const { organizationId, jobId } = input
  const [job, taxonomy, pool] = await Promise.all([
    findJob(db, organizationId, jobId),
    loadOrganizationTaxonomy(db, organizationId),
    listPoolSkills(db, organizationId),
  ])
  if (!job) throw new EngineError('NOT_FOUND', `job ${jobId} not found`)
  const titleProfiles = new Map<string, FamilyProfile>()
  return {
    posting: buildPostingFamilyProfile({ title: job.title, text: job.description }, taxonomy),
    members: pool.map((document) => ({
      id: document.documentId,
      family: buildResumeFamilyProfile(document, taxonomy, titleProfiles),
    })),
  }
}

/**
 * The pool order of the given documents for the job, best first: the shortlist's own order (`rankCandidates`:
 * every screened required item met, then score, then id) over the pool score, the shortlist's rank score plus the
 * family fit measured against the organisation's whole pool (`measurePoolScore`). The family fit covers the whole
 * pool, so a document ranks the same whichever other documents are passed along with it.
 */
export async function rankPoolForJob(
  deps: Pick<EngineDeps, 'db'>,
  input: { organizationId: string; jobId: string; documentIds: string[]; familyFit?: Map<string, number> },
): Promise<RankedPoolMatch[]> {
  const familyFit = input.familyFit ?? (await measureJobFamilyFit(deps, input))
  const { job, taxonomy, requirements, matches } = await scoreDocumentsForJob(deps, input)
  const posting = buildRolePosting({ title: job.title, text: job.description, requirements }, taxonomy)
  const ranked = matches.map(({ match, profile, results }) => {
    const fit = familyFit.get(match.documentId) ?? 0
    const roleFit = measureRoleFit({ posting, profile, taxonomy })
    const rank = computeShortlistScore({ requirements, results, roleFit })
    const poolScore = measurePoolScore(rank.rankScore, fit)
    return {
      ...match,
      id: match.documentId,
      familyFit: fit,
      poolScore,
      rankScore: poolScore,
      allRequiredMet: rank.allRequiredMet,
      coverage: rank.coverage,
      roleFit,
    }
  })
  return rankCandidates(ranked).map(({ id: _id, rankScore: _rankScore, ...match }) => match)
}

/**
 * Searches the organisation's whole resume pool for a job. Two preselects, both inside the organisation, each one
 * scan of narrow rows: the documents nearest to the job's requirements (`preselectPoolDocuments`,
 * exact up to half precision, re-ranked at full precision), and the documents of the best job-family fit
 * (`readFamilyCandidates`, from the stored family profiles). Their union is scored exactly and ordered by `rankCandidates`,
 * the shortlist's order, over the rank score plus the pool's family fit; the evaluation measures this same order.
 * Embeds nothing itself.
 */
export async function findMatchingCandidates(
  deps: Pick<EngineDeps, 'db'>,
  input: FindMatchingCandidatesInput,
): Promise<ExplainedPoolMatch[]> {
  const { db } = deps
  const { organizationId, jobId, limit } = input
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('limit must be a positive integer')
  const preselect = input.preselect ?? preselectFor(limit)
  if (!Number.isInteger(preselect) || preselect < limit)
    throw new RangeError('preselect must be an integer >= limit')

  const [job, taxonomy] = await Promise.all([
    findJob(db, organizationId, jobId),
    loadOrganizationTaxonomy(db, organizationId),
  ])
  if (!job) throw new EngineError('NOT_FOUND', `job ${jobId} not found`)
  const query = meanDirection(await listRequirementEmbeddings(db, organizationId, jobId))
  // A job still being analysed (or with nothing embedded) has no requirements to score against yet.
  if (!query) return []

  const [nearest, families] = await Promise.all([
    input.exactPreselect
      ? preselectDocuments(db, organizationId, query, preselect, { exact: true })
      : preselectPoolDocuments(db, organizationId, query, preselect),
    readFamilyCandidates(db, { organizationId, job, taxonomy, size: preselect }),
  ])
  const familyOf = new Map(families.best.map((row) => [row.documentId, row.family]))
  const familyFit = new Map(families.best.map((row) => [row.documentId, row.fit]))
  const documentIds = selectPoolCandidates({
    familyFit,
    nearest: nearest.map((hit) => hit.documentId),
    size: preselect,
  })
  // The nearest documents outside the best family fits still carry their own fit into the pool score.
  const missing = documentIds.filter((id) => !familyOf.has(id))
  for (const [documentId, stored] of await listPoolFamilies(db, organizationId, missing)) {
    const family: FamilyProfile = new Map(stored)
    familyOf.set(documentId, family)
    familyFit.set(documentId, measureMemberFamilyFit(families.posting, families.feedback, family))
  }
  const ranked = await rankPoolForJob(deps, { organizationId, jobId, documentIds, familyFit })
  return ranked.slice(0, limit).map((match) => ({
    ...match,
    sharedFamilies: explainFamilyFit(families.posting, familyOf.get(match.documentId) ?? new Map()),
  }))
}
