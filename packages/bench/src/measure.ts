/** Runs `work` and returns its wall time in milliseconds, measured with the monotonic high-resolution clock. */
export async function timeMs<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const started = process.hrtime.bigint()
  const value = await work()
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, value }
}

/** The value below which `share` (0..1) of the samples fall, by nearest rank on the sorted samples. */
export function percentile(samples: readonly number[], share: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))
  return sorted[rank] as number
}

/** The middle sample (mean of the two middle ones for an even count). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

export const mean = (values: readonly number[]): number =>
  values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length

/** Share of `expected` found in `actual`. */
export function recall(expected: readonly string[], actual: readonly string[]): number {
  if (expected.length === 0) return 1
  const found = new Set(actual)
  return expected.filter((item) => found.has(item)).length / expected.length
}

/** Size of the intersection over the size of the union; two empty sets agree fully. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const union = new Set([...a, ...b])
  if (union.size === 0) return 1
  let both = 0
  for (const item of a) if (b.has(item)) both++
  return both / union.size
}
