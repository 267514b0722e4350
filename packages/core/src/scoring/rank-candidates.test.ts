import { describe, expect, it } from 'vitest'
import { rankCandidates } from './rank-candidates'

describe('rankCandidates', () => {
  it('puts candidates who meet every screened required item first, then rank score, then id', () => {
    const ranked = rankCandidates([
      { id: 'high-score-missing-one', allRequiredMet: false, rankScore: 95 },
      { id: 'b-meets-all', allRequiredMet: true, rankScore: 40 },
      { id: 'a-meets-all', allRequiredMet: true, rankScore: 40 },
      { id: 'best-meets-all', allRequiredMet: true, rankScore: 70 },
      { id: 'low-missing', allRequiredMet: false, rankScore: 10 },
    ])
    expect(ranked.map((item) => item.id)).toEqual([
      'best-meets-all',
      'a-meets-all',
      'b-meets-all',
      'high-score-missing-one',
      'low-missing',
    ])
  })

  it('gives the same order in any input order', () => {
    const items = [
      { id: 'x', allRequiredMet: false, rankScore: 50 },
      { id: 'y', allRequiredMet: true, rankScore: 20 },
      { id: 'z', allRequiredMet: false, rankScore: 50 },
    ]
    expect(rankCandidates([...items].reverse())).toEqual(rankCandidates(items))
  })
})
