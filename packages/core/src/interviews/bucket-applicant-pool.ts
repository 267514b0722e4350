import type { ApplicantPoolStats } from './summarize-applicant-pool'

/** Below this many scored applicants a share says more about chance than about the pool: kits ignore it. */
export const MIN_POOL_APPLICANTS = 5

/** Shares in whole percent, rounded to the nearest 10 so one more applicant rarely changes a kit. */
export type KitRequirementPool = {
  requirementId: string
  matched: number
  partial: number
  missing: number
  claimedOnly: number
}

/** The applicant pool as an interview kit reads it (and as the kit cache key sees it). */
export type KitPool = {
  /** Lower bound of the pool's size band: 5, 10, 20, 50, 100, 200, 500, 1000, 2000, … */
  applicantsAtLeast: number
  /** Requirements with at least MIN_POOL_APPLICANTS results, in the order of the stats. */
  requirements: KitRequirementPool[]
}

const toTens = (share: number): number => Math.round(share * 10) * 10

/** 5, 10, 20, 50, 100, 200, 500, …: the largest band floor not above `count`. */
export function poolSizeBand(count: number): number {
  let band = MIN_POOL_APPLICANTS
  for (let scale = 10; scale <= count; scale *= 10) {
    for (const step of [1, 2, 5]) if (step * scale <= count) band = step * scale
  }
  return band
}

/**
 * Coarsens pool stats for a kit: shares to the nearest 10 percent and the size to a band, so the kit (and its
 * cache key) changes when the pool's picture changes, not with every upload. Null for a pool too small to read.
 */
export function bucketApplicantPool(stats: ApplicantPoolStats): KitPool | null {
  if (stats.applicants < MIN_POOL_APPLICANTS) return null
  return {
    applicantsAtLeast: poolSizeBand(stats.applicants),
    requirements: stats.requirements
      .filter((requirement) => requirement.applicants >= MIN_POOL_APPLICANTS)
      .map((requirement) => ({
        requirementId: requirement.requirementId,
        matched: toTens(requirement.matched),
        partial: toTens(requirement.partial),
        missing: toTens(requirement.missing),
        claimedOnly: toTens(requirement.claimedOnly),
      })),
  }
}
