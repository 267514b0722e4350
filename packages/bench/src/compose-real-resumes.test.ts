import { loadTaxonomy } from '@shortlist/core'
import { describe, expect, it } from 'vitest'
import { createResumeComposer, type RealResume } from './compose-real-resumes'

// Invented resumes standing in for the benchmark's real ones (which never enter the repository).
const nurse = (employer: string, duty: string): RealResume => ({
  category: 'HEALTHCARE',
  text: [
    'Summary',
    `Registered nurse with eight years on acute care wards, known for calm ${duty} under pressure.`,
    '',
    'Experience',
    `Staff Nurse, ${employer} Hospital`,
    'Jan 2019 - Present',
    `- Led ${duty} for a 30-bed surgical ward and trained new graduates on medication safety.`,
    '',
    'Education',
    'B.S. Nursing, State University, 2014',
    '',
    'Skills',
    'Patient assessment, IV therapy, electronic health records, BLS, ACLS',
  ].join('\n'),
})
const accountant = (employer: string, task: string): RealResume => ({
  category: 'FINANCE',
  text: [
    'Summary',
    `Accountant with six years of month-end close and ${task} for mid-sized companies.`,
    '',
    'Experience',
    `Senior Accountant, ${employer} Ltd`,
    'Mar 2018 - Present',
    `- Owned ${task} and reconciled twelve bank accounts every month without late filings.`,
    '',
    'Education',
    'B.A. Accounting, City College, 2016',
    '',
    'Skills',
    'General ledger, accounts payable, Excel, SAP, financial reporting',
  ].join('\n'),
})

describe('createResumeComposer', () => {
  const taxonomy = loadTaxonomy()
  const real = [
    nurse('Riverside', 'triage'),
    nurse('Lakeview', 'discharge planning'),
    nurse('Hillcrest', 'wound care'),
    accountant('Harbor', 'payroll'),
    accountant('Summit', 'tax filings'),
    accountant('Granite', 'audit preparation'),
  ]
  const composer = createResumeComposer(real, taxonomy, 42)

  it('gives the same resume for the same position and distinct resumes across positions', () => {
    expect(composer.compose(7)).toEqual(composer.compose(7))
    const texts = Array.from({ length: 200 }, (_, index) => composer.compose(index).text)
    expect(new Set(texts).size).toBe(200)
  })

  it('builds each resume from sections of the real ones, with its own contact line', () => {
    const { category, text } = composer.compose(3)
    expect(['HEALTHCARE', 'FINANCE']).toContain(category)
    expect(text).toMatch(/^\S+ \S+\n\S+\.3@example\.com\n/)
    for (const heading of ['Summary', 'Experience', 'Education', 'Skills'])
      expect(text).toContain(`\n${heading}\n`)
    // Every experience line comes from some real resume.
    const realLines = new Set(real.flatMap((resume) => resume.text.split('\n')))
    const body = text.slice(text.indexOf('\nExperience\n') + 12, text.indexOf('\nEducation\n'))
    for (const line of body.split('\n').filter((line) => line.trim().length > 0))
      expect(realLines.has(line)).toBe(true)
  })
})
