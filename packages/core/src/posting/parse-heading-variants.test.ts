import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'
import { classifyHeading, readHeadingLine } from './posting-cues'
import { readGluedHeading } from './read-glued-heading'
import { spellsStemVariant } from './spells-stem-variant'

// Section headings written otherwise than the reader's word lists spell them, headings naming the account of the job,
// and headings glued to the front of a paragraph. Phrasings written for these tests.

const taxonomy = loadTaxonomy()

function kinds(text: string): Array<[string, string]> {
  return parsePosting(text, taxonomy).requirements.map((item) => [item.source.text.trim(), item.kind])
}

describe('heading words spelled otherwise', () => {
  it('reads regional spellings and slips of a long heading word on a heading-shaped line', () => {
    for (const [line, section] of [
      ['Cualificación', 'required'],
      ['CUALIFICACIONES REQUERIDAS', 'required'],
      ['Requistos', 'required'],
      ['Requiremments:', 'required'],
      ['Qualificatons', 'required'],
      ['Benifits', 'benefits'],
      ['Responsibilties', 'responsibilities'],
    ] as const)
      expect(readHeadingLine(line)?.section, line).toBe(section)
  })

  it('reads a heading word after a prefix of "before", joined or hyphenated (EN, PT, ES)', () => {
    for (const line of ['Prerequisites', 'PRE-REQUISITES', 'Pré-requisitos', 'Prerrequisitos'])
      expect(readHeadingLine(line)?.section, line).toBe('required')
  })

  it('reads the regional words for a bar and for benefits', () => {
    expect(readHeadingLine('Requisitos excluyentes')?.section).toBe('required')
    expect(readHeadingLine('Requisitos no excluyentes')?.section).toBe('nice_to_have')
    expect(readHeadingLine('Prestaciones')?.section).toBe('benefits')
  })

  it('allows no slip that makes another word, nor one on a line that is a sentence', () => {
    for (const line of ['Professor', 'Benedict', 'Locking', 'Calcification', 'Vaporizer'])
      expect(readHeadingLine(line), line).toBeNull()
    expect(readHeadingLine('Benifits of the night shift include a taxi home')).toBeNull()
    // A word family branches at the stem's end: an obligation is not "obligatory".
    expect(spellsStemVariant('obrigacoes', 'obrigat')).toBe(false)
    expect(spellsStemVariant('cualificaciones', 'calific')).toBe(true)
    expect(spellsStemVariant('calcificacion', 'calific')).toBe(false)
  })

  it('reads Portuguese "do" as "of the", and the English verb where it closes or follows its subject', () => {
    expect(classifyHeading('Perfil do candidato', true)).toBe('required')
    expect(classifyHeading('Requisitos dos candidatos', true)).toBe('required')
    expect(classifyHeading("What you'll do")).toBe('responsibilities')
    expect(classifyHeading('Things we do')).toBe('company')
  })
})

describe('a heading naming the account of the job', () => {
  it('ends the employer section before it, so what the role asks after it is read (EN, PT, ES)', () => {
    for (const [company, account, asking, item] of [
      [
        'About the company',
        'Full job description',
        'You must hold a valid forklift licence.',
        'forklift licence',
      ],
      ['Descrição da empresa', 'Descrição do cargo', 'Você precisa ter CNH categoria C.', 'CNH categoria C'],
      [
        'Descripción de la compañía',
        'Descripción de la vacante',
        'Necesitas licencia de conducir tipo B.',
        'licencia de conducir tipo B',
      ],
    ] as const) {
      const found = kinds(
        `Almoxarife / Storekeeper\n${company}\nWe have been moving frozen food around the valley since 1988 with 30 trucks.\n${account}\n${asking}\n`,
      )
      expect(
        found.some(([text, kind]) => text.includes(item) && kind === 'required'),
        account,
      ).toBe(true)
    }
  })
})

describe('a heading glued as the first sentence of a paragraph', () => {
  it('reads the short cue sentence and what it heads (EN, PT, ES)', () => {
    expect(
      readGluedHeading('Lo que necesitamos de ti. Tienes que contar con licencia de conducir vigente.'),
    ).toEqual({ section: 'required', contentOffset: 26 })
    expect(
      readGluedHeading('O que procuramos: você precisa ter CNH categoria D e três anos dirigindo ônibus.')
        ?.section,
    ).toBe('required')
    expect(
      readGluedHeading('What we offer. A company van, paid overtime and a tool allowance every spring.')
        ?.section,
    ).toBe('benefits')
  })

  it('leaves a field label, an answer and an item alone', () => {
    // A word or two before a colon labels its own line only.
    expect(
      readGluedHeading('Benefícios: vale-refeição, plano de saúde e seguro de vida para toda a família.'),
    ).toBeNull()
    // A denial answers the question before it.
    expect(
      readGluedHeading(
        'Não é necessário. A loja fica ao lado da estação de metrô da linha verde.',
        'Preciso ter carro?',
      ),
    ).toBeNull()
    // A sentence with content of its own is an item.
    expect(
      readGluedHeading('Forklift licence required. We train you on the rest during the first two weeks.'),
    ).toBeNull()
    // Too little after it: a label's short list.
    expect(readGluedHeading('What we need: Excel and a car.')).toBeNull()
  })

  it('opens its section for the rest of the paragraph and the lines after it (EN, PT, ES)', () => {
    for (const [paragraph, next] of [
      [
        'Who we hope to hire. You must hold a forklift ticket and have worked at least two years in a cold-storage warehouse.',
        'Comfortable lifting 20 kg boxes all shift',
      ],
      [
        'O que procuramos: você precisa ter CNH categoria D e pelo menos três anos dirigindo ônibus urbano na região.',
        'Curso de transporte coletivo de passageiros',
      ],
      [
        'Lo que necesitamos de ti. Tienes que contar con licencia de conducir profesional y dos años de experiencia en reparto.',
        'Certificado de manejo de montacargas vigente',
      ],
    ] as const) {
      const found = kinds(
        `Driver\nWhat you get\nFree lunch, a yearly bonus and private health cover.\n${paragraph}\n${next}\n`,
      )
      expect(found, paragraph).toContainEqual([next, 'required'])
      expect(
        found.map(([text]) => text),
        paragraph,
      ).not.toContain(paragraph.slice(0, paragraph.search(/[.:]/u) + 1))
    }
  })
})
