import {
  type Candidate,
  type CandidateCorrectionBody,
  ZCandidate,
  ZCandidateCorrectionBody,
} from '@shortlist/contracts'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useId, useState } from 'react'
import { apiRequest } from '../api/client'
import { queryKeys, useCandidate } from '../api/queries'
import { formatRole } from './current-role'
import { ErrorState, FieldError } from './status'

type Draft = { name: string; email: string; title: string; employer: string }

const draftOf = (candidate: Candidate): Draft => ({
  name: candidate.name ?? '',
  email: candidate.email ?? '',
  title: candidate.currentRole?.title ?? '',
  employer: candidate.currentRole?.employer ?? '',
})

/** Only what the recruiter changed is sent, so an untouched parsed value stays a parsed value. */
function changesOf(candidate: Candidate, draft: Draft): CandidateCorrectionBody {
  const before = draftOf(candidate)
  const text = (value: string) => value.trim() || null
  const body: CandidateCorrectionBody = {}
  if (draft.name.trim() !== before.name) body.name = text(draft.name)
  if (draft.email.trim() !== before.email) body.email = text(draft.email)
  if (draft.title.trim() !== before.title || draft.employer.trim() !== before.employer) {
    const role = { title: text(draft.title), employer: text(draft.employer) }
    body.currentRole = role.title || role.employer ? role : null
  }
  return body
}

/** Lets a recruiter correct what the parser read; corrections survive re-parsing and show in every list. */
export function CandidateCorrections({
  candidateId,
  canEdit,
  onSaved,
}: {
  candidateId: string
  canEdit: boolean
  onSaved: () => Promise<void>
}) {
  const queryClient = useQueryClient()
  const candidate = useCandidate(candidateId)
  const formId = useId()
  const [draft, setDraft] = useState<Draft | null>(null)
  const [error, setError] = useState<string | undefined>()
  const save = useMutation({
    mutationFn: (body: CandidateCorrectionBody) =>
      apiRequest(`/v1/candidates/${encodeURIComponent(candidateId)}`, ZCandidate, { method: 'PATCH', body }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKeys.candidate(candidateId), saved)
      setDraft(null)
      // Names and roles show in the shortlist and the job's lists too.
      await queryClient.invalidateQueries({ queryKey: ['job'] })
      await onSaved()
    },
  })

  if (!candidate.data) return null
  const current = candidate.data
  const corrected = Object.entries(current.corrected)
    .filter(([, value]) => value)
    .map(([field]) => (field === 'currentRole' ? 'current role' : field))

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!draft) return
    const body = changesOf(current, draft)
    if (Object.keys(body).length === 0) {
      setDraft(null)
      return
    }
    const parsed = ZCandidateCorrectionBody.safeParse(body)
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Check the fields.')
      return
    }
    setError(undefined)
    save.mutate(body)
  }

  const field = (key: keyof Draft, label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`${formId}-${key}`}>{label}</label>
      <input
        id={`${formId}-${key}`}
        className="input"
        type={type}
        maxLength={key === 'email' ? 254 : 200}
        value={draft?.[key] ?? ''}
        aria-describedby={error ? `${formId}-error` : undefined}
        onChange={(event) => setDraft((previous) => previous && { ...previous, [key]: event.target.value })}
      />
    </div>
  )

  return (
    <section className="card" aria-labelledby={`${formId}-heading`}>
      <h2 id={`${formId}-heading`}>Candidate details</h2>
      {draft === null ? (
        <>
          <dl className="stats">
            <div>
              <dt>Name</dt>
              <dd>{current.name ?? <span className="muted">Not found in the resume</span>}</dd>
            </div>
            <div>
              <dt>Email</dt>
              <dd>{current.email ?? <span className="muted">—</span>}</dd>
            </div>
            <div>
              <dt>Current role</dt>
              <dd>
                {current.currentRole ? formatRole(current.currentRole) : <span className="muted">—</span>}
              </dd>
            </div>
          </dl>
          {corrected.length > 0 ? (
            <p className="muted small">Corrected by a recruiter: {corrected.join(', ')}.</p>
          ) : null}
          {canEdit ? (
            <button type="button" className="button" onClick={() => setDraft(draftOf(current))}>
              Correct details
            </button>
          ) : null}
        </>
      ) : (
        <form className="stack" onSubmit={onSubmit}>
          {field('name', 'Name')}
          {field('email', 'Email', 'email')}
          {field('title', 'Current title')}
          {field('employer', 'Current employer')}
          <FieldError id={`${formId}-error`} message={error} />
          <p className="muted small">Leave a field empty to go back to what the resume says.</p>
          <div className="decision-buttons">
            <button type="submit" className="button" disabled={save.isPending}>
              {save.isPending ? 'Saving…' : 'Save corrections'}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {save.isError ? <ErrorState error={save.error} title="Could not save the corrections." /> : null}
    </section>
  )
}
