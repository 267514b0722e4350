import { candidateLabel } from '@shortlist/contracts'
import { Link, useParams } from 'react-router-dom'
import { useApplications, useJob } from '../api/queries'
import { ApplicationStatusBadge, JobStatusBadge } from '../components/chips'
import { InterviewPlanEditor } from '../components/interview-plan-editor'
import { PageHeading, usePageTitle, useStaff } from '../components/layout'
import { RequirementsEditor } from '../components/requirements-editor'
import { ScoreBar } from '../components/score-bar'
import { EmptyState, ErrorState, Loading } from '../components/status'
import { UploadPanel } from '../components/upload-panel'

export function JobPage() {
  const { jobId = '' } = useParams()
  const me = useStaff()
  const job = useJob(jobId)
  usePageTitle(job.data?.title ?? 'Job')
  const canEdit = me.user.role !== 'hiring_manager'

  if (job.isPending) return <Loading label="Loading job…" />
  if (job.isError) return <ErrorState error={job.error} onRetry={() => void job.refetch()} />
  const data = job.data

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/jobs">Jobs</Link> <span aria-hidden="true">/</span>{' '}
        <span aria-current="page">{data.title}</span>
      </nav>
      <PageHeading
        actions={
          <>
            <Link to={`/jobs/${data.id}/shortlist`} className="button button-primary">
              Shortlist
            </Link>
            <Link to={`/jobs/${data.id}/pool`} className="button">
              Talent pool
            </Link>
            <Link to={`/jobs/${data.id}/kit`} className="button">
              Interview kit
            </Link>
            {me.user.role === 'admin' ? (
              <Link to={`/jobs/${data.id}/fairness`} className="button">
                Fairness
              </Link>
            ) : null}
          </>
        }
      >
        {data.title} <JobStatusBadge status={data.status} />
      </PageHeading>
      {data.status === 'analyzing' ? (
        <p className="state state-loading" role="status">
          <span className="spinner" aria-hidden="true" />
          Reading the posting and finding requirements…
        </p>
      ) : null}
      {data.status === 'failed' ? (
        <p className="state state-error" role="alert">
          The posting could not be analyzed. You can still add requirements by hand.
        </p>
      ) : null}
      <RequirementsEditor job={data} canEdit={canEdit && data.status !== 'analyzing'} />
      {canEdit ? <UploadPanel jobId={data.id} /> : null}
      <InterviewPlanEditor
        job={data}
        canEdit={me.user.role === 'admin' || me.user.role === 'hiring_manager'}
      />
      <ApplicationsTable jobId={data.id} />
    </>
  )
}

function ApplicationsTable({ jobId }: { jobId: string }) {
  const applications = useApplications(jobId)
  return (
    <section className="card" aria-labelledby="applications-heading">
      <h2 id="applications-heading">Applications</h2>
      {applications.isPending ? <Loading label="Loading applications…" /> : null}
      {applications.isError ? (
        <ErrorState error={applications.error} onRetry={() => void applications.refetch()} />
      ) : null}
      {applications.data && applications.data.items.length === 0 ? (
        <EmptyState>No resumes uploaded yet.</EmptyState>
      ) : null}
      {applications.data && applications.data.items.length > 0 ? (
        <div className="table-wrap">
          <table className="table applications-table">
            <caption className="visually-hidden">Uploaded resumes and their processing status</caption>
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Candidate</th>
                <th scope="col" className="col-status">
                  Status
                </th>
                <th scope="col" className="col-score">
                  Score
                </th>
              </tr>
            </thead>
            <tbody>
              {applications.data.items.map((item) => (
                <tr key={item.id} data-application-id={item.id} data-status={item.status}>
                  <td className="break">{item.filename}</td>
                  <td>
                    {item.status === 'scored' ? (
                      <Link to={`/applications/${item.id}`}>{candidateLabel(item.candidate)}</Link>
                    ) : (
                      (item.candidate.name ?? <span className="muted">—</span>)
                    )}
                  </td>
                  <td className="col-status">
                    <ApplicationStatusBadge status={item.status} />
                    {item.status === 'failed' ? (
                      <span className="error-text block">
                        {item.error?.message ?? 'Could not read this file.'}
                      </span>
                    ) : null}
                  </td>
                  <td className="col-score">
                    <ScoreBar score={item.score} label={`Score for ${item.filename}`} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  )
}
