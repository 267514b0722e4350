import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'
import { splitVerbAsks } from './split-verb-asks'

const taxonomy = loadTaxonomy()

const read = (text: string) => parsePosting(text, taxonomy).requirements
const labels = (text: string) => read(text).map((requirement) => requirement.label)

describe('a tenure joined to another ask with "and with"', () => {
  it.each([
    [
      'es',
      'Tornero\nBuscamos tornero con título técnico en Mecánica Industrial del SENA o de un instituto, y con al menos tres años trabajando en planta.',
      'trabajando en planta',
      3,
    ],
    [
      'en',
      'Welder\nWe want a welder holding a trade certificate in Welding or Fabrication, and with five years working in shipyards.',
      'working in shipyards',
      5,
    ],
    [
      'pt',
      'Soldador\nProcuramos soldador com curso técnico em Soldagem ou Caldeiraria, e com pelo menos dois anos atuando em estaleiro.',
      'atuando em estaleiro',
      2,
    ],
  ])('asks the tenure apart from the credential (%s)', (_language, text, field, years) => {
    const found = read(text)
    const tenure = found.find((requirement) => requirement.source.text.includes(field))
    expect(tenure?.minYears).toBe(years)
    // The credential keeps no years of its own, and its source stops before the tenure.
    const credential = found.find((requirement) => requirement !== tenure)
    expect(credential?.minYears ?? null).toBeNull()
    expect(credential?.source.text).not.toContain(field)
  })
})

describe("a tenure's label keeps the posting's words for its amount and field", () => {
  it.each([
    [
      'Requisitos:\n- Ocho meses de experiencia en telemarketing o ventas por teléfono',
      'Ocho meses de experiencia en telemarketing o ventas por teléfono',
    ],
    [
      'Requisitos:\n- Pelo menos seis meses de vivência em telemarketing ativo ou cobrança',
      'seis meses de vivência em telemarketing ativo ou cobrança',
    ],
    [
      'Requirements:\n- Eighteen months of experience in bookkeeping or payroll',
      'Eighteen months of experience in bookkeeping or payroll',
    ],
  ])('%s', (text, words) => {
    expect(labels(text)).toEqual([expect.stringContaining(`(${words})`)])
  })

  it('keeps the fields a tenure was spent in as that one tenure, not an ask each', () => {
    const found = read('Requisitos:\n- Três anos de experiência em obras residenciais e reformas')
    expect(found).toHaveLength(1)
    expect(found[0]?.minYears).toBe(3)
    expect(found[0]?.label).toContain('(Três anos de experiência em obras residenciais e reformas)')
  })

  it("words only the field right after the years, not a second skill's", () => {
    const found = labels(
      'Requisitos:\n- Cinco años de experiencia en contabilidad de cooperativas y auditoría de ONG',
    )
    expect(found).toHaveLength(2)
    expect(found.filter((label) => label.includes('Cinco años'))).toHaveLength(1)
  })

  it('keeps the short label when the figures and the skill say it all', () => {
    expect(labels('Requirements:\n- 4+ years of experience with Kotlin')).toEqual(['Kotlin (4+ years)'])
  })
})

describe('verbs each with their own objects', () => {
  const pieces = (text: string) =>
    splitVerbAsks(text, 0, text.length, true).map((span) => text.slice(span.start, span.end))

  it('cuts a chain of verbs after a need, a lone verb sharing the next one’s object', () => {
    expect(
      pieces(
        'Se requiere saber montar y ajustar puertas de aluminio y ventanas correderas, colocar vidrio laminado y trabajar con perfiles de PVC',
      ),
    ).toEqual([
      'Se requiere saber montar y ajustar puertas de aluminio y ventanas correderas',
      'colocar vidrio laminado',
      'trabajar con perfiles de PVC',
    ])
    expect(
      pieces(
        'É preciso saber operar empilhadeira e paleteira, conferir notas fiscais e trabalhar com coletor',
      ),
    ).toEqual([
      'É preciso saber operar empilhadeira e paleteira',
      'conferir notas fiscais',
      'trabalhar com coletor',
    ])
    // Lone verbs still share the object after them.
    expect(pieces('Saber ler, escrever e interpretar textos técnicos')).toHaveLength(1)
  })

  it('asks each thing a verb acts on', () => {
    expect(labels('Requisitos:\n- Saber reparar bombas de agua y motores eléctricos')).toEqual([
      'bombas de agua',
      'motores eléctricos',
    ])
    expect(
      labels(
        'Requisitos:\n- Es necesario saber montar y ajustar puertas de aluminio y ventanas correderas, colocar vidrio laminado',
      ),
    ).toEqual(expect.arrayContaining(['puertas de aluminio', 'ventanas correderas']))
    expect(labels('Requisitos:\n- Conferir notas fiscais e trabalhar com paleteira e coletor')).toEqual(
      expect.arrayContaining(['paleteira', 'coletor']),
    )
  })

  it('keeps a second modifier of the object with its noun', () => {
    expect(labels('Requisitos:\n- Que sepa preparar la cocina vasca y mediterránea')).toHaveLength(1)
  })
})

describe('a word or two after a phrase with a preposition', () => {
  it('is a thing of its own when it is unlike the object it would complete', () => {
    // A made thing beside a practice.
    expect(labels('Requisitos:\n- Manejo de protocolos de vigilancia y radio')).toEqual([
      'protocolos de vigilancia',
      'radio',
    ])
    // A plural beside a plural head whose object is singular.
    expect(labels('Requisitos:\n- Conhecimento de planilhas de custo e cronogramas')).toEqual([
      'planilhas de custo',
      'cronogramas',
    ])
  })

  it('still completes an object like it', () => {
    expect(labels('Requisitos:\n- Conhecimento de indicadores de venda e margem')).toHaveLength(1)
  })
})
