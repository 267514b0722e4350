import {
  type Application,
  type Career,
  candidateLabel,
  type DecisionKind,
  ZDecisionBody,
  ZInvite,
  ZNoteBody,
} from '@shortlist/contracts'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useEffect, useId, useState } from 'react'
import { Link, useParams, useSearchParams } from 'react-router-dom'
import { z } from 'zod'
import { apiRequest } from '../api/client'
import { queryKeys, useApplication, useApplicationStage, useJob, useShortlist } from '../api/queries'
import { BlindReviewNotice } from '../components/blind-review-settings'
import { CandidateCorrections } from '../components/candidate-corrections'
import { CandidateMessagesPanel } from '../components/candidate-messages'
import { ApplicationStatusBadge, DecisionBadge, RequirementChip } from '../components/chips'
import { formatRole } from '../components/current-role'
import { HighlightedText } from '../components/highlighted-text'
import { InterviewFeedbackPanel } from '../components/interview-feedback-panel'
import { PageHeading, usePageTitle, useStaff } from '../components/layout'
import { ScoreBar } from '../components/score-bar'
import { StageBadge, StageMoveForm, stageLabel } from '../components/stage-controls'
import { ErrorState, FieldError, Loading } from '../components/status'

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' })

export function ApplicationPage() {
  const { applicationId = '' } = useParams()
  const me = useStaff()
  const role = me.user.role
  const application = useApplication(applicationId)
  const jobId = application.data?.jobId ?? ''
  const job = useJob(jobId)
  const queryClient = useQueryClient()
  const name = application.data ? candidateLabel(application.data.candidate) : 'Candidate'
  usePageTitle(name)

  if (application.isPending) return <Loading label="Loading candidate…" />
  if (application.isError)
    return <ErrorState error={application.error} onRetry={() => void application.refetch()} />
  const data = application.data

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/jobs">Jobs</Link> <span aria-hidden="true">/</span>{' '}
        <Link to={`/jobs/${data.jobId}`}>{job.data?.title ?? 'Job'}</Link> <span aria-hidden="true">/</span>{' '}
        <Link to={`/jobs/${data.jobId}/shortlist`}>Shortlist</Link> <span aria-hidden="true">/</span>{' '}
        <span aria-current="page">{name}</span>
      </nav>
      <PageHeading
        actions={
          role === 'interviewer' ? null : (
            <Link to={`/applications/${data.id}/kit`} className="button">
              Interview kit
            </Link>
          )
        }
      >
        {name}
      </PageHeading>
      {data.blind ? <BlindReviewNotice /> : null}
      {data.alternativeProcess ? (
        <section className="state state-warning" role="note" aria-labelledby="alternative-process-heading">
          <h2 id="alternative-process-heading">Alternative process requested</h2>
          <p>
            On {dateTime.format(new Date(data.alternativeProcess.requestedAt))} the candidate asked for an
            alternative to automated screening.
            {data.alternativeProcess.note ? ` Their note: “${data.alternativeProcess.note}”` : ''}
          </p>
        </section>
      ) : null}
      <StagePanel application={data} />
      <Summary application={data} />
      {/* Corrections edit the name and email, which blind review withholds. */}
      {data.candidate.id && !data.blind ? (
        <CandidateCorrections
          candidateId={data.candidate.id}
          canEdit={role === 'admin' || role === 'recruiter'}
          onSaved={() => queryClient.invalidateQueries({ queryKey: queryKeys.application(data.id) })}
        />
      ) : null}
      {data.career && (data.career.headline || data.career.experiences.length > 0) ? (
        <CareerPanel career={data.career} />
      ) : null}
      {data.hiddenText.flagged ? <HiddenTextWarning hiddenText={data.hiddenText} /> : null}
      {data.status === 'scored' ? <Evidence application={data} /> : <NotScored application={data} />}
      <InterviewFeedbackPanel application={data} canAssign={role !== 'interviewer'} />
      <div className="grid-two">
        <DecisionPanel application={data} canDecide={role === 'admin' || role === 'hiring_manager'} />
        {role === 'interviewer' ? null : <NotesPanel application={data} />}
      </div>
      {role === 'admin' || role === 'recruiter' ? <InvitePanel application={data} /> : null}
      {role === 'admin' || role === 'recruiter' ? <CandidateMessagesPanel application={data} /> : null}
    </>
  )
}

