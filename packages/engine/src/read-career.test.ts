import { loadTaxonomy, parseResume } from '@shortlist/core'
import { describe, expect, it } from 'vitest'
import { readCareer } from './read-career'

const resume = `Ana Souza
Data Engineer - Northwind Traders
ana.souza@example.com

EXPERIENCE
Data Engineer
Northwind Traders
Mar 2021 - Present
Built batch pipelines in Airflow and dbt.

Analyst
Contoso Bank
2018 - 2021
Reported on loan books in SQL.
`

describe('readCareer', () => {
  it('reads the headline and the dated entries of a parsed profile', () => {
    const profile = parseResume(resume, loadTaxonomy(), { referenceDate: new Date('2026-01-15') })
    const career = readCareer(JSON.parse(JSON.stringify(profile)))
    expect(career?.headline).toEqual({ title: 'Data Engineer', employer: 'Northwind Traders' })
    expect(career?.experiences).toEqual([
      {
        title: 'Data Engineer',
        employer: 'Northwind Traders',
        startDate: '2021-03',
        endDate: '2026-01',
        current: true,
      },
      {
        title: 'Analyst',
        employer: 'Contoso Bank',
        startDate: '2018-01',
        endDate: '2021-01',
        current: false,
      },
    ])
    expect(career?.totalYears).toBeGreaterThan(7)
  })

  it('reads profiles stored before the headline existed, and rejects unknown shapes', () => {
    expect(readCareer({ totalYears: 2, experiences: [] })).toEqual({
      headline: null,
      totalYears: 2,
      experiences: [],
    })
    expect(readCareer(null)).toBeNull()
    expect(readCareer({ experiences: 'none' })).toBeNull()
  })

  it('leaves out entries that name neither a role nor an employer', () => {
    const career = readCareer({
      headline: { title: null, employer: null },
      totalYears: 1,
      experiences: [
        { title: null, employer: null, startDate: '2024-01', endDate: '2025-01', current: false },
      ],
    })
    expect(career).toEqual({ headline: null, totalYears: 1, experiences: [] })
  })
})
