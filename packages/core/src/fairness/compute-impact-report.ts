/**
 * LL144-style bias audit numbers (NYC Local Law 144, DCWP rules §5-301): selection rates and impact ratios by sex, by
 * race/ethnicity and by their intersections. Pure: the caller reads the rows, this only counts.
 */

/** `screening`: every screened required item met. `median`: scored above the median score of the same job. */
export type SelectionBasis = 'screening' | 'median'

export type ImpactRow = {
  /** Rows are compared with the median of their own group (a job): scores of different postings do not compare. */
  groupId: string
  /** A category key, or null / a decline key when unknown. */
  sex: string | null
  raceEthnicity: string | null
  score: number
  allRequiredMet: boolean
}

export type ImpactFlag = 'under_minimum_share' | 'too_small'
export type ImpactDimension = 'sex' | 'raceEthnicity' | 'intersection'

export type ImpactCategory = {
  /** The category key; an intersection is `sex|raceEthnicity`. */
  category: string
  sex: string | null
  raceEthnicity: string | null
  applicants: number
  selected: number
  /** selected / applicants; null with no applicants. */
  selectionRate: number | null
  /** This category's rate over the highest rate of its dimension; null when left out or when no one was selected. */
  impactRatio: number | null
  /** applicants over the applicants of the dimension whose category is known. */
  share: number
  /** Left out of the impact ratios (and of the highest rate) for being under the minimum share of the data. */
  excluded: boolean
  flags: ImpactFlag[]
}

export type ImpactWarning = {
  dimension: ImpactDimension
  category: string
  reason: ImpactFlag
  applicants: number
  share: number
}

export type ImpactReport = {
  basis: SelectionBasis
  applicants: number
  selected: number
  /** Applicants who declined or did not answer: counted here, in no category (as LL144 reports them). */
  unknown: { sex: number; raceEthnicity: number; intersection: number }
  minimumShare: number
  minimumCount: number
  sex: ImpactCategory[]
  raceEthnicity: ImpactCategory[]
  intersection: ImpactCategory[]
  warnings: ImpactWarning[]
}

export type ComputeImpactReportInput = {
  rows: readonly ImpactRow[]
  basis: SelectionBasis
  sexCategories: readonly string[]
  raceEthnicityCategories: readonly string[]
  /** Categories under this share of the known data are flagged and left out of the ratios (LL144 allows 2%). */
  minimumShare?: number
  /** Categories with fewer applicants are flagged as too small to read a rate from. */
  minimumCount?: number
}

export const IMPACT_DEFAULTS = { minimumShare: 0.02, minimumCount: 5 } as const

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  if (sorted.length % 2 === 1) return sorted[middle] ?? 0
  return ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** Which rows count as selected under the basis. */
export function selectRows(rows: readonly ImpactRow[], basis: SelectionBasis): boolean[] {
  if (basis === 'screening') return rows.map((row) => row.allRequiredMet)
  const scoresByGroup = new Map<string, number[]>()
  for (const row of rows) {
    const scores = scoresByGroup.get(row.groupId) ?? []
    scores.push(row.score)
    scoresByGroup.set(row.groupId, scores)
  }
  const medians = new Map([...scoresByGroup].map(([group, scores]) => [group, median(scores)]))
  return rows.map((row) => row.score > (medians.get(row.groupId) ?? Number.POSITIVE_INFINITY))
}

type Tally = { applicants: number; selected: number }

