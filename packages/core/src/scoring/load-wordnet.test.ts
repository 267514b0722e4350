import { describe, expect, it } from 'vitest'
import { loadWordNet } from './load-wordnet'

describe('loadWordNet expand', () => {
  it('reads a member noun as the group it belongs to, so "jurors" is met by "the jury"', () => {
    const wordNet = loadWordNet()
    expect(wordNet.expand('juror').has('jury')).toBe(true)
    expect(wordNet.expand('staffer').has('staff')).toBe(true)
  })

  it('keeps the narrower senses of a verb out, since they drift (schedule is not time)', () => {
    expect(loadWordNet().expand('schedule').has('time')).toBe(false)
  })
})
