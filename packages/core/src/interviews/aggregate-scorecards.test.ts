import { describe, expect, it } from 'vitest'
import { aggregateScorecards } from './aggregate-scorecards'

describe('aggregateScorecards', () => {
  it('averages the levels of ratings tied to each requirement and tallies recommendations', () => {
    const aggregate = aggregateScorecards(
      [
        {
          recommendation: 'yes',
          ratings: [
            { level: 3, requirementIds: ['kubernetes'] },
            { level: 4, requirementIds: ['kubernetes', 'python'] },
          ],
        },
        {
          recommendation: 'strong_no',
          ratings: [{ level: 1, requirementIds: ['python'] }],
        },
      ],
      ['kubernetes', 'python', 'sql'],
    )
    expect(aggregate.scorecards).toBe(2)
    expect(aggregate.recommendations).toEqual({ strong_no: 1, no: 0, yes: 1, strong_yes: 0 })
    expect(aggregate.requirements).toEqual([
      { requirementId: 'kubernetes', meanLevel: 3.5, ratings: 2, scorecards: 1 },
      { requirementId: 'python', meanLevel: 2.5, ratings: 2, scorecards: 2 },
      { requirementId: 'sql', meanLevel: null, ratings: 0, scorecards: 0 },
    ])
  })

  it('rounds the mean to two decimals', () => {
    const aggregate = aggregateScorecards(
      [
        {
          recommendation: 'no',
          ratings: [
            { level: 2, requirementIds: ['a'] },
            { level: 2, requirementIds: ['a'] },
            { level: 3, requirementIds: ['a'] },
          ],
        },
      ],
      ['a'],
    )
    expect(aggregate.requirements[0]?.meanLevel).toBe(2.33)
  })

  it('ignores levels outside 1-4, unknown requirements and a repeated requirement id on one question', () => {
    const aggregate = aggregateScorecards(
      [
        {
          recommendation: 'strong_yes',
          ratings: [
            { level: 0, requirementIds: ['a'] },
            { level: 5, requirementIds: ['a'] },
            { level: 2.5, requirementIds: ['a'] },
            { level: 4, requirementIds: ['a', 'a', 'removed'] },
          ],
        },
      ],
      ['a'],
    )
    expect(aggregate.requirements).toEqual([{ requirementId: 'a', meanLevel: 4, ratings: 1, scorecards: 1 }])
    expect(aggregate.recommendations.strong_yes).toBe(1)
  })

  it('returns empty counts without scorecards', () => {
    const aggregate = aggregateScorecards([], ['a'])
    expect(aggregate).toEqual({
      scorecards: 0,
      recommendations: { strong_no: 0, no: 0, yes: 0, strong_yes: 0 },
      requirements: [{ requirementId: 'a', meanLevel: null, ratings: 0, scorecards: 0 }],
    })
  })
})
