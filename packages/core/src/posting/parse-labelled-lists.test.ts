import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import type { ParsedPosting } from '../types'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()

function labels(posting: ParsedPosting): string[] {
  return posting.requirements.map((requirement) => requirement.label)
}

describe('lists after a label', () => {
  it('asks for every item after a label, not only the ones the taxonomy knows', () => {
    const sentence = parsePosting(
      'Analyst\nRequirements\n- Two years of analysis\n- Nice to have: Ability to speak, read and write Python idiomatically',
      taxonomy,
    )
    expect(labels(sentence)).not.toContain('idiomatically')
    const english = parsePosting(
      'Coder\nRequirements\n- Two years of coding\n- Good if you also have: CCA or CCS-P, OASIS review exposure, knowledge of Cerner',
      taxonomy,
    )
    expect(labels(english)).toEqual(
      expect.arrayContaining(['Cerner', 'CCA or CCS-P', 'OASIS review exposure']),
    )
    const portuguese = parsePosting(
      'Analista\nRequisitos\n- Dois anos em banco\n- Diferencial se tiver: CPA-10, FEBRABAN em dia, conhecimento de SAP',
      taxonomy,
    )
    expect(labels(portuguese)).toContain('FEBRABAN em dia')
    const spanish = parsePosting(
      'Analista\nRequisitos\n- Dos años en banca\n- Suma si tienes: CPA vigente, SENASA al día, manejo de SAP',
      taxonomy,
    )
    expect(labels(spanish)).toContain('SENASA al día')
  })
})
