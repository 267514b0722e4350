import { useState } from 'react'
import { Link } from 'react-router-dom'
import { useOutbox } from '../api/queries'
import { LOCALE_LABELS, MESSAGE_KIND_LABELS } from '../components/candidate-messages'
import { PageHeading, usePageTitle } from '../components/layout'
import { EmptyState, ErrorState, Loading } from '../components/status'

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' })

/** Messages that were not e-mailed (no SMTP configured, or no address on the resume): copy them and send by hand. */
export function OutboxPage() {
  usePageTitle('Outbox')
  const outbox = useOutbox()
  const [copied, setCopied] = useState<string | null>(null)
  const copy = (key: string, text: string) => {
    void navigator.clipboard?.writeText(text).then(() => setCopied(key))
  }

  return (
    <>
      <PageHeading
        actions={
          <Link to="/message-templates" className="button">
            Templates
          </Link>
        }
      >
        Outbox
      </PageHeading>
      <p className="muted">
        These messages were not e-mailed: either no mail server is configured or the resume gives no address.
        Copy them into your own e-mail.
      </p>
      {outbox.isPending ? <Loading label="Loading the outbox…" /> : null}
      {outbox.isError ? <ErrorState error={outbox.error} onRetry={() => void outbox.refetch()} /> : null}
      {outbox.data && outbox.data.items.length === 0 ? <EmptyState>The outbox is empty.</EmptyState> : null}
      {outbox.data?.items.map((message) => (
        <article
          key={message.id}
          className="card"
          aria-label={`${MESSAGE_KIND_LABELS[message.kind]} for ${message.candidateName ?? 'a candidate'}`}
        >
          <h2>
            <Link to={`/applications/${message.applicationId}`}>
              {message.candidateName ?? 'Unnamed candidate'}
            </Link>{' '}
            <span className="muted small">
              · {message.jobTitle} · {MESSAGE_KIND_LABELS[message.kind]} · {LOCALE_LABELS[message.locale]} ·{' '}
              {dateTime.format(new Date(message.createdAt))}
            </span>
          </h2>
          <p>
            <strong>{message.subject}</strong>
          </p>
          <pre className="message-body">{message.body}</pre>
          <div className="filter-buttons">
            <button
              type="button"
              className="button"
              onClick={() => copy(`${message.id}-body`, `${message.subject}\n\n${message.body}`)}
            >
              {copied === `${message.id}-body` ? 'Copied' : 'Copy message'}
            </button>
            {message.link ? (
              <button
                type="button"
                className="button"
                onClick={() => copy(`${message.id}-link`, message.link ?? '')}
              >
                {copied === `${message.id}-link` ? 'Copied' : 'Copy link'}
              </button>
            ) : null}
          </div>
        </article>
      ))}
    </>
  )
}
