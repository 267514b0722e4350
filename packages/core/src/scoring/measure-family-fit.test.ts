import { beforeAll, describe, expect, it } from 'vitest'
import { loadTaxonomy, type Taxonomy } from '../taxonomy'
import { buildFamilyProfile, measureFamilyFit } from './measure-family-fit'

let taxonomy: Taxonomy
beforeAll(() => {
  taxonomy = loadTaxonomy()
})

const accountant = 'Staff accountant. Accounts payable, bookkeeping, payroll and tax returns in QuickBooks.'
const developer = 'Backend developer. Built services in Python and Go on PostgreSQL, deployed with Docker.'
const posting =
  'Senior Accountant\nRequirements\n- Accounting degree\n- Experience with accounts payable and tax'

describe('buildFamilyProfile', () => {
  it('counts distinct skills per taxonomy category, leaving out spoken languages', () => {
    const profile = buildFamilyProfile('Python, Python, Go. Fluent in English and Spanish.', taxonomy)
    expect(profile.get('programming-language')).toBe(2)
    expect(profile.has('spoken-language')).toBe(false)
  })

  it('adds weighted counts into an existing profile', () => {
    const profile = buildFamilyProfile('Python', taxonomy)
    buildFamilyProfile('Python developer', taxonomy, 5, profile)
    expect(profile.get('programming-language')).toBe(6)
  })
})

describe('measureFamilyFit', () => {
  it('ranks a resume of the posting family above one of another family', () => {
    const wanted = buildFamilyProfile(posting, taxonomy)
    const fitAccountant = measureFamilyFit(wanted, buildFamilyProfile(accountant, taxonomy))
    const fitDeveloper = measureFamilyFit(wanted, buildFamilyProfile(developer, taxonomy))
    expect(fitAccountant).toBeGreaterThan(0.5)
    expect(fitDeveloper).toBeLessThan(fitAccountant)
  })

  it('is 1 for proportional profiles and 0 for disjoint or empty ones', () => {
    expect(measureFamilyFit(new Map([['hr', 1]]), new Map([['hr', 3]]))).toBeCloseTo(1)
    expect(measureFamilyFit(new Map([['hr', 1]]), new Map([['sales', 3]]))).toBe(0)
    expect(measureFamilyFit(new Map(), new Map([['sales', 3]]))).toBe(0)
  })
})
