import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import type { ParsedPosting } from '../types'
import { parsePosting } from './parse-posting'
import { readMinYears } from './read-min-years'

const taxonomy = loadTaxonomy()

function sources(posting: ParsedPosting): string[] {
  return posting.requirements.map((requirement) => requirement.source.text)
}

describe('asks stated in prose', () => {
  it('reads the person to be hired, as the subject of a need, as asking', () => {
    const english = parsePosting(
      'Porter\nOur depot has moved to Leeds.\nThe person we hire will need a forklift licence, because the yard is large.',
      taxonomy,
    )
    expect(sources(english).some((source) => source.includes('forklift licence'))).toBe(true)
    const portuguese = parsePosting(
      'Motorista\nA empresa mudou de sede para Osasco.\nA pessoa que contratarmos precisa ter CNH categoria D, porque vai dirigir ônibus.',
      taxonomy,
    )
    expect(sources(portuguese).some((source) => source.includes('CNH categoria D'))).toBe(true)
    const spanish = parsePosting(
      'Chofer\nLa empresa cambió de sede a Getafe.\nLa persona que contratemos necesitará licencia clase C, porque conducirá camiones.',
      taxonomy,
    )
    expect(sources(spanish).some((source) => source.includes('licencia clase C'))).toBe(true)
  })

  it('asks apart a second clause in which the reader is obliged', () => {
    const english = parsePosting(
      'Painter\nYou should have two years of decorating work, and you should be comfortable using spray rigs on site.',
      taxonomy,
    )
    expect(sources(english)).toEqual([
      'You should have two years of decorating work',
      'you should be comfortable using spray rigs on site.',
    ])
    const portuguese = parsePosting(
      'Pintor\nVocê deve ter dois anos de experiência em pintura predial, e você precisa ter NR-35 em dia.',
      taxonomy,
    )
    expect(sources(portuguese)).toEqual([
      'Você deve ter dois anos de experiência em pintura predial',
      'você precisa ter NR-35 em dia.',
    ])
  })

  it('asks apart what follows "so" when the reason before it speaks of the reader too', () => {
    const posting = parsePosting(
      'Ward Assistant\nThe ward is busy: you will be walking most of the twelve-hour shift, so you must be able to do patient transfers safely.\nClasses run on Tuesday nights, so you must keep those evenings free.',
      taxonomy,
    )
    expect(sources(posting)).toEqual([
      'The ward is busy: you will be walking most of the twelve-hour shift',
      'you must be able to do patient transfers safely.',
      'Classes run on Tuesday nights, so you must keep those evenings free.',
    ])
  })

  it('counts months spent doing something as a tenure, not the months of a contract', () => {
    expect(readMinYears('Around twelve months of work in a busy kitchen would help')).toBe(1)
    expect(readMinYears('Cerca de dieciocho meses trabajando en almacenes')).toBe(1.5)
    expect(readMinYears('Uns seis meses atuando em caixa de supermercado')).toBe(0.5)
    expect(readMinYears('Contrato temporal de 6 meses trabajando en almacén')).toBeNull()
  })

  it('counts "at least a year" as a year, and a role announced after a word of news as no ask', () => {
    expect(readMinYears('You should have at least a year of portering work.')).toBe(1)
    expect(readMinYears('We meet once a year for a retreat.')).toBeNull()
    const posting = parsePosting(
      'Analista de Custos\nA Metalúrgica Vale abriu em 1985 em Joinville e hoje fornece peças para montadoras de todo o país.\nEstamos crescendo e buscamos uma pessoa analista de custos para cuidar da conciliação bancária da nossa matriz.\nVocê precisa ter formação em Ciências Contábeis.',
      taxonomy,
    )
    expect(sources(posting)).toEqual(['Você precisa ter formação em Ciências Contábeis.'])
  })

  it('sets aside the history of the employer led in by its years or set beside its name', () => {
    const led = parsePosting(
      'Bookseller\nFifty-two years on we run 12 shops and a café that never closes early.\nYou need two years of retail experience.',
      taxonomy,
    )
    expect(led.requirements.map((requirement) => [requirement.source.text, requirement.minYears])).toEqual([
      ['You need two years of retail experience.', 2],
    ])
    const apposed = parsePosting(
      'Operador\nMinera Los Andes S.A., con más de 30 años explotando cobre en el norte, requiere:\n- 2 años operando cargadores frontales',
      taxonomy,
    )
    expect(apposed.requirements.map((requirement) => requirement.minYears)).toEqual([2])
  })

  it('reads the work a day holds, led in by a word of time, as duties and not asks', () => {
    const posting = parsePosting(
      'Park Keeper\nMost days you will be raking, weeding and emptying bins, and in winter you will help with gritting paths.\nYou need a driving licence.',
      taxonomy,
    )
    expect(sources(posting)).toEqual(['You need a driving licence.'])
  })

  it('keeps being current with a course with the course', () => {
    const posting = parsePosting(
      'Cuidadora\nBuscamos a alguien con experiencia en geriatría, que tenga título de técnico en enfermería, y que esté al día con el curso de primeros auxilios.',
      taxonomy,
    )
    expect(sources(posting)).toContain('que esté al día con el curso de primeros auxilios.')
  })

  it('asks apart a second ability and a need stated impersonally after a comma', () => {
    expect(
      sources(
        parsePosting(
          'Baker\nYou need to be comfortable working next to hot ovens for a full shift, and able to carry flour sacks of 25 kg.',
          taxonomy,
        ),
      ),
    ).toEqual([
      'You need to be comfortable working next to hot ovens for a full shift',
      'able to carry flour sacks of 25 kg.',
    ])
    expect(
      sources(
        parsePosting(
          'Padeiro\nVocê precisa estar à vontade perto de fornos quentes o turno todo, e capaz de carregar sacos de farinha de 25 kg.',
          taxonomy,
        ),
      ),
    ).toEqual([
      'Você precisa estar à vontade perto de fornos quentes o turno todo',
      'capaz de carregar sacos de farinha de 25 kg.',
    ])
    expect(
      sources(
        parsePosting(
          'Recepcionista\nEl turno es de 14 a 22 h, de martes a sábado, y es necesario tener disponibilidad para cubrir vacaciones en enero.',
          taxonomy,
        ),
      ),
    ).toEqual([
      'El turno es de 14 a 22 h, de martes a sábado',
      'es necesario tener disponibilidad para cubrir vacaciones en enero.',
    ])
    // "to" said again opens a second infinitive, with no comma too.
    expect(
      sources(
        parsePosting(
          'Courier\nRequirements:\n- Able to carry parcels up to 20 kg and to work Saturday mornings\n- Clean driving licence',
          taxonomy,
        ),
      ),
    ).toEqual(['Able to carry parcels up to 20 kg', 'to work Saturday mornings', 'Clean driving licence'])
    // A condition told in more detail stays one.
    expect(
      sources(
        parsePosting(
          'Professor\nA carga é de 20 horas semanais, e pedimos disponibilidade para reuniões com pais em algumas noites.',
          taxonomy,
        ),
      ),
    ).toContain('pedimos disponibilidade para reuniões com pais em algumas noites.')
  })
})
