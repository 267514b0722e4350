import {
  type InterviewDetail,
  type Question,
  type Recommendation,
  type ScorecardBody,
  ZScorecard,
} from '@shortlist/contracts'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useId, useState } from 'react'
import { Link, useParams } from 'react-router-dom'
import { apiRequest } from '../api/client'
import { interviewKeys, useInterview } from '../api/interview-queries'
import {
  INTERVIEW_STATUS_WORDS,
  RECOMMENDATION_ORDER,
  RECOMMENDATION_WORDS,
} from '../components/interview-words'
import { PageHeading, usePageTitle } from '../components/layout'
import { ErrorState, Loading } from '../components/status'

/** One interview's scorecard (`/interviews/:interviewId`): a rubric level and a note per question, then a verdict. */
export function ScorecardPage() {
  const { interviewId = '' } = useParams()
  const interview = useInterview(interviewId)
  usePageTitle(`Scorecard · ${interview.data?.candidateName ?? 'Candidate'}`)

  if (interview.isPending) return <Loading label="Loading the interview…" />
  if (interview.isError)
    return <ErrorState error={interview.error} onRetry={() => void interview.refetch()} />
  const data = interview.data
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/interviews">My interviews</Link> <span aria-hidden="true">/</span>{' '}
        <span aria-current="page">{data.candidateName ?? 'Candidate'}</span>
      </nav>
      <PageHeading
        actions={
          <Link to={`/applications/${data.applicationId}`} className="button">
            Candidate
          </Link>
        }
      >
        {data.interview.name}: {data.candidateName ?? 'Unnamed candidate'}
      </PageHeading>
      <p className="lead">
        {data.job.title} · {INTERVIEW_STATUS_WORDS[data.status]}
      </p>
      {/* Keyed by id and status so a saved or submitted scorecard restarts from what the server stored. */}
      <ScorecardForm key={`${data.id}:${data.status}`} interview={data} />
    </>
  )
}

type Draft = Record<string, { level: number | null; note: string }>

function initialDraft(interview: InterviewDetail): Draft {
  const draft: Draft = {}
  for (const question of interview.questions) draft[question.id] = { level: null, note: '' }
  for (const rating of interview.ratings)
    draft[rating.questionId] = { level: rating.level, note: rating.note }
  return draft
}

function ScorecardForm({ interview }: { interview: InterviewDetail }) {
  const queryClient = useQueryClient()
  const recommendationId = useId()
  const [draft, setDraft] = useState<Draft>(() => initialDraft(interview))
  const [recommendation, setRecommendation] = useState<Recommendation | null>(interview.recommendation)
  const [saved, setSaved] = useState<string | null>(null)
  const final = interview.status === 'submitted'
  const save = useMutation({
    mutationFn: (body: ScorecardBody) =>
      apiRequest(`/v1/interviews/${encodeURIComponent(interview.id)}/scorecard`, ZScorecard, {
        method: 'PUT',
        body,
      }),
    onSuccess: (scorecard) => {
      setSaved(scorecard.status === 'submitted' ? 'Scorecard submitted.' : 'Draft saved.')
      return queryClient.invalidateQueries({ queryKey: interviewKeys.all })
    },
  })

  const submit = (event: FormEvent<HTMLFormElement>, final: boolean) => {
    event.preventDefault()
    setSaved(null)
    save.mutate({
      ratings: Object.entries(draft).flatMap(([questionId, value]) =>
        value.level === null ? [] : [{ questionId, level: value.level, note: value.note }],
      ),
      recommendation,
      submit: final,
    })
  }

  if (interview.questions.length === 0) {
    return (
      <p className="state state-warning">
        This interview has no questions from the role's interview kit. Ask the hiring manager to add some to
        the plan.
      </p>
    )
  }

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        const submitter = (event.nativeEvent as SubmitEvent).submitter
        submit(event, submitter?.getAttribute('value') === 'submit')
      }}
    >
      {final ? (
        <p className="state state-success">This scorecard was submitted and can no longer change.</p>
      ) : null}
      <ol className="stack">
        {interview.questions.map((question, index) => (
          <li key={question.id}>
            <QuestionRating
              question={question}
              number={index + 1}
              value={draft[question.id] ?? { level: null, note: '' }}
              disabled={final}
              onChange={(value) => setDraft((current) => ({ ...current, [question.id]: value }))}
            />
          </li>
        ))}
      </ol>
      <fieldset className="card" disabled={final}>
        <legend id={recommendationId}>Overall recommendation</legend>
        {RECOMMENDATION_ORDER.map((key) => (
          <label key={key} className="block">
            <input
              type="radio"
              name="recommendation"
              value={key}
              checked={recommendation === key}
              onChange={() => setRecommendation(key)}
            />{' '}
            {RECOMMENDATION_WORDS[key]}
          </label>
        ))}
      </fieldset>
      {save.isError ? <ErrorState error={save.error} title="Not saved." /> : null}
      <p role="status" aria-live="polite" className="muted">
        {saved ?? ''}
      </p>
      {final ? null : (
        <div className="field-row">
          <button type="submit" name="action" value="draft" className="button" disabled={save.isPending}>
            Save draft
          </button>
          <button
            type="submit"
            name="action"
            value="submit"
            className="button button-primary"
            disabled={save.isPending}
            aria-describedby={`${recommendationId}-hint`}
          >
            Submit scorecard
          </button>
          <span id={`${recommendationId}-hint`} className="hint">
            Submitting is final. You see the other interviewers' scorecards once yours is in.
          </span>
        </div>
      )}
    </form>
  )
}

function QuestionRating({
  question,
  number,
  value,
  disabled,
  onChange,
}: {
  question: Question
  number: number
  value: { level: number | null; note: string }
  disabled: boolean
  onChange: (value: { level: number | null; note: string }) => void
}) {
  const id = useId()
  const levels = [...question.rubric.levels].sort((a, b) => a.level - b.level)
  return (
    <fieldset className="card kit-question" disabled={disabled} aria-describedby={`${id}-why`}>
      <legend>
        <span className="question-number">Question {number}.</span> {question.text}
      </legend>
      {question.why ? (
        <p id={`${id}-why`} className="muted small">
          {question.why}
        </p>
      ) : null}
      <details>
        <summary>Strong answers, red flags and follow-ups</summary>
        <ul>
          {question.rubric.strongAnswer.map((item) => (
            <li key={`strong-${item}`}>Strong: {item}</li>
          ))}
          {question.rubric.redFlags.map((item) => (
            <li key={`flag-${item}`}>Red flag: {item}</li>
          ))}
          {question.rubric.followUps.map((item) => (
            <li key={`follow-${item}`}>Follow-up: {item}</li>
          ))}
        </ul>
      </details>
      <div role="radiogroup" aria-label={`Rubric level for question ${number}`} className="stack">
        {levels.map((level) => (
          <label key={level.level} className="block">
            <input
              type="radio"
              name={`level-${question.id}`}
              value={level.level}
              checked={value.level === level.level}
              onChange={() => onChange({ ...value, level: level.level })}
            />{' '}
            <strong>
              {level.level} · {level.label}
            </strong>{' '}
            <span className="muted">{level.description}</span>
          </label>
        ))}
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Notes on question {number}</label>
        <textarea
          id={`${id}-note`}
          className="input"
          rows={3}
          maxLength={5000}
          value={value.note}
          onChange={(event) => onChange({ ...value, note: event.target.value })}
        />
      </div>
    </fieldset>
  )
}
