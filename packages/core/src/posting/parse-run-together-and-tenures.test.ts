import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import type { ParsedPosting, ParsedRequirement } from '../types'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()

function bySource(posting: ParsedPosting, fragment: string): ParsedRequirement[] {
  return posting.requirements.filter((requirement) => requirement.source.text.includes(fragment))
}

describe('one tenure of a field is one requirement', () => {
  it('reads the field, its examples in brackets and its setting as one ask with the years', () => {
    const cases: Array<[string, string, number]> = [
      [
        'Line Cook\nRequirements\n- At least 3 years in hospitality (hotels, restaurants, catering — any of them)\n- Food safety certificate',
        'hospitality',
        3,
      ],
      [
        'Analyst\nRequirements\n- 3+ years building dashboards in Tableau at a logistics company',
        'Tableau',
        3,
      ],
      [
        'Contador\nRequisitos\n- Pelo menos 2 anos com contabilidade ou auditoria em empresas de varejo',
        'contabilidade',
        2,
      ],
      [
        'Analista\nRequisitos\n- Mínimo 3 años en contabilidad (auditoría, tesorería, nómina)',
        'contabilidad',
        3,
      ],
    ]
    for (const [text, fragment, years] of cases) {
      const found = bySource(parsePosting(text, taxonomy), fragment)
      expect(found, text).toHaveLength(1)
      expect(found[0]?.minYears, text).toBe(years)
    }
    // Skills a tenure adds with "and" are still asked apart.
    const added = parsePosting('Backend Developer\nRequirements\n- 5+ years with Python and Django', taxonomy)
    expect(bySource(added, 'Python')).toHaveLength(2)
  })

  it('keeps the posting words of a joined field in its label', () => {
    const posting = parsePosting(
      'Analyst\nRequirements\n- 3+ years building dashboards in Tableau at a logistics company',
      taxonomy,
    )
    expect(posting.requirements[0]?.label).toContain('dashboards in Tableau at a logistics')
  })
})

describe('items glued together by a copied page', () => {
  it('cuts items a page glued with a space only, before a capital that opens an item', () => {
    const page =
      'Data Steward – Remote | Apply | Share About us Orchard Labs builds farm software for 900 growers. What you will do Keep our crop dataset clean; review imports from partners; write data rules. What we are looking for 2+ years of data governance work in a regulated company A track record of writing data quality rules (examples welcome) Hands-on with Tableau Experience documenting lineage for auditors Strong attention to detail when records disagree Nice to have Familiarity with ISO 8000 data quality standards'
    const posting = parsePosting(page, taxonomy)
    const sources = posting.requirements.map((requirement) => requirement.source.text)
    expect(sources).toContain('A track record of writing data quality rules (examples welcome)')
    expect(sources).toContain('Experience documenting lineage for auditors')
    expect(
      sources.some((source) => source.startsWith('Hands-on with Tableau') && !source.includes('lineage')),
    ).toBe(true)
  })

  it('keeps a word of quantity with its figure and cuts a pasted list at its semicolons', () => {
    const posting = parsePosting(
      'Auxiliar de Bodega – Cali | portal de empleo | Inicio > Empleos Tus funciones: recibir mercancía, alistar pedidos y hacer inventarios. Requisitos: Bachiller. Mínimo 12 meses de experiencia en bodegas de consumo masivo. Manejo de montacargas con licencia vigente. Deseable: manejo de SAP para inventarios; curso de trabajo seguro en alturas. Beneficios: contrato a término indefinido.',
      taxonomy,
    )
    const sources = posting.requirements.map((requirement) => requirement.source.text)
    expect(sources).toContain('Mínimo 12 meses de experiencia en bodegas de consumo masivo.')
    expect(sources).toContain('manejo de SAP para inventarios')
    expect(sources).toContain('curso de trabajo seguro en alturas.')
  })

  it("reads a job board's row of dotted fields field by field", () => {
    const posting = parsePosting(
      'Payroll Analyst · Harbour Foods · Leeds, UK (Hybrid) · £31,000 - £35,000 · Apply with CV · Save · Harbour Foods started in 1971 as a fish stall and today supplies 40 supermarkets across the north. What we are looking for: 2+ years in a payroll or bookkeeping role; strong Excel. Nice to have: Sage 300 People. Benefits: 25 days holiday, pension.',
      taxonomy,
    )
    expect(posting.setAside.map((aside) => aside.text)).toContain('£31,000 - £35,000')
    expect(posting.requirements.every((requirement) => !requirement.source.text.includes(' · '))).toBe(true)
  })

  it('ends an item at a semicolon glued to the next capital, so a tenure stays with its own item', () => {
    const posting = parsePosting(
      'Analista\nRequisitos: Experiência de 2 anos com Excel;Conhecimento em SAP;Inglês básico para leitura de manuais.',
      taxonomy,
    )
    expect(
      posting.requirements.map((requirement) => [requirement.source.text, requirement.minYears]),
    ).toEqual([
      ['Experiência de 2 anos com Excel;', 2],
      ['Conhecimento em SAP;', null],
      ['Inglês básico para leitura de manuais.', null],
    ])
  })

  it('ends an item at a bracket or a stop glued to the next capital', () => {
    const posting = parsePosting(
      'Support Engineer\nRequirements\nGood Linux skills (Ubuntu is fine too)Bash scripting for daily chores\nMonitoring with Grafana or Kibana.ITIL Foundation certificate.',
      taxonomy,
    )
    expect(
      bySource(posting, 'Bash').every((requirement) => !requirement.source.text.includes('Ubuntu')),
    ).toBe(true)
    const itil = bySource(posting, 'ITIL')
    expect(itil.length).toBeGreaterThan(0)
    expect(itil.every((requirement) => !requirement.source.text.includes('Grafana'))).toBe(true)
  })

  it('opens the section of a heading glued to the end of the line before it', () => {
    const posting = parsePosting(
      "Warehouse Lead\nWhat you'll do\nRun the morning shift and train pickers under 5%What you'll bring\nForklift certification\nThree years leading a warehouse team",
      taxonomy,
    )
    expect(bySource(posting, 'Forklift').map((requirement) => requirement.kind)).toContain('required')
    expect(posting.responsibilities.some((line) => line.includes('Forklift'))).toBe(false)
  })
})

describe('parsePosting: a sentence glued to the one before by a one-letter word', () => {
  it('cuts at a stop before a capital standing alone as a word (PT, EN)', () => {
    const labels = parsePosting(
      'Vigia noturno\nRequisitos\nBuscamos alguém com experiência em portaria de hospital.A jornada é 12x36 das 18h às 6h.\n',
      taxonomy,
    ).requirements.map((requirement) => requirement.label)
    expect(labels.some((label) => /12x36/.test(label) && !/portaria/.test(label))).toBe(true)
  })
})
