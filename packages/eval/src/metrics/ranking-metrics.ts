/** Share of the first k ranked items that are relevant (missing ranks count as not relevant). */
export function precisionAtK(ranked: readonly boolean[], k: number): number {
  if (k <= 0) return 0
  let hits = 0
  for (let index = 0; index < k; index++) if (ranked[index]) hits += 1
  return hits / k
}

/**
 * Binary-relevance nDCG@k: DCG = Σ rel_i / log2(i + 2) over the first k ranks, divided by the DCG of the ideal
 * ordering given `totalRelevant` relevant items in the whole collection. 0 when nothing is relevant.
 */
export function ndcgAtK(ranked: readonly boolean[], k: number, totalRelevant: number): number {
  let dcg = 0
  for (let index = 0; index < Math.min(k, ranked.length); index++) {
    if (ranked[index]) dcg += 1 / Math.log2(index + 2)
  }
  let ideal = 0
  for (let index = 0; index < Math.min(k, totalRelevant); index++) ideal += 1 / Math.log2(index + 2)
  return ideal === 0 ? 0 : dcg / ideal
}

/** Average precision over the full ranking: mean of precision at each relevant rank, divided by all relevant items. */
export function averagePrecision(ranked: readonly boolean[], totalRelevant: number): number {
  if (totalRelevant <= 0) return 0
  let hits = 0
  let sum = 0
  ranked.forEach((relevant, index) => {
    if (!relevant) return
    hits += 1
    sum += hits / (index + 1)
  })
  return sum / totalRelevant
}

/** Arithmetic mean; 0 for an empty list. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return 0
  let sum = 0
  for (const value of values) sum += value
  return sum / values.length
}

/** Value at quantile q (0..1) by the nearest-rank method; 0 for an empty list. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)))
  return sorted[rank - 1] as number
}

/**
 * Sorts item indexes by descending score; equal scores keep index order so rankings are reproducible.
 */
export function rankByScore(scores: readonly number[]): number[] {
  return scores
    .map((_, index) => index)
    .sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b)
}
