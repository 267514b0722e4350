import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { blankLabelColumn } from './blank-label-column'
import { parsePosting } from './parse-posting'

const pad = (label: string, text: string) => `${label.padEnd(22)}${text}`
const under = (text: string) => `${' '.repeat(22)}${text}`

const english = [
  pad('Position', 'Assistant Forester'),
  pad('Reference', 'NRD-114-26'),
  pad('Essential', 'A degree in forestry or a related natural'),
  pad('Criteria', 'resource discipline, and a valid chainsaw'),
  under('operator certificate.'),
  pad('Working', 'Fieldwork in all weathers on steep and'),
  pad('Conditions', 'remote ground, often alone.'),
  under('Candidates must also hold a first aid'),
  under('certificate.'),
].join('\n')

const portuguese = [
  pad('Cargo', 'Operador de estação de tratamento'),
  pad('Requisitos', 'Ensino médio completo e curso de operação'),
  pad('mínimos', 'de estações de tratamento de água,'),
  under('reconhecido pelo órgão competente.'),
  pad('Local', 'Estação Norte, com plantões aos domingos'),
  under('e feriados.'),
  under('Carteira de habilitação categoria B.'),
].join('\n')

describe('blankLabelColumn', () => {
  it('blanks the labels of a two-column specification, keeping its length and the text column', () => {
    const blanked = blankLabelColumn(english)
    expect(blanked).toHaveLength(english.length)
    expect(blanked).not.toMatch(/Essential|Criteria|Working|Conditions|Reference/u)
    const at = english.indexOf('A degree in forestry')
    expect(blanked.slice(at, at + 20)).toBe('A degree in forestry')
    expect(blankLabelColumn(portuguese)).not.toMatch(/Requisitos|mínimos/u)
  })

  it('leaves a list of fields with no wrapped text under them, and plain prose, as they are', () => {
    const fields = [
      'Cargo               Soldador',
      'Salário             R$ 3.200',
      'Experiência         2 anos',
    ].join('\n')
    expect(blankLabelColumn(fields)).toBe(fields)
    const prose = ['Buscamos panadero con experiencia.', '  Horario de madrugada.', 'Se valora carnet.'].join(
      '\n',
    )
    expect(blankLabelColumn(prose)).toBe(prose)
  })

  it('keeps a wrapped label from gluing onto the ask beside it', () => {
    const labels = parsePosting(english, loadTaxonomy()).requirements.map((item) => item.source.text)
    expect(labels.join(' | ')).not.toMatch(/Essential|Criteria|Conditions/u)
    // The degree's line goes on under its label's second row, and is read whole.
    expect(labels.some((text) => /forestry.*resource discipline/su.test(text))).toBe(true)
    expect(labels.some((text) => /chainsaw/u.test(text))).toBe(true)
  })
})
