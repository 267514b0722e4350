import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()

describe('codes in labels', () => {
  it('labels a code the taxonomy knows by its start with the whole code', () => {
    const english = parsePosting(
      'Coder\nRequirements\n- Daily coding with ICD-10-PCS for hospital stays',
      taxonomy,
    )
    expect(english.requirements.map((requirement) => requirement.label)).toEqual([
      'Medical Coding (ICD-10-PCS)',
    ])
    const portuguese = parsePosting('Eletricista\nRequisitos\n- Curso de NR-10-SEP em dia', taxonomy)
    expect(portuguese.requirements.map((requirement) => requirement.label)).toEqual([
      'OSHA Safety (Curso de NR-10-SEP)',
    ])
  })
  it('asks for each edition of one product named twice', () => {
    const english = parsePosting(
      'Mapper\nRequirements\n- Web maps built in ArcGIS Pro and ArcGIS Enterprise',
      taxonomy,
    )
    expect(english.requirements.map((requirement) => requirement.label)).toEqual([
      'GIS (ArcGIS Pro)',
      'GIS (ArcGIS Enterprise)',
    ])
    const portuguese = parsePosting(
      'Cartógrafo\nRequisitos\n- Vivência com ArcGIS Pro e ArcGIS Enterprise',
      taxonomy,
    )
    expect(portuguese.requirements.map((requirement) => requirement.label)).toEqual([
      'GIS (ArcGIS Pro)',
      'GIS (ArcGIS Enterprise)',
    ])
    const spanish = parsePosting(
      'Cartógrafo\nRequisitos\n- Manejo de ArcGIS Pro y ArcGIS Enterprise',
      taxonomy,
    )
    expect(spanish.requirements.map((requirement) => requirement.label)).toEqual([
      'GIS (ArcGIS Pro)',
      'GIS (ArcGIS Enterprise)',
    ])
  })
})
