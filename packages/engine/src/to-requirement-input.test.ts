import type { JobRequirementRecord } from '@shortlist/db'
import { describe, expect, it } from 'vitest'
import { toRequirementInput } from './to-requirement-input'

const stored: JobRequirementRecord = {
  id: '5c7b1c1e-8f4e-4a7e-9d55-3f1f0d7f2a10',
  position: 0,
  label: 'Spanish',
  kind: 'required',
  type: 'language',
  screened: true,
  weight: 1,
  skillIds: ['spanish'],
  keywords: ['spanish'],
  minYears: null,
  source: { text: 'Spanish', start: 14, end: 21 },
  section: 'requirements',
  level: null,
  alternativeExperience: null,
}

describe('toRequirementInput', () => {
  it('passes a recruiter’s level to the scorer, and none when the line decides', () => {
    expect(toRequirementInput({ ...stored, level: 'C1' }).level).toBe('C1')
    expect('level' in toRequirementInput(stored)).toBe(false)
  })
})
