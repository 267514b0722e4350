import type { FairnessReport, ImpactCategory, SelectionBasis } from '@shortlist/contracts'
import { useId, useState } from 'react'
import { downloadFile, errorMessage } from '../api/client'
import { fairnessReportPath, useFairnessReport } from '../api/fairness-queries'
import { EmptyState, ErrorState, Loading } from './status'

const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`)
const ratio = (value: number | null) => (value === null ? '—' : value.toFixed(2))
const CHART_WIDTH = 200
// The EEOC's four-fifths rule of thumb: an impact ratio under 0.8 deserves a closer look.
const FOUR_FIFTHS = 0.8

/** One bar per category: the impact ratio on a 0–1 scale, with a mark at 0.8. Plain SVG, labelled for readers. */
function ImpactBar({ category }: { category: ImpactCategory }) {
  const value = category.impactRatio
  const width = value === null ? 0 : Math.max(0, Math.min(1, value)) * CHART_WIDTH
  const label =
    value === null
      ? `${category.label}: no impact ratio${category.excluded ? ' (left out, under the minimum share)' : ''}`
      : `${category.label}: impact ratio ${value.toFixed(2)}`
  return (
    <svg
      className="impact-bar"
      width={CHART_WIDTH}
      height={16}
      viewBox={`0 0 ${CHART_WIDTH} 16`}
      role="img"
      aria-label={label}
    >
      <rect x={0} y={3} width={CHART_WIDTH} height={10} className="impact-bar-track" />
      <rect
        x={0}
        y={3}
        width={width}
        height={10}
        className={
          value !== null && value < FOUR_FIFTHS ? 'impact-bar-fill impact-bar-low' : 'impact-bar-fill'
        }
      />
      <line
        x1={FOUR_FIFTHS * CHART_WIDTH}
        x2={FOUR_FIFTHS * CHART_WIDTH}
        y1={0}
        y2={16}
        className="impact-bar-mark"
      />
    </svg>
  )
}

function CategoryTable({ title, categories }: { title: string; categories: ImpactCategory[] }) {
  const shown = categories.filter((category) => category.applicants > 0)
  return (
    <div className="table-wrap">
      <table className="table fairness-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Applicants</th>
            <th scope="col">Selected</th>
            <th scope="col">Selection rate</th>
            <th scope="col">Impact ratio</th>
            <th scope="col">Chart</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {shown.length === 0 ? (
            <tr>
              <td colSpan={7} className="muted">
                No applicants answered in these categories yet.
              </td>
            </tr>
          ) : null}
          {shown.map((category) => (
            <tr key={category.category} data-category={category.category}>
              <th scope="row">{category.label}</th>
              <td>{category.applicants}</td>
              <td>{category.selected}</td>
              <td>{percent(category.selectionRate)}</td>
              <td>{ratio(category.impactRatio)}</td>
              <td>
                <ImpactBar category={category} />
              </td>
              <td className="small">
                {category.flags.includes('under_minimum_share') ? 'Under 2% of the data; left out. ' : ''}
                {category.flags.includes('too_small') ? 'Too few applicants to rely on.' : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function ReportBody({ report }: { report: FairnessReport }) {
  return (
    <>
      <p>
        <strong>How “selected” is counted:</strong> {report.basisDescription} Impact ratio = a category’s
        selection rate ÷ the highest selection rate in the same table. The line on each bar marks 0.8 (the
        four-fifths rule of thumb).
      </p>
      <p>
        {report.applicants} scored applicants, {report.selected} selected. Did not answer or declined: sex{' '}
        {report.unknown.sex}, race/ethnicity {report.unknown.raceEthnicity}. Answers come only from
        candidates’ voluntary self-identification and are never shown to reviewers.
      </p>
      {report.warnings.length > 0 ? (
        <div className="state state-warning" role="note">
          <p>
            <strong>Warnings</strong>
          </p>
          <ul>
            {report.warnings.map((warning) => (
              <li key={`${warning.dimension}-${warning.category}-${warning.reason}`}>{warning.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <CategoryTable title="By sex" categories={report.sex} />
      <CategoryTable title="By race/ethnicity" categories={report.raceEthnicity} />
      <CategoryTable title="By sex and race/ethnicity" categories={report.intersection} />
    </>
  )
}

/** The LL144-style report of a job (or, with a null job, of the organisation), with its basis and CSV export. */
export function FairnessReportView({ jobId }: { jobId: string | null }) {
  const [basis, setBasis] = useState<SelectionBasis>('screening')
  const [exportError, setExportError] = useState<string | null>(null)
  const report = useFairnessReport(jobId, basis)
  const basisId = useId()
  const onExport = async () => {
    setExportError(null)
    try {
      await downloadFile(`${fairnessReportPath(jobId)}.csv?basis=${basis}`, `fairness-report-${basis}.csv`)
    } catch (error) {
      setExportError(errorMessage(error))
    }
  }
  return (
    <section className="card stack" aria-labelledby="fairness-report-heading">
      <h2 id="fairness-report-heading">Selection rates and impact ratios</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor={basisId}>Count as selected</label>
          <select
            id={basisId}
            className="input"
            value={basis}
            onChange={(event) => setBasis(event.target.value as SelectionBasis)}
          >
            <option value="screening">Passed screening (every required item met)</option>
            <option value="median">Scored above the job’s median</option>
          </select>
        </div>
        <div className="field">
          <button type="button" className="button" onClick={() => void onExport()}>
            Export CSV
          </button>
        </div>
      </div>
      {exportError ? (
        <p className="error-text" role="alert">
          {exportError}
        </p>
      ) : null}
      {report.isPending ? <Loading label="Counting…" /> : null}
      {report.isError ? <ErrorState error={report.error} onRetry={() => void report.refetch()} /> : null}
      {report.data && report.data.applicants === 0 ? (
        <EmptyState>No scored applications yet.</EmptyState>
      ) : null}
      {report.data && report.data.applicants > 0 ? <ReportBody report={report.data} /> : null}
    </section>
  )
}
