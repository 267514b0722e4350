import { describe, expect, it } from 'vitest'
import { readFirmnessWords } from './read-firmness-words'

describe('readFirmnessWords', () => {
  it('reads words that say a gap rules the candidate out as required (EN, PT, ES)', () => {
    expect(readFirmnessWords('Deal-breaker')).toBe('required')
    expect(readFirmnessWords('Would disqualify')).toBe('required')
    expect(readFirmnessWords('Sim, é eliminatória')).toBe('required')
    expect(readFirmnessWords('Desclassifica')).toBe('required')
    expect(readFirmnessWords('Sí, te descarta')).toBe('required')
  })

  it('reads words that say the row only weighs in favour as nice to have (EN, PT, ES)', () => {
    expect(readFirmnessWords('Earns extra points')).toBe('nice_to_have')
    expect(readFirmnessWords('Not needed, but it helps')).toBe('nice_to_have')
    expect(readFirmnessWords('Pontua no ranking')).toBe('nice_to_have')
    expect(readFirmnessWords('Só serve de desempate')).toBe('nice_to_have')
    expect(readFirmnessWords('No, aunque suma puntos')).toBe('nice_to_have')
  })

  it('reads a denied ruling-out as nice to have (EN, PT, ES)', () => {
    expect(readFirmnessWords("Won't rule you out")).toBe('nice_to_have')
    expect(readFirmnessWords('Não elimina')).toBe('nice_to_have')
    expect(readFirmnessWords('No descalifica')).toBe('nice_to_have')
  })

  it('says nothing of words that are not about selection (EN, PT, ES)', () => {
    expect(readFirmnessWords('Checked at interview')).toBeNull()
    expect(readFirmnessWords('Cópia do diploma')).toBeNull()
    expect(readFirmnessWords('Nivel avanzado')).toBeNull()
  })
})
