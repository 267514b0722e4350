import {
  type Application,
  type MessageKind,
  type MessageLocale,
  ZInviteRevoked,
  ZMessageAccepted,
  ZMessagePreview,
} from '@shortlist/contracts'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { apiRequest } from '../api/client'
import { queryKeys, useApplicationMessages } from '../api/queries'
import { ErrorState } from './status'

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' })

export const MESSAGE_KIND_LABELS: Record<MessageKind, string> = {
  prep_invite: 'Preparation invite',
  interview_invitation: 'Interview invitation',
  rejection: 'Rejection',
}
export const LOCALE_LABELS: Record<MessageLocale, string> = { en: 'English', pt: 'Português', es: 'Español' }

const STATUS_LABELS = { queued: 'Sending', sent: 'Sent', failed: 'Failed', outbox: 'In outbox' } as const

/** Send a templated message to the candidate after previewing it, and see every message and its delivery. */
export function CandidateMessagesPanel({ application }: { application: Application }) {
  const queryClient = useQueryClient()
  const ids = { kind: useId(), locale: useId() }
  const [kind, setKind] = useState<MessageKind>('prep_invite')
  const [locale, setLocale] = useState<MessageLocale | ''>('')
  const messages = useApplicationMessages(application.id)
  const path = `/v1/applications/${encodeURIComponent(application.id)}`
  const body = { template: kind, ...(locale ? { locale } : {}) }

  const preview = useMutation({
    mutationFn: () => apiRequest(`${path}/messages/preview`, ZMessagePreview, { method: 'POST', body }),
  })
  const send = useMutation({
    mutationFn: () => apiRequest(`${path}/messages`, ZMessageAccepted, { method: 'POST', body }),
    onSuccess: async () => {
      preview.reset()
      await queryClient.invalidateQueries({ queryKey: queryKeys.applicationMessages(application.id) })
      await queryClient.invalidateQueries({ queryKey: queryKeys.outbox })
    },
  })
  const revoke = useMutation({
    mutationFn: () => apiRequest(`${path}/invite`, ZInviteRevoked, { method: 'DELETE' }),
  })

  return (
    <section className="card" aria-labelledby="messages-heading">
      <h2 id="messages-heading">Messages to the candidate</h2>
      <div className="filters">
        <div className="field">
          <label htmlFor={ids.kind}>Template</label>
          <select
            id={ids.kind}
            className="input"
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as MessageKind)
              preview.reset()
            }}
          >
            {Object.entries(MESSAGE_KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.locale}>Language</label>
          <select
            id={ids.locale}
            className="input"
            value={locale}
            onChange={(event) => {
              setLocale(event.target.value as MessageLocale | '')
              preview.reset()
            }}
          >
            <option value="">The posting's language</option>
            {Object.entries(LOCALE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-buttons">
          <button
            type="button"
            className="button"
            onClick={() => preview.mutate()}
            disabled={preview.isPending}
          >
            Preview
          </button>
        </div>
      </div>
      {preview.isError ? <ErrorState error={preview.error} title="Could not preview." /> : null}
      {preview.data ? (
        <div className="message-preview">
          <p className="muted small">
            To: {preview.data.recipient ?? 'no address on the resume (the message will wait in the outbox)'}
          </p>
          <p>
            <strong>{preview.data.subject}</strong>
          </p>
          <pre className="message-body">{preview.data.body}</pre>
          <button
            type="button"
            className="button button-primary"
            onClick={() => send.mutate()}
            disabled={send.isPending}
          >
            {send.isPending ? 'Sending…' : 'Send'}
          </button>
        </div>
      ) : null}
      {send.isError ? <ErrorState error={send.error} title="Could not send." /> : null}

      {messages.data && messages.data.items.length > 0 ? (
        <ul className="notes">
          {messages.data.items.map((message) => (
            <li key={message.id} className="note">
              <p>
                {MESSAGE_KIND_LABELS[message.kind]} · {LOCALE_LABELS[message.locale]} ·{' '}
                <span className={`badge${message.status === 'failed' ? ' badge-danger' : ''}`}>
                  {STATUS_LABELS[message.status]}
                </span>
              </p>
              <p className="muted small">
                {dateTime.format(new Date(message.createdAt))}
                {message.recipient ? ` · to ${message.recipient}` : ''}
                {message.status === 'failed' && message.error
                  ? ` · ${message.error} after ${message.attempts} attempts`
                  : ''}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No messages yet.</p>
      )}

      <p className="muted small">
        Invite links work on any device until they expire. Revoking ends the candidate's access at once.
      </p>
      <button
        type="button"
        className="button button-quiet"
        onClick={() => revoke.mutate()}
        disabled={revoke.isPending}
      >
        Revoke invite links
      </button>
      {revoke.data ? (
        <span className="muted small" role="status">
          {' '}
          {revoke.data.revoked} link{revoke.data.revoked === 1 ? '' : 's'} revoked.
        </span>
      ) : null}
      {revoke.isError ? <ErrorState error={revoke.error} title="Could not revoke." /> : null}
    </section>
  )
}
