import { describe, expect, it } from 'vitest'
import { findDateRanges } from './find-date-ranges'

function only(text: string) {
  const ranges = findDateRanges(text)
  expect(ranges).toHaveLength(1)
  const [range] = ranges
  if (!range) throw new Error('no range')
  return { text: text.slice(range.start, range.end), from: range.from, to: range.to }
}

describe('findDateRanges', () => {
  it('reads "Jan 2019 – Present"', () => {
    expect(only('Engineer, Acme  Jan 2019 – Present')).toEqual({
      text: 'Jan 2019 – Present',
      from: { year: 2019, month: 1, monthKnown: true },
      to: null,
    })
  })

  it('reads bare year ranges "2019-2021" and "2016 - 2018"', () => {
    expect(only('2019-2021')).toMatchObject({
      from: { year: 2019, monthKnown: false },
      to: { year: 2021, monthKnown: false },
    })
    expect(only('Acme (2016 - 2018)')).toMatchObject({
      text: '2016 - 2018',
      from: { year: 2016 },
      to: { year: 2018 },
    })
  })

  it('reads "03/2020 to date" as current', () => {
    expect(only('03/2020 to date')).toEqual({
      text: '03/2020 to date',
      from: { year: 2020, month: 3, monthKnown: true },
      to: null,
    })
  })

  it('reads "till date" as current: "Nov 2016 to till date", "Nov 2016 - till date"', () => {
    expect(only('Nov 2016 to till date')).toEqual({
      text: 'Nov 2016 to till date',
      from: { year: 2016, month: 11, monthKnown: true },
      to: null,
    })
    expect(only('Acme, Nov 2016 - till date')).toMatchObject({ text: 'Nov 2016 - till date', to: null })
  })

  it('reads "January 2018 to Present" and "Mar 2017 – Dec 2020"', () => {
    expect(only('January 2018 to Present')).toMatchObject({ from: { year: 2018, month: 1 }, to: null })
    expect(only('Mar 2017 – Dec 2020')).toMatchObject({
      from: { year: 2017, month: 3 },
      to: { year: 2020, month: 12, monthKnown: true },
    })
  })

  it('reads Portuguese months and "atual"', () => {
    expect(only('mar 2021 – atual')).toMatchObject({ from: { year: 2021, month: 3 }, to: null })
    expect(only('fevereiro 2018 – fevereiro 2021')).toMatchObject({
      from: { year: 2018, month: 2 },
      to: { year: 2021, month: 2 },
    })
    expect(only('março de 2019 até o momento')).toMatchObject({ from: { year: 2019, month: 3 }, to: null })
    expect(only('Set. 2015 - Dez. 2017')).toMatchObject({ from: { month: 9 }, to: { month: 12 } })
  })

  it('reads Spanish months, "presente" and "actualidad"', () => {
    expect(only('enero 2019 – actualidad')).toMatchObject({ from: { year: 2019, month: 1 }, to: null })
    expect(only('Septiembre de 2016 - presente')).toMatchObject({ from: { year: 2016, month: 9 }, to: null })
    expect(only('abr 2014 a dic 2016')).toMatchObject({ from: { month: 4 }, to: { year: 2016, month: 12 } })
  })

  it('reads "since" forms and ISO months', () => {
    expect(only('Since 2020')).toMatchObject({ from: { year: 2020 }, to: null })
    expect(only('desde 2021')).toMatchObject({ from: { year: 2021 }, to: null })
    expect(only('2018-04 – 2020-11')).toMatchObject({
      from: { year: 2018, month: 4 },
      to: { year: 2020, month: 11 },
    })
  })

  it('reads ranges broken over lines and full-width or mis-decoded dashes', () => {
    expect(only('June 2015\nto\nMay 2017')).toMatchObject({
      from: { month: 6 },
      to: { year: 2017, month: 5 },
    })
    expect(only('2015－2017')).toMatchObject({ from: { year: 2015 }, to: { year: 2017 } })
    expect(only('Jan 2015 â€“ Current')).toMatchObject({ from: { year: 2015 }, to: null })
  })

  it('keeps offsets aligned with text that has accents before the match', () => {
    const text = 'Engenheira de Produção – São Paulo, março 2020 – atual'
    const [range] = findDateRanges(text, 100)
    expect(range && text.slice(range.start - 100, range.end - 100)).toBe('março 2020 – atual')
  })

  it('ignores phone numbers, counts and lone years', () => {
    expect(findDateRanges('+1 415 555 0142')).toEqual([])
    expect(findDateRanges('handled 2,000 payments per second')).toEqual([])
    expect(findDateRanges('Certified Kubernetes Administrator, 2019')).toEqual([])
  })
})
