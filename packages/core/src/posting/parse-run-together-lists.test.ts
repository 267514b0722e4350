import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'
import { isDutyLike } from './posting-cues'
import { splitJoinedAmounts } from './split-joined-amounts'

const taxonomy = loadTaxonomy()

/** Each requirement as "kind | source". */
function asks(text: string): string[] {
  return parsePosting(text, taxonomy).requirements.map(
    (requirement) => `${requirement.kind} | ${requirement.source.text}`,
  )
}

function amounts(line: string): string[] {
  return splitJoinedAmounts(line, 0, line.length).map((span) => line.slice(span.start, span.end))
}

describe('parsePosting: a list run together on one line with semicolons', () => {
  it.each([
    [
      'EN',
      'Line Cook\n\nWhat we ask: food handler card;at least 1 year on a grill station;knife skills;a pastry course preferred\n',
      ['required | food handler card', 'required | knife skills', 'nice_to_have | a pastry course preferred'],
    ],
    [
      'PT',
      'Ajudante de Cozinha\n\nRequisitos: ensino fundamental completo;mínimo de 6 meses em cozinha de hotel;curso de confeitaria (desejável);morar na zona sul\n',
      [
        'required | ensino fundamental completo',
        'nice_to_have | curso de confeitaria (desejável)',
        'required | morar na zona sul',
      ],
    ],
    [
      'ES',
      'Ayudante de Cocina\n\nRequisitos: secundaria terminada; mínimo un año en comedor industrial; curso de repostería, deseable; vivir en la zona norte\n',
      [
        'required | secundaria terminada',
        'nice_to_have | curso de repostería, deseable',
        'required | vivir en la zona norte',
      ],
    ],
  ])('reads each item with its own cue (%s)', (_language, text, expected) => {
    expect(asks(text)).toEqual(expect.arrayContaining(expected))
  })

  it.each([
    [
      'EN',
      'Gardener\n\nRequirements\n- Hedge trimming; a chainsaw ticket or a hedge-cutter course from a city college would be a plus\n',
      'Hedge trimming',
    ],
    [
      'PT',
      'Jardineiro\n\nRequisitos\n- Poda de cercas vivas; curso de operação de motosserra e roçadeira será um diferencial\n',
      'Poda',
    ],
    [
      'ES',
      'Jardinero\n\nRequisitos\n- Poda de setos; curso de manejo de motosierra y desbrozadora (deseable)\n',
      'Poda',
    ],
  ])(
    'keeps the item before a long optional clause under its heading required (%s)',
    (_language, text, kept) => {
      const found = asks(text)
      expect(found.find((ask) => ask.includes(kept))).toMatch(/^required \| /u)
      expect(found.some((ask) => ask.startsWith('nice_to_have | '))).toBe(true)
    },
  )

  it('keeps a line whole when its last clause is only the cue, which speaks for every item', () => {
    const found = asks('Analyst\n\nNice to have: Looker; dbt; all a bonus\n')
    expect(found.every((ask) => ask.startsWith('nice_to_have | '))).toBe(true)
  })
})

describe('splitJoinedAmounts: two amounts joined by "and"', () => {
  it.each([
    [
      'EN',
      'at least 400 hours on tractors and 80 hours on a combine',
      ['at least 400 hours on tractors', '80 hours on a combine'],
    ],
    [
      'EN',
      '2 years in a bakery and six months decorating cakes',
      ['2 years in a bakery', 'six months decorating cakes'],
    ],
    [
      'PT',
      'no mínimo 8 meses em lavanderia e 1 ano em hotelaria',
      ['no mínimo 8 meses em lavanderia', '1 ano em hotelaria'],
    ],
    [
      'ES',
      'mínimo 300 horas de práctica y 40 horas como tutor',
      ['mínimo 300 horas de práctica', '40 horas como tutor'],
    ],
  ])('asks each amount apart (%s)', (_language, line, expected) => {
    expect(amounts(line)).toEqual(expected)
  })

  it.each([
    ['a range', 'between 3 and 4 years in a bakery'],
    ['a range', 'entre 10 y 15 horas por semana'],
    ['the rates of a schedule', '4 nights a week and 2 Sundays a month'],
    ['the rates of a schedule', '3 turnos por semana e 1 sábado por mês'],
    ['a count inside a phrase', 'experience in a bakery with 12 ovens and 3 bakers'],
    [
      'a part of the tenure, whose unit is the first count',
      '4 years in catering and 2 of them as a supervisor',
    ],
  ])('keeps %s whole', (_reason, line) => {
    expect(amounts(line)).toEqual([line])
  })

  it('gives each amount its own requirement in a posting', () => {
    const found = asks(
      'Crop Duster Pilot\n\nRequirements:\n- 600 hours total time and 150 hours agricultural flying\n',
    )
    expect(found).toEqual(
      expect.arrayContaining(['required | 600 hours total time', 'required | 150 hours agricultural flying']),
    )
  })
})

describe('isDutyLike: the first word read by its part of speech in context', () => {
  it.each([
    ['Own van and a ladder', false],
    ['Own tools', false],
    ['Own laptop with a webcam', false],
    ['Own the stock count every Friday', true],
    ['Own supplier negotiations end to end', true],
    ['Support desk experience in retail', false],
    ['Test automation skills with Cypress', false],
    ['Develop deep knowledge of our catalogue', true],
    ['Provide technical expertise to the crews', true],
  ])('"%s" -> %s', (line, duty) => {
    expect(isDutyLike(line)).toBe(duty)
  })

  it.each([
    ['Você deverá ter curso de empilhadeira', false],
    ['Você terá que trabalhar aos sábados', false],
    ['Controlarás el inventario del almacén', true],
    ['Podarás los árboles del parque', true],
    ['You will be at client sites most of the week', true],
  ])('reads the reader future by its verb: "%s" -> %s', (line, duty) => {
    expect(isDutyLike(line)).toBe(duty)
  })
})

describe('parsePosting: the work told in the future, then what it needs', () => {
  it.each([
    [
      'EN',
      'Courier\n\nHarbour Parcels has delivered across the bay since 1996. You will ride a cargo bike around the old town and you will need a cycling proficiency certificate.\n',
      'cycling proficiency',
    ],
    [
      'PT',
      'Entregador\n\nA Rota Sul entrega encomendas desde 1996. Você pilotará uma moto pela cidade e precisará de curso de motofrete.\n',
      'motofrete',
    ],
    [
      'ES',
      'Repartidor\n\nEnvíos del Valle reparte paquetes desde 1996. Recorrerás el centro en bicicleta y necesitarás un certificado de primeros auxilios.\n',
      'primeros auxilios',
    ],
  ])('asks for the need and leaves the work aside (%s)', (_language, text, needed) => {
    const found = asks(text)
    expect(found.some((ask) => ask.includes(needed))).toBe(true)
    expect(found.every((ask) => !/\b(?:ride|pilotará|Recorrerás)\b/u.test(ask))).toBe(true)
  })
})
