import { candidateLabel } from '@shortlist/contracts'
import { type FormEvent, useId, useState } from 'react'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom'
import { downloadFile, errorMessage } from '../api/client'
import {
  type ShortlistFilters,
  shortlistSearch,
  useJob,
  usePipeline,
  useShortlistPages,
} from '../api/queries'
import { DecisionBadge, RequirementChip } from '../components/chips'
import { CurrentRole } from '../components/current-role'
import { PageHeading, usePageTitle } from '../components/layout'
import { RoleFitLine } from '../components/role-fit-line'
import { ScoreBar } from '../components/score-bar'
import { StageBadge, StageMoveForm, stageLabel } from '../components/stage-controls'
import { EmptyState, ErrorState, Loading } from '../components/status'

const PAGE_SIZE = 50
const MAX_COMPARE = 3

/** Reads shortlist filters from the page URL so filtered views can be bookmarked and shared. */
function readQuery(params: URLSearchParams): ShortlistFilters {
  const query: ShortlistFilters = { limit: PAGE_SIZE }
  if (params.get('meetsAllRequired') === 'true') query.meetsAllRequired = true
  const minScore = params.get('minScore')
  if (minScore !== null && minScore !== '' && Number.isFinite(Number(minScore)))
    query.minScore = Number(minScore)
  const skill = params.get('skill')
  if (skill) query.skill = skill
  const stage = params.get('stage')
  if (stage) query.stage = stage
  return query
}

