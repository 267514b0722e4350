import { describe, expect, it } from 'vitest'
import { headsWithQuality } from './heads-with-quality'

describe('headsWithQuality', () => {
  it('reads a head that means a quality of the person (EN/PT/ES)', () => {
    expect(headsWithQuality('Arrives dependably')).toBe(true)
    expect(headsWithQuality('Great composure')).toBe(true)
    expect(headsWithQuality('Postura profissional com o público')).toBe(true)
    expect(headsWithQuality('Gusto por la lectura')).toBe(true)
  })

  it('leaves a tool, a modifier of a thing, an acronym or a feeling about a doing alone (EN/PT/ES)', () => {
    expect(headsWithQuality('Pipe bending')).toBe(false)
    expect(headsWithQuality('Quality control sampling')).toBe(false)
    expect(headsWithQuality('Friendly CRM')).toBe(false)
    expect(headsWithQuality('Comfortable reading hydraulic schematics')).toBe(false)
    expect(headsWithQuality('Estructura de costos')).toBe(false)
  })
})
