import { describe, expect, it } from 'vitest'
import { averagePrecision, mean, ndcgAtK, precisionAtK, quantile, rankByScore } from './ranking-metrics'

describe('ranking metrics', () => {
  it('computes precision at k, counting ranks past the list as misses', () => {
    expect(precisionAtK([true, false, true, false], 4)).toBe(0.5)
    expect(precisionAtK([true], 4)).toBe(0.25)
    expect(precisionAtK([true, true], 0)).toBe(0)
  })

  it('computes nDCG@k against the ideal ordering', () => {
    expect(ndcgAtK([true, true, false], 3, 2)).toBeCloseTo(1, 12)
    // DCG = 1/log2(3) = 0.6309; ideal with one relevant item = 1.
    expect(ndcgAtK([false, true, false], 3, 1)).toBeCloseTo(1 / Math.log2(3), 12)
    // Relevant items beyond k still shape the ideal: two relevant, only one retrieved at rank 1.
    expect(ndcgAtK([true, false], 2, 2)).toBeCloseTo(1 / (1 + 1 / Math.log2(3)), 12)
    expect(ndcgAtK([false, false], 2, 0)).toBe(0)
  })

  it('computes average precision over all relevant items', () => {
    // Relevant at ranks 1 and 3: (1/1 + 2/3) / 2.
    expect(averagePrecision([true, false, true, false], 2)).toBeCloseTo((1 + 2 / 3) / 2, 12)
    // A relevant item never retrieved counts as zero precision.
    expect(averagePrecision([false, true], 2)).toBeCloseTo(0.5 / 2, 12)
    expect(averagePrecision([false], 0)).toBe(0)
  })

  it('ranks by descending score with index order on ties', () => {
    expect(rankByScore([0.2, 0.9, 0.2, 0.5])).toEqual([1, 3, 0, 2])
  })

  it('computes mean and nearest-rank quantiles', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5)
    expect(mean([])).toBe(0)
    expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3)
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95)).toBe(10)
  })
})
