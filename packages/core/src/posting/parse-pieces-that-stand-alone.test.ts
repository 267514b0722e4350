import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { closesBetweenPair } from './closes-between-pair'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()

function read(item: string) {
  return parsePosting(`Vaga\n\nRequisitos\n- ${item}\n`, taxonomy).requirements
}

describe('a "between" pair is no joint between two asks', () => {
  it('tells the conjunction closing the pair from one after it', () => {
    expect(closesBetweenPair('Know the back roads between the depot')).toBe(true)
    expect(closesBetweenPair('as trilhas entre a vila')).toBe(true)
    expect(closesBetweenPair('las rutas entre Quito, la costa')).toBe(false)
    expect(closesBetweenPair('entre Quito y Guayaquil')).toBe(false)
    // PT and ES "entre em contato": the verb "to enter", no pair.
    expect(closesBetweenPair('Entre em contato')).toBe(false)
  })

  it('keeps the place the pair names in one ask, in PT and ES', () => {
    expect(read('Conhecer as trilhas entre a vila e a cachoeira')).toHaveLength(1)
    expect(read('Conocer bien las rutas entre Quito y la costa')).toHaveLength(1)
  })
})

describe('a tenure in one practice keeps the objects of that practice', () => {
  // A tool named in an aside once let the list reader take the practice's objects for a list of asks.
  it('reads the years, the practice and its objects and setting as one tenure, in PT and ES', () => {
    const pt = read(
      'Experiência de 3 anos consertando geladeiras e freezers em assistência técnica (melhor se souber Excel).',
    )
    expect(pt).toHaveLength(1)
    expect(pt[0]?.minYears).toBe(3)
    const es = read(
      'Experiencia de 4 años tallando madera y piedra en talleres de restauración (mejor si también maneja AutoCAD).',
    )
    expect(es).toHaveLength(1)
    expect(es[0]?.minYears).toBe(4)
  })
})
