import { describe, expect, it } from 'vitest'
import { tidyRoleHeader } from './tidy-role-header'

describe('tidyRoleHeader', () => {
  it('strips narration and reads the employer it names', () => {
    expect(
      tidyRoleHeader({ title: 'Worked as Senior Analyst for Northwind Traders', employer: null }),
    ).toEqual({
      title: 'Senior Analyst',
      employer: 'Northwind Traders',
    })
    expect(tidyRoleHeader({ title: 'Currently working as Data Engineer', employer: 'Contoso' })).toEqual({
      title: 'Data Engineer',
      employer: 'Contoso',
    })
  })

  it('keeps "in" and "for" that belong to a role without narration', () => {
    expect(tidyRoleHeader({ title: 'Head of Growth in Payments', employer: null }).title).toBe(
      'Head of Growth in Payments',
    )
  })

  it('cuts a parenthesis a line break left open, and keeps closed ones', () => {
    expect(tidyRoleHeader({ title: 'Technical Lead (Fabrikam', employer: null }).title).toBe('Technical Lead')
    expect(tidyRoleHeader({ title: 'Engineer (Contract)', employer: null }).title).toBe('Engineer (Contract)')
  })

  it('drops labelled fields and pieces of dates', () => {
    expect(tidyRoleHeader({ title: 'Duration:', employer: 'Location: Lisbon' })).toEqual({
      title: null,
      employer: null,
    })
    expect(tidyRoleHeader({ title: '2018', employer: 'from' })).toEqual({ title: null, employer: null })
    expect(tidyRoleHeader({ title: 'Analyst', employer: ': 2 Jan 2013' })).toEqual({
      title: 'Analyst',
      employer: null,
    })
    expect(tidyRoleHeader({ title: 'Analyst', employer: 'March 3, 2019' }).employer).toBeNull()
  })

  it('strips quotes around a role', () => {
    expect(tidyRoleHeader({ title: '"Store Executive"', employer: null }).title).toBe('Store Executive')
  })

  it('reads "I am working as" as narration', () => {
    expect(tidyRoleHeader({ title: 'I am working as Data Analyst for Contoso', employer: null })).toEqual({
      title: 'Data Analyst',
      employer: 'Contoso',
    })
  })

  it('drops list numbering and a leading article, but keeps an employer spelled with an initial', () => {
    expect(tidyRoleHeader({ title: '3 Store Executive', employer: '4 Harbor Foods' })).toEqual({
      title: 'Store Executive',
      employer: 'Harbor Foods',
    })
    expect(tidyRoleHeader({ title: 'B. Release Manager', employer: 'J. Crew' })).toEqual({
      title: 'Release Manager',
      employer: 'J. Crew',
    })
    expect(tidyRoleHeader({ title: 'a Support Engineer', employer: null }).title).toBe('Support Engineer')
  })

  it('cuts the career summary a headline runs into', () => {
    expect(
      tidyRoleHeader({ title: 'Java Developer with 6+ years of experience in', employer: null }).title,
    ).toBe('Java Developer')
  })
})
