import {
  ZCandidateMessages,
  ZIdParams,
  ZMessageAccepted,
  ZMessagePreview,
  ZMessageTemplates,
  ZMessageTemplatesBody,
  ZOutbox,
  ZProblem,
  ZSendMessageBody,
} from '@shortlist/contracts'
import {
  type CandidateMessageRecord,
  listApplicationMessages,
  listMessageTemplates,
  listOutboxMessages,
  recordAuditEvent,
  upsertMessageTemplates,
} from '@shortlist/db'
import {
  MESSAGE_KINDS,
  MESSAGE_LOCALES,
  MESSAGE_PLACEHOLDERS,
  messageCarriesLink,
  pickMessageTemplate,
  queueCandidateMessage,
  renderMessageForApplication,
} from '@shortlist/engine'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { loadBlindApplications, loadMasker } from '../../lib/blind-review'
import { createInviteLink } from '../../lib/create-invite-link'
import { withEngineErrors } from '../../lib/engine-errors'
import { loadApplication as loadOrganizationApplication } from '../../lib/load-application'
import { ROLES, staff } from '../../plugins/auth'

const security = [{ bearerAuth: [] }]
const OUTBOX_LIMIT = 200
/** What the preview shows where the invite link will go: the real link is created when the message is sent. */
const PREVIEW_LINK = '{link}'

const presentMessage = (message: CandidateMessageRecord) => ({
  id: message.id,
  applicationId: message.applicationId,
  kind: message.kind,
  locale: message.locale,
  recipient: message.recipient,
  subject: message.subject,
  body: message.body,
  link: message.link,
  status: message.status,
  attempts: message.attempts,
  error: message.error,
  createdAt: message.createdAt.toISOString(),
  sentAt: message.sentAt?.toISOString() ?? null,
})

