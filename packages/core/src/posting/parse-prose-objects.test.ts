import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import type { ParsedPosting } from '../types'
import { parsePosting } from './parse-posting'
import { splitSentenceAsks } from './split-sentence-asks'

// Asks stated in prose paragraphs: obligations told in the third person, objects named apart by a preposition said
// again, and optional asks weighed favourably. Phrasings written for these tests.

const taxonomy = loadTaxonomy()

function sources(posting: ParsedPosting): string[] {
  return posting.requirements.map((requirement) => requirement.source.text)
}

function cut(sentence: string): string[] {
  return splitSentenceAsks(sentence, 0, sentence.length).map((part) => sentence.slice(part.start, part.end))
}

describe('splitSentenceAsks: a preposition said again after "and"', () => {
  it('asks each object apart in EN, PT and ES', () => {
    expect(cut('Tiene que saber trabajar con la freidora y con el horno de convección')).toEqual([
      'Tiene que saber trabajar con la freidora',
      'con el horno de convección',
    ])
    expect(cut('Você precisa ter experiência com caixa e com controle de estoque')).toEqual([
      'Você precisa ter experiência com caixa',
      'com controle de estoque',
    ])
    expect(cut('You should be at home with spreadsheets and with the stock system')).toEqual([
      'You should be at home with spreadsheets',
      'with the stock system',
    ])
  })

  it('leaves one object alone, and a joint inside brackets', () => {
    expect(cut('Tiene que saber trabajar con la freidora y el horno')).toEqual([
      'Tiene que saber trabajar con la freidora y el horno',
    ])
    expect(cut('Experiencia en cocina (con carnes y con pescados)')).toEqual([
      'Experiencia en cocina (con carnes y con pescados)',
    ])
  })

  it('keeps the parties a language is spoken with, the means of a handling, and the manner of a listed item', () => {
    expect(cut('Inglés fluido, porque hablamos a diario con la matriz y con los proveedores')).toHaveLength(1)
    expect(cut('Good spoken English to deal with drivers and with the depot')).toHaveLength(1)
    expect(cut('Operação com paleteira e com empilhadeira elétrica')).toHaveLength(1)
    expect(cut('Que domine el corte con láser, el grabado y el pulido a mano y con torno')).toHaveLength(1)
  })
})

describe('parsePosting: asks in a prose paragraph', () => {
  it('reads an obligation told in the third person whatever verb follows', () => {
    const parsed = parsePosting(
      'Buscamos recepcionista para hotel en Cádiz\n\nLa persona que buscamos tiene que tener al menos dos años de experiencia en recepción. Tiene que desenvolverse con soltura con el programa de reservas y con la centralita.\n\nOfrecemos contrato indefinido.\n',
      taxonomy,
    )
    const read = sources(parsed)
    expect(read.some((text) => /programa de reservas/u.test(text))).toBe(true)
    expect(read.some((text) => /^con la centralita/u.test(text))).toBe(true)
  })

  it('reads each person a favourable weighing names as an optional ask', () => {
    const parsed = parsePosting(
      'Assistente de compras – Joinville\n\nÉ indispensável ter ensino médio completo e dois anos de experiência com compras.\n\nPesa positivamente quem já usou o TOTVS ou outro ERP, quem tem noções de comércio exterior e quem já negociou com fornecedores da Ásia.\n',
      taxonomy,
    )
    const optional = parsed.requirements.filter((item) => item.kind === 'nice_to_have')
    expect(optional.some((item) => /TOTVS/u.test(item.source.text))).toBe(true)
    expect(optional.some((item) => /com[eé]rcio exterior/iu.test(item.source.text))).toBe(true)
    expect(optional.some((item) => /fornecedores/u.test(item.source.text))).toBe(true)
  })
})
