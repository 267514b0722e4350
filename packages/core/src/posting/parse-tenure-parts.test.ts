import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'
import { readMinYears } from './read-min-years'

const taxonomy = loadTaxonomy()

function yearsBySource(text: string): Array<[string, number | null]> {
  return parsePosting(text, taxonomy).requirements.map((requirement) => [
    requirement.source.text,
    requirement.minYears,
  ])
}

describe('years stay with what they qualify', () => {
  it('asks a part of a tenure its relative opens with its own years', () => {
    expect(
      yearsBySource('Baker\nRequirements\n- Three years in a bakery, of which at least one as a head baker'),
    ).toEqual([
      ['Three years in a bakery', 3],
      ['of which at least one as a head baker', 1],
    ])
    expect(
      yearsBySource('Padeiro\nRequisitos\n- Três anos em padaria, dos quais pelo menos um como confeiteiro'),
    ).toEqual([
      ['Três anos em padaria', 3],
      ['dos quais pelo menos um como confeiteiro', 1],
    ])
    expect(
      yearsBySource(
        'Cocinero\nRequisitos\n- Tres años en cocina, de los cuales al menos uno como jefe de partida',
      ),
    ).toEqual([
      ['Tres años en cocina', 3],
      ['de los cuales al menos uno como jefe de partida', 1],
    ])
  })

  it('asks a bare count of part of a tenure, told by the role or place it was spent as, apart', () => {
    expect(
      yearsBySource('Chef\nRequirements\n- Five years on the line, at least two as a sous chef'),
    ).toEqual([
      ['Five years on the line', 5],
      ['at least two as a sous chef', 2],
    ])
    expect(
      yearsBySource(
        'Soldador\nRequirements\n- Six years of welding, at least eighteen months of it on pipelines',
      ),
    ).toEqual([
      ['Six years of welding', 6],
      ['at least eighteen months of it on pipelines', 1.5],
    ])
    expect(yearsBySource('Mestre\nRequisitos\n- Quatro anos em obras, sendo dois como encarregado')).toEqual([
      ['Quatro anos em obras', 4],
      ['sendo dois como encarregado', 2],
    ])
    expect(
      yearsBySource('Cocinero\nRequisitos\n- Cinco años en hoteles, al menos uno como jefe de turno'),
    ).toEqual([
      ['Cinco años en hoteles', 5],
      ['al menos uno como jefe de turno', 1],
    ])
  })

  it('asks a second tenure that states its own unit with its own years', () => {
    expect(
      yearsBySource(
        'Store Manager\nRequirements\n- 5+ years in retail, with at least 2 years as a store manager',
      ),
    ).toEqual([
      ['5+ years in retail', 5],
      ['with at least 2 years as a store manager', 2],
    ])
    expect(
      yearsBySource('Vendedor\nRequisitos\n- 5 anos em vendas, sendo pelo menos 2 anos em varejo'),
    ).toEqual([
      ['5 anos em vendas', 5],
      ['sendo pelo menos 2 anos em varejo', 2],
    ])
    expect(
      yearsBySource(
        'Almacenista\nRequisitos\n- 4 años en logística, con al menos 1 año en almacenes frigoríficos',
      ),
    ).toEqual([
      ['4 años en logística', 4],
      ['con al menos 1 año en almacenes frigoríficos', 1],
    ])
    // A bare count narrows the tenure: one ask.
    expect(
      yearsBySource('Seller\nRequirements\n- 4+ years in retail, with at least 2 in a flagship store'),
    ).toHaveLength(1)
  })

  it('reads the part a sentence counts after naming the tenure, words of emphasis between', () => {
    expect(
      readMinYears(
        'De esos cuatro años, es imprescindible que al menos dos hayan sido en talleres de camiones.',
      ),
    ).toBe(2)
    expect(readMinYears('Of those five years, we need at least two in a hospital pharmacy.')).toBe(2)
    expect(readMinYears('Desses cinco anos, é essencial que pelo menos três tenham sido em auditoria.')).toBe(
      3,
    )
  })

  it('keeps the label of a bare tenure, and drops it when the posting states those years of something', () => {
    const kept = parsePosting(
      'Mecánico\nRequisitos\nExperiencia mínima: Al menos 4 años\nConocimientos necesarios: frenos, suspensión',
      taxonomy,
    )
    expect(kept.requirements.map((requirement) => requirement.source.text)).toContain(
      'Experiencia mínima: Al menos 4 años',
    )
    const restated = parsePosting(
      'Cocinero\nRequisitos\nExperiencia mínima: Al menos 4 años\nCuatro años en restaurantes de hotel\nExperiencia mínima: Al menos 4 años',
      taxonomy,
    )
    expect(
      restated.requirements.map((requirement) => [requirement.source.text, requirement.minYears]),
    ).toEqual([['Cuatro años en restaurantes de hotel', 4]])
  })

  it('keeps two tenures of one skill with different years as two asks', () => {
    expect(
      yearsBySource(
        'Welder\nRequirements:\n- At least 6 years as a welder, 2 of them in pipe welding\n- Forklift licence',
      ),
    ).toEqual([
      ['At least 6 years as a welder', 6],
      ['2 of them in pipe welding', 2],
      ['Forklift licence', null],
    ])
  })
})
