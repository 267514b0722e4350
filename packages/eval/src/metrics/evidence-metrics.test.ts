import { describe, expect, it } from 'vitest'
import {
  confusionTable,
  evidenceMetrics,
  evidenceMetricsBy,
  evidenceOverlaps,
  evidenceRelevance,
  type JudgedPair,
} from './evidence-metrics'

function pair(overrides: Partial<JudgedPair>): JudgedPair {
  return {
    family: 'HR',
    type: 'skill',
    kind: 'required',
    half: 'even',
    label: 'absent',
    status: 'missing',
    labelQuote: '',
    engineQuotes: [],
    ...overrides,
  }
}

const pairs: JudgedPair[] = [
  // True positive, evidence on the labelled passage.
  pair({
    label: 'demonstrated',
    status: 'matched',
    labelQuote: 'Administered payroll for 200 staff',
    engineQuotes: ['Administered payroll for 200 staff.'],
  }),
  // True positive through a partial, evidence elsewhere.
  pair({ label: 'claimed', status: 'partial', labelQuote: 'Excel, Word', engineQuotes: ['Office manager'] }),
  // False positive.
  pair({ type: 'degree', label: 'absent', status: 'partial', engineQuotes: ['HR Generalist'] }),
  // False negative.
  pair({
    family: 'IT',
    type: 'degree',
    label: 'demonstrated',
    status: 'missing',
    labelQuote: 'B.S. Computer Science',
  }),
  // True negative.
  pair({ family: 'IT', label: 'absent', status: 'missing' }),
]

describe('evidence metrics', () => {
  it('counts engine matched-or-partial against labels demonstrated-or-claimed', () => {
    const metrics = evidenceMetrics(pairs)
    expect(metrics).toMatchObject({
      pairs: 5,
      truePositives: 2,
      falsePositives: 1,
      falseNegatives: 1,
      trueNegatives: 1,
      recallDemonstrated: 0.5,
      recallClaimed: 1,
    })
    expect(metrics.precision).toBeCloseTo(2 / 3, 10)
    expect(metrics.recall).toBeCloseTo(2 / 3, 10)
  })

  it('groups by a key, in name order', () => {
    const byType = evidenceMetricsBy(pairs, (item) => item.type)
    expect(Object.keys(byType)).toEqual(['degree', 'skill'])
    expect(byType.degree).toMatchObject({ pairs: 2, truePositives: 0, falsePositives: 1, falseNegatives: 1 })
    expect(byType.skill).toMatchObject({ pairs: 3, precision: 1, recall: 1 })
  })

  it('tabulates engine status by label', () => {
    const table = confusionTable(pairs)
    expect(table.matched).toEqual({ demonstrated: 1, claimed: 0, absent: 0 })
    expect(table.partial).toEqual({ demonstrated: 0, claimed: 1, absent: 1 })
    expect(table.missing).toEqual({ demonstrated: 1, claimed: 0, absent: 1 })
  })

  it('calls evidence relevant when it holds at least half of the labelled words, function words aside', () => {
    expect(
      evidenceOverlaps('Conducted new hire orientation', ['Conducted New Hire orientation and training.']),
    ).toBe(true)
    expect(evidenceOverlaps('Conducted new hire orientation', ['new employees were welcomed'])).toBe(false)
    // "of", "the" and "and" alone never make two passages related.
    expect(evidenceOverlaps('head of the department and', ['one of the best and brightest'])).toBe(false)
    expect(evidenceOverlaps('', ['anything'])).toBe(false)
  })

  it('reports the share of true positives with relevant evidence, per engine status', () => {
    const relevance = evidenceRelevance(pairs)
    expect(relevance.matched).toEqual({ pairs: 1, overlapping: 1, share: 1 })
    expect(relevance.partial).toEqual({ pairs: 1, overlapping: 0, share: 0 })
    expect(relevance.all).toEqual({ pairs: 2, overlapping: 1, share: 0.5 })
  })
})
