import { describe, expect, it } from 'vitest'
import { createBm25Index, tokenizeForRetrieval } from './bm25'

describe('BM25', () => {
  it('matches a hand-computed score', () => {
    const documents = [['kafka', 'go'], ['java'], ['go', 'go', 'sql', 'sql']]
    const index = createBm25Index(documents, { k1: 1.2, b: 0.75 })
    const scores = index.score(['go'])
    const idf = Math.log(1 + (3 - 2 + 0.5) / (2 + 0.5))
    const averageLength = 7 / 3
    const first = (idf * 1 * 2.2) / (1 + 1.2 * (0.25 + (0.75 * 2) / averageLength))
    const third = (idf * 2 * 2.2) / (2 + 1.2 * (0.25 + (0.75 * 4) / averageLength))
    expect(scores[0]).toBeCloseTo(first, 12)
    expect(scores[1]).toBe(0)
    expect(scores[2]).toBeCloseTo(third, 12)
  })

  it('ranks a rare term above a common one', () => {
    const index = createBm25Index([
      ['python', 'team'],
      ['team', 'sales'],
      ['team', 'finance'],
    ])
    const [python, sales] = index.score(['python'])
    expect(python).toBeGreaterThan(0)
    expect(sales).toBe(0)
    const common = index.score(['team'])
    expect(common[0]).toBeLessThan(index.score(['python'])[0] as number)
  })

  it('tokenizes to lower-case words', () => {
    expect(tokenizeForRetrieval('C++ and Go, São Paulo!')).toEqual(['c++', 'and', 'go', 'são', 'paulo'])
  })
})
