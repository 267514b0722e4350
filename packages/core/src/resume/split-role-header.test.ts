import { describe, expect, it } from 'vitest'
import {
  hasTitleWord,
  isPlace,
  roleFromHeaderLines,
  splitRoleHeader,
  splitRunTogetherRole,
} from './split-role-header'

describe('isPlace', () => {
  it('recognises "City, Region" and remote work as places', () => {
    expect(isPlace('Pune, Maharashtra')).toBe(true)
    expect(isPlace('Austin, TX')).toBe(true)
    expect(isPlace('Srinagar, Jammu and Kashmir')).toBe(true)
    expect(isPlace('Remote')).toBe(true)
  })

  it('does not take employers or roles for places', () => {
    expect(isPlace('Northwind Traders')).toBe(false)
    expect(isPlace('Software Engineer, Backend')).toBe(false)
  })
})

describe('splitRoleHeader', () => {
  it('keeps a legal form after a comma in the company name', () => {
    expect(roleFromHeaderLines(['Network Engineer', 'Fabrikam Systems, Inc.'])).toEqual({
      title: 'Network Engineer',
      employer: 'Fabrikam Systems, Inc.',
    })
    expect(isPlace('Denver, CO')).toBe(true)
    expect(splitRoleHeader('Release Manager, Northwind Traders')).toEqual({
      title: 'Release Manager',
      employer: 'Northwind Traders',
    })
  })

  it('reads an employer line with its place and a dangling separator', () => {
    expect(splitRoleHeader('Lakeview Systems -  Pune, Maharashtra -')).toEqual({
      title: null,
      employer: 'Lakeview Systems',
      location: 'Pune, Maharashtra',
    })
    expect(splitRoleHeader('Lakeview Systems -')).toEqual({ title: null, employer: 'Lakeview Systems' })
    expect(splitRoleHeader('Lakeview Systems - Redmond -')).toEqual({
      title: null,
      employer: 'Lakeview Systems',
    })
  })

  it('reads a place alone as neither role nor employer', () => {
    expect(splitRoleHeader('Salem, Tamil Nadu -')).toEqual({ title: null, employer: null })
  })

  it('keeps a role beside a place as the role', () => {
    expect(splitRoleHeader('Data Analyst - Austin, TX')).toEqual({
      title: 'Data Analyst',
      employer: null,
      location: 'Austin, TX',
    })
  })

  it('splits "Title, Employer" and "Employer | Title"', () => {
    expect(splitRoleHeader('Buyer, Lakeside Retail')).toEqual({ title: 'Buyer', employer: 'Lakeside Retail' })
    expect(splitRoleHeader('Lakeside Retail | Store Manager')).toEqual({
      title: 'Store Manager',
      employer: 'Lakeside Retail',
    })
  })
})

describe('splitRoleHeader: one-line headers with dashes, pipes and "at"', () => {
  it('reads role, employer and place set off by em or en dashes', () => {
    expect(splitRoleHeader('ML Platform Engineer — Nubank, São Paulo —')).toEqual({
      title: 'ML Platform Engineer',
      employer: 'Nubank',
      location: 'São Paulo',
    })
    expect(splitRoleHeader('Product Designer – Fabrikam – Lisboa, Portugal –')).toEqual({
      title: 'Product Designer',
      employer: 'Fabrikam',
      location: 'Lisboa, Portugal',
    })
  })

  it('reads pipes, whichever side the role is on', () => {
    expect(splitRoleHeader('Backend Engineer | Contoso |')).toEqual({
      title: 'Backend Engineer',
      employer: 'Contoso',
    })
    expect(splitRoleHeader('Contoso | Backend Engineer')).toEqual({
      title: 'Backend Engineer',
      employer: 'Contoso',
    })
  })

  it('reads an employer stated with "at" and the place after it', () => {
    expect(splitRoleHeader('Credit Analyst at Banco Azul, Porto Alegre,')).toEqual({
      title: 'Credit Analyst',
      employer: 'Banco Azul',
      location: 'Porto Alegre',
    })
    expect(splitRoleHeader('Site Reliability Engineer at Tailspin — Dublin')).toEqual({
      title: 'Site Reliability Engineer',
      employer: 'Tailspin',
      location: 'Dublin',
    })
  })
})

