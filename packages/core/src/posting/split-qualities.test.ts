import { describe, expect, it } from 'vitest'
import { splitQualities } from './lists-qualities'

function conjuncts(line: string): string[] {
  return splitQualities(line).map((piece) => line.slice(piece.from, piece.to).trim())
}

describe('splitQualities: a piece that cannot stand alone stays with its quality', () => {
  it('keeps a focusing tail with the quality it narrows, in PT, ES and EN', () => {
    expect(conjuncts('Paciência e cordialidade no balcão, sobretudo com turistas')).toEqual([
      'Paciência',
      'cordialidade no balcão, sobretudo com turistas',
    ])
    expect(conjuncts('Amabilidad y paciencia, especialmente con niños pequeños')).toEqual([
      'Amabilidad',
      'paciencia, especialmente con niños pequeños',
    ])
    expect(conjuncts('Patient and courteous, particularly with first-time buyers')).toEqual([
      'Patient',
      'courteous, particularly with first-time buyers',
    ])
  })

  it('keeps a verb whose object is a pronoun pointing back with the ask before it', () => {
    expect(conjuncts('Owns up to mistakes and fixes them')).toEqual(['Owns up to mistakes and fixes them'])
    expect(conjuncts('Honesta para admitir errores y corregirlos')).toEqual([
      'Honesta para admitir errores y corregirlos',
    ])
  })

  it('reads the object list of the last quality as its own, not as the list of qualities', () => {
    expect(
      conjuncts('Honest, punctual and at ease talking with tenants, landlords and the neighbours.'),
    ).toEqual(['Honest', 'punctual', 'at ease talking with tenants, landlords and the neighbours.'])
    expect(conjuncts('Tidy, cheerful and comfortable working with drivers, porters and the press')).toEqual([
      'Tidy',
      'cheerful',
      'comfortable working with drivers, porters and the press',
    ])
  })

  it('still cuts a quality named after one object', () => {
    expect(conjuncts('Calm with customers and a positive attitude')).toEqual([
      'Calm with customers',
      'a positive attitude',
    ])
  })
})
