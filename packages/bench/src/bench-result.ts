/** One line of the report: what was measured, the same-run baseline, and how the two compare. */
export type BenchRow = {
  benchmark: string
  metric: string
  /** The optimised path. */
  value: number
  /** The baseline measured in the same run. */
  baseline: number
  unit: string
  /** How many times better the optimised path is (baseline / value for times, value / baseline for rates). */
  ratio: number | null
  note?: string
}

export type BenchResult = {
  name: string
  parameters: Record<string, number | string>
  rows: BenchRow[]
  /** Quality figures that have no baseline ratio (recall, overlap, agreement). */
  quality: Record<string, number>
}

export const timeRatio = (value: number, baseline: number): number => baseline / value
export const rateRatio = (value: number, baseline: number): number => value / baseline