function summarise(
  dimension: ImpactDimension,
  keys: ReadonlyArray<{ category: string; sex: string | null; raceEthnicity: string | null }>,
  tallies: Map<string, Tally>,
  minimumShare: number,
  minimumCount: number,
): { categories: ImpactCategory[]; warnings: ImpactWarning[] } {
  const known = keys.reduce((sum, key) => sum + (tallies.get(key.category)?.applicants ?? 0), 0)
  const drafts = keys.map((key) => {
    const tally = tallies.get(key.category) ?? { applicants: 0, selected: 0 }
    const share = known === 0 ? 0 : tally.applicants / known
    // A category nobody answered has no rate to doubt: it is listed (with no rate) but not warned about.
    const flags: ImpactFlag[] = []
    if (tally.applicants > 0 && share < minimumShare) flags.push('under_minimum_share')
    if (tally.applicants > 0 && tally.applicants < minimumCount) flags.push('too_small')
    return { ...key, ...tally, share, excluded: share < minimumShare || tally.applicants === 0, flags }
  })
  // The highest rate among the categories kept; compared as fractions so the ratio is one exact division.
  let best: Tally | null = null
  for (const draft of drafts) {
    if (draft.excluded) continue
    if (best === null || draft.selected * best.applicants > best.selected * draft.applicants) best = draft
  }
  const categories = drafts.map((draft) => ({
    category: draft.category,
    sex: draft.sex,
    raceEthnicity: draft.raceEthnicity,
    applicants: draft.applicants,
    selected: draft.selected,
    selectionRate: draft.applicants === 0 ? null : draft.selected / draft.applicants,
    impactRatio:
      draft.excluded || best === null || best.selected === 0
        ? null
        : (draft.selected * best.applicants) / (draft.applicants * best.selected),
    share: draft.share,
    excluded: draft.excluded,
    flags: draft.flags,
  }))
  const warnings = categories.flatMap((category) =>
    category.flags.map((reason) => ({
      dimension,
      category: category.category,
      reason,
      applicants: category.applicants,
      share: category.share,
    })),
  )
  return { categories, warnings }
}

/**
 * Selection rate per category (selected / applicants) and impact ratio (the rate over the highest rate of the same
 * dimension), for sex, race/ethnicity and their intersections. Unknown answers are counted apart; categories under
 * the minimum share are flagged and left out of the ratios, and categories under the minimum count are flagged.
 */
export function computeImpactReport(input: ComputeImpactReportInput): ImpactReport {
  const minimumShare = input.minimumShare ?? IMPACT_DEFAULTS.minimumShare
  const minimumCount = input.minimumCount ?? IMPACT_DEFAULTS.minimumCount
  const sexKnown = new Set(input.sexCategories)
  const raceKnown = new Set(input.raceEthnicityCategories)
  const selected = selectRows(input.rows, input.basis)
  const tallies = {
    sex: new Map<string, Tally>(),
    race: new Map<string, Tally>(),
    both: new Map<string, Tally>(),
  }
  const unknown = { sex: 0, raceEthnicity: 0, intersection: 0 }
  const add = (map: Map<string, Tally>, key: string, isSelected: boolean) => {
    const tally = map.get(key) ?? { applicants: 0, selected: 0 }
    tally.applicants += 1
    if (isSelected) tally.selected += 1
    map.set(key, tally)
  }
  input.rows.forEach((row, index) => {
    const isSelected = selected[index] ?? false
    const sex = row.sex !== null && sexKnown.has(row.sex) ? row.sex : null
    const race = row.raceEthnicity !== null && raceKnown.has(row.raceEthnicity) ? row.raceEthnicity : null
    if (sex) add(tallies.sex, sex, isSelected)
    else unknown.sex += 1
    if (race) add(tallies.race, race, isSelected)
    else unknown.raceEthnicity += 1
    if (sex && race) add(tallies.both, `${sex}|${race}`, isSelected)
    else unknown.intersection += 1
  })

  const sex = summarise(
    'sex',
    input.sexCategories.map((category) => ({ category, sex: category, raceEthnicity: null })),
    tallies.sex,
    minimumShare,
    minimumCount,
  )
  const raceEthnicity = summarise(
    'raceEthnicity',
    input.raceEthnicityCategories.map((category) => ({ category, sex: null, raceEthnicity: category })),
    tallies.race,
    minimumShare,
    minimumCount,
  )
  const intersection = summarise(
    'intersection',
    input.sexCategories.flatMap((sexCategory) =>
      input.raceEthnicityCategories.map((race) => ({
        category: `${sexCategory}|${race}`,
        sex: sexCategory,
        raceEthnicity: race,
      })),
    ),
    tallies.both,
    minimumShare,
    minimumCount,
  )
  return {
    basis: input.basis,
    applicants: input.rows.length,
    selected: selected.filter(Boolean).length,
    unknown,
    minimumShare,
    minimumCount,
    sex: sex.categories,
    raceEthnicity: raceEthnicity.categories,
    intersection: intersection.categories,
    warnings: [...sex.warnings, ...raceEthnicity.warnings, ...intersection.warnings],
  }
}
