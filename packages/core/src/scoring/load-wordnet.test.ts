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

describe('loadWordNet verbKin', () => {
  it('reads the verbs a definition is written with, in its domain: supervise is "watch and direct", so lead and head join', () => {
    const kin = loadWordNet().verbKin('supervise')
    expect(kin.has('direct')).toBe(true)
    expect(kin.has('lead')).toBe(true)
    expect(kin.has('head')).toBe(true)
    // "watch" is a verb of perception, not of social life: it stays out.
    expect(kin.has('watch')).toBe(false)
  })

  it('leaves a parent named in the definition to the common-sense rule (schedule: "plan for…" does not add direct)', () => {
    const kin = loadWordNet().verbKin('schedule')
    expect(kin.has('direct')).toBe(false)
    expect(kin.has('organize')).toBe(false)
  })
})

describe('loadWordNet isFrameNoun', () => {
  it('tells a noun that frames an ability (skills, environment) from one work is done to (staff, code, budget)', () => {
    const wordNet = loadWordNet()
    expect(wordNet.isFrameNoun('skill')).toBe(true)
    expect(wordNet.isFrameNoun('environment')).toBe(true)
    expect(wordNet.isFrameNoun('staff')).toBe(false)
    expect(wordNet.isFrameNoun('code')).toBe(false)
    expect(wordNet.isFrameNoun('budget')).toBe(false)
    expect(wordNet.isFrameNoun('zzzz')).toBe(false)
  })
})

describe('loadWordNet isTraitWord', () => {
  it('knows qualities of character from their attribute nouns (patient: patience; reliable: dependability)', () => {
    const wordNet = loadWordNet()
    for (const word of ['patient', 'reliable', 'friendly', 'tidy', 'courteous', 'manner'])
      expect(wordNet.isTraitWord(word)).toBe(true)
  })

  it('leaves attributes of things out: size, strength, intensity, and domains', () => {
    const wordNet = loadWordNet()
    for (const word of ['big', 'strong', 'excellent', 'advanced', 'financial', 'clinical'])
      expect(wordNet.isTraitWord(word)).toBe(false)
  })
})

describe('loadWordNet namesFeeling', () => {
  it('knows dispositions WordNet files as feelings, from the adjective or the noun', () => {
    const wordNet = loadWordNet()
    for (const word of ['confident', 'compassionate', 'unflappable', 'empathy', 'pride'])
      expect(wordNet.namesFeeling(word), word).toBe(true)
    for (const word of ['strong', 'advanced', 'budget', 'valid'])
      expect(wordNet.namesFeeling(word), word).toBe(false)
    expect(wordNet.isAdjective('punctual')).toBe(true)
    expect(wordNet.isAdjective('invoice')).toBe(false)
  })
})

describe('loadWordNet namesReward', () => {
  it('reads payments and time off as what an employer gives', () => {
    const wordNet = loadWordNet()
    expect(wordNet.namesReward('gratuity')).toBe(true)
    expect(wordNet.namesReward('pension')).toBe(true)
    expect(wordNet.namesReward('leave')).toBe(true)
  })

  it('keeps charges, records and days of the calendar apart', () => {
    const wordNet = loadWordNet()
    expect(wordNet.namesReward('fee')).toBe(false)
    expect(wordNet.namesReward('payroll')).toBe(false)
    expect(wordNet.namesReward('holiday')).toBe(false)
    expect(wordNet.namesReward('experience')).toBe(false)
  })
})
