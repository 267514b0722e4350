import { candidateLabel, ZApplication } from '@shortlist/contracts'
import { useQueries } from '@tanstack/react-query'
import { Link, useParams, useSearchParams } from 'react-router-dom'
import { apiRequest } from '../api/client'
import { queryKeys, useJob } from '../api/queries'
import { DecisionBadge, RequirementChip } from '../components/chips'
import { PageHeading, usePageTitle } from '../components/layout'
import { ScoreBar } from '../components/score-bar'
import { EmptyState, ErrorState, Loading } from '../components/status'

export function ComparePage() {
  usePageTitle('Compare candidates')
  const { jobId = '' } = useParams()
  const [params] = useSearchParams()
  const ids = (params.get('ids') ?? '').split(',').filter(Boolean).slice(0, 3)
  const job = useJob(jobId)
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: queryKeys.application(id),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiRequest(`/v1/applications/${encodeURIComponent(id)}`, ZApplication, { signal }),
    })),
  })

  const header = (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/jobs">Jobs</Link> <span aria-hidden="true">/</span>{' '}
        <Link to={`/jobs/${jobId}/shortlist`}>Shortlist</Link> <span aria-hidden="true">/</span>{' '}
        <span aria-current="page">Compare</span>
      </nav>
      <PageHeading>Compare candidates</PageHeading>
    </>
  )

  if (ids.length < 2) {
    return (
      <>
        {header}
        <EmptyState>
          Pick two or three candidates on the <Link to={`/jobs/${jobId}/shortlist`}>shortlist</Link> to
          compare them.
        </EmptyState>
      </>
    )
  }
  const failed = results.find((result) => result.isError)
  if (failed)
    return (
      <>
        {header}
        <ErrorState error={failed.error} />
      </>
    )
  if (results.some((result) => result.isPending) || job.isPending) {
    return (
      <>
        {header}
        <Loading label="Loading candidates…" />
      </>
    )
  }
  const applications = results.flatMap((result) => (result.data ? [result.data] : []))
  const requirements = job.data?.requirements ?? []

  return (
    <>
      {header}
      <div className="table-wrap">
        <table className="table compare-table">
          <caption className="visually-hidden">Candidates side by side, one column each</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Criterion</span>
              </th>
              {applications.map((application) => (
                <th scope="col" key={application.id}>
                  <Link to={`/applications/${application.id}`}>{candidateLabel(application.candidate)}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Score</th>
              {applications.map((application) => (
                <td key={application.id}>
                  <ScoreBar score={application.score} />
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Required met</th>
              {applications.map((application) => (
                <td key={application.id}>
                  {application.requiredMet ?? '—'}/{application.requiredTotal ?? '—'}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Decision</th>
              {applications.map((application) => (
                <td key={application.id}>
                  <DecisionBadge decision={application.decision?.decision ?? null} />
                </td>
              ))}
            </tr>
            {requirements.map((requirement) => (
              <tr key={requirement.id}>
                <th scope="row">
                  {requirement.label}
                  {requirement.kind === 'required' ? <span className="muted small"> (required)</span> : null}
                </th>
                {applications.map((application) => {
                  const result = application.requirements?.find(
                    (item) => item.requirementId === requirement.id,
                  )
                  return (
                    <td key={application.id}>
                      {result ? (
                        <>
                          <RequirementChip label={result.status} status={result.status} required={false} />
                          {result.evidence[0] ? (
                            <q className="quote small">{result.evidence[0].quote}</q>
                          ) : null}
                        </>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
