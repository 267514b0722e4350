import { Link } from 'react-router-dom'
import { useMyInterviews } from '../api/interview-queries'
import { INTERVIEW_STATUS_WORDS } from '../components/interview-words'
import { PageHeading, usePageTitle } from '../components/layout'
import { EmptyState, ErrorState, Loading } from '../components/status'

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' })

/** The signed-in user's interview queue (`/interviews`): open interviews first, then submitted ones. */
export function InterviewsPage() {
  usePageTitle('My interviews')
  const interviews = useMyInterviews()
  return (
    <>
      <PageHeading>My interviews</PageHeading>
      {interviews.isPending ? <Loading label="Loading your interviews…" /> : null}
      {interviews.isError ? (
        <ErrorState error={interviews.error} onRetry={() => void interviews.refetch()} />
      ) : null}
      {interviews.data && interviews.data.items.length === 0 ? (
        <EmptyState>No interviews are assigned to you yet.</EmptyState>
      ) : null}
      {interviews.data && interviews.data.items.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Interviews assigned to you</caption>
            <thead>
              <tr>
                <th scope="col">Candidate</th>
                <th scope="col">Job</th>
                <th scope="col">Interview</th>
                <th scope="col">Scorecard</th>
              </tr>
            </thead>
            <tbody>
              {interviews.data.items.map((item) => (
                <tr key={item.id} data-interview-id={item.id} data-status={item.status}>
                  <td>
                    <Link to={`/interviews/${item.id}`}>{item.candidateName ?? 'Unnamed candidate'}</Link>
                  </td>
                  <td>{item.job.title}</td>
                  <td>{item.interview.name}</td>
                  <td>
                    {INTERVIEW_STATUS_WORDS[item.status]}
                    {item.submittedAt ? (
                      <span className="muted small block">{dateTime.format(new Date(item.submittedAt))}</span>
                    ) : null}
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
