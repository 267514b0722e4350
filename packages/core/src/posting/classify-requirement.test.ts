import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { classifyRequirement, isScreenedType } from './classify-requirement'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()
const typeOf = (text: string) => {
  const parsed = parsePosting(`Requirements:\n- ${text}`, taxonomy)
  return parsed.requirements.map((requirement) => requirement.type)
}

describe('classifyRequirement', () => {
  it('types requirements by what they ask for', () => {
    expect(typeOf('Experience with Kubernetes and Docker')).toContain('skill')
    expect(typeOf('Fluent English and Portuguese')).toEqual(['language', 'language'])
    expect(typeOf("Bachelor's degree in Accounting or equivalent experience")[0]).toBe('degree')
    expect(typeOf('Current CPR certification')[0]).toBe('certification')
    expect(typeOf('Able to work weekends and night shifts')).toEqual(['logistics'])
    expect(typeOf('A practical mindset, you know when to patch and when to fix')).toEqual(['trait'])
    expect(typeOf('5+ years in a customer-facing finance role')).toEqual(['experience'])
    expect(typeOf('Experience training new employees on store procedures')).toEqual(['activity'])
  })

  it('keeps traits and logistics out of screening', () => {
    expect(isScreenedType('trait')).toBe(false)
    expect(isScreenedType('logistics')).toBe(false)
    expect(isScreenedType('skill')).toBe(true)
    expect(isScreenedType('certification')).toBe(true)
  })

  it('reads a line of character words as a trait, by what the words mean rather than a list of them', () => {
    // None of these adjectives is in the trait cue pattern: WordNet says each names a quality of character.
    expect(typeOf('Friendly, patient manner')).toEqual(['trait'])
    expect(typeOf('Courteous and dependable')).toEqual(['trait'])
    expect(typeOf('Diligent, meticulous and polite')).toEqual(['trait'])
    // Sizes and intensities are not character: "Big Four" stays a screened item, and so does a domain.
    expect(typeOf('Big Four')).not.toContain('trait')
    expect(typeOf('Understanding of patient privacy rules')).not.toContain('trait')
  })

  it('reads a skill-less domain as knowledge', () => {
    expect(
      classifyRequirement({
        text: 'Knowledge of payment industry regulations',
        skillIds: [],
        minYears: null,
        taxonomy,
      }),
    ).toBe('knowledge')
  })
})
