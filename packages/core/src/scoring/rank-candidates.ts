/** What the shortlist and the pool search order candidates by. */
export type RankedCandidate = { id: string; allRequiredMet: boolean; rankScore: number }

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Best first: candidates who meet every screened required item, then rank score, then id. */
export function compareCandidates(a: RankedCandidate, b: RankedCandidate): number {
  if (a.allRequiredMet !== b.allRequiredMet) return a.allRequiredMet ? -1 : 1
  return b.rankScore - a.rankScore || compareIds(a.id, b.id)
}

/**
 * The one order of a job's candidates, used by the shortlist (`GET /v1/jobs/:id/shortlist`, whose SQL orders the
 * stored columns the same way) and by the pool search. Pure and total: the same candidates give the same order in
 * any input order.
 */
export function rankCandidates<T extends RankedCandidate>(candidates: readonly T[]): T[] {
  return [...candidates].sort(compareCandidates)
}
