import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'

// Asks a dense line of prose hides: a part of a run counted in seasons, harvests or trips rather than years, and an
// optional extra told in a bracket that is a clause of its own, commas and all. Phrasings written for these tests.

const taxonomy = loadTaxonomy()

function read(line: string, heading: string): Array<[string, string]> {
  return parsePosting(`Role\n\n${heading}\n- ${line}\n`, taxonomy).requirements.map((requirement) => [
    requirement.source.text.replace(/[.]$/u, ''),
    requirement.kind,
  ])
}

describe('parsePosting: a part of a run counted in something other than years', () => {
  it('asks the part its pronoun counts apart from the run (EN, ES, PT)', () => {
    expect(
      read(
        'A minimum of six harvests picking in commercial orchards, at least two of them as crew boss.',
        'Requirements',
      ),
    ).toEqual([
      ['A minimum of six harvests picking in commercial orchards', 'required'],
      ['at least two of them as crew boss', 'required'],
    ])
    expect(read('Cinco zafras en ingenios azucareros, dos de ellas como capataz.', 'Requisitos')).toEqual([
      ['Cinco zafras en ingenios azucareros', 'required'],
      ['dos de ellas como capataz', 'required'],
    ])
    expect(
      read(
        'Quatro temporadas embarcado em navios de cruzeiro, pelo menos duas delas como chefe de bar.',
        'Requisitos',
      ),
    ).toEqual([
      ['Quatro temporadas embarcado em navios de cruzeiro', 'required'],
      ['pelo menos duas delas como chefe de bar', 'required'],
    ])
  })

  it('keeps a sentence opened by a predicate of need asked when a figure in it reads like an amount', () => {
    const found = parsePosting(
      'Piloto\n\nRequisitos\nPedimos al menos cuatro temporadas volando en zonas de más de 3.500 metros, dos de ellas como comandante.\n',
      taxonomy,
    ).requirements.map((requirement) => requirement.source.text)
    expect(found).toContain('Pedimos al menos cuatro temporadas volando en zonas de más de 3.500 metros')
  })
})

describe('parsePosting: an optional extra in a bracket that is a clause', () => {
  it('cuts a condition on the reader, commas and all, as optional (EN, ES)', () => {
    expect(
      read(
        'Forklift licence (if you hold a reach truck ticket too, even better, but not a must)',
        'Requirements',
      ),
    ).toEqual([
      ['Forklift licence', 'required'],
      ['if you hold a reach truck ticket too, even better, but not a must', 'nice_to_have'],
    ])
    expect(read('Carné B (si tenés también el C, mucho mejor, pero no es excluyente)', 'Requisitos')).toEqual(
      [
        ['Carné B', 'required'],
        ['si tenés también el C, mucho mejor, pero no es excluyente', 'nice_to_have'],
      ],
    )
  })

  it('cuts a thing named and stated optional, commas and all (PT)', () => {
    expect(
      read('CNH categoria B (empilhadeira é um diferencial, mas não obrigatório)', 'Requisitos'),
    ).toEqual([
      ['CNH categoria B', 'required'],
      ['empilhadeira é um diferencial, mas não obrigatório', 'nice_to_have'],
    ])
  })

  it('keeps a bracket listing examples with a cue on one of them whole', () => {
    expect(read('Good Excel (pivot tables, macros a plus)', 'Requirements')).toHaveLength(1)
  })
})

describe('parsePosting: a run of asks in a loose ad, shown by its first item, a tenure', () => {
  function sources(ad: string): string[] {
    return parsePosting(ad, taxonomy).requirements.map((requirement) =>
      requirement.source.text.replace(/[.]$/u, ''),
    )
  }

  it('cuts the run at the commas that open an ask (PT, ES, EN)', () => {
    expect(
      sources(
        'PEDREIRO p/ obra em Campinas. Exp. mín. 3 anos em obra residencial, saber ler projeto, CNH B. Tratar c/ Sr. João.',
      ),
    ).toEqual(expect.arrayContaining(['Exp. mín. 3 anos em obra residencial', 'saber ler projeto', 'CNH B']))
    expect(
      sources(
        'Se busca peón para tambo en Florida. Mínimo 2 años en tambo, saber ordeñar a máquina, carné de conducir al día.',
      ),
    ).toEqual(expect.arrayContaining(['Mínimo 2 años en tambo', 'saber ordeñar a máquina']))
    expect(
      sources(
        'Farmhand wanted for a dairy near Cork. At least 2 years on a dairy farm, know how to drive a tractor, licence B.',
      ),
    ).toEqual(expect.arrayContaining(['At least 2 years on a dairy farm', 'licence B']))
  })
})
