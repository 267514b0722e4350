import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import type { ParsedRequirement } from '../types'
import { parsePosting } from './parse-posting'

// One line, one requirement as a hiring manager reads it: a tenure and the setting it was served in, a list of
// alternatives, a frame said again before its second item, a pronoun that takes up the first verb's object, a
// second party of one complement. Distinct things joined by "and" stay apart. Phrasings written for these tests.

const taxonomy = loadTaxonomy()

function read(line: string, heading = 'Requirements'): ParsedRequirement[] {
  return parsePosting(`Role\n\n${heading}\n- ${line}\n`, taxonomy).requirements
}

function labels(line: string, heading?: string): string[] {
  return read(line, heading).map((requirement) => requirement.label)
}

describe('parsePosting: a tenure and its setting are one ask', () => {
  it('keeps a setting whose own words hold "&" or "and" with the tenure (EN, PT, ES)', () => {
    for (const [line, heading] of [
      ['3+ years of accounting experience in health & life insurance', 'Requirements'],
      ['3 anos de experiência em contabilidade em empresas de papel e seguros', 'Requisitos'],
      ['2 años de experiencia en contabilidad en corredoras de bolsa y seguros', 'Requisitos'],
    ] as const) {
      const found = read(line, heading)
      expect(
        found.map((requirement) => requirement.label),
        line,
      ).toHaveLength(1)
      expect(found[0]?.minYears).toBeGreaterThanOrEqual(2)
      expect(found[0]?.skillIds).toEqual(expect.arrayContaining(['accounting', 'insurance']))
    }
    // Fields the tenure itself joins with "and" are each asked.
    expect(labels('3+ years of accounting and bookkeeping experience')).toHaveLength(2)
  })

  it('reads a practice and the head noun it governs as one field', () => {
    const found = read('3+ years underwriting commercial mortgages')
    expect(found).toHaveLength(1)
    expect(found[0]?.label).toContain('underwriting commercial mortgages')
    expect(found[0]?.minYears).toBe(3)
  })
})

describe('parsePosting: a tenure in a choice the taxonomy knows only part of', () => {
  it('labels the tenure with every choice, not only the one the taxonomy knows (EN, PT, ES)', () => {
    for (const [line, heading, words] of [
      ['3+ years of experience in kennel work or nursing', 'Requirements', 'kennel work or nursing'],
      [
        '3 anos ou mais de experiência em loja de móveis ou arquitetura',
        'Requisitos',
        'loja de móveis ou arquitetura',
      ],
      [
        '2 años de experiencia en atención de mostrador o ventas',
        'Requisitos',
        'atención de mostrador o ventas',
      ],
    ] as const) {
      const found = read(line, heading)
      expect(
        found.map((requirement) => requirement.label),
        line,
      ).toHaveLength(1)
      expect(found[0]?.label).toContain(words)
    }
  })
})

describe('parsePosting: a list closed by "or" offers a choice', () => {
  it('reads names after a practice, joined by commas and a closing "or", as one requirement (PT, ES)', () => {
    expect(labels('Edição em Premiere, Kdenlive ou Shotcut', 'Requisitos')).toHaveLength(1)
    expect(labels('Edición en Premiere, Kdenlive o Shotcut', 'Requisitos')).toHaveLength(1)
    // A list joined with "and" asks for each name.
    expect(labels('Domínio de Premiere, Kdenlive e Shotcut', 'Requisitos')).toHaveLength(3)
  })
})

describe('parsePosting: a frame said again marks the items of its list', () => {
  it('keeps an "and" without the repeated preposition inside one item (ES, PT)', () => {
    const es = labels(
      'Conocimiento de la geología y geografía andina y de la historia de Cusco',
      'Requisitos',
    )
    expect(es).toHaveLength(2)
    expect(es[0]).toContain('geología y geografía andina')
    const pt = labels('Conhecimento da fauna e flora amazônica e da cultura ribeirinha', 'Requisitos')
    expect(pt).toHaveLength(2)
    expect(pt[0]).toContain('fauna e flora amazônica')
  })

  it('labels a field with the class of tool named before it (ES, PT)', () => {
    const es = labels('Manejo de Word y de un software de facturación', 'Requisitos')
    expect(es).toHaveLength(2)
    expect(es[1]).toContain('software de facturación')
    const pt = labels('Domínio de Word e de um sistema de faturamento', 'Requisitos')
    expect(pt).toHaveLength(2)
    expect(pt[1]).toContain('sistema de faturamento')
  })
})

