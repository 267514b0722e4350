import { describe, expect, it } from 'vitest'
import type { RequirementInput, RequirementResult } from '../types'
import { computeShortlistScore, SHORTLIST_SCORE } from './compute-shortlist-score'

function requirement(id: string, overrides: Partial<RequirementInput> = {}): RequirementInput {
  return {
    id,
    label: id,
    kind: 'required',
    type: 'skill',
    screened: true,
    weight: 1,
    skillIds: [],
    minYears: null,
    keywords: [],
    ...overrides,
  }
}

function result(requirementId: string, status: RequirementResult['status']) {
  return { requirementId, status, credit: status === 'matched' ? 1 : status === 'partial' ? 0.5 : 0 }
}

/** A job of `count` required items of which the candidate matches the first `met`. */
function job(count: number, met: number) {
  const requirements = Array.from({ length: count }, (_, index) => requirement(`r${index}`))
  const results = requirements.map((item, index) => result(item.id, index < met ? 'matched' : 'missing'))
  return { requirements, results }
}

const roleFit = { score: 0.6, familyFit: 0.8 }

describe('computeShortlistScore', () => {
  it('gives the same coverage for the same share met on a 9- and a 37-requirement job', () => {
    const small = computeShortlistScore({ ...job(9, 3), roleFit })
    const large = computeShortlistScore({ ...job(37, 37 / 3), roleFit })
    // 37 items cannot be split in thirds: compare the same share with a weight that makes it exact.
    const exactLarge = computeShortlistScore({
      requirements: job(36, 0).requirements.concat(requirement('heavy', { weight: 0 })),
      results: job(36, 12).results.concat(result('heavy', 'missing')),
      roleFit,
    })
    expect(small.coverage).toBeCloseTo(33.33, 2)
    expect(exactLarge.coverage).toBeCloseTo(small.coverage, 2)
    expect(exactLarge.rankScore).toBeCloseTo(small.rankScore, 2)
    expect(large.coverage).toBeGreaterThan(small.coverage)
    expect(computeShortlistScore({ ...job(9, 9), roleFit }).coverage).toBe(100)
    expect(computeShortlistScore({ ...job(37, 37), roleFit }).coverage).toBe(100)
  })

  it('combines coverage and role fit by their shares', () => {
    const score = computeShortlistScore({ ...job(4, 2), roleFit })
    const share = SHORTLIST_SCORE.coverageShare
    expect(score.rankScore).toBeCloseTo(100 * (share * 0.5 * 0.8 + (1 - share) * 0.6), 2)
  })

  it('counts coverage in proportion to family fit, so generic matches outside the function weigh little', () => {
    const inFunction = computeShortlistScore({ ...job(4, 2), roleFit: { score: 0.3, familyFit: 0.9 } })
    const outside = computeShortlistScore({ ...job(4, 4), roleFit: { score: 0.3, familyFit: 0.1 } })
    expect(outside.coverage).toBeGreaterThan(inFunction.coverage)
    expect(inFunction.rankScore).toBeGreaterThan(outside.rankScore)
  })

  it('requires every screened required item matched, and never counts traits or logistics', () => {
    const requirements = [
      requirement('sql'),
      requirement('nice', { kind: 'nice_to_have', weight: 0.5 }),
      requirement('team player', { type: 'trait', screened: false }),
      requirement('relocation', { type: 'logistics', screened: false }),
    ]
    const met = computeShortlistScore({
      requirements,
      results: [result('sql', 'matched'), result('nice', 'missing')],
      roleFit,
    })
    expect(met.allRequiredMet).toBe(true)
    expect(met.coverage).toBe(100 * SHORTLIST_SCORE.requiredShare)
    const partial = computeShortlistScore({ requirements, results: [result('sql', 'partial')], roleFit })
    expect(partial.allRequiredMet).toBe(false)
    expect(computeShortlistScore({ requirements: [], results: [], roleFit }).allRequiredMet).toBe(true)
  })
})
