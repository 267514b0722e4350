import { describe, expect, it } from 'vitest'
import { classificationReport, precisionRecallF1 } from './classification-metrics'

describe('classification metrics', () => {
  it('computes precision, recall and F1 from counts', () => {
    const result = precisionRecallF1(3, 1, 2)
    expect(result.precision).toBeCloseTo(0.75, 12)
    expect(result.recall).toBeCloseTo(0.6, 12)
    expect(result.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35, 12)
    expect(result.support).toBe(5)
    expect(precisionRecallF1(0, 0, 0)).toEqual({ precision: 0, recall: 0, f1: 0, support: 0 })
  })

  it('computes accuracy and macro-F1 over two kinds', () => {
    const report = classificationReport(
      [
        { expected: 'required', predicted: 'required' },
        { expected: 'required', predicted: 'required' },
        { expected: 'required', predicted: 'nice_to_have' },
        { expected: 'nice_to_have', predicted: 'nice_to_have' },
      ],
      ['required', 'nice_to_have'] as const,
    )
    expect(report.accuracy).toBe(0.75)
    // required: P 1, R 2/3, F1 0.8; nice: P 0.5, R 1, F1 2/3.
    expect(report.perClass.required.f1).toBeCloseTo(0.8, 12)
    expect(report.perClass.nice_to_have.f1).toBeCloseTo(2 / 3, 12)
    expect(report.macroF1).toBeCloseTo((0.8 + 2 / 3) / 2, 12)
  })
})