/**
 * The top of the candidate page: where the candidate is, the controls to move them, every move so far, and
 * previous/next through the shortlist (keeping its stage filter) so a reviewer can work down the list.
 */
function StagePanel({ application }: { application: Application }) {
  const [params] = useSearchParams()
  const stageFilter = params.get('stage') ?? undefined
  const stage = useApplicationStage(application.id)
  const list = useShortlist(application.jobId, { limit: 200, ...(stageFilter ? { stage: stageFilter } : {}) })
  const items = list.data?.items ?? []
  const index = items.findIndex((item) => item.applicationId === application.id)
  const suffix = stageFilter ? `?stage=${encodeURIComponent(stageFilter)}` : ''
  const previous = index > 0 ? items[index - 1] : undefined
  const next = index >= 0 ? items[index + 1] : undefined

  return (
    <section className="card stage-panel" aria-labelledby="stage-heading">
      <nav className="pagination" aria-label="Candidates in this list">
        {previous ? (
          <Link className="button" to={`/applications/${previous.applicationId}${suffix}`}>
            ← {previous.candidate.name ?? 'Previous'}
          </Link>
        ) : (
          <span />
        )}
        <span className="muted small">
          {index >= 0
            ? `${index + 1} of ${items.length}${stageFilter ? ` in ${stageLabel(stageFilter)}` : ''}`
            : ''}
        </span>
        {next ? (
          <Link className="button" to={`/applications/${next.applicationId}${suffix}`}>
            {next.candidate.name ?? 'Next'} →
          </Link>
        ) : (
          <span />
        )}
      </nav>
      <h2 id="stage-heading">Stage: {stage.data ? <StageBadge stage={stage.data.stage} /> : '…'}</h2>
      {stage.isError ? <ErrorState error={stage.error} onRetry={() => void stage.refetch()} /> : null}
      {stage.data ? (
        <>
          <StageMoveForm
            key={stage.data.stage}
            stages={stage.data.stages}
            current={stage.data.stage}
            target={{ kind: 'one', applicationId: application.id }}
          />
          {stage.data.history.length > 0 ? (
            <details>
              <summary>History ({stage.data.history.length})</summary>
              <ol className="stage-history">
                {stage.data.history.map((event) => (
                  <li key={event.id}>
                    {stageLabel(event.fromStage)} → {stageLabel(event.toStage)}
                    {event.reason ? `: ${event.reason}` : ''}
                    <span className="muted small">
                      {' '}
                      · {event.movedBy?.name ?? 'someone'} · {dateTime.format(new Date(event.createdAt))}
                    </span>
                  </li>
                ))}
              </ol>
            </details>
          ) : null}
        </>
      ) : null}
    </section>
  )
}

