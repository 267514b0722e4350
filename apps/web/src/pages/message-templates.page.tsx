import { type MessageTemplate, ZMessageTemplates } from '@shortlist/contracts'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useId } from 'react'
import { apiRequest } from '../api/client'
import { queryKeys, useMessageTemplates } from '../api/queries'
import { LOCALE_LABELS, MESSAGE_KIND_LABELS } from '../components/candidate-messages'
import { PageHeading, usePageTitle, useStaff } from '../components/layout'
import { ErrorState, Loading } from '../components/status'

/** The organisation's candidate messages in each language; the candidate page previews them before sending. */
export function MessageTemplatesPage() {
  usePageTitle('Message templates')
  const me = useStaff()
  const canEdit = me.user.role === 'admin' || me.user.role === 'recruiter'
  const templates = useMessageTemplates()

  if (templates.isPending) return <Loading label="Loading templates…" />
  if (templates.isError)
    return <ErrorState error={templates.error} onRetry={() => void templates.refetch()} />
  return (
    <>
      <PageHeading>Message templates</PageHeading>
      <p className="muted">
        Placeholders:{' '}
        {templates.data.placeholders.map((placeholder) => (
          <code key={placeholder}>{placeholder} </code>
        ))}
      </p>
      {templates.data.items.map((template) => (
        <TemplateForm key={`${template.kind}-${template.locale}`} template={template} canEdit={canEdit} />
      ))}
    </>
  )
}

function TemplateForm({
  template,
  canEdit,
}: {
  template: MessageTemplate & { custom: boolean }
  canEdit: boolean
}) {
  const queryClient = useQueryClient()
  const ids = { subject: useId(), body: useId() }
  const save = useMutation({
    mutationFn: (item: MessageTemplate) =>
      apiRequest('/v1/message-templates', ZMessageTemplates, { method: 'PUT', body: { items: [item] } }),
    onSuccess: (data) => queryClient.setQueryData(queryKeys.messageTemplates, data),
  })
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    save.mutate({
      kind: template.kind,
      locale: template.locale,
      subject: String(form.get('subject') ?? ''),
      body: String(form.get('body') ?? ''),
    })
  }
  return (
    <form
      className="card stack"
      onSubmit={onSubmit}
      aria-label={`${MESSAGE_KIND_LABELS[template.kind]}, ${LOCALE_LABELS[template.locale]}`}
    >
      <h2>
        {MESSAGE_KIND_LABELS[template.kind]} · {LOCALE_LABELS[template.locale]}{' '}
        <span className="muted small">{template.custom ? '(your own)' : '(default)'}</span>
      </h2>
      <div className="field">
        <label htmlFor={ids.subject}>Subject</label>
        <input
          id={ids.subject}
          name="subject"
          className="input"
          defaultValue={template.subject}
          maxLength={300}
          readOnly={!canEdit}
          required
        />
      </div>
      <div className="field">
        <label htmlFor={ids.body}>Body</label>
        <textarea
          id={ids.body}
          name="body"
          className="input"
          rows={8}
          defaultValue={template.body}
          maxLength={10_000}
          readOnly={!canEdit}
          required
        />
      </div>
      {canEdit ? (
        <div>
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save'}
          </button>
        </div>
      ) : null}
      {save.isError ? <ErrorState error={save.error} title="Could not save the template." /> : null}
    </form>
  )
}