/** Candidate messages under /v1: the organisation's templates, sending, the log per application, the outbox. */
export const messageRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.engine

  const loadApplication = (organizationId: string, applicationId: string) =>
    loadOrganizationApplication(db, organizationId, applicationId)

  app.get(
    '/message-templates',
    {
      preHandler: app.requireRole(...ROLES.readPipeline),
      schema: {
        tags: ['messages'],
        summary:
          "The organisation's candidate message templates (its own, else the defaults) in EN, PT and ES",
        security,
        response: { 200: ZMessageTemplates },
      },
    },
    async (request) => {
      const custom = await listMessageTemplates(db, staff(request).organizationId)
      return {
        items: MESSAGE_KINDS.flatMap((kind) =>
          MESSAGE_LOCALES.map((locale) => {
            const template = pickMessageTemplate(custom, kind, locale)
            return { kind, locale, subject: template.subject, body: template.body, custom: template.custom }
          }),
        ),
        placeholders: [...MESSAGE_PLACEHOLDERS],
      }
    },
  )

  app.put(
    '/message-templates',
    {
      preHandler: app.requireRole(...ROLES.manageJobs),
      schema: {
        tags: ['messages'],
        summary: 'Save some of the templates (each kind and language is replaced as a whole)',
        security,
        body: ZMessageTemplatesBody,
        response: { 200: ZMessageTemplates },
      },
    },
    async (request) => {
      const actor = staff(request)
      await upsertMessageTemplates(db, actor.organizationId, request.body.items, actor.userId)
      const custom = await listMessageTemplates(db, actor.organizationId)
      return {
        items: MESSAGE_KINDS.flatMap((kind) =>
          MESSAGE_LOCALES.map((locale) => {
            const template = pickMessageTemplate(custom, kind, locale)
            return { kind, locale, subject: template.subject, body: template.body, custom: template.custom }
          }),
        ),
        placeholders: [...MESSAGE_PLACEHOLDERS],
      }
    },
  )

  app.post(
    '/applications/:id/messages/preview',
    {
      preHandler: app.requireRole(...ROLES.invite),
      schema: {
        tags: ['messages'],
        summary: 'Render a message for this candidate without sending it',
        security,
        params: ZIdParams,
        body: ZSendMessageBody,
        response: { 200: ZMessagePreview, 404: ZProblem },
      },
    },
    async (request) => {
      const { organizationId } = staff(request)
      const application = await loadApplication(organizationId, request.params.id)
      const preview = await withEngineErrors(() =>
        renderMessageForApplication(app.engine, organizationId, {
          applicationId: application.id,
          kind: request.body.template,
          locale: request.body.locale,
          link: messageCarriesLink(request.body.template) ? PREVIEW_LINK : '',
        }),
      )
      // Under blind review the preview shows where the name and address go, not what they are; the message sent
      // carries them as usual (the outbox, where staff send by hand, is the one place they show).
      if (!(await loadBlindApplications(db, organizationId, [application.id]))(application.id)) return preview
      const masker = await loadMasker(
        db,
        organizationId,
        application.candidateId ? [application.candidateId] : [],
      )
      return {
        ...preview,
        recipient: null,
        subject: masker.text(application.candidateId, preview.subject),
        body: masker.text(application.candidateId, preview.body),
      }
    },
  )

  app.post(
    '/applications/:id/messages',
    {
      preHandler: app.requireRole(...ROLES.invite),
      schema: {
        tags: ['messages'],
        summary:
          'Send a templated message to the candidate (e-mail when SMTP is configured, else the outbox); invites carry a fresh prep link',
        security,
        params: ZIdParams,
        body: ZSendMessageBody,
        response: { 202: ZMessageAccepted, 404: ZProblem, 409: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = staff(request)
      const application = await loadApplication(actor.organizationId, request.params.id)
      const kind = request.body.template
      const link = messageCarriesLink(kind)
        ? (
            await createInviteLink(app, {
              organizationId: actor.organizationId,
              applicationId: application.id,
              jobId: application.jobId,
              createdBy: actor.userId,
            })
          ).url
        : null
      const message = await withEngineErrors(() =>
        renderMessageForApplication(app.engine, actor.organizationId, {
          applicationId: application.id,
          kind,
          locale: request.body.locale,
          link: link ?? '',
        }),
      )
      const queued = await queueCandidateMessage(app.engine, actor.organizationId, {
        applicationId: application.id,
        message,
        link,
        smtpConfigured: app.settings.smtpConfigured === true,
        createdBy: actor.userId,
      })
      await recordAuditEvent(db, {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: 'message.created',
        subjectType: 'application',
        subjectId: application.id,
        data: { kind, status: queued.status },
      })
      return reply.status(202).send(queued)
    },
  )

  app.get(
    '/applications/:id/messages',
    {
      preHandler: app.requireRole(...ROLES.readPipeline),
      schema: {
        tags: ['messages'],
        summary: 'Messages sent (or waiting) for this candidate, newest first, with their delivery status',
        security,
        params: ZIdParams,
        response: { 200: ZCandidateMessages, 404: ZProblem },
      },
    },
    async (request) => {
      const { organizationId } = staff(request)
      const application = await loadApplication(organizationId, request.params.id)
      const messages = await listApplicationMessages(db, organizationId, application.id)
      if (!(await loadBlindApplications(db, organizationId, [application.id]))(application.id))
        return { items: messages.map(presentMessage) }
      const masker = await loadMasker(
        db,
        organizationId,
        application.candidateId ? [application.candidateId] : [],
      )
      return {
        items: messages.map((message) => ({
          ...presentMessage(message),
          recipient: null,
          subject: masker.text(application.candidateId, message.subject),
          body: masker.text(application.candidateId, message.body),
        })),
      }
    },
  )

  app.get(
    '/outbox',
    {
      preHandler: app.requireRole(...ROLES.invite),
      schema: {
        tags: ['messages'],
        summary: 'Messages waiting to be sent by hand (no SMTP configured, or no address on the resume)',
        security,
        response: { 200: ZOutbox },
      },
    },
    async (request) => {
      const messages = await listOutboxMessages(db, staff(request).organizationId, OUTBOX_LIMIT)
      return {
        items: messages.map((message) => ({
          ...presentMessage(message),
          candidateName: message.candidateName,
          jobTitle: message.jobTitle,
        })),
      }
    },
  )
}
