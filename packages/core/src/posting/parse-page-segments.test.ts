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

  it('reads each field of a row of labelled fields that lost its line breaks', () => {
    const english = parsePosting(
      'Roofer\nYou must hold a CSCS card and have three years on pitched roofs. Job Type: Permanent Pay: £14.50 - £17.00 per hour Benefits: Company pension, Work van, Paid holidays Work Location: In person',
      taxonomy,
    )
    expect(english.requirements.some((item) => item.source.text.includes('pension'))).toBe(false)
    expect(english.setAside.some((item) => item.text.startsWith('Pay: £14.50'))).toBe(true)
    const spanish = parsePosting(
      'Albañil\nDebes tener tres años de obra gris y carnet de PRL vigente. Tipo de contrato: Indefinido Salario: 1.600 € brutos al mes Beneficios: Seguro médico, Furgoneta de empresa',
      taxonomy,
    )
    expect(spanish.requirements.some((item) => item.source.text.includes('Seguro médico'))).toBe(false)
    const portuguese = parsePosting(
      'Pedreiro\nVocê precisa ter três anos de obra e NR-18 em dia. Tipo de vaga: Efetivo Salário: R$ 2.900,00 por mês Benefícios: Vale-transporte, Plano de saúde',
      taxonomy,
    )
    expect(portuguese.requirements.some((item) => item.source.text.includes('Plano de saúde'))).toBe(false)
  })
})
