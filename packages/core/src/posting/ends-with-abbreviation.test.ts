import { describe, expect, it } from 'vitest'
import { endsWithAbbreviation, opensWithGradeLetter } from './ends-with-abbreviation'

describe('endsWithAbbreviation', () => {
  it('holds a sentence open after a clipped word before a figure or lower case, in EN, PT and ES', () => {
    expect(endsWithAbbreviation('exp. mín.', ' 3 anos em obra')).toBe(true)
    expect(endsWithAbbreviation('turnos noct.', ' y fines de semana')).toBe(true)
    expect(endsWithAbbreviation('at least 2 yrs exp.', ' in roofing')).toBe(true)
  })

  it('lets a clipped word end its sentence before a capitalised word', () => {
    expect(endsWithAbbreviation('alojamento de seg. a sex.', ' Tratar com Ana')).toBe(false)
  })

  it('reads a lone capital consonant after a stop as a grade letter, not a new sentence', () => {
    expect(opensWithGradeLetter('D vigente')).toBe(true)
    expect(opensWithGradeLetter('B/C licence')).toBe(true)
    expect(opensWithGradeLetter('A empresa oferece')).toBe(false)
    expect(opensWithGradeLetter('Buscamos gente')).toBe(false)
  })
})