describe('roleFromHeaderLines', () => {
  it('takes the line marked as an employer line for the employer, the other for the role', () => {
    expect(roleFromHeaderLines(['Staff Consultant', 'Lakeview Systems -  Pune, Maharashtra -'])).toEqual({
      title: 'Staff Consultant',
      employer: 'Lakeview Systems',
      location: 'Pune, Maharashtra',
    })
    expect(roleFromHeaderLines(['Lakeview Systems -', 'Staff Consultant'])).toEqual({
      title: 'Staff Consultant',
      employer: 'Lakeview Systems',
    })
  })

  it('keeps the employer a role line states with "at" or "@": the marked line below is a department or client', () => {
    expect(
      roleFromHeaderLines(['Support Executive at Lakeview Systems', 'Operations -  Pune, Maharashtra -']),
    ).toEqual({
      title: 'Support Executive',
      employer: 'Lakeview Systems',
      location: 'Pune, Maharashtra',
    })
    expect(roleFromHeaderLines(['QA Engineer @ Harbor Foods', 'Billing -'])).toEqual({
      title: 'QA Engineer',
      employer: 'Harbor Foods',
    })
    // A comma can set off a team as well as an employer, so the marked line still names the employer.
    expect(
      roleFromHeaderLines(['Staff Engineer, Payments', 'Lakeview Systems -  Pune, Maharashtra -']),
    ).toEqual({
      title: 'Staff Engineer',
      employer: 'Lakeview Systems',
      location: 'Pune, Maharashtra',
    })
  })

  it('uses role words when neither line is marked', () => {
    expect(roleFromHeaderLines(['Harbor Foods', 'Accountant'])).toEqual({
      title: 'Accountant',
      employer: 'Harbor Foods',
    })
  })
})

describe('run-together role lines, as resume builders print them', () => {
  it('splits "Title Employer – City, ST": the role ends on its head noun', () => {
    expect(splitRoleHeader('Pastry Chef Harbor Bistro \uFFFD Portland , OR')).toEqual({
      title: 'Pastry Chef',
      employer: 'Harbor Bistro',
      location: 'Portland , OR',
    })
    expect(splitRoleHeader('Payroll Accountant II Larkspur Foods – Boise, ID')).toEqual({
      title: 'Payroll Accountant II',
      employer: 'Larkspur Foods',
      location: 'Boise, ID',
    })
    // "Coach" is no listed role word; WordNet's first sense of it is a person.
    expect(splitRoleHeader('Assistant Swim Coach Ridgeview Academy – Tulsa , Oklahoma')).toEqual({
      title: 'Assistant Swim Coach',
      employer: 'Ridgeview Academy',
      location: 'Tulsa , Oklahoma',
    })
  })

  it('never takes the city for the employer after a role that already names one', () => {
    expect(splitRoleHeader('Director of Outreach Bluefin Trust \uFFFD Mobile , Alabama')).toEqual({
      title: 'Director of Outreach Bluefin Trust',
      employer: null,
      location: 'Mobile , Alabama',
    })
  })

  it('reads "Employer City , ST Title" with no separator but the place', () => {
    expect(splitRoleHeader('Larkspur Mills Boise , ID Machine Operator')).toEqual({
      title: 'Machine Operator',
      employer: 'Larkspur Mills',
      location: 'Boise , ID',
    })
    expect(splitRoleHeader('Harbor Bistro Portland, OR Line Cook')).toEqual({
      title: 'Line Cook',
      employer: 'Harbor Bistro',
      location: 'Portland, OR',
    })
  })

  it('leaves the split alone when the role has no clear end', () => {
    expect(splitRunTogetherRole('Director of Outreach Bluefin Trust')).toBeNull()
    expect(splitRunTogetherRole('Bluefin Trust')).toBeNull()
    expect(splitRunTogetherRole('Cashier responsible for closing')).toBeNull()
    expect(splitRunTogetherRole('Senior Cashier')).toBeNull()
  })

  it('keeps an employer named after its place when the region is a city, not a code', () => {
    expect(splitRoleHeader('ML Engineer — Nubank, São Paulo')).toEqual({
      title: 'ML Engineer',
      employer: 'Nubank',
      location: 'São Paulo',
    })
  })
})

describe('hasTitleWord', () => {
  it('finds role words, plural or accented', () => {
    expect(hasTitleWord('Team Members')).toBe(true)
    expect(hasTitleWord('Técnico de Redes')).toBe(true)
    expect(hasTitleWord('Harbor Foods')).toBe(false)
  })

  it('knows abbreviated and less common roles', () => {
    for (const role of [
      'Senior DBA',
      'Business Development Rep',
      'Arabic Linguist',
      'Self-employed',
      'Security Guard',
    ]) {
      expect(hasTitleWord(role)).toBe(true)
    }
    expect(hasTitleWord('Reporting')).toBe(false)
  })
})
