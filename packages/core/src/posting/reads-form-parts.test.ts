import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'
import { plainColonDashes } from './plain-colon-dashes'

const taxonomy = loadTaxonomy()

const read = (posting: string) =>
  parsePosting(posting, taxonomy).requirements.map((r) => ({ source: r.source.text.trim(), kind: r.kind }))
const sources = (posting: string) => read(posting).map((r) => r.source)

describe('a block of screening questions', () => {
  it('reads no ask from the questions a form puts to the applicant, bulleted or not', () => {
    const posting =
      'Warehouse Supervisor\n\nRequirements\n- Three years leading a picking team\n- Forklift licence\n\n' +
      'Screening questions\nThe employer would like you to answer these questions:\n' +
      '- How many years have you used SAP as a supervisor?\n' +
      '- Which of the following spreadsheet tools have you worked with? (Excel / Google Sheets / Other)\n' +
      '- Do you hold a forklift licence?\n\nApply now'
    expect(sources(posting).some((source) => source.includes('?'))).toBe(false)
    expect(sources(posting).some((source) => source.includes('picking team'))).toBe(true)
  })

  it('does so in Portuguese and Spanish', () => {
    expect(
      sources(
        'Analista Fiscal\n\nRequisitos\n- Experiência com SPED\n\nPerguntas do recrutador:\n' +
          '• Quantos anos de experiência você tem com SAP?\n• Você conhece Power BI?\n',
      ).some((source) => source.includes('?')),
    ).toBe(false)
    expect(
      sources(
        'Contador\n\nRequisitos\n- Manejo de SAP\n\nPreguntas de filtro\n' +
          '- ¿Cuántos años de experiencia tienes con Excel?\n- ¿Tienes licencia de conducir?\n',
      ).some((source) => source.includes('?')),
    ).toBe(false)
  })
})

describe('a lead-in closed by a colon and a dash', () => {
  it('reads ":-" at a line end as a colon, keeping every offset', () => {
    const text = 'An applicant must hold:-\n(a) a licence'
    expect(plainColonDashes(text)).toBe('An applicant must hold: \n(a) a licence')
    expect(plainColonDashes('Range 10:-20 units')).toBe('Range 10:-20 units')
  })

  it('heads the lettered items under it, and names no ask of its own', () => {
    const found = sources(
      'Storekeeper\n\nRequirements\nTo qualify for this post, an applicant must hold:-\n' +
        '(i) A certificate in supplies management;\n(ii) Two years of stores experience.\n\nHow to apply\nPost your CV.',
    )
    expect(found.some((source) => /applicant must hold/u.test(source))).toBe(false)
    expect(found.some((source) => /supplies management/u.test(source))).toBe(true)
  })
})

describe('a lead-in saying its items only weigh in favour', () => {
  it('heads the lettered items after it as nice to have', () => {
    const found = read(
      'Storekeeper\n\nRequirements\n(i) A certificate in supplies management;\n(ii) Two years of stores experience.\n\n' +
        'An edge will be given to applicants who also hold:\n(a) A forklift licence;\n(b) A first aid certificate.\n',
    )
    expect(found.some((r) => /edge will be given/u.test(r.source))).toBe(false)
    expect(found.filter((r) => /forklift|first aid/u.test(r.source)).map((r) => r.kind)).toEqual([
      'nice_to_have',
      'nice_to_have',
    ])
  })
})

describe('a scoring table', () => {
  it('reads no ask from rows of points that close with their total', () => {
    const found = sources(
      'Bibliotecario\n\nRequisitos\n- Título en Bibliotecología\n\nTabla de puntuación\n' +
        'Criterio                 Puntos\nTítulos                  25\nTrayectoria              50\nEntrevista               25\nTotal                    100\n',
    )
    expect(found.some((source) => /\d\d\s*$/u.test(source))).toBe(false)
    const pt = sources(
      'Bibliotecário\n\nRequisitos\n- Graduação em Biblioteconomia\n\nQuadro de pontos\n' +
        'Item                Pontos\nTitulação           4,5\nCursos              3,5\nSoma                8\n',
    )
    expect(pt.some((source) => /\d\s*$/u.test(source))).toBe(false)
  })
})
