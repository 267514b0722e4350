import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { answersFieldNo } from './answers-field-no'
import { listsPerks } from './lists-perks'
import { parsePosting } from './parse-posting'
import { statesSelectionRule } from './states-selection-rule'

const taxonomy = loadTaxonomy()

const labels = (text: string) =>
  parsePosting(text, taxonomy).requirements.map((requirement) => requirement.label)

describe('statesSelectionRule: a rule on failing the requirements, named by reference', () => {
  it('reads the rule in EN, PT and ES', () => {
    expect(
      statesSelectionRule('Applicants who do not meet the minimum requirements will not be considered.'),
    ).toBe(true)
    expect(
      statesSelectionRule('4.3 Quem deixar de apresentar os requisitos do item 4.1 será desclassificado.'),
    ).toBe(true)
    expect(
      statesSelectionRule('El postulante que no acredite los requisitos quedará excluido del concurso.'),
    ).toBe(true)
  })
  it('keeps a sanction that names the thing asked, and a plain ask', () => {
    expect(statesSelectionRule('Candidates without a valid forklift licence will be disqualified.')).toBe(
      false,
    )
    expect(statesSelectionRule('Must meet the physical requirements of the role.')).toBe(false)
  })
  it('drops the rule from a list of requirements', () => {
    const text =
      'Requisitos\n5.1 Possuir ensino médio completo.\n5.2 O inscrito que não comprovar os requisitos acima será eliminado.\n'
    expect(labels(text)).toHaveLength(1)
  })
})

describe('answersFieldNo: a board field answered no', () => {
  it('reads the field in EN, PT and ES, and keeps the bare label and a yes', () => {
    expect(answersFieldNo('Relocation required: No')).toBe(true)
    expect(answersFieldNo('Disponibilidade para mudança: Não')).toBe(true)
    expect(answersFieldNo('Vehículo propio: No requerido')).toBe(true)
    expect(answersFieldNo('Disponibilidad para viajar')).toBe(false)
    expect(answersFieldNo('Disponibilidad para viajar: Sí')).toBe(false)
    expect(answersFieldNo('Criminal record: none')).toBe(false)
  })
  it('asks nothing from such a field under requirements, and keeps the label asked alone', () => {
    expect(labels('Requisitos:\n- Disponibilidad para viajar\n- Cambio de domicilio: No\n')).toEqual([
      'Disponibilidad para viajar',
    ])
  })
})

describe('listsPerks: perks inside a list of asks', () => {
  it('sets aside pay, its premiums and things given, in EN, PT and ES', () => {
    expect(listsPerks('Free hi-vis and boots')).toBe(true)
    expect(listsPerks('Paid course fees once you pass probation')).toBe(true)
    expect(listsPerks('Sunday premium and shift allowance on top')).toBe(true)
    expect(listsPerks('Salário base + comissão mensal')).toBe(true)
    expect(listsPerks('Sueldo base + bono por productividad')).toBe(true)
    expect(listsPerks('Recargo nocturno, EPP')).toBe(true)
  })
  it('keeps asks that name what is worn or where one lives', () => {
    expect(listsPerks('Own PPE required')).toBe(false)
    expect(listsPerks('Free to travel to sites across the county')).toBe(false)
    expect(listsPerks('Must live within 30 minutes of the yard')).toBe(false)
    expect(
      labels(
        'Requirements:\n- Own PPE required\n- Must live within 30 minutes of the yard\n- Free cafeteria lunch\n',
      ),
    ).toHaveLength(2)
  })
})

describe('parsePosting: one practice over a range of things', () => {
  it('keeps a verb over three or more bare nouns whole, in PT and ES (English frames no verb list)', () => {
    expect(labels('Requisitos:\n- Saber montar bolos, tortas e cupcakes\n')).toHaveLength(1)
    expect(labels('Requisitos:\n- Saber leer planos, croquis y cotas\n')).toHaveLength(1)
  })
  it('still cuts the tools a verb of using takes', () => {
    expect(labels('Requisitos:\n- Saber operar retroescavadeira, guindaste e empilhadeira\n')).toHaveLength(3)
  })
  it('keeps a label that asks knowing a field whole with its facets, but lists the members of a class', () => {
    expect(labels('Requisitos:\n- Conhecer de fertilizantes: doses, misturas e aplicação\n')).toHaveLength(1)
    expect(labels('Requisitos:\n- Dominio de técnicas de corte: degradado, navaja y tijera\n')).toHaveLength(
      3,
    )
  })
})
