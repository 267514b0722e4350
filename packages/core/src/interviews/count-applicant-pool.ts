import type { EvidenceBasis, RequirementStatus } from '../types'

/** A stored per-requirement result as the pool needs it; `basis` is absent on results stored before scorer-2. */
export type PoolResult = {
  requirementId: string
  status: RequirementStatus
  basis?: EvidenceBasis | undefined
}

/** How many applicants had each status on one requirement. */
export type RequirementPoolCounts = {
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

export type ApplicantPoolCounts = {
  /** Evaluations read. */
  applicants: number
  /** One entry per requirement seen in any evaluation, in the order first seen. */
  requirements: RequirementPoolCounts[]
}

/**
 * Counts statuses and listed-only claims per requirement over applicants' evaluations. The database counts the
 * same way inside its query (`countPoolResults` in @shortlist/db) so the rows never leave it; this is the rule in
 * TypeScript, for callers that already hold the evaluations and to check the query against.
 */
export function countApplicantPool(
  evaluations: ReadonlyArray<ReadonlyArray<PoolResult>>,
): ApplicantPoolCounts {
  const counts = new Map<string, RequirementPoolCounts>()
  for (const results of evaluations) {
    for (const result of results) {
      let count = counts.get(result.requirementId)
      if (!count) {
        count = {
          requirementId: result.requirementId,
          applicants: 0,
          matched: 0,
          partial: 0,
          missing: 0,
          claimedOnly: 0,
        }
        counts.set(result.requirementId, count)
      }
      count.applicants += 1
      count[result.status] += 1
      if (result.basis === 'listed' && result.status !== 'missing') count.claimedOnly += 1
    }
  }
  return { applicants: evaluations.length, requirements: [...counts.values()] }
}
