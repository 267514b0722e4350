import type { Db } from '../create-database'
import type { MessageKindColumn, MessageStatusColumn } from '../schema'

export type MessageKind = MessageKindColumn
export type MessageStatus = MessageStatusColumn
export type MessageLocale = 'en' | 'pt' | 'es'

export type MessageTemplateRecord = {
  kind: MessageKind
  locale: MessageLocale
  subject: string
  body: string
  updatedAt: Date
}

export type CandidateMessageRecord = {
  id: string
  organizationId: string
  applicationId: string
  kind: MessageKind
  locale: MessageLocale
  recipient: string | null
  subject: string
  body: string
  link: string | null
  status: MessageStatus
  attempts: number
  error: string | null
  createdAt: Date
  sentAt: Date | null
}

/** The organisation's own templates; kinds and locales it never edited are absent (callers fall back to defaults). */
export async function listMessageTemplates(db: Db, organizationId: string): Promise<MessageTemplateRecord[]> {
  const rows = await db
    .selectFrom('message_templates')
    .select(['kind', 'locale', 'subject', 'body', 'updated_at'])
    .where('organization_id', '=', organizationId)
    .execute()
  return rows.map((row) => ({
    kind: row.kind,
    locale: row.locale,
    subject: row.subject,
    body: row.body,
    updatedAt: row.updated_at,
  }))
}

export async function upsertMessageTemplates(
  db: Db,
  organizationId: string,
  templates: ReadonlyArray<{ kind: MessageKind; locale: MessageLocale; subject: string; body: string }>,
  updatedBy: string,
): Promise<void> {
  for (const template of templates) {
    await db
      .insertInto('message_templates')
      .values({ organization_id: organizationId, ...template, updated_by: updatedBy })
      .onConflict((conflict) =>
        conflict.columns(['organization_id', 'kind', 'locale']).doUpdateSet({
          subject: template.subject,
          body: template.body,
          updated_by: updatedBy,
          updated_at: new Date(),
        }),
      )
      .execute()
  }
}

export async function createCandidateMessage(
  db: Db,
  organizationId: string,
  input: {
    applicationId: string
    kind: MessageKind
    locale: MessageLocale
    recipient: string | null
    subject: string
    body: string
    link: string | null
    status: 'queued' | 'outbox'
    createdBy: string | null
  },
): Promise<string> {
  const row = await db
    .insertInto('candidate_messages')
    .values({
      organization_id: organizationId,
      application_id: input.applicationId,
      kind: input.kind,
      locale: input.locale,
      recipient: input.recipient,
      subject: input.subject,
      body: input.body,
      link: input.link,
      status: input.status,
      created_by: input.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

const messageColumns = [
  'id',
  'organization_id',
  'application_id',
  'kind',
  'locale',
  'recipient',
  'subject',
  'body',
  'link',
  'status',
  'attempts',
  'error',
  'created_at',
  'sent_at',
] as const

type MessageRow = {
  id: string
  organization_id: string
  application_id: string
  kind: MessageKind
  locale: MessageLocale
  recipient: string | null
  subject: string
  body: string
  link: string | null
  status: MessageStatus
  attempts: number
  error: string | null
  created_at: Date
  sent_at: Date | null
}

const toMessage = (row: MessageRow): CandidateMessageRecord => ({
  id: row.id,
  organizationId: row.organization_id,
  applicationId: row.application_id,
  kind: row.kind,
  locale: row.locale,
  recipient: row.recipient,
  subject: row.subject,
  body: row.body,
  link: row.link,
  status: row.status,
  attempts: row.attempts,
  error: row.error,
  createdAt: row.created_at,
  sentAt: row.sent_at,
})

export async function findCandidateMessage(
  db: Db,
  organizationId: string,
  messageId: string,
): Promise<CandidateMessageRecord | null> {
  const row = await db
    .selectFrom('candidate_messages')
    .select(messageColumns)
    .where('organization_id', '=', organizationId)
    .where('id', '=', messageId)
    .executeTakeFirst()
  return row ? toMessage(row) : null
}

/** Messages of one application, newest first. */
export async function listApplicationMessages(
  db: Db,
  organizationId: string,
  applicationId: string,
): Promise<CandidateMessageRecord[]> {
  const rows = await db
    .selectFrom('candidate_messages')
    .select(messageColumns)
    .where('organization_id', '=', organizationId)
    .where('application_id', '=', applicationId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute()
  return rows.map(toMessage)
}

/** The organisation's outbox: messages waiting to be copied and sent by hand, newest first. */
export async function listOutboxMessages(
  db: Db,
  organizationId: string,
  limit: number,
): Promise<Array<CandidateMessageRecord & { candidateName: string | null; jobTitle: string }>> {
  const rows = await db
    .selectFrom('candidate_messages as messages')
    .innerJoin('applications', 'applications.id', 'messages.application_id')
    .innerJoin('jobs', 'jobs.id', 'applications.job_id')
    .leftJoin('candidates', 'candidates.id', 'applications.candidate_id')
    .select([
      'messages.id',
      'messages.organization_id',
      'messages.application_id',
      'messages.kind',
      'messages.locale',
      'messages.recipient',
      'messages.subject',
      'messages.body',
      'messages.link',
      'messages.status',
      'messages.attempts',
      'messages.error',
      'messages.created_at',
      'messages.sent_at',
      'candidates.name as candidate_name',
      'jobs.title as job_title',
    ])
    .where('messages.organization_id', '=', organizationId)
    .where('applications.organization_id', '=', organizationId)
    .where('messages.status', '=', 'outbox')
    .orderBy('messages.created_at', 'desc')
    .limit(limit)
    .execute()
  return rows.map((row) => ({
    ...toMessage(row),
    candidateName: row.candidate_name,
    jobTitle: row.job_title,
  }))
}

/** Records one delivery attempt's outcome; `sent` and `failed` are final, `queued` means another try follows. */
export async function recordMessageAttempt(
  db: Db,
  organizationId: string,
  messageId: string,
  outcome: { status: 'sent' | 'failed' | 'queued'; error: string | null },
): Promise<void> {
  await db
    .updateTable('candidate_messages')
    .set((eb) => ({
      status: outcome.status,
      error: outcome.error,
      attempts: eb('attempts', '+', 1),
      ...(outcome.status === 'sent' ? { sent_at: new Date() } : {}),
    }))
    .where('organization_id', '=', organizationId)
    .where('id', '=', messageId)
    .execute()
}

/** Messages still waiting for delivery, across organisations (start-up re-queues their jobs). */
export async function listQueuedMessages(
  db: Db,
): Promise<Array<{ organizationId: string; messageId: string }>> {
  const rows = await db
    .selectFrom('candidate_messages')
    .select(['organization_id', 'id'])
    .where('status', '=', 'queued')
    .execute()
  return rows.map((row) => ({ organizationId: row.organization_id, messageId: row.id }))
}