function Summary({ application }: { application: Application }) {
  return (
    <section className="card summary" aria-label="Summary">
      <dl className="stats">
        {application.rankScore !== undefined ? (
          <div>
            <dt>Rank score</dt>
            <dd>
              <ScoreBar score={application.rankScore} label="Rank score" />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Requirement score</dt>
          <dd>
            <ScoreBar score={application.score} />
          </dd>
        </div>
        <div>
          <dt>Required met</dt>
          <dd>
            {application.requiredMet ?? '—'}/{application.requiredTotal ?? '—'}
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <ApplicationStatusBadge status={application.status} />
          </dd>
        </div>
        <div>
          <dt>Decision</dt>
          <dd>
            <DecisionBadge decision={application.decision?.decision ?? null} />
          </dd>
        </div>
        {application.candidate.email ? (
          <div>
            <dt>Email</dt>
            <dd className="break">{application.candidate.email}</dd>
          </div>
        ) : null}
        <div>
          <dt>File</dt>
          <dd className="break">{application.filename}</dd>
        </div>
      </dl>
      {application.roleFit ? (
        <p className="role-fit" data-role-fit>
          {application.roleFit.explanation}
          {application.allRequiredMet ? ' · meets every screened required item' : ''}
        </p>
      ) : null}
    </section>
  )
}

const monthFormat = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' })

function formatMonth(value: string | null): string {
  if (!value) return '—'
  const date = new Date(`${value}-01T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? value : monthFormat.format(date)
}

function CareerPanel({ career }: { career: Career }) {
  return (
    <section className="card career" aria-labelledby="career-heading">
      <h2 id="career-heading">Career</h2>
      {career.headline ? <p className="career-headline">{formatRole(career.headline)}</p> : null}
      <p className="muted">
        {career.totalYears.toFixed(1)} years of dated experience, as parsed from the resume.
      </p>
      {career.experiences.length > 0 ? (
        <ol className="career-entries">
          {career.experiences.map((entry, index) => (
            // Entries have no id; their order in the resume is stable for one stored profile.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={index} className="career-entry">
              <span className="career-role">{formatRole(entry)}</span>
              <span className="career-dates muted">
                {entry.startDate
                  ? `${formatMonth(entry.startDate)} – ${entry.current ? 'present' : formatMonth(entry.endDate)}`
                  : 'undated'}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  )
}

function HiddenTextWarning({ hiddenText }: { hiddenText: Application['hiddenText'] }) {
  return (
    <section className="state state-warning hidden-text-warning" aria-labelledby="hidden-text-heading">
      <h2 id="hidden-text-heading">Hidden text found</h2>
      <p>
        This resume contains text a human reader cannot see (
        {hiddenText.reasons.join(', ') || 'unknown reason'}). It was not used for scoring.
      </p>
      {hiddenText.excerpt ? (
        <blockquote className="hidden-excerpt">
          <p>{hiddenText.excerpt}</p>
        </blockquote>
      ) : null}
    </section>
  )
}

function NotScored({ application }: { application: Application }) {
  if (application.status === 'failed') {
    return (
      <p className="state state-error" role="alert">
        This resume could not be processed: {application.error?.message ?? 'unknown error'}.
      </p>
    )
  }
  return (
    <p className="state state-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      This resume is {application.status}. The evidence appears here when scoring finishes.
    </p>
  )
}

function Evidence({ application }: { application: Application }) {
  const [activeId, setActiveId] = useState<string | null>(null)
  const [scrollTick, setScrollTick] = useState(0)
  const all = application.requirements ?? []
  // Traits and logistics cannot be read from a resume: listed apart, as things to assess or confirm.
  const requirements = all.filter((requirement) => requirement.screened)
  const unscreened = all.filter((requirement) => !requirement.screened)
  const text = application.resumeText ?? ''
  const spans = requirements.flatMap((requirement) =>
    requirement.evidence.map((evidence) => ({
      start: evidence.start,
      end: evidence.end,
      id: requirement.requirementId,
      status: requirement.status,
      label: requirement.label,
    })),
  )

  useEffect(() => {
    if (scrollTick === 0) return
    document
      .querySelector('.resume-text mark.is-active')
      ?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  }, [scrollTick])

  return (
    <div className="evidence-layout">
      <section className="card" aria-labelledby="requirements-heading">
        <h2 id="requirements-heading">Requirements</h2>
        <ol className="result-list">
          {requirements.map((requirement) => (
            <li
              key={requirement.requirementId}
              className={`result${activeId === requirement.requirementId ? ' is-active' : ''}`}
            >
              <RequirementChip
                label={requirement.label}
                status={requirement.status}
                required={requirement.kind === 'required'}
              />
              <p className="result-reason">{requirement.reason}</p>
              {requirement.evidence.length > 0 ? (
                <button
                  type="button"
                  className="button button-small button-quiet"
                  aria-pressed={activeId === requirement.requirementId}
                  onClick={() => {
                    setActiveId(requirement.requirementId)
                    setScrollTick((tick) => tick + 1)
                  }}
                >
                  Show evidence<span className="visually-hidden"> for {requirement.label}</span> (
                  {requirement.evidence.length})
                </button>
              ) : (
                <span className="muted small">No evidence found</span>
              )}
            </li>
          ))}
        </ol>
        {unscreened.length > 0 ? (
          <>
            <h3 className="small">Not screened from the resume</h3>
            <ul className="result-list">
              {unscreened.map((requirement) => (
                <li key={requirement.requirementId} className="result">
                  <span className="chip">{requirement.label}</span>{' '}
                  <span className="muted small">
                    {requirement.type === 'logistics'
                      ? 'Confirm with the candidate'
                      : 'Assessed in interview'}
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <section className="card" aria-labelledby="resume-heading">
        <h2 id="resume-heading">Resume</h2>
        <p className="hint">Highlighted passages are the evidence for each requirement.</p>
        {text ? (
          <HighlightedText
            label="Resume text"
            text={text}
            spans={spans}
            activeId={activeId}
            className="resume-text"
          />
        ) : (
          <p className="muted">No resume text is available.</p>
        )}
      </section>
    </div>
  )
}

const decisionLabels: Record<DecisionKind, string> = { advance: 'Advance', hold: 'Hold', reject: 'Reject' }

function DecisionPanel({ application, canDecide }: { application: Application; canDecide: boolean }) {
  const queryClient = useQueryClient()
  const reasonId = useId()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | undefined>()
  const decide = useMutation({
    mutationFn: (body: unknown) =>
      apiRequest(`/v1/applications/${encodeURIComponent(application.id)}/decision`, z.unknown(), {
        method: 'POST',
        body,
      }),
    onSuccess: async () => {
      setReason('')
      await queryClient.invalidateQueries({ queryKey: queryKeys.application(application.id) })
      await queryClient.invalidateQueries({ queryKey: ['job', application.jobId, 'shortlist'] })
    },
  })

  const submit = (decision: DecisionKind) => {
    // Buttons stay enabled while saving so keyboard focus is not dropped; ignore repeats instead.
    if (decide.isPending) return
    const parsed = ZDecisionBody.safeParse({ decision, reason })
    if (!parsed.success) {
      setError('Give a reason for the decision.')
      document.getElementById(reasonId)?.focus()
      return
    }
    setError(undefined)
    decide.mutate(parsed.data)
  }

  const current = application.decision
  return (
    <section className="card" aria-labelledby="decision-heading">
      <h2 id="decision-heading">Decision</h2>
      <div aria-live="polite" className="decision-current">
        {current ? (
          <p>
            <DecisionBadge decision={current.decision} /> by {current.decidedBy} on{' '}
            {dateTime.format(new Date(current.decidedAt))}: <q>{current.reason}</q>
          </p>
        ) : (
          <p className="muted">No decision yet.</p>
        )}
      </div>
      {canDecide ? null : <p className="muted small">Hiring managers and admins record decisions.</p>}
      <form className="stack" onSubmit={(event) => event.preventDefault()} hidden={!canDecide}>
        <div className="field">
          <label htmlFor={reasonId}>Reason</label>
          <textarea
            id={reasonId}
            className="input"
            rows={3}
            value={reason}
            maxLength={2000}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${reasonId}-error` : undefined}
            onChange={(event) => setReason(event.target.value)}
          />
          <FieldError id={`${reasonId}-error`} message={error} />
        </div>
        <div className="decision-buttons">
          {(['advance', 'hold', 'reject'] as const).map((decision) => (
            <button
              key={decision}
              type="button"
              className={`button decision-${decision}`}
              aria-disabled={decide.isPending}
              onClick={() => submit(decision)}
            >
              {decisionLabels[decision]}
            </button>
          ))}
        </div>
      </form>
      {decide.isError ? <ErrorState error={decide.error} title="Could not record the decision." /> : null}
    </section>
  )
}

function NotesPanel({ application }: { application: Application }) {
  const queryClient = useQueryClient()
  const noteId = useId()
  const [body, setBody] = useState('')
  const [error, setError] = useState<string | undefined>()
  const add = useMutation({
    mutationFn: (payload: unknown) =>
      apiRequest(`/v1/applications/${encodeURIComponent(application.id)}/notes`, z.unknown(), {
        method: 'POST',
        body: payload,
      }),
    onSuccess: async () => {
      setBody('')
      await queryClient.invalidateQueries({ queryKey: queryKeys.application(application.id) })
    },
  })

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const parsed = ZNoteBody.safeParse({ body })
    if (!parsed.success) {
      setError('Write a note first.')
      return
    }
    setError(undefined)
    add.mutate(parsed.data)
  }

  return (
    <section className="card" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Notes</h2>
      {application.notes.length === 0 ? <p className="muted">No notes yet.</p> : null}
      <ul className="notes">
        {application.notes.map((note) => (
          <li key={note.id} className="note">
            <p className="note-body">{note.body}</p>
            <p className="muted small">
              {note.author} · {dateTime.format(new Date(note.createdAt))}
            </p>
          </li>
        ))}
      </ul>
      <form onSubmit={onSubmit} className="stack">
        <div className="field">
          <label htmlFor={noteId}>Add a note</label>
          <textarea
            id={noteId}
            className="input"
            rows={3}
            value={body}
            maxLength={5000}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${noteId}-error` : undefined}
            onChange={(event) => setBody(event.target.value)}
          />
          <FieldError id={`${noteId}-error`} message={error} />
        </div>
        <div>
          <button type="submit" className="button" disabled={add.isPending}>
            {add.isPending ? 'Saving…' : 'Add note'}
          </button>
        </div>
      </form>
      {add.isError ? <ErrorState error={add.error} title="Could not save the note." /> : null}
    </section>
  )
}

function InvitePanel({ application }: { application: Application }) {
  const linkId = useId()
  const [copied, setCopied] = useState(false)
  const invite = useMutation({
    mutationFn: () =>
      apiRequest(`/v1/applications/${encodeURIComponent(application.id)}/invite`, ZInvite, {
        method: 'POST',
        body: {},
      }),
  })
  const url = invite.data ? new URL(invite.data.url, window.location.origin).href : null

  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Candidate preparation</h2>
      <p className="muted">
        Send the candidate a private link to a preparation page: the competencies and topics to expect. It
        shows no scores or rankings.
      </p>
      <button type="button" className="button" onClick={() => invite.mutate()} disabled={invite.isPending}>
        {invite.isPending ? 'Creating link…' : url ? 'Create a new link' : 'Create invite link'}
      </button>
      {invite.isError ? <ErrorState error={invite.error} title="Could not create the link." /> : null}
      {url && invite.data ? (
        <div className="field invite-link">
          <label htmlFor={linkId}>
            Invite link (expires {dateTime.format(new Date(invite.data.expiresAt))})
          </label>
          <div className="input-with-button">
            <input
              id={linkId}
              className="input"
              readOnly
              value={url}
              onFocus={(event) => event.target.select()}
            />
            <button
              type="button"
              className="button"
              onClick={() => {
                void navigator.clipboard?.writeText(url).then(() => setCopied(true))
              }}
            >
              {copied ? 'Copied' : 'Copy'}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  )
}
