import { describe, expect, it } from 'vitest'
import { tieQuestionToRequirements } from './tie-question-to-requirements'

describe('tieQuestionToRequirements', () => {
  it("prefers the question's own requirements", () => {
    expect(tieQuestionToRequirements(['a', 'a'], ['b'], ['a', 'b'])).toEqual(['a'])
  })

  it("falls back to the interview's requirements for a question tied to none", () => {
    expect(tieQuestionToRequirements([], ['b', 'c'], ['a', 'b', 'c'])).toEqual(['b', 'c'])
  })

  it('drops requirement ids the job no longer has, then falls back', () => {
    expect(tieQuestionToRequirements(['gone'], ['b', 'gone'], ['a', 'b'])).toEqual(['b'])
    expect(tieQuestionToRequirements([], [], ['a'])).toEqual([])
  })
})
