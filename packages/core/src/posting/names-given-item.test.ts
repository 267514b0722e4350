import { describe, expect, it } from 'vitest'
import { listsPerks } from './lists-perks'
import { givesToReader, namesGivenItem } from './names-given-item'
import { statesPayBasis } from './states-pay-basis'

describe('namesGivenItem', () => {
  it('reads an English head noun of payment or time off through WordNet', () => {
    expect(namesGivenItem('Volunteering leave')).toBe(true)
    expect(namesGivenItem('gratuities on weekends')).toBe(true)
    expect(namesGivenItem('a quarterly bonus linked to sales')).toBe(true)
    expect(namesGivenItem('three extra training days a year')).toBe(true)
    expect(namesGivenItem('two weeks off at Christmas')).toBe(true)
  })

  it('reads Portuguese and Spanish nouns of pay, time off and help', () => {
    expect(namesGivenItem('Remuneração a combinar')).toBe(true)
    expect(namesGivenItem('Folga no dia do seu aniversário')).toBe(true)
    expect(namesGivenItem('Ayuda para transporte')).toBe(true)
    expect(namesGivenItem('Día libre el día de tu santo')).toBe(true)
  })

  it('keeps what the candidate brings or does', () => {
    expect(namesGivenItem('pass a pre-hire medical screen')).toBe(false)
    expect(namesGivenItem('Bonus if you have run payroll in Xero')).toBe(false)
    expect(namesGivenItem('Compensation')).toBe(false)
    expect(namesGivenItem('Cover weekends and bank holidays')).toBe(false)
    expect(namesGivenItem('Inglés intermedio (70%)')).toBe(false)
    expect(namesGivenItem('Conhecer a Lei nº 8.666/1993')).toBe(false)
    expect(namesGivenItem('Vehículo propio')).toBe(false)
  })
})

describe('givesToReader', () => {
  it('reads the reader as who receives and the employer as who gives', () => {
    expect(givesToReader('Gym membership for you and your partner')).toBe(true)
    expect(givesToReader('Óculos para você e sua família com desconto')).toBe(true)
    expect(givesToReader('pagamos el curso de manejo defensivo')).toBe(true)
    expect(givesToReader('and we cover your certification renewals')).toBe(true)
  })

  it('keeps a giving verb that only explains an ask', () => {
    expect(givesToReader('morar perto da loja, porque não damos vale-transporte')).toBe(false)
  })
})

describe('listsPerks with things given', () => {
  it('sets aside runs of pay, board and contract in PT and ES', () => {
    expect(listsPerks('Registro em carteira, R$ 1.900 + comissão + almoço')).toBe(true)
    expect(listsPerks('Sueldo fijo + 15% de propina + comida en el local')).toBe(true)
    expect(listsPerks('Plano de saúde depois do período de experiência, vale-refeição 28,50/dia')).toBe(true)
  })

  it('still keeps a run that asks, or that names the work on pay', () => {
    expect(listsPerks('Experiencia en liquidación de sueldos, comisiones y aguinaldo')).toBe(false)
    expect(listsPerks('Timesheets, pensions and leave requests')).toBe(false)
  })
})

describe('statesPayBasis', () => {
  it('reads the pay placed by a measure, in any clause', () => {
    expect(statesPayBasis('Salary is set within the band according to licences held.')).toBe(true)
    expect(
      statesPayBasis(
        'Pay range: the figures above are estimates; the final offer depends on your background.',
      ),
    ).toBe(true)
    expect(statesPayBasis('O salário fica na faixa conforme a certificação.')).toBe(true)
  })
})
