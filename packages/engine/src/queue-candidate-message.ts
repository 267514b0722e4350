import {
  createCandidateMessage,
  findApplication,
  findCandidate,
  findJob,
  findOrganization,
  listMessageTemplates,
  type MessageKind,
  type MessageLocale,
  recordMessageAttempt,
} from '@shortlist/db'
import { sendCandidateMessageJob } from '@shortlist/jobs'
import type { EngineDeps } from './engine-deps'
import { EngineError } from './engine-error'
import { pickMessageTemplate, renderCandidateMessage } from './render-candidate-message'

export type RenderedCandidateMessage = {
  kind: MessageKind
  locale: MessageLocale
  /** The candidate's e-mail address from the resume; null when the resume gives none. */
  recipient: string | null
  subject: string
  body: string
}

const toLocale = (language: string): MessageLocale =>
  language === 'pt' || language === 'es' ? language : 'en'

/** Renders a candidate message from the organisation's template (or the default) without storing anything. */
export async function renderMessageForApplication(
  deps: Pick<EngineDeps, 'db'>,
  organizationId: string,
  input: { applicationId: string; kind: MessageKind; locale?: MessageLocale | undefined; link: string },
): Promise<RenderedCandidateMessage> {
  const { db } = deps
  const application = await findApplication(db, organizationId, input.applicationId)
  if (!application) throw new EngineError('NOT_FOUND', 'application not found')
  const [job, organization, candidate, templates] = await Promise.all([
    findJob(db, organizationId, application.jobId),
    findOrganization(db, organizationId),
    application.candidateId ? findCandidate(db, organizationId, application.candidateId) : null,
    listMessageTemplates(db, organizationId),
  ])
  if (!job || !organization) throw new EngineError('NOT_FOUND', 'job not found')
  const locale = input.locale ?? toLocale(job.language)
  const rendered = renderCandidateMessage(pickMessageTemplate(templates, input.kind, locale), {
    candidateName: candidate?.name ?? '',
    jobTitle: job.title,
    link: input.link,
    organizationName: organization.name,
  })
  return { kind: input.kind, locale, recipient: candidate?.email ?? null, ...rendered }
}

/**
 * Stores a rendered message on the application and, when SMTP is configured and the candidate has an address,
 * queues its delivery. Otherwise it lands in the outbox for someone to copy and send by hand. A queue that cannot
 * be reached marks the message failed rather than failing the caller (a stage move must not depend on e-mail).
 */
export async function queueCandidateMessage(
  deps: Pick<EngineDeps, 'db' | 'producer'>,
  organizationId: string,
  input: {
    applicationId: string
    message: RenderedCandidateMessage
    link: string | null
    smtpConfigured: boolean
    createdBy: string | null
  },
): Promise<{ id: string; status: 'queued' | 'outbox' | 'failed' }> {
  const deliver = input.smtpConfigured && input.message.recipient !== null
  const id = await createCandidateMessage(deps.db, organizationId, {
    applicationId: input.applicationId,
    kind: input.message.kind,
    locale: input.message.locale,
    recipient: input.message.recipient,
    subject: input.message.subject,
    body: input.message.body,
    link: input.link,
    status: deliver ? 'queued' : 'outbox',
    createdBy: input.createdBy,
  })
  if (!deliver) return { id, status: 'outbox' }
  try {
    await deps.producer.enqueue(sendCandidateMessageJob, { organizationId, messageId: id })
    return { id, status: 'queued' }
  } catch {
    await recordMessageAttempt(deps.db, organizationId, id, { status: 'failed', error: 'QUEUE_UNAVAILABLE' })
    return { id, status: 'failed' }
  }
}
