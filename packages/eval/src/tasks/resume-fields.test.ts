import { loadTaxonomy, parseResume } from '@shortlist/core'
import { describe, expect, it } from 'vitest'
import {
  careerFields,
  companyTokens,
  countMatches,
  predictFields,
  splitSkillSpan,
  valuesMatch,
} from './resume-fields.task'

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

  it('drops the section headings an annotated span covers', () => {
    expect(splitSkillSpan('Jira, Git\n\nADDITIONAL INFORMATION\n\nTechnical Skills\n• Python, SQL')).toEqual([
      'Jira',
      'Git',
      'Python',
      'SQL',
    ])
  })
})

describe('predictFields: skills', () => {
  const taxonomy = loadTaxonomy()
  const predict = (text: string) =>
    predictFields(text, parseResume(text, taxonomy, { referenceDate: new Date('2026-01-01') }), taxonomy)
      .skills

  it('reads the items a skills section lists as written, not list lines under a role', () => {
    const text = [
      'Dana Reyes',
      'EXPERIENCE',
      'Data Engineer',
      'Contoso - Lisbon',
      'Jan 2020 - Present',
      'Environment: Java, Oracle, Kafka',
      'SKILLS',
      'Python (5 years), Airflow, dbt, Stakeholder reporting',
    ].join('\n')
    expect(predict(text)).toEqual(['Python', 'Airflow', 'dbt', 'Stakeholder reporting'])
  })

  it('falls back to the taxonomy skills a resume names when it has no skills section', () => {
    const text = ['Dana Reyes', 'EXPERIENCE', 'Built pipelines in Python and Airflow.'].join('\n')
    expect(predict(text)).toEqual(expect.arrayContaining(['Python', 'Airflow']))
  })
})

describe('predictFields: designation and companies', () => {
  const taxonomy = loadTaxonomy()
  const text = [
    'Dana Reyes',
    'Data Engineer - Contoso',
    '',
    'EXPERIENCE',
    'Analyst',
    'Fabrikam -  Lisbon, Lisboa -',
    'Jan 2015 - Dec 2017',
    'Data Engineer',
    'Contoso -  Porto, Porto -',
    'Jan 2018 - Present',
  ].join('\n')
  const profile = parseResume(text, taxonomy, { referenceDate: new Date('2026-01-01') })

  it('answers with the current role, the one a designation names', () => {
    const predicted = predictFields(text, profile, taxonomy)
    expect(predicted.designation).toEqual(['Data Engineer'])
    expect(predicted.companies).toEqual(['Contoso'])
  })

  it('scores the whole career apart: headline and every entry, each value once', () => {
    expect(careerFields(profile)).toEqual({
      designation: ['Data Engineer', 'Analyst'],
      companies: ['Contoso', 'Fabrikam'],
    })
  })
})
