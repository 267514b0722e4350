import { describe, expect, it } from 'vitest'
import { namesOtherListing } from './names-other-listing'

describe('namesOtherListing', () => {
  it('reads a dated line about another listing in EN, PT and ES, with or without a bullet', () => {
    expect(namesOtherListing('Pipe Welder (TIG) - Grimsby - 4 days ago')).toBe(true)
    expect(namesOtherListing('• AUXILIAR DE COZINHA c/ exp. – Joinville – 03/02')).toBe(true)
    expect(namesOtherListing('· Panadero para turno noche - Neuquén - hace 2 semanas')).toBe(true)
    expect(namesOtherListing('Recepcionista bilíngue | Salvador | ontem')).toBe(true)
  })

  it('leaves asks, undated titles and sentences alone', () => {
    expect(namesOtherListing('- Forklift licence - 2 years of use')).toBe(false)
    expect(namesOtherListing('Soldador - Joinville')).toBe(false)
    expect(namesOtherListing('Experiencia en panadería - mínimo 2 años.')).toBe(false)
    expect(namesOtherListing('Inglês avançado')).toBe(false)
  })
})
