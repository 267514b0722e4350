import { beforeAll, describe, expect, it } from 'vitest'
import { loadTaxonomy, type Taxonomy } from '../taxonomy'
import { findDateRanges } from './find-date-ranges'
import { parseResume } from './parse-resume'

const referenceDate = new Date('2026-01-15T00:00:00Z')
let taxonomy: Taxonomy
beforeAll(() => {
  taxonomy = loadTaxonomy()
})

describe('open-ended date ranges in English, Portuguese and Spanish', () => {
  const starts = [
    ['06/2004', { year: 2004, month: 6, monthKnown: true }],
    ['June 2004', { year: 2004, month: 6, monthKnown: true }],
    ['junho de 2004', { year: 2004, month: 6, monthKnown: true }],
    ['Junio 2004', { year: 2004, month: 6, monthKnown: true }],
    ['2004', { year: 2004, month: 1, monthKnown: false }],
  ] as const
  const separators = [' to ', ' - ', ' – ', ' — ', ' até ', ' a ', ' hasta ', '–']
  const ends = [
    'Current',
    'Present',
    'Now',
    'Today',
    'Atual',
    'Atualmente',
    'Actual',
    'Actualidad',
    'Presente',
    'hoje',
  ]

  it('reads every start form, separator and word for "now" as a range that runs to the present', () => {
    for (const [start, from] of starts) {
      for (const separator of separators) {
        for (const end of ends) {
          const text = `Analyst, Contoso ${start}${separator}${end}`
          const ranges = findDateRanges(text)
          expect(ranges, text).toHaveLength(1)
          expect(ranges[0]?.from, text).toEqual(from)
          expect(ranges[0]?.to, text).toBeNull()
          expect(text.slice(ranges[0]?.start, ranges[0]?.end), text).toBe(`${start}${separator}${end}`)
        }
      }
    }
  })

  it('reads a separator the text lost to mis-decoding', () => {
    expect(findDateRanges('Accountant , 10/2014 \uFFFD Current')[0]?.to).toBeNull()
  })
})

describe('parseResume: current entries stay in the career', () => {
  const parse = (text: string) => parseResume(text, taxonomy, { referenceDate })

  it('keeps "06/2004 to Current" under a heading that qualifies Experience', () => {
    const profile = parse(
      [
        'Summary',
        'Patient teacher.',
        'Courses',
        'Numerical Analysis, Statistics',
        'Teaching Experience',
        'Math Tutor 06/2004 to Current Northwind School City , State',
        'Tutored algebra.',
      ].join('\n'),
    )
    expect(profile.experiences).toHaveLength(1)
    expect(profile.experiences[0]).toMatchObject({ title: 'Math Tutor', startDate: '2004-06', current: true })
  })

  it('keeps a mojibake-separated current entry', () => {
    const profile = parse(
      'Experience\nAccountant , 10/2014 \uFFFD Current Contoso \uFFFD City , State\nBooked journals.',
    )
    expect(profile.experiences[0]).toMatchObject({ title: 'Accountant', startDate: '2014-10', current: true })
  })
})
