import { describe, expect, it } from 'vitest'
import { companyTokens, countMatches, splitSkillSpan, valuesMatch } from './resume-fields.task'

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

describe('annotation conventions', () => {
  it('compares companies without their legal forms', () => {
    expect(companyTokens('Northwind Traders Pvt. Ltd.')).toEqual(['northwind', 'traders'])
    expect(companyTokens('Limited')).toEqual(['limited'])
    expect(countMatches(['Northwind Ltd'], ['Northwind Limited'], companyTokens)).toBe(1)
    expect(valuesMatch('Northwind Ltd', 'Harbor Ltd', companyTokens)).toBe(false)
  })

  it('splits an annotated skills span into items without labels or durations', () => {
    expect(
      splitSkillSpan('Languages: Core Java, Go Lang\nTools: Jira (3 years), Git (Less than 1 year)'),
    ).toEqual(['Core Java', 'Go Lang', 'Jira', 'Git'])
  })
})
