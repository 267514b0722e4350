import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import type { ParsedRequirement } from '../types'
import { parsePosting } from './parse-posting'

// A skill's name read from an acronym or from one word of a longer name must fit the line or the posting; otherwise
// the posting's own words stay the label. Phrasings written for these tests.

const taxonomy = loadTaxonomy()

function read(lines: readonly string[], heading = 'Requirements'): ParsedRequirement[] {
  return parsePosting(`Role\n\n${heading}\n${lines.map((line) => `- ${line}`).join('\n')}\n`, taxonomy)
    .requirements
}

function skillIds(found: readonly ParsedRequirement[]): string[] {
  return found.flatMap((requirement) => requirement.skillIds)
}

describe('parsePosting: acronyms and words of longer names', () => {
  it('reads no cloud or database product from a standard or a product of another trade (EN, PT, ES)', () => {
    const clinical = read([
      'Two years of hospital nursing or clinical research',
      'Sound grasp of ICH-GCP principles for study visits',
      'Used to ward software such as Oracle Cerner Millennium',
    ])
    expect(skillIds(clinical)).not.toContain('gcp')
    expect(skillIds(clinical)).not.toContain('oracle-database')
    expect(clinical.some((requirement) => /Oracle Cerner Millennium/u.test(requirement.label))).toBe(true)
    const welding = read(
      ['Soldador com curso de soldagem', 'Qualificação vigente pela AWS D1.1'],
      'Requisitos',
    )
    expect(skillIds(welding)).not.toContain('aws')
    const dental = read(
      ['Experiencia en odontología general', 'Manejo de la agenda en Dentix Cloud o similar'],
      'Requisitos',
    )
    expect(skillIds(dental)).not.toContain('cloud-computing')
  })

  it('keeps the same names where the posting is about them', () => {
    const engineering = read([
      'Five years building Python services on Google Cloud',
      'Hands-on GCP and Terraform',
      'Tuning Oracle and PostgreSQL queries',
    ])
    expect(skillIds(engineering)).toEqual(expect.arrayContaining(['gcp', 'oracle-database', 'python']))
  })

  it('reads an acronym as the name the posting spells out for it', () => {
    const found = read(['Two years as a Customer Service Representative (CSR) in retail'])
    expect(skillIds(found)).not.toContain('csr')
  })

  it('reads no plural in an acronym ending in a capital S', () => {
    expect(skillIds(read(['Progress towards the ACAS designation']))).not.toContain('acca')
  })
})

describe('parsePosting: a degree and a registration in one sentence', () => {
  it('reads a course named "A and B" as one degree and the registration apart (EN, PT, ES)', () => {
    for (const [line, heading, field] of [
      [
        'Graduated in Nursing and Midwifery, with an active registration with the nursing council',
        'Requirements',
        'Nursing and Midwifery',
      ],
      [
        'Formada em Enfermagem e Obstetrícia, com registro ativo no COREN',
        'Requisitos',
        'Enfermagem e Obstetrícia',
      ],
      [
        'Titulado en Enfermería y Obstetricia, con colegiatura vigente en el Colegio de Enfermeros',
        'Requisitos',
        'Enfermería y Obstetricia',
      ],
    ] as const) {
      const found = read([line], heading)
      const degree = found.find((requirement) => requirement.type === 'degree')
      expect(degree?.label, line).toContain(field)
      expect(
        found.some((requirement) => requirement.type === 'certification' && requirement !== degree),
        line,
      ).toBe(true)
    }
  })
})

describe('parsePosting: a part of a tenure with its own years', () => {
  it('asks both tenures when the part says "ao menos" or "por lo menos"', () => {
    for (const [line, heading] of [
      ['Experiência de 4 anos em contas a pagar, sendo ao menos 2 anos no varejo', 'Requisitos'],
      ['Experiencia de 5 años en compras, siendo por lo menos 2 años en importaciones', 'Requisitos'],
    ] as const) {
      const years = read([line], heading).map((requirement) => requirement.minYears)
      expect(years, line).toEqual(expect.arrayContaining([expect.any(Number), 2]))
      expect(years.filter((value) => value !== null).length, line).toBe(2)
    }
  })
})
