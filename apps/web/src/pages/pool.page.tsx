import { candidateLabel } from '@shortlist/contracts'
import { type FormEvent, useId } from 'react'
import { Link, useParams, useSearchParams } from 'react-router-dom'
import { useApplications, useJob, usePoolMatches } from '../api/queries'
import { CurrentRole } from '../components/current-role'
import { PageHeading, usePageTitle } from '../components/layout'
import { RoleFitLine } from '../components/role-fit-line'
import { ScoreBar } from '../components/score-bar'
import { EmptyState, ErrorState, Loading } from '../components/status'

const LIMITS = [10, 20, 50, 100] as const
const DEFAULT_LIMIT = 20

/** Reads the page size from the URL, falling back to the default for anything the API would refuse. */
function readLimit(params: URLSearchParams): number {
  const limit = Number(params.get('limit'))
  return LIMITS.some((allowed) => allowed === limit) ? limit : DEFAULT_LIMIT
}

/** The requirement score's share of the pool order, as a percentage. */
function matchesShare(share: number | undefined): string {
  if (share === undefined) return 'a share'
  return `${Math.round(share * 100)}%`
}

export function PoolPage() {
  const { jobId = '' } = useParams()
  const [params, setParams] = useSearchParams()
  const limit = readLimit(params)
  const limitId = useId()
  const job = useJob(jobId)
  const ready = job.data?.status === 'ready'
  const matches = usePoolMatches(jobId, limit, ready)
  // The matches carry candidate ids only; this job's own applications let those candidates link to their page.
  const applications = useApplications(jobId)
  usePageTitle(job.data ? `Talent pool · ${job.data.title}` : 'Talent pool')

  const applicationByCandidate = new Map<string, string>()
  for (const item of applications.data?.items ?? []) {
    if (item.candidate.id) applicationByCandidate.set(item.candidate.id, item.id)
  }

  const onLimit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const next = new URLSearchParams(params)
    const chosen = Number(new FormData(event.currentTarget).get('limit'))
    if (chosen === DEFAULT_LIMIT) next.delete('limit')
    else next.set('limit', String(chosen))
    setParams(next)
  }

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/jobs">Jobs</Link> <span aria-hidden="true">/</span>{' '}
        <Link to={`/jobs/${jobId}`}>{job.data?.title ?? 'Job'}</Link> <span aria-hidden="true">/</span>{' '}
        <span aria-current="page">Talent pool</span>
      </nav>
      <PageHeading
        actions={
          <Link to={`/jobs/${jobId}/shortlist`} className="button">
            Shortlist
          </Link>
        }
      >
        Talent pool{job.data ? `: ${job.data.title}` : ''}
      </PageHeading>
      <p className="lead">
        Resumes from every job in your organization, ranked for this job by how well their background fits the
        role and how many requirements they meet.
      </p>
      <p className="muted small">
        Family fit compares the skill families of a resume (its skills and current role) with the posting's
        and with the best-fitting resumes of the pool; the families they share most are listed under it. The
        order is the shortlist's: candidates who meet every required item first, then the shortlist's rank
        score ({matchesShare(matches.data?.scorerShare)} requirement coverage, the rest role fit) plus the
        family fit, so a candidate from the right field can rank above a higher score earned on generic
        requirements.
      </p>

      {job.isPending ? <Loading label="Loading job…" /> : null}
      {job.isError ? <ErrorState error={job.error} onRetry={() => void job.refetch()} /> : null}
      {job.data?.status === 'analyzing' ? (
        <p className="state state-loading" role="status">
          <span className="spinner" aria-hidden="true" />
          Reading the posting first; the pool is searched once its requirements are ready…
        </p>
      ) : null}
      {job.data?.status === 'failed' ? (
        <ErrorState
          error={new Error('Add requirements on the job page, then search the pool again.')}
          title="The posting could not be analyzed."
        />
      ) : null}

      {ready ? (
        <section className="card" aria-labelledby="pool-heading">
          <div className="section-heading">
            <h2 id="pool-heading">Best matches</h2>
            <form className="inline-form" onSubmit={onLimit} aria-label="How many matches to show">
              <label htmlFor={limitId}>Show</label>
              <select
                id={limitId}
                name="limit"
                className="input input-small"
                defaultValue={limit}
                key={limit}
              >
                {LIMITS.map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
              <button type="submit" className="button button-small">
                Update
              </button>
            </form>
          </div>
          {matches.isPending ? <Loading label="Searching the talent pool…" /> : null}
          {matches.isError ? (
            <ErrorState
              error={matches.error}
              title="Could not search the pool."
              onRetry={() => void matches.refetch()}
            />
          ) : null}
          {matches.data && matches.data.items.length === 0 ? (
            <EmptyState>
              <p>No resumes in your organization match this job yet.</p>
              <p>Upload resumes to any job and they become part of the pool.</p>
            </EmptyState>
          ) : null}
          {matches.data && matches.data.items.length > 0 ? (
            <div
              className={`table-wrap${matches.isPlaceholderData ? ' is-stale' : ''}`}
              aria-busy={matches.isPlaceholderData}
            >
              <table className="table pool-table">
                <caption className="visually-hidden">
                  Candidates from the whole resume pool, best match first
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className="col-rank">
                      Rank
                    </th>
                    <th scope="col">Candidate</th>
                    <th scope="col" className="col-fit">
                      Role fit
                    </th>
                    <th scope="col" className="col-score">
                      Score
                    </th>
                    <th scope="col" className="col-met">
                      Required met
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {matches.data.items.map((match) => {
                    const name = candidateLabel(match.candidate)
                    const applicationId = match.candidate.id
                      ? applicationByCandidate.get(match.candidate.id)
                      : undefined
                    return (
                      <tr
                        key={`${match.rank}-${match.candidate.id ?? 'none'}`}
                        data-rank={match.rank}
                        data-score={match.score}
                        data-pool-score={match.poolScore}
                        data-all-required-met={match.allRequiredMet ?? false}
                      >
                        <td className="col-rank">{match.rank}</td>
                        <th scope="row">
                          {applicationId ? (
                            <Link to={`/applications/${applicationId}`}>{name}</Link>
                          ) : (
                            <>
                              {name}
                              {applications.data ? (
                                <span className="muted small block">From another job’s applicants</span>
                              ) : null}
                            </>
                          )}
                          <CurrentRole role={match.currentRole} />
                          <RoleFitLine roleFit={match.roleFit} />
                        </th>
                        <td className="col-fit">
                          <span className="fit-number">{Math.round(match.familyFit * 100)}%</span>
                          {match.sharedFamilies.length > 0 ? (
                            <span className="muted small block shared-families">
                              {match.sharedFamilies.map((family) => family.replaceAll('-', ' ')).join(', ')}
                            </span>
                          ) : null}
                        </td>
                        <td className="col-score">
                          <ScoreBar score={match.score} label={`Score for ${name}`} />
                        </td>
                        <td className="col-met">
                          {match.requiredMet} of {match.requiredTotal}
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
          ) : null}
        </section>
      ) : null}
    </>
  )
}
