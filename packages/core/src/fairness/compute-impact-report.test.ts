import { describe, expect, it } from 'vitest'
import { computeImpactReport, type ImpactRow, selectRows } from './compute-impact-report'

const SEX = ['female', 'male']
const RACE = ['asian', 'black', 'hispanic', 'white', 'pacific']

type Cell = { sex: string | null; race: string | null; applicants: number; selected: number }

/** A pool with a known number of applicants and of selected ones per cell; selection is the screening outcome. */
function generatePool(cells: Cell[]): ImpactRow[] {
  return cells.flatMap((cell) =>
    Array.from({ length: cell.applicants }, (_, index) => ({
      groupId: 'job',
      sex: cell.sex,
      raceEthnicity: cell.race,
      score: index < cell.selected ? 80 : 20,
      allRequiredMet: index < cell.selected,
    })),
  )
}

describe('computeImpactReport', () => {
  // Per sex: female 48/120 = 0.4, male 60/100 = 0.6 → impact ratios 2/3 and 1.
  // Per race: asian 30/50 = 0.6, black 16/40 = 0.4, hispanic 20/40 = 0.5, white 40/88 = 5/11 (ratio 25/33), pacific 2/2 = 1 (under
  // 2% of 220: left out, so the highest kept rate is asian's 0.6).
  const cells: Cell[] = [
    { sex: 'female', race: 'asian', applicants: 20, selected: 10 },
    { sex: 'male', race: 'asian', applicants: 30, selected: 20 },
    { sex: 'female', race: 'black', applicants: 30, selected: 10 },
    { sex: 'male', race: 'black', applicants: 10, selected: 6 },
    { sex: 'female', race: 'hispanic', applicants: 20, selected: 8 },
    { sex: 'male', race: 'hispanic', applicants: 20, selected: 12 },
    { sex: 'female', race: 'white', applicants: 50, selected: 20 },
    { sex: 'male', race: 'white', applicants: 38, selected: 20 },
    { sex: 'male', race: 'pacific', applicants: 2, selected: 2 },
    // Declined or unanswered: counted apart, never in a category.
    { sex: 'decline_to_answer', race: null, applicants: 7, selected: 3 },
  ]
  const rows = generatePool(cells)
  const report = computeImpactReport({
    rows,
    basis: 'screening',
    sexCategories: SEX,
    raceEthnicityCategories: RACE,
    minimumCount: 5,
  })
  const byCategory = (list: typeof report.sex) => new Map(list.map((item) => [item.category, item]))

  it('reproduces the selection rates and impact ratios of a pool with known rates', () => {
    const sex = byCategory(report.sex)
    expect(sex.get('female')).toMatchObject({ applicants: 120, selected: 48, selectionRate: 0.4 })
    expect(sex.get('male')).toMatchObject({ applicants: 100, selected: 60, selectionRate: 0.6 })
    expect(sex.get('male')?.impactRatio).toBe(1)
    expect(sex.get('female')?.impactRatio).toBe(2 / 3)

    const race = byCategory(report.raceEthnicity)
    expect(race.get('asian')?.selectionRate).toBe(0.6)
    expect(race.get('asian')?.impactRatio).toBe(1)
    expect(race.get('black')?.impactRatio).toBe(2 / 3)
    expect(race.get('hispanic')?.impactRatio).toBe(5 / 6)
    expect(race.get('white')?.impactRatio).toBe(25 / 33)

    const both = byCategory(report.intersection)
    expect(both.get('male|asian')?.selectionRate).toBe(2 / 3)
    expect(both.get('male|asian')?.impactRatio).toBe(1)
    expect(both.get('female|black')?.impactRatio).toBe(0.5)
    expect(both.get('female|asian')?.impactRatio).toBe(0.75)
    expect(both.get('male|black')?.impactRatio).toBe(0.9)
    expect(report.applicants).toBe(227)
    expect(report.selected).toBe(111)
    expect(report.unknown).toEqual({ sex: 7, raceEthnicity: 7, intersection: 7 })
  })

  it('flags a category under 2% of the data and leaves it out of the impact ratios', () => {
    const pacific = report.raceEthnicity.find((item) => item.category === 'pacific')
    expect(pacific).toMatchObject({ applicants: 2, selected: 2, selectionRate: 1, impactRatio: null })
    expect(pacific?.excluded).toBe(true)
    expect(pacific?.flags).toEqual(['under_minimum_share', 'too_small'])
    expect(report.warnings).toContainEqual({
      dimension: 'raceEthnicity',
      category: 'pacific',
      reason: 'under_minimum_share',
      applicants: 2,
      share: 2 / 220,
    })
    // Nobody in a cell: listed without a rate, and not warned about.
    const femalePacific = report.intersection.find((item) => item.category === 'female|pacific')
    expect(femalePacific).toMatchObject({ applicants: 0, flags: [], selectionRate: null })
    const warned = new Set(report.warnings.map((warning) => `${warning.dimension}:${warning.category}`))
    expect(warned.has('sex:female')).toBe(false)
    expect(warned.has('intersection:male|pacific')).toBe(true)
  })

  it('flags categories under the minimum count even above 2%', () => {
    const small = computeImpactReport({
      rows: generatePool([
        { sex: 'female', race: 'asian', applicants: 3, selected: 1 },
        { sex: 'male', race: 'asian', applicants: 10, selected: 5 },
      ]),
      basis: 'screening',
      sexCategories: SEX,
      raceEthnicityCategories: RACE,
      minimumCount: 5,
    })
    const female = small.sex.find((item) => item.category === 'female')
    expect(female?.flags).toEqual(['too_small'])
    expect(female?.impactRatio).toBe((1 * 10) / (3 * 5))
  })

  it('selects by the median of each group when asked', () => {
    const pool: ImpactRow[] = [
      { groupId: 'a', sex: 'female', raceEthnicity: 'asian', score: 10, allRequiredMet: true },
      { groupId: 'a', sex: 'male', raceEthnicity: 'asian', score: 20, allRequiredMet: false },
      { groupId: 'a', sex: 'female', raceEthnicity: 'asian', score: 30, allRequiredMet: false },
      { groupId: 'b', sex: 'male', raceEthnicity: 'asian', score: 90, allRequiredMet: false },
      { groupId: 'b', sex: 'female', raceEthnicity: 'asian', score: 95, allRequiredMet: false },
    ]
    // Medians: a = 20 (only 30 is above), b = 92.5 (only 95 is above).
    expect(selectRows(pool, 'median')).toEqual([false, false, true, false, true])
    expect(selectRows(pool, 'screening')).toEqual([true, false, false, false, false])
    const report = computeImpactReport({
      rows: pool,
      basis: 'median',
      sexCategories: SEX,
      raceEthnicityCategories: RACE,
    })
    expect(report.sex.find((item) => item.category === 'female')?.selectionRate).toBe(2 / 3)
    expect(report.sex.find((item) => item.category === 'male')?.impactRatio).toBe(0)
  })

  it('gives no ratios when nobody was selected', () => {
    const none = computeImpactReport({
      rows: generatePool([{ sex: 'female', race: 'white', applicants: 10, selected: 0 }]),
      basis: 'screening',
      sexCategories: SEX,
      raceEthnicityCategories: RACE,
    })
    expect(none.sex.find((item) => item.category === 'female')).toMatchObject({
      selectionRate: 0,
      impactRatio: null,
    })
  })
})
