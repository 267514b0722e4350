import type { EvidenceBasis, RequirementStatus } from '../types'

/** How a job's scored applicants stand on one requirement. Shares are 0..1 of `applicants`. */
export type RequirementPoolStats = {
  requirementId: string
  /** Applicants whose evaluation has a result for this requirement. */
  applicants: number
  matched: number
  partial: number
  missing: number
  /**
   * Applicants whose only support is a skills list without described use (the scorer's `listed` basis), whether
   * that earned them a match or a partial. A subset of matched and partial, not a fourth status.
   */
  claimedOnly: number
}

export type ApplicantPoolStats = {
  /** Evaluations read. */
  applicants: number
  /** One entry per requirement asked for, in the order given. */
  requirements: RequirementPoolStats[]
}

/** A stored per-requirement result as the pool needs it; `basis` is absent on results stored before scorer-2. */
export type PoolResult = {
  requirementId: string
  status: RequirementStatus
  basis?: EvidenceBasis | undefined
}

const share = (count: number, total: number): number => (total === 0 ? 0 : count / total)

/**
 * Counts, per requirement, the share of applicants matched, partial, missing and claimed only (listed without
 * described use), from their stored evaluations. Pure and order-independent: the same evaluations give the same
 * stats. Results for requirements not asked for (removed since) are ignored.
 */
export function summarizeApplicantPool(
  requirementIds: readonly string[],
  evaluations: ReadonlyArray<ReadonlyArray<PoolResult>>,
): ApplicantPoolStats {
  const counts = new Map(
    requirementIds.map((id) => [id, { applicants: 0, matched: 0, partial: 0, missing: 0, claimedOnly: 0 }]),
  )
  for (const results of evaluations) {
    for (const result of results) {
      const count = counts.get(result.requirementId)
      if (!count) continue
      count.applicants += 1
      count[result.status] += 1
      if (result.basis === 'listed' && result.status !== 'missing') count.claimedOnly += 1
    }
  }
  return {
    applicants: evaluations.length,
    requirements: requirementIds.map((requirementId) => {
      const count = counts.get(requirementId) ?? {
        applicants: 0,
        matched: 0,
        partial: 0,
        missing: 0,
        claimedOnly: 0,
      }
      return {
        requirementId,
        applicants: count.applicants,
        matched: share(count.matched, count.applicants),
        partial: share(count.partial, count.applicants),
        missing: share(count.missing, count.applicants),
        claimedOnly: share(count.claimedOnly, count.applicants),
      }
    }),
  }
}
