import { type AuditLogEntry, candidateLabel, ZRetention } from '@shortlist/contracts'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useId, useState } from 'react'
import { Link, useSearchParams } from 'react-router-dom'
import { apiRequest } from '../api/client'
import { type AuditLogFilters, privacyKeys, useAuditLog, useRetention } from '../api/privacy-queries'
import { useUsers } from '../api/queries'
import { problemFieldErrors } from '../components/form'
import { PageHeading, usePageTitle, useStaff } from '../components/layout'
import { EmptyState, ErrorState, FieldError, Loading } from '../components/status'

const PAGE_SIZE = 50

/** The filter's choices: whole families (a trailing dot) and the single actions people look for most. */
const ACTION_CHOICES: Array<{ value: string; label: string }> = [
  { value: '', label: 'All actions' },
  { value: 'candidate.', label: 'Candidates: everything' },
  { value: 'candidate.viewed', label: 'Candidate viewed' },
  { value: 'candidate.corrected', label: 'Candidate corrected' },
  { value: 'candidate.exported', label: 'Candidate data exported' },
  { value: 'candidate.erased', label: 'Candidate erased' },
  { value: 'application.', label: 'Applications: everything' },
  { value: 'application.viewed', label: 'Application viewed' },
  { value: 'application.stage_changed', label: 'Stage moved' },
  { value: 'application.decided', label: 'Decision recorded' },
  { value: 'user.', label: 'Users and roles' },
  { value: 'job.', label: 'Jobs' },
  { value: 'retention.changed', label: 'Retention period changed' },
]

const ACTION_WORDS: Record<string, string> = {
  'candidate.viewed': 'viewed candidate',
  'candidate.corrected': 'corrected candidate',
  'candidate.exported': 'exported candidate data',
  'candidate.erased': 'erased candidate',
  'application.viewed': 'viewed application',
  'application.uploaded': 'uploaded resume',
  'application.retried': 'retried resume',
  'application.stage_changed': 'moved stage',
  'application.decided': 'recorded decision',
  'application.interviews_assigned': 'assigned interviews',
  'scorecard.submitted': 'submitted scorecard',
  'message.created': 'sent message',
  'invite.created': 'created invite',
  'invite.revoked': 'revoked invite',
  'invite.accepted': 'opened invite',
  'user.created': 'added user',
  'user.deactivated': 'deactivated user',
  'user.role_changed': 'changed role',
  'user.password_reset_issued': 'issued password reset',
  'user.password_reset': 'reset password',
  'user.password_changed': 'changed password',
  'retention.changed': 'changed retention period',
  'organization.created': 'created the organisation',
  'job.created': 'created job',
  'job.requirements_edited': 'edited requirements',
  'job.pipeline_changed': 'changed pipeline',
  'job.interview_plan_edited': 'edited interview plan',
  'skill.upserted': 'saved skill',
  'budget.set': 'set LLM budget',
}

const dateTime = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
})
const dateOnly = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' })

/** The details column: the entry's data as short `key: value` pairs (counts of an erasure summed up). */
function describeData(entry: AuditLogEntry): string {
  const parts: string[] = []
  for (const [key, value] of Object.entries(entry.data)) {
    if (key === 'counts' && value && typeof value === 'object') {
      const counts = Object.entries(value as Record<string, number>).filter(([, count]) => count > 0)
      parts.push(counts.map(([name, count]) => `${count} ${name}`).join(', '))
    } else if (Array.isArray(value)) parts.push(`${key}: ${value.join(', ')}`)
    else if (value !== null && typeof value === 'object') parts.push(`${key}: ${JSON.stringify(value)}`)
    else parts.push(`${key}: ${String(value)}`)
  }
  return parts.join(' · ')
}

function Target({ entry }: { entry: AuditLogEntry }) {
  if (!entry.subjectId) return <span>{entry.subjectType}</span>
  const short = entry.subjectId.slice(0, 8)
  if (entry.subjectType === 'application' && entry.action !== 'candidate.erased')
    return (
      <Link to={`/applications/${entry.subjectId}`}>
        application <code>{short}</code>
      </Link>
    )
  return (
    <span>
      {entry.subjectType} <code>{short}</code>
    </span>
  )
}

/** Reads the filters from the address, so a filtered view can be bookmarked and shared. */
function readQuery(params: URLSearchParams): AuditLogFilters {
  const day = (value: string | null, plusDays = 0) => {
    if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined
    const date = new Date(`${value}T00:00:00Z`)
    date.setUTCDate(date.getUTCDate() + plusDays)
    return date.toISOString()
  }
  return {
    action: params.get('action') || undefined,
    actorId: params.get('actor') || undefined,
    from: day(params.get('from')),
    // The "to" day is included: the API's bound is exclusive, so it is the next midnight.
    to: day(params.get('to'), 1),
    limit: PAGE_SIZE,
    offset: Number(params.get('offset') ?? 0) || 0,
  }
}

