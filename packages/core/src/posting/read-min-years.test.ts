import { describe, expect, it } from 'vitest'
import { findYearsMentions, readMinYears, statesAge, statesEmployerYears } from './read-min-years'

// Phrasings written for these tests, in EN, PT and ES.

describe('readMinYears', () => {
  it('reads a minimum stated in months as a fraction of a year', () => {
    expect(readMinYears('Prior counter service (at least 9 months)')).toBe(0.75)
    expect(readMinYears('Experiência como repositor, no mínimo 8 meses')).toBe(0.67)
    expect(readMinYears('3+ meses de experiencia en bodega')).toBe(0.25)
    expect(readMinYears('At least 18 months as a barista')).toBe(1.5)
  })

  it('reads a count spelled in words or with a half added as years', () => {
    expect(readMinYears('Dois anos e meio de experiência com folha de pagamento')).toBe(2.5)
    expect(readMinYears('Un año y medio trabajando en caja')).toBe(1.5)
    expect(readMinYears('A year and a half of front desk work experience')).toBe(1.5)
    expect(readMinYears('One and a half years of experience stocking shelves')).toBe(1.5)
    expect(readMinYears('Twelve months of experience in a call centre')).toBe(1)
    expect(readMinYears('Roughly eighteen months of practice as a line cook')).toBe(1.5)
    expect(readMinYears('Experiencia de dieciocho meses como ayudante de cocina')).toBe(1.5)
    expect(readMinYears('Pelo menos dezoito meses de experiência em recepção')).toBe(1.5)
    // "A year" alone is not counted: without the half it is too common a phrase.
    expect(readMinYears('Three days a year of travel')).toBeNull()
  })

  it('leaves months that are a deadline or a contract, not a tenure', () => {
    expect(readMinYears('Complete the food-handler course within 3 months of hire')).toBeNull()
    expect(readMinYears('Contrato temporal de 4 meses')).toBeNull()
  })

  it('never reads an age as years of experience', () => {
    for (const line of [
      'Applicants must be 19 years of age or above',
      'You must be 20 years old or older to drive our vans',
      'Ter mais de 19 anos',
      'Idade mínima: 20 anos',
      'Ser mayor de 21 años',
      'Tener 19 años cumplidos',
    ])
      expect(readMinYears(line), line).toBeNull()
    // The ages of the people served are not a tenure either.
    expect(
      findYearsMentions('At least 1 year of nursery work with children aged 2 to 4 years').map(
        (mention) => mention.years,
      ),
    ).toEqual([1])
    // "Mayor de" after a word of practice means "more than": a tenure.
    expect(readMinYears('Experiencia comprobable mayor de 2 años')).toBe(2)
    // A tenure beside an age is still read.
    expect(readMinYears('Be 21 years or older, with 2 years of warehouse experience')).toBe(2)
  })

  it('never reads the employer’s own history as years asked of the candidate', () => {
    for (const line of [
      'Our bakery has fed the neighbourhood for 28 years',
      'Harbor Freight Movers has served the coast for 31 years.',
      'Somos uma transportadora com 35 anos de estrada',
      'La compañía, con más de 45 años de historia, opera en tres países',
      'With over 25 years in the trade, Lumen Glass installs storefronts across the state',
      'Fundada hace 15 años en Quito',
      'Oficina de estofados com clientela fiel há 18 anos, contrata costureira',
    ])
      expect(readMinYears(line), line).toBeNull()
    // The employer asking for a tenure, or the reader's clause after a cue, is still a tenure.
    expect(readMinYears('Nuestra empresa necesita un técnico con 4 años de experiencia')).toBe(4)
    expect(readMinYears("We won't compromise on this: 3 years of field service work")).toBe(3)
    // A PT "há" bounded by a minimum is the reader's tenure.
    expect(readMinYears('Que atue há pelo menos 3 anos com estofados')).toBe(3)
  })

  it('counts a part of the tenure stated before it', () => {
    const line = 'At least 6 years shipping web products, 3 of them with Vue'
    expect(findYearsMentions(line).map((mention) => mention.years)).toEqual([6, 3])
    expect(readMinYears('3 de ellos con Vue')).toBe(3)
    // A count of something else is not years.
    expect(findYearsMentions('Speaks four languages, two of them fluently')).toEqual([])
  })
})

describe('statesAge', () => {
  it('tells years of age from years of experience by what the years are of', () => {
    expect(statesAge('Candidates must be 19 or older')).toBe(true)
    expect(statesAge('Ter no mínimo 18 anos')).toBe(true)
    expect(statesAge('Mayor de 20 años')).toBe(true)
    expect(statesAge('Have 18 years of experience in rigging')).toBe(false)
    // The ages of the people served are not the candidate's.
    expect(statesAge('Comfortable caring for toddlers from 1 to 3 years old')).toBe(false)
  })
})

describe('statesEmployerYears', () => {
  it('finds the employer speaking of its own years, asking nothing', () => {
    expect(statesEmployerYears("We've been printing signs in Leeds for 26 years.")).toBe(true)
    expect(statesEmployerYears('Nossa clínica atende a cidade há mais de 20 anos')).toBe(true)
    expect(statesEmployerYears('Tenemos 33 años de experiencia en el sector textil')).toBe(true)
    expect(statesEmployerYears('We need someone with 5 years of payroll experience')).toBe(false)
    expect(statesEmployerYears('5 years of payroll experience')).toBe(false)
    // The employer stating what it expects or values asks for the years.
    expect(statesEmployerYears('We expect 4+ years running payroll for 200+ staff')).toBe(false)
    expect(statesEmployerYears('Valoramos 3 años en atención al público')).toBe(false)
    expect(statesEmployerYears('Our ideal hire has 6 years in retail')).toBe(false)
  })
})

describe('readMinYears: a part of a tenure named before it', () => {
  it('reads the years of the part, not of the whole it refers back to', () => {
    expect(readMinYears('Of those four years, at least two in cold-chain logistics')).toBe(2)
    expect(readMinYears('Destes cinco anos, pelo menos dois com auditoria fiscal')).toBe(2)
    expect(readMinYears('De esos seis años, al menos uno liderando equipos')).toBe(1)
    expect(readMinYears('Of the 5 years, 3 in hospital pharmacy')).toBe(3)
  })
})
