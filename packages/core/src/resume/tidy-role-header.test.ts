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
  })

  it('strips quotes around a role', () => {
    expect(tidyRoleHeader({ title: '"Store Executive"', employer: null }).title).toBe('Store Executive')
  })
})