export function ShortlistPage() {
  const { jobId = '' } = useParams()
  const [params, setParams] = useSearchParams()
  const navigate = useNavigate()
  const query = readQuery(params)
  const job = useJob(jobId)
  // The first page comes alone; later pages are appended when the reviewer asks for them (keyset cursor).
  const shortlist = useShortlistPages(jobId, query)
  const items = shortlist.data?.pages.flatMap((page) => page.items) ?? []
  const total = shortlist.data?.pages[0]?.total ?? 0
  // Each page names the job's requirements once; the rows carry only their statuses.
  const requirementsById = new Map(
    (shortlist.data?.pages ?? []).flatMap((page) =>
      page.requirements.map((requirement) => [requirement.id, requirement]),
    ),
  )
  const pipeline = usePipeline(jobId)
  usePageTitle(job.data ? `Shortlist · ${job.data.title}` : 'Shortlist')
  const [selected, setSelected] = useState<string[]>([])
  const [exportError, setExportError] = useState<string | null>(null)
  const [exporting, setExporting] = useState(false)
  const ids = { meets: useId(), min: useId(), skill: useId(), stage: useId() }

  const skills = new Map<string, string>()
  for (const requirement of job.data?.requirements ?? []) {
    for (const skill of requirement.skills) skills.set(skill.id, skill.name)
  }

  const onFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const next = new URLSearchParams()
    if (form.get('meetsAllRequired') === 'on') next.set('meetsAllRequired', 'true')
    const minScore = String(form.get('minScore') ?? '').trim()
    if (minScore) next.set('minScore', minScore)
    const skill = String(form.get('skill') ?? '')
    if (skill) next.set('skill', skill)
    const stage = String(form.get('stage') ?? '')
    if (stage) next.set('stage', stage)
    setParams(next)
  }

  const onExport = async () => {
    setExportError(null)
    setExporting(true)
    try {
      const { limit: _limit, ...filters } = query
      const title = (job.data?.title ?? 'shortlist').replace(/[^\w-]+/g, '-').toLowerCase()
      await downloadFile(
        `/v1/jobs/${encodeURIComponent(jobId)}/shortlist.csv${shortlistSearch(filters)}`,
        `${title}-shortlist.csv`,
      )
    } catch (error) {
      setExportError(errorMessage(error))
    } finally {
      setExporting(false)
    }
  }

  // One selection serves both: compare (2 or 3) and bulk moves or rejections (any number on the page).
  const toggle = (applicationId: string, on: boolean) =>
    setSelected((current) =>
      on ? [...new Set([...current, applicationId])] : current.filter((id) => id !== applicationId),
    )
  const pageIds = items.map((item) => item.applicationId)
  const allSelected = pageIds.length > 0 && pageIds.every((id) => selected.includes(id))

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/jobs">Jobs</Link> <span aria-hidden="true">/</span>{' '}
        <Link to={`/jobs/${jobId}`}>{job.data?.title ?? 'Job'}</Link> <span aria-hidden="true">/</span>{' '}
        <span aria-current="page">Shortlist</span>
      </nav>
      <PageHeading
        actions={
          <>
            <button type="button" className="button" onClick={() => void onExport()} disabled={exporting}>
              {exporting ? 'Exporting…' : 'Export CSV'}
            </button>
            <Link to={`/jobs/${jobId}/pool`} className="button">
              Talent pool
            </Link>
            <Link to={`/jobs/${jobId}/kit`} className="button">
              Interview kit
            </Link>
          </>
        }
      >
        Shortlist{job.data ? `: ${job.data.title}` : ''}
      </PageHeading>
      {exportError ? <ErrorState error={new Error(exportError)} title="Could not export." /> : null}

      <form
        className="filters card"
        onSubmit={onFilter}
        aria-label="Filter the shortlist"
        key={params.toString()}
      >
        <div className="field field-inline">
          <input
            id={ids.meets}
            type="checkbox"
            name="meetsAllRequired"
            defaultChecked={query.meetsAllRequired === true}
          />
          <label htmlFor={ids.meets}>Meets all required</label>
        </div>
        <div className="field">
          <label htmlFor={ids.min}>Minimum score</label>
          <input
            id={ids.min}
            name="minScore"
            type="number"
            min={0}
            max={100}
            step={1}
            className="input input-number"
            defaultValue={query.minScore ?? ''}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.skill}>Has skill</label>
          <select id={ids.skill} name="skill" className="input" defaultValue={query.skill ?? ''}>
            <option value="">Any skill</option>
            {[...skills].map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.stage}>Stage</label>
          <select id={ids.stage} name="stage" className="input" defaultValue={query.stage ?? ''}>
            <option value="">Any stage</option>
            {(pipeline.data?.stages ?? []).map((stage) => (
              <option key={stage} value={stage}>
                {stageLabel(stage)}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-buttons">
          <button type="submit" className="button button-primary">
            Apply filters
          </button>
          {params.toString() ? (
            <button
              type="button"
              className="button button-quiet"
              onClick={() => setParams(new URLSearchParams())}
            >
              Clear
            </button>
          ) : null}
        </div>
      </form>

      <div className="compare-bar" aria-live="polite">
        <span>
          {selected.length === 0
            ? 'Select 2 or 3 candidates to compare them side by side, or any number to move or reject them.'
            : `${selected.length} selected.`}
        </span>
        <button
          type="button"
          className="button"
          disabled={selected.length < 2 || selected.length > MAX_COMPARE}
          onClick={() => navigate(`/jobs/${jobId}/compare?ids=${selected.join(',')}`)}
        >
          Compare selected
        </button>
      </div>

      {selected.length > 0 && pipeline.data ? (
        <section className="card bulk-bar" aria-label="Move or reject the selected candidates">
          <StageMoveForm
            stages={pipeline.data.stages}
            target={{ kind: 'many', jobId, applicationIds: selected }}
            onMoved={() => setSelected([])}
          />
        </section>
      ) : null}

      {shortlist.isPending ? <Loading label="Ranking candidates…" /> : null}
      {shortlist.isError ? (
        <ErrorState error={shortlist.error} onRetry={() => void shortlist.refetch()} />
      ) : null}
      {shortlist.data && items.length === 0 ? (
        <EmptyState>
          {params.toString()
            ? 'No candidates match these filters.'
            : 'No scored candidates yet. Upload resumes on the job page; they appear here once scored.'}
        </EmptyState>
      ) : null}
      {items.length > 0 ? (
        <div
          className={`table-wrap${shortlist.isPlaceholderData ? ' is-stale' : ''}`}
          aria-busy={shortlist.isPlaceholderData}
        >
          <table className="table shortlist-table">
            <caption className="visually-hidden">
              Candidates who meet every required item first, then by rank (requirement coverage and role fit)
            </caption>
            <thead>
              <tr>
                <th scope="col" className="col-select">
                  <input
                    type="checkbox"
                    aria-label="Select every candidate on this page"
                    checked={allSelected}
                    onChange={(event) =>
                      setSelected(event.target.checked ? [...new Set([...selected, ...pageIds])] : [])
                    }
                  />
                </th>
                <th scope="col" className="col-rank">
                  Rank
                </th>
                <th scope="col">Candidate</th>
                <th scope="col" className="col-score" title="Requirement coverage and role fit, half each">
                  Rank score
                </th>
                <th scope="col" className="col-score">
                  Requirement score
                </th>
                <th scope="col" className="col-met">
                  Required met
                </th>
                <th scope="col">Requirements</th>
                <th scope="col">Stage</th>
                <th scope="col">Decision</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => {
                const name = candidateLabel(item.candidate)
                return (
                  <tr
                    key={item.applicationId}
                    data-application-id={item.applicationId}
                    data-score={item.score}
                    data-rank-score={item.rankScore}
                    data-all-required-met={item.allRequiredMet}
                    data-blind={item.blind}
                  >
                    <td className="col-select">
                      <input
                        type="checkbox"
                        aria-label={`Select ${name}`}
                        checked={selected.includes(item.applicationId)}
                        onChange={(event) => toggle(item.applicationId, event.target.checked)}
                      />
                    </td>
                    <td className="col-rank">{item.rank}</td>
                    <th scope="row">
                      <Link
                        to={`/applications/${item.applicationId}${query.stage ? `?stage=${encodeURIComponent(query.stage)}` : ''}`}
                      >
                        {name}
                      </Link>
                      <CurrentRole role={item.currentRole} />
                      <RoleFitLine roleFit={item.roleFit} />
                      {item.hiddenTextFlagged ? (
                        <span className="badge badge-warning" title="This resume contains hidden text">
                          Hidden text
                        </span>
                      ) : null}
                      {item.blind ? (
                        <span className="badge" title="Identifying details are hidden until a later stage">
                          Blind review
                        </span>
                      ) : null}
                      {item.alternativeProcessRequested ? (
                        <span
                          className="badge badge-warning"
                          title="The candidate asked for an alternative to automated screening"
                        >
                          Alternative process requested
                        </span>
                      ) : null}
                    </th>
                    <td className="col-score">
                      <ScoreBar score={item.rankScore} label={`Rank score for ${name}`} />
                    </td>
                    <td className="col-score">
                      <ScoreBar score={item.score} label={`Score for ${name}`} />
                    </td>
                    <td className="col-met">
                      {item.requiredMet}/{item.requiredTotal}
                    </td>
                    <td>
                      <ul className="chip-list">
                        {item.requirements.map((result) => {
                          const requirement = requirementsById.get(result.requirementId)
                          return requirement ? (
                            <li key={result.requirementId}>
                              <RequirementChip
                                label={requirement.label}
                                status={result.status}
                                required={requirement.kind === 'required'}
                              />
                            </li>
                          ) : null
                        })}
                      </ul>
                    </td>
                    <td>
                      <StageBadge stage={item.stage} />
                    </td>
                    <td>
                      <DecisionBadge decision={item.decision} />
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {items.length > 0 ? (
        <nav className="pagination" aria-label="Shortlist pages">
          <span>
            Showing {items.length} of {total}
          </span>
          {shortlist.hasNextPage ? (
            <button
              type="button"
              className="button"
              disabled={shortlist.isFetchingNextPage}
              onClick={() => void shortlist.fetchNextPage()}
            >
              {shortlist.isFetchingNextPage ? 'Loading…' : 'Show more'}
            </button>
          ) : null}
        </nav>
      ) : null}
    </>
  )
}
