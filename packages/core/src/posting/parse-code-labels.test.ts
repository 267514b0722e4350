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
})
