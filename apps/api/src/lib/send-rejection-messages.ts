import { queueCandidateMessage, renderMessageForApplication } from '@shortlist/engine'
import type { FastifyInstance } from 'fastify'

/**
 * Queues the rejection message for each application after its move has committed. E-mail never undoes a
 * decision: a candidate without an address lands in the outbox, and delivery failures show on the application.
 */
export async function sendRejectionMessages(
  app: FastifyInstance,
  organizationId: string,
  applicationIds: readonly string[],
  createdBy: string,
): Promise<void> {
  for (const applicationId of applicationIds) {
    const message = await renderMessageForApplication(app.engine, organizationId, {
      applicationId,
      kind: 'rejection',
      link: '',
    })
    await queueCandidateMessage(app.engine, organizationId, {
      applicationId,
      message,
      link: null,
      smtpConfigured: app.settings.smtpConfigured === true,
      createdBy,
    })
  }
}