describe('parsePosting: a second verb that takes up the first one’s object goes on the same ask', () => {
  it('keeps an ability whole when its second verb refers back with a pronoun (EN, PT, ES)', () => {
    expect(
      labels('Able to juggle shifting priorities and keep calm when several of them collide'),
    ).toHaveLength(1)
    expect(
      labels(
        'Alguém que saiba organizar os prazos e manter a calma quando vários deles vencem juntos',
        'Requisitos',
      ),
    ).toHaveLength(1)
    expect(
      labels(
        'Alguien que sepa organizar los plazos y mantener la calma cuando varios de ellos coinciden',
        'Requisitos',
      ),
    ).toHaveLength(1)
    // Two verbs with objects of their own ask two things.
    expect(labels('Able to write a screener and recruit participants')).toHaveLength(2)
  })
})

describe('parsePosting: a party named without a plural goes on the complement before it', () => {
  it('keeps "with parents and family" inside one quality', () => {
    const found = read('A team player who communicates well with parents and family')
    expect(found.map((requirement) => requirement.label)).toEqual([
      'A team player who communicates well with parents and family',
    ])
    // A quality after the complement is a quality of its own.
    expect(labels('Good with clients and punctual')).toHaveLength(2)
    expect(labels('Paciente con los clientes y puntual', 'Requisitos')).toHaveLength(2)
  })
})

describe('parsePosting: a field and what it is done on are one ask', () => {
  it('reads two fields joined only by a preposition as one requirement (EN, PT, ES)', () => {
    for (const [line, heading] of [
      ['Knowledge of accounting in insurance', 'Requirements'],
      ['Conhecimento de costura em tecidos finos', 'Requisitos'],
      ['Conocimiento de contabilidad de seguros', 'Requisitos'],
    ] as const) {
      expect(labels(line, heading), line).toHaveLength(1)
    }
    // Fields joined with "and" are each asked.
    expect(labels('Conocimiento de contabilidad y seguros', 'Requisitos')).toHaveLength(2)
  })
})

describe('parsePosting: a name before a field says which field is asked', () => {
  it('keeps the capitalised name that modifies a lower-case field in the label', () => {
    const found = labels('Working knowledge of Medicare billing and HIPAA')
    expect(found).toHaveLength(2)
    expect(found[0]).toContain('Medicare billing')
    const listed = labels('Familiarity with HCPCS, HIPAA and Medicaid billing rules')
    expect(listed.some((label) => label.includes('Medicaid billing'))).toBe(true)
  })
})

describe('parsePosting: what a field is of stays in its label', () => {
  it('keeps the "de" complement after a lower-case field (ES, PT)', () => {
    expect(labels('Experiencia en cobranza de letras de cambio y Excel', 'Requisitos')[0]).toContain(
      'cobranza de letras de cambio',
    )
    expect(labels('Experiência com vendas de planos de saúde e Excel', 'Requisitos')[0]).toContain(
      'vendas de planos de saúde',
    )
  })
})

describe('parsePosting: a field that is only the last word of a name is not asked', () => {
  it('reads no field from the last word of a product or credential name (EN, PT, ES)', () => {
    for (const [line, heading] of [
      ['Familiarity with intake tools such as Clio, Smart Counsel or similar', 'Requirements'],
      ['Conhecimento de ferramentas como Projuris ou Smart Counsel', 'Requisitos'],
      ['Manejo de herramientas como Lexis o Smart Counsel', 'Requisitos'],
    ] as const) {
      const ids = read(line, heading).flatMap((requirement) => requirement.skillIds)
      expect(ids, line).not.toContain('legal-counsel')
      expect(ids.length, line).toBeGreaterThan(0)
    }
    // A field named on its own, capitalised in a list, is still asked.
    expect(read('Degree in Accounting or Finance')[0]?.skillIds).toContain('accounting')
  })
})
