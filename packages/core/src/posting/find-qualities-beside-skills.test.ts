import { describe, expect, it } from 'vitest'
import { findQualitiesBesideSkills } from './lists-qualities'

// The span of the one skill the line names, as the taxonomy would find it.
const skillAt = (sentence: string, skill: string) => {
  const from = sentence.indexOf(skill)
  return (at: { from: number; to: number }) => at.from <= from && at.to >= from + skill.length
}

describe('findQualitiesBesideSkills: a lead-in before a colon', () => {
  it('reads the first quality after the colon, not glued to the lead-in', () => {
    const es = 'Lo que pesa al final: cortesía, calma bajo presión y trabajo en equipo.'
    expect(findQualitiesBesideSkills(es, skillAt(es, 'trabajo en equipo'))).toEqual([
      'cortesía',
      'calma bajo presión',
    ])
    const pt = 'O que pesa no fim: honestidade, calma sob pressão e trabalho em equipe.'
    expect(findQualitiesBesideSkills(pt, skillAt(pt, 'trabalho em equipe'))).toContain('honestidade')
    const en = 'What we weigh at the end: honesty, patience and teamwork.'
    expect(findQualitiesBesideSkills(en, skillAt(en, 'teamwork'))).toContain('honesty')
  })

  it('keeps a line without a lead-in as it was', () => {
    const es = 'Honestidad, calma bajo presión y trabajo en equipo.'
    expect(findQualitiesBesideSkills(es, skillAt(es, 'trabajo en equipo'))).toEqual([
      'Honestidad',
      'calma bajo presión',
    ])
  })
})
