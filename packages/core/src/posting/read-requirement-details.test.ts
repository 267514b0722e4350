import { describe, expect, it } from 'vitest'
import { acceptsEquivalentExperience, readLanguageLevel } from './read-requirement-details'

describe('readLanguageLevel', () => {
  it('reads the level closest to the language, in its own clause', () => {
    const text = 'Fluent English; Spanish at B2 level'
    expect(readLanguageLevel(text, 7, 14)).toBe('fluent')
    expect(readLanguageLevel(text, 16, 23)).toBe('B2')
    expect(readLanguageLevel('Inglês avançado (C1)', 0, 6)).toBe('advanced')
    expect(readLanguageLevel('German', 0, 6)).toBeNull()
  })
})

describe('acceptsEquivalentExperience', () => {
  it('reads "or equivalent experience" in EN, PT and ES', () => {
    expect(acceptsEquivalentExperience("Bachelor's degree in CS or equivalent practical experience")).toBe(
      true,
    )
    expect(acceptsEquivalentExperience('Graduação em Administração ou experiência equivalente')).toBe(true)
    expect(acceptsEquivalentExperience('Título en Informática o equivalente')).toBe(true)
    expect(acceptsEquivalentExperience("Bachelor's degree in Nursing")).toBe(false)
  })
})