function AuditLogSection() {
  const [params, setParams] = useSearchParams()
  const query = readQuery(params)
  const log = useAuditLog(query)
  const users = useUsers()
  const ids = { action: useId(), actor: useId(), from: useId(), to: useId() }
  const offset = query.offset
  const total = log.data?.total ?? 0

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const next = new URLSearchParams()
    for (const [key, value] of new FormData(event.currentTarget))
      if (typeof value === 'string' && value !== '') next.set(key, value)
    setParams(next)
  }
  const goTo = (nextOffset: number) => {
    const next = new URLSearchParams(params)
    if (nextOffset > 0) next.set('offset', String(nextOffset))
    else next.delete('offset')
    setParams(next)
  }

  return (
    <section aria-labelledby="audit-heading" className="stack">
      <h2 id="audit-heading">Audit log</h2>
      <p className="muted">
        Who viewed, changed, decided, exported and erased what. Entries about an erased candidate keep who and
        when, without their data.
      </p>
      <form
        className="card filters"
        aria-label="Filter the audit log"
        onSubmit={onSubmit}
        key={params.toString()}
      >
        <div className="field">
          <label htmlFor={ids.action}>Action</label>
          <select id={ids.action} name="action" className="input" defaultValue={params.get('action') ?? ''}>
            {ACTION_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.actor}>Who</label>
          <select id={ids.actor} name="actor" className="input" defaultValue={params.get('actor') ?? ''}>
            <option value="">Anyone</option>
            {(users.data?.items ?? []).map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.from}>From</label>
          <input
            id={ids.from}
            name="from"
            type="date"
            className="input"
            defaultValue={params.get('from') ?? ''}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.to}>To</label>
          <input id={ids.to} name="to" type="date" className="input" defaultValue={params.get('to') ?? ''} />
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

      {log.isPending ? <Loading /> : null}
      {log.isError ? <ErrorState error={log.error} onRetry={() => void log.refetch()} /> : null}
      {log.data && log.data.items.length === 0 ? (
        <EmptyState>No entries match these filters.</EmptyState>
      ) : null}
      {log.data && log.data.items.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Audit log entries, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When (UTC)</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Target</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {log.data.items.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.at}>{dateTime.format(new Date(entry.at))}</time>
                  </td>
                  <td>
                    {entry.actor ? (entry.actor.name ?? entry.actor.email ?? 'A former user') : 'System'}
                  </td>
                  <td>{ACTION_WORDS[entry.action] ?? entry.action}</td>
                  <td>
                    <Target entry={entry} />
                  </td>
                  <td className="small">{describeData(entry)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {total > PAGE_SIZE ? (
        <nav className="pagination" aria-label="Audit log pages">
          <button
            type="button"
            className="button"
            disabled={offset === 0}
            onClick={() => goTo(Math.max(0, offset - PAGE_SIZE))}
          >
            Previous
          </button>
          <span>
            {offset + 1}–{Math.min(total, offset + PAGE_SIZE)} of {total}
          </span>
          <button
            type="button"
            className="button"
            disabled={offset + PAGE_SIZE >= total}
            onClick={() => goTo(offset + PAGE_SIZE)}
          >
            Next
          </button>
        </nav>
      ) : null}
    </section>
  )
}

function RetentionSection() {
  const retention = useRetention()
  const queryClient = useQueryClient()
  const monthsId = useId()
  const [error, setError] = useState<string | undefined>(undefined)
  const [saved, setSaved] = useState<string | null>(null)
  const save = useMutation({
    mutationFn: (months: number) =>
      apiRequest('/v1/retention', ZRetention, { method: 'PUT', body: { months } }),
    onSuccess: (data) => {
      setSaved(`Candidates are now kept for ${data.months} months without activity.`)
      queryClient.setQueryData(privacyKeys.retention, data)
    },
    onError: (failure) => setError(problemFieldErrors(failure).months ?? 'Could not save the period.'),
  })

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const months = Number(new FormData(event.currentTarget).get('months'))
    setSaved(null)
    if (!Number.isInteger(months) || months < 1 || months > 120) {
      setError('Enter a whole number of months from 1 to 120.')
      return
    }
    setError(undefined)
    save.mutate(months)
  }

  return (
    <section aria-labelledby="retention-heading" className="card stack">
      <h2 id="retention-heading">Retention</h2>
      {retention.isPending ? <Loading /> : null}
      {retention.isError ? (
        <ErrorState error={retention.error} onRetry={() => void retention.refetch()} />
      ) : null}
      {retention.data ? (
        <>
          <form onSubmit={onSubmit} className="filters" noValidate key={retention.data.months}>
            <div className="field">
              <label htmlFor={monthsId}>Erase candidates after this many months without activity</label>
              <input
                id={monthsId}
                name="months"
                type="number"
                min={1}
                max={120}
                step={1}
                className="input input-number"
                defaultValue={retention.data.months}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${monthsId}-error` : undefined}
              />
              <FieldError id={`${monthsId}-error`} message={error} />
            </div>
            <button type="submit" className="button" disabled={save.isPending}>
              Save period
            </button>
          </form>
          {saved ? (
            <p className="state state-success" role="status">
              {saved}
            </p>
          ) : null}
          <p className="muted small">
            The sweep runs daily at 03:17 UTC and records each erasure in the audit log.
          </p>
          <h3>Due within 30 days</h3>
          {retention.data.items.length === 0 ? (
            <EmptyState>No candidate is due for erasure in the next 30 days.</EmptyState>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">Candidates due for erasure</caption>
                <thead>
                  <tr>
                    <th scope="col">Candidate</th>
                    <th scope="col">Last activity</th>
                    <th scope="col">Erased on</th>
                  </tr>
                </thead>
                <tbody>
                  {retention.data.items.map((item) => (
                    <tr key={item.candidate.id}>
                      <td>{candidateLabel(item.candidate)}</td>
                      <td>{dateOnly.format(new Date(item.lastActivityAt))}</td>
                      <td>{item.due ? 'Next sweep' : dateOnly.format(new Date(item.dueAt))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
    </section>
  )
}

export function PrivacyPage() {
  usePageTitle('Privacy')
  const me = useStaff()
  if (me.user.role !== 'admin') {
    return (
      <>
        <PageHeading>Privacy</PageHeading>
        <ErrorState error={new Error('Only administrators can read the audit log.')} title="Not allowed." />
      </>
    )
  }
  return (
    <>
      <PageHeading>Privacy</PageHeading>
      <div className="stack">
        <RetentionSection />
        <AuditLogSection />
      </div>
    </>
  )
}
