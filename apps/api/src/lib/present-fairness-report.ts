// The fairness report as the API shows it: core's numbers with labels, the rule in words, and a CSV rendering.
import {
  type FairnessReport,
  RACE_ETHNICITY_LABELS,
  type RaceEthnicity,
  REPORTED_RACE_ETHNICITY,
  REPORTED_SEX,
  SEX_LABELS,
  type SelectionBasis,
  type Sex,
} from '@shortlist/contracts'
import { computeImpactReport, type ImpactCategory } from '@shortlist/core'
import type { ImpactRowRecord } from '@shortlist/db'
import { stringify } from 'csv-stringify/sync'

const BASIS_DESCRIPTION: Record<SelectionBasis, string> = {
  screening:
    'Selected = passed screening: every screened required item of the posting is met. Selection rate = selected / applicants in the category.',
  median:
    "Selected = scored above the median score of the applicants to the same job (LL144's scoring rate). Selection rate = selected / applicants in the category.",
}

const DIMENSION_LABEL = { sex: 'sex', raceEthnicity: 'race/ethnicity', intersection: 'sex × race/ethnicity' }

function labelOf(category: Pick<ImpactCategory, 'sex' | 'raceEthnicity'>): string {
  const parts = [
    category.sex ? SEX_LABELS[category.sex as Sex] : null,
    category.raceEthnicity ? RACE_ETHNICITY_LABELS[category.raceEthnicity as RaceEthnicity] : null,
  ]
  return parts.filter(Boolean).join(' · ')
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`

/** Counts the scored applications (core's `computeImpactReport`) and labels the result. */
export function buildFairnessReport(
  rows: readonly ImpactRowRecord[],
  options: {
    scope: FairnessReport['scope']
    basis: SelectionBasis
    minimumCount: number
    now: Date
  },
): FairnessReport {
  const report = computeImpactReport({
    rows: rows.map((row) => ({
      groupId: row.jobId,
      sex: row.sex,
      raceEthnicity: row.raceEthnicity,
      score: row.score,
      allRequiredMet: row.allRequiredMet,
    })),
    basis: options.basis,
    sexCategories: REPORTED_SEX,
    raceEthnicityCategories: REPORTED_RACE_ETHNICITY,
    minimumCount: options.minimumCount,
  })
  const label = (list: ImpactCategory[]) =>
    list.map((category) => ({ ...category, label: labelOf(category) }))
  const byKey = new Map(
    [...report.sex, ...report.raceEthnicity, ...report.intersection].map((category) => [
      category.category,
      category,
    ]),
  )
  return {
    scope: options.scope,
    basis: report.basis,
    basisDescription: BASIS_DESCRIPTION[report.basis],
    applicants: report.applicants,
    selected: report.selected,
    unknown: report.unknown,
    minimumShare: report.minimumShare,
    minimumCount: report.minimumCount,
    sex: label(report.sex),
    raceEthnicity: label(report.raceEthnicity),
    intersection: label(report.intersection),
    warnings: report.warnings.map((warning) => {
      const name = labelOf(byKey.get(warning.category) ?? { sex: null, raceEthnicity: null })
      const message =
        warning.reason === 'under_minimum_share'
          ? `${name} (${DIMENSION_LABEL[warning.dimension]}): ${warning.applicants} applicants, ${percent(warning.share)} of the data, under ${percent(report.minimumShare)}; left out of the impact ratios.`
          : `${name} (${DIMENSION_LABEL[warning.dimension]}): only ${warning.applicants} applicants, under ${report.minimumCount}; its rate is too unstable to read.`
      return { ...warning, message }
    }),
    generatedAt: options.now.toISOString(),
  }
}

/** One line per category and dimension, with the rule and the unknowns in a header block (csv-stringify). */
export function fairnessReportCsv(report: FairnessReport): string {
  const ratio = (value: number | null) => (value === null ? '' : value.toFixed(4))
  const lines: Array<Array<string | number>> = [
    ['scope', report.scope.kind, report.scope.title],
    ['basis', report.basis, report.basisDescription],
    ['applicants', report.applicants],
    ['selected', report.selected],
    ['unknown_sex', report.unknown.sex],
    ['unknown_race_ethnicity', report.unknown.raceEthnicity],
    ['generated_at', report.generatedAt],
    [],
    [
      'dimension',
      'category',
      'applicants',
      'selected',
      'selection_rate',
      'impact_ratio',
      'share_of_data',
      'excluded_from_ratios',
      'flags',
    ],
  ]
  for (const [dimension, list] of [
    ['sex', report.sex],
    ['race_ethnicity', report.raceEthnicity],
    ['intersection', report.intersection],
  ] as const) {
    for (const category of list) {
      lines.push([
        dimension,
        category.label,
        category.applicants,
        category.selected,
        ratio(category.selectionRate),
        ratio(category.impactRatio),
        ratio(category.share),
        category.excluded ? 'yes' : 'no',
        category.flags.join(' '),
      ])
    }
  }
  // escape_formulas: a cell a spreadsheet would evaluate (=, +, -, @) is prefixed with a quote.
  return stringify(lines, { escape_formulas: true, record_delimiter: '\r\n' })
}
