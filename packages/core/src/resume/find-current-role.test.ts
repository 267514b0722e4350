import { describe, expect, it } from 'vitest'
import type { ExperienceEntry } from '../types'
import { findCurrentRole } from './find-current-role'

function entry(title: string | null, employer: string | null, current = false): ExperienceEntry {
  return { title, employer, current, start: 0, end: 0, startDate: null, endDate: null }
}

describe('findCurrentRole', () => {
  it('takes the entry marked current, wherever it is listed', () => {
    const profile = {
      headline: { title: 'Engineer', employer: null },
      experiences: [entry('Analyst', 'Acme'), entry('Data Engineer', 'Globex', true)],
    }
    expect(findCurrentRole(profile)).toEqual({ title: 'Data Engineer', employer: 'Globex' })
  })

  it('else the first entry that names a role, since resumes list the latest job first', () => {
    const profile = {
      headline: null,
      experiences: [
        entry(null, 'Initech', true),
        entry('Support Engineer', 'Acme'),
        entry('Intern', 'Globex'),
      ],
    }
    expect(findCurrentRole(profile)).toEqual({ title: 'Support Engineer', employer: 'Acme' })
  })

  it('else the headline under the name, and null when there is neither', () => {
    const headline = { title: 'Recruiter', employer: 'Hooli' }
    expect(findCurrentRole({ headline, experiences: [entry(null, 'Acme')] })).toEqual(headline)
    expect(findCurrentRole({ headline: null, experiences: [] })).toBeNull()
  })
})
