import type { ApplicantPoolCounts } from './count-applicant-pool'

/** How a job's scored applicants stand on one requirement. Shares are 0..1 of `applicants`. */
export type RequirementPoolStats = {
  requirementId: string
  /** Applicants whose evaluation has a result for this requirement. */
  applicants: number
  matched: number
  partial: number
  missing: number
  /** Listed in a skills list without described use: a part of matched and partial (see RequirementPoolCounts). */
  claimedOnly: number
}

export type ApplicantPoolStats = {
  /** Evaluations read. */
  applicants: number
  /** One entry per requirement asked for, in the order given. */
  requirements: RequirementPoolStats[]
}

const share = (count: number, total: number): number => (total === 0 ? 0 : count / total)

/**
 * Turns pool counts into shares per requirement (matched, partial, missing, claimed only), in the order of the
 * requirements asked for; a requirement nobody was scored on has zero applicants, and counts for requirements not
 * asked for (removed since) are ignored. Pure: the same counts give the same stats.
 */
export function summarizeApplicantPool(
  requirementIds: readonly string[],
  counts: ApplicantPoolCounts,
): ApplicantPoolStats {
  const byId = new Map(counts.requirements.map((count) => [count.requirementId, count]))
  return {
    applicants: counts.applicants,
    requirements: requirementIds.map((requirementId) => {
      const count = byId.get(requirementId)
      const applicants = count?.applicants ?? 0
      return {
        requirementId,
        applicants,
        matched: share(count?.matched ?? 0, applicants),
        partial: share(count?.partial ?? 0, applicants),
        missing: share(count?.missing ?? 0, applicants),
        claimedOnly: share(count?.claimedOnly ?? 0, applicants),
      }
    }),
  }
}
