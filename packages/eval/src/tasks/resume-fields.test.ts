import { describe, expect, it } from 'vitest'
import { countMatches, valuesMatch } from './resume-fields.task'

describe('field matching', () => {
  it('matches values by token overlap, ignoring case and punctuation', () => {
    expect(valuesMatch('Senior Software Engineer', 'senior software engineer.')).toBe(true)
    expect(valuesMatch('Oracle', 'Oracle Corporation')).toBe(true)
    expect(valuesMatch('Oracle', 'Infosys')).toBe(false)
    expect(valuesMatch('', 'Oracle')).toBe(false)
  })

  it('pairs predictions with gold values one to one', () => {
    expect(countMatches(['Oracle', 'Oracle Corp'], ['Oracle'])).toBe(1)
    expect(countMatches(['Oracle', 'Infosys'], ['Infosys', 'Oracle', 'Wipro'])).toBe(2)
  })
})
