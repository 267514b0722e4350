import { describe, expect, it } from 'vitest'
import { familyScores } from './ranking.task'

describe('familyScores', () => {
  it('scores resumes of the posting family first and lifts near neighbours of the best fits', () => {
    const posting = new Map([['finance-accounting', 3]])
    const resumes = [
      new Map([['programming-language', 4]]),
      new Map([
        ['finance-accounting', 4],
        ['banking', 1],
      ]),
      // No direct overlap with the posting, but shares a family with the best-fitting resume.
      new Map([['banking', 2]]),
    ]
    const scores = familyScores(posting, resumes)
    expect(scores[1]).toBeGreaterThan(scores[2] as number)
    expect(scores[2]).toBeGreaterThan(scores[0] as number)
    expect(scores[0]).toBe(0)
  })
})
