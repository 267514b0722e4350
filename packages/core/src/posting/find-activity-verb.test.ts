import { describe, expect, it } from 'vitest'
import { findActivityVerb } from './find-activity-verb'

describe('findActivityVerb', () => {
  it('finds the verb of a duty done before', () => {
    const text = 'Experience scheduling staff and taking inventory'
    const verb = findActivityVerb(text)
    expect(verb && text.slice(verb.start, verb.end)).toBe('scheduling')
    const managed = findActivityVerb('Managed a team of 10 cashiers')
    expect(managed).toEqual({ start: 0, end: 7 })
    expect(findActivityVerb('Supervised night shift nurses')).not.toBeNull()
  })

  it('leaves field nouns and qualifications alone', () => {
    expect(findActivityVerb('Marketing experience in retail')).toBeNull()
    expect(findActivityVerb('Accounting principles and IFRS')).toBeNull()
    expect(findActivityVerb('Working knowledge of SQL')).toBeNull()
    expect(findActivityVerb('Strong communication skills')).toBeNull()
  })
})
