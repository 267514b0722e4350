import type { RequirementInput, RequirementResult } from '../types'
import type { RoleFit } from './measure-role-fit'

/** Bumped whenever coverage, the combination or the order changes, so a stored rank says which rules made it. */
export const SHORTLIST_RANKING_VERSION = 'shortlist-2'

/** The constants of the shortlist score; `scoring/README.md` ("Shortlist order") says why each has its value. */
export const SHORTLIST_SCORE = {
  /** Share of requirement coverage in the rank score; the rest is role fit. */
  coverageShare: 0.5,
  /** Share of required items in coverage when the posting has nice-to-haves too (as in the requirement score). */
  requiredShare: 0.8,
} as const

/** What a shortlist is ordered by, for one application. */
export type ShortlistScore = {
  /** 0..100: weighted share of the screened requirements' credit, required items `requiredShare`, the rest nice. */
  coverage: number
  /** 0..100: coverageShare · coverage · family fit + (1 − coverageShare) · 100 · role fit. */
  rankScore: number
  /** Every screened required item is matched (true when there is none). */
  allRequiredMet: boolean
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

/**
 * The shortlist score of one application: requirement coverage beside role fit. Coverage is a weighted mean of
 * credits, so it does not depend on how many requirements a posting lists: meeting every item gives 100, meeting
 * the items that carry half the weight gives 50, on a 9-item posting as on a 37-item one. Traits and logistics are
 * never screened from a resume, so they count neither in coverage nor in `allRequiredMet`. In the rank score,
 * coverage is scaled by the role's family fit (see `scoring/README.md`, "Shortlist order").
 */
export function computeShortlistScore(input: {
  requirements: readonly RequirementInput[]
  results: readonly Pick<RequirementResult, 'requirementId' | 'status' | 'credit'>[]
  roleFit: Pick<RoleFit, 'score' | 'familyFit'>
}): ShortlistScore {
  const byId = new Map(input.results.map((result) => [result.requirementId, result]))
  let requiredWeight = 0
  let requiredCredit = 0
  let niceWeight = 0
  let niceCredit = 0
  let allRequiredMet = true
  for (const requirement of input.requirements) {
    if (!requirement.screened) continue
    const result = byId.get(requirement.id)
    const credit = result?.credit ?? 0
    const weight = Math.max(0, requirement.weight)
    if (requirement.kind === 'required') {
      requiredWeight += weight
      requiredCredit += weight * credit
      if (result?.status !== 'matched') allRequiredMet = false
    } else {
      niceWeight += weight
      niceCredit += weight * credit
    }
  }
  const required = requiredWeight > 0 ? requiredCredit / requiredWeight : null
  const nice = niceWeight > 0 ? niceCredit / niceWeight : null
  const share = SHORTLIST_SCORE.requiredShare
  const coverage =
    required !== null && nice !== null ? share * required + (1 - share) * nice : (required ?? nice ?? 0)
  const roleFit = Math.min(1, Math.max(0, input.roleFit.score))
  // Coverage counts in proportion to how surely the candidate works in the posting's family: the same items met
  // ("Excel", "a bachelor's degree", "communication") are evidence of fit from someone in the function and mostly
  // generic matches from someone outside it. Stored coverage stays the plain share, as the reviewer reads it.
  const familyFit = Math.min(1, Math.max(0, input.roleFit.familyFit))
  const rankScore =
    SHORTLIST_SCORE.coverageShare * coverage * familyFit + (1 - SHORTLIST_SCORE.coverageShare) * roleFit
  return {
    coverage: round(100 * coverage, 2),
    rankScore: round(100 * rankScore, 2),
    allRequiredMet,
  }
}
