import { Link, Navigate } from 'react-router-dom'
import { useJobs } from '../api/queries'
import { JobStatusBadge } from '../components/chips'
import { PageHeading, usePageTitle, useStaff } from '../components/layout'
import { EmptyState, ErrorState, Loading } from '../components/status'

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' })

export function JobsPage() {
  // Interviewers see only the candidates assigned to them: their home is the interview queue.
  if (useStaff().user.role === 'interviewer') return <Navigate to="/interviews" replace />
  return <JobsList />
}

function JobsList() {
  usePageTitle('Jobs')
  const me = useStaff()
  const jobs = useJobs()
  const canCreate = me.user.role !== 'hiring_manager'
  return (
    <>
      <PageHeading
        actions={
          canCreate ? (
            <Link to="/jobs/new" className="button button-primary">
              New job
            </Link>
          ) : null
        }
      >
        Jobs
      </PageHeading>
      {jobs.isPending ? <Loading label="Loading jobs…" /> : null}
      {jobs.isError ? <ErrorState error={jobs.error} onRetry={() => void jobs.refetch()} /> : null}
      {jobs.data && jobs.data.items.length === 0 ? (
        <EmptyState>
          <p>No jobs yet.</p>
          {canCreate ? (
            <p>
              <Link to="/jobs/new">Create a job from a posting</Link> to start screening resumes.
            </p>
          ) : null}
        </EmptyState>
      ) : null}
      {jobs.data && jobs.data.items.length > 0 ? (
        <div className="table-wrap">
          <table className="table jobs-table">
            <caption className="visually-hidden">Jobs with their status and application counts</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Status</th>
                <th scope="col" className="numeric">
                  Applications
                </th>
                <th scope="col" className="numeric">
                  Scored
                </th>
                <th scope="col" className="numeric">
                  In progress
                </th>
                <th scope="col" className="numeric">
                  Failed
                </th>
                <th scope="col">Created</th>
                <th scope="col">
                  <span className="visually-hidden">Links</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {jobs.data.items.map((job) => (
                <tr key={job.id}>
                  <th scope="row">
                    <Link to={`/jobs/${job.id}`}>{job.title}</Link>
                  </th>
                  <td>
                    <JobStatusBadge status={job.status} />
                  </td>
                  <td className="numeric">{job.counts.applications}</td>
                  <td className="numeric">{job.counts.scored}</td>
                  <td className="numeric">{job.counts.queued + job.counts.processing}</td>
                  <td className="numeric">{job.counts.failed}</td>
                  <td>{dateFormat.format(new Date(job.createdAt))}</td>
                  <td>
                    <Link to={`/jobs/${job.id}/shortlist`}>
                      Shortlist<span className="visually-hidden"> for {job.title}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  )
}
