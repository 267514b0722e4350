import { describe, expect, it } from 'vitest'
import { parseResume } from '../resume/parse-resume'
import { loadTaxonomy } from '../taxonomy'
import type { RequirementInput } from '../types'
import {
  buildRolePosting,
  measureRoleFit,
  measureTitleFit,
  ROLE_FIT,
  readTitleTerms,
} from './measure-role-fit'

const taxonomy = loadTaxonomy()
const referenceDate = new Date('2026-01-01')

function requirement(id: string, overrides: Partial<RequirementInput> = {}): RequirementInput {
  return {
    id,
    label: id,
    kind: 'required',
    type: 'skill',
    screened: true,
    weight: 1,
    skillIds: [],
    minYears: null,
    keywords: [],
    ...overrides,
  }
}

const POSTING = buildRolePosting(
  {
    title: 'Senior Accountant',
    text: 'Senior Accountant\n- 5+ years of accounting experience\n- General ledger, accounts payable, tax returns',
    requirements: [
      requirement('years', { minYears: 5 }),
      requirement('trait', { type: 'trait', screened: false, minYears: 9 }),
    ],
  },
  taxonomy,
)

const ACCOUNTANT = parseResume(
  [
    'Maria Lopes',
    'Experience',
    'Staff Accountant, Acme Ltd (2020-01 to Present)',
    '- Closed the general ledger monthly and filed tax returns.',
    'Accounts Payable Clerk, Beta Co (2017-01 to 2019-12)',
    '- Processed invoices and vendor payments.',
    'Skills',
    'QuickBooks, Excel',
  ].join('\n'),
  taxonomy,
  { referenceDate },
)

const DEVELOPER = parseResume(
  [
    'Rui Costa',
    'Experience',
    'Backend Developer, Initech (2018-01 to Present)',
    '- Built services in Python and Go on PostgreSQL, deployed with Docker.',
    'Skills',
    'Kubernetes, TypeScript',
  ].join('\n'),
  taxonomy,
  { referenceDate },
)

describe('readTitleTerms', () => {
  it('keeps the words that name the role, without seniority markers or connectives', () => {
    expect(readTitleTerms('Senior Manager of Accounts Payable')).toEqual(['manag', 'account', 'payable'])
  })
})

describe('buildRolePosting', () => {
  it('reads the years asked by screened required items only, and the level from the title', () => {
    expect(POSTING.minYears).toBe(5)
    expect(POSTING.level).toBe(3)
    expect(POSTING.functionName).toBe('finance-accounting')
  })
})

describe('measureTitleFit', () => {
  it('counts a title naming the same role by its words or by its skill family', () => {
    expect(measureTitleFit('Staff Accountant', POSTING, taxonomy)).toBe(1)
    expect(measureTitleFit('Bookkeeper', POSTING, taxonomy)).toBeGreaterThan(ROLE_FIT.inFunctionTitleFit)
    expect(measureTitleFit('Backend Developer', POSTING, taxonomy)).toBe(0)
  })
})

describe('measureRoleFit', () => {
  it('explains the current role, the years in the function and whether the function is the same', () => {
    const fit = measureRoleFit({ posting: POSTING, profile: ACCOUNTANT, taxonomy })
    expect(fit.currentTitle).toBe('Staff Accountant')
    expect(fit.functionYears).toBe(9.1)
    expect(fit.yearsFit).toBe(1)
    expect(fit.sameFunction).toBe('same')
    expect(fit.explanation).toBe(
      'Role fit: Staff Accountant, 9.1 years in finance accounting roles, same function as the posting',
    )
  })

  it('ranks the candidate of the posting’s function above one of another function', () => {
    const accountant = measureRoleFit({ posting: POSTING, profile: ACCOUNTANT, taxonomy })
    const developer = measureRoleFit({ posting: POSTING, profile: DEVELOPER, taxonomy })
    expect(developer.sameFunction).toBe('different')
    expect(developer.functionYears).toBe(0)
    expect(accountant.score).toBeGreaterThan(developer.score + 0.5)
    expect(developer.explanation).toMatch(
      /^Role fit: Backend Developer, 0 years in .* roles, different function/,
    )
  })

  it('is a weighted sum of its parts, each in 0..1, and takes a pool family fit when given one', () => {
    const fit = measureRoleFit({ posting: POSTING, profile: ACCOUNTANT, taxonomy, familyFit: 0.25 })
    const weights = ROLE_FIT.weights
    expect(fit.familyFit).toBe(0.25)
    expect(fit.score).toBeCloseTo(
      weights.family * 0.25 +
        weights.title * fit.titleFit +
        weights.years * fit.yearsFit +
        weights.seniority * fit.seniorityFit,
      3,
    )
  })

  it('halves the seniority fit per level apart and gives a full fit when the posting names no level', () => {
    const junior = parseResume(
      'Ana\nExperience\nJunior Accountant, Acme (2025-01 to Present)\n- Ledger work.',
      taxonomy,
      { referenceDate },
    )
    expect(measureRoleFit({ posting: POSTING, profile: junior, taxonomy }).seniorityFit).toBe(0)
    const anyLevel = buildRolePosting({ title: 'Accountant', text: 'Accountant', requirements: [] }, taxonomy)
    expect(measureRoleFit({ posting: anyLevel, profile: junior, taxonomy }).seniorityFit).toBe(1)
  })
})
