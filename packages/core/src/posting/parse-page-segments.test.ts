import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import type { ParsedPosting } from '../types'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()

function sources(posting: ParsedPosting): string[] {
  return posting.requirements.map((requirement) => requirement.source.text)
}

describe('segments of a pasted page', () => {
  it('reads a heading about settling a tie between candidates as extra credit', () => {
    const english = parsePosting(
      'Payroll Officer\nRequirements:\nThree years running UK payroll.\nTie-breakers:\nCIPP Foundation Degree.\nUsed Sage 200 before.',
      taxonomy,
    )
    expect(english.requirements.find((item) => item.source.text.includes('CIPP'))?.kind).toBe('nice_to_have')
    const portuguese = parsePosting(
      'Auxiliar de logística\nRequisitos:\nEnsino médio completo.\nO que desempata:\nCurso de operador de empilhadeira.\nTer usado o WMS Senior.',
      taxonomy,
    )
    expect(portuguese.requirements.find((item) => item.source.text.includes('empilhadeira'))?.kind).toBe(
      'nice_to_have',
    )
    const spanish = parsePosting(
      'Auxiliar contable\nRequisitos:\nTécnico en contabilidad.\nCriterios de desempate:\nCurso de facturación electrónica.\nHaber usado Siigo.',
      taxonomy,
    )
    expect(spanish.requirements.find((item) => item.source.text.includes('facturación'))?.kind).toBe(
      'nice_to_have',
    )
  })

  it('sets aside the date until which the listing takes applications', () => {
    for (const line of [
      'This role accepts applications until 30 April.',
      'A vaga recebe currículos até 15/03.',
      'La oferta recibe postulaciones hasta el 20 de mayo.',
    ]) {
      const posting = parsePosting(`Cook\nNice to have:\nA food hygiene course.\n${line}`, taxonomy)
      expect(sources(posting).some((source) => source.includes(line.slice(0, 12)))).toBe(false)
    }
  })

  it('keeps a place named after "and" with the condition it completes', () => {
    const portuguese = parsePosting(
      'Vendedor\nRequisitos:\nDisponibilidade para visitas quinzenais à filial de Blumenau e a Brusque.',
      taxonomy,
    )
    expect(sources(portuguese)).toEqual([
      'Disponibilidade para visitas quinzenais à filial de Blumenau e a Brusque.',
    ])
    const spanish = parsePosting(
      'Vendedor\nRequisitos:\nDisponibilidad para visitas mensuales a la sucursal de Tandil y a Azul.',
      taxonomy,
    )
    expect(sources(spanish)).toEqual([
      'Disponibilidad para visitas mensuales a la sucursal de Tandil y a Azul.',
    ])
  })
})
