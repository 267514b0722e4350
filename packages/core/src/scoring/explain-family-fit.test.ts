import { describe, expect, it } from 'vitest'
import { explainFamilyFit } from './explain-family-fit'

describe('explainFamilyFit', () => {
  it('lists the shared families by their share of the fit, largest first', () => {
    const posting = new Map([
      ['data-science', 6],
      ['databases', 2],
      ['cloud', 1],
      ['sales', 3],
    ])
    const resume = new Map([
      ['databases', 5],
      ['data-science', 1],
      ['cloud', 1],
      ['design-ux', 9],
    ])
    // data-science 6×1, databases 2×5, cloud 1×1; sales and design-ux are on one side only.
    expect(explainFamilyFit(posting, resume)).toEqual(['databases', 'data-science', 'cloud'])
    expect(explainFamilyFit(posting, resume, 1)).toEqual(['databases'])
  })

  it('breaks ties by category and says nothing when the families are disjoint', () => {
    const posting = new Map([
      ['finance-accounting', 1],
      ['analytics-bi', 1],
    ])
    expect(explainFamilyFit(posting, new Map([...posting]))).toEqual(['analytics-bi', 'finance-accounting'])
    expect(explainFamilyFit(posting, new Map([['legal', 4]]))).toEqual([])
  })
})
