import { type Application, ZInterviewSummaryList } from '@shortlist/contracts'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useId, useState } from 'react'
import { Link } from 'react-router-dom'
import { apiRequest } from '../api/client'
import { interviewKeys, useInterviewers, useInterviewPlan, useScorecards } from '../api/interview-queries'
import { formatLevel, formatTally, INTERVIEW_STATUS_WORDS, RECOMMENDATION_WORDS } from './interview-words'
import { ErrorState, FieldError, Loading } from './status'

/**
 * Interview feedback on the candidate page: the per-requirement mean rubric level and the recommendations,
 * next to (never blended into) the screening status of each requirement.
 */
export function InterviewFeedbackPanel({
  application,
  canAssign,
}: {
  application: Application
  canAssign: boolean
}) {
  const scorecards = useScorecards(application.id)
  const screening = new Map((application.requirements ?? []).map((result) => [result.requirementId, result]))
  return (
    <section className="card" aria-labelledby="interview-feedback-heading">
      <h2 id="interview-feedback-heading">Interview feedback</h2>
      <p className="muted small">
        Kept apart from the screening score: the score above comes from the resume only.
      </p>
      {scorecards.isPending ? <Loading label="Loading scorecards…" /> : null}
      {scorecards.isError ? (
        <ErrorState error={scorecards.error} onRetry={() => void scorecards.refetch()} />
      ) : null}
      {scorecards.data?.hidden ? (
        <p className="state state-warning">
          Submit your own scorecard first: the other interviewers' feedback stays hidden until yours is in.{' '}
          <Link to="/interviews">Go to my interviews</Link>.
        </p>
      ) : null}
      {scorecards.data && !scorecards.data.hidden ? (
        <>
          <p>
            <strong>Recommendations:</strong> {formatTally(scorecards.data.aggregate.recommendations)}{' '}
            <span className="muted">
              ({scorecards.data.aggregate.scorecards} submitted, {scorecards.data.pending.length} pending)
            </span>
          </p>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">
                Per requirement: screening status from the resume and mean interview rubric level
              </caption>
              <thead>
                <tr>
                  <th scope="col">Requirement</th>
                  <th scope="col">Screening</th>
                  <th scope="col">Interview level</th>
                  <th scope="col">Ratings</th>
                </tr>
              </thead>
              <tbody>
                {scorecards.data.aggregate.requirements.map((signal) => (
                  <tr key={signal.requirementId}>
                    <th scope="row">{signal.label}</th>
                    <td>{screening.get(signal.requirementId)?.status ?? '—'}</td>
                    <td>{formatLevel(signal.meanLevel)}</td>
                    <td>{signal.ratings}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {scorecards.data.scorecards.length > 0 ? (
            <>
              <h3>Submitted scorecards</h3>
              <ul className="stack">
                {scorecards.data.scorecards.map((card) => (
                  <li key={card.id}>
                    <details>
                      <summary>
                        {card.interviewer.name}, {card.interview.name}:{' '}
                        {card.recommendation ? RECOMMENDATION_WORDS[card.recommendation] : '—'}
                      </summary>
                      <ul>
                        {card.ratings.map((rating) => (
                          <li key={rating.questionId}>
                            Level {rating.level}
                            {rating.note ? `: ${rating.note}` : ''}
                          </li>
                        ))}
                      </ul>
                    </details>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {scorecards.data.pending.length > 0 ? (
            <>
              <h3>Waiting for</h3>
              <ul>
                {scorecards.data.pending.map((item) => (
                  <li key={item.id}>
                    {item.interviewer.name}, {item.interview.name} ({INTERVIEW_STATUS_WORDS[item.status]})
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
      {canAssign ? <AssignInterviewForm application={application} /> : null}
    </section>
  )
}

function AssignInterviewForm({ application }: { application: Application }) {
  const queryClient = useQueryClient()
  const plan = useInterviewPlan(application.jobId)
  const interviewers = useInterviewers(true)
  const selectId = useId()
  const [error, setError] = useState<string | undefined>()
  const [done, setDone] = useState<string | null>(null)
  const assign = useMutation({
    mutationFn: (body: { interviewId: string; interviewerIds: string[] }) =>
      apiRequest(`/v1/applications/${encodeURIComponent(application.id)}/interviews`, ZInterviewSummaryList, {
        method: 'POST',
        body,
      }),
    onSuccess: (result) => {
      setDone(`Assigned to ${result.items.map((item) => item.interviewer.name).join(', ')}.`)
      return queryClient.invalidateQueries({ queryKey: interviewKeys.all })
    },
  })

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setDone(null)
    const form = new FormData(event.currentTarget)
    const interviewId = String(form.get('interviewId') ?? '')
    const interviewerIds = form.getAll('interviewerIds').map(String)
    if (!interviewId || interviewerIds.length === 0) {
      setError('Pick an interview and at least one interviewer.')
      return
    }
    setError(undefined)
    assign.mutate({ interviewId, interviewerIds })
  }

  if (plan.isPending || interviewers.isPending) return <Loading label="Loading the interview plan…" />
  if (plan.isError) return <ErrorState error={plan.error} />
  if (interviewers.isError) return <ErrorState error={interviewers.error} />
  if (plan.data.interviews.length === 0)
    return (
      <p className="muted">
        No interview plan yet: add one on the <Link to={`/jobs/${application.jobId}`}>job page</Link>.
      </p>
    )
  return (
    <form onSubmit={onSubmit} className="stack" noValidate aria-labelledby={`${selectId}-heading`}>
      <h3 id={`${selectId}-heading`}>Assign an interview</h3>
      <div className="field">
        <label htmlFor={selectId}>Interview</label>
        <select id={selectId} name="interviewId" className="input">
          {plan.data.interviews.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>Interviewers</legend>
        {interviewers.data.items.map((user) => (
          <label key={user.id} className="block">
            <input type="checkbox" name="interviewerIds" value={user.id} /> {user.name}{' '}
            <span className="muted small">({user.role.replace('_', ' ')})</span>
          </label>
        ))}
      </fieldset>
      <FieldError id={`${selectId}-error`} message={error} />
      {assign.isError ? <ErrorState error={assign.error} title="Not assigned." /> : null}
      <p role="status" aria-live="polite" className="muted">
        {done ?? ''}
      </p>
      <div>
        <button type="submit" className="button" disabled={assign.isPending}>
          Assign
        </button>
      </div>
    </form>
  )
}
