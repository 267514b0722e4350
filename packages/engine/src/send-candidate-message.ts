import { findCandidateMessage, recordMessageAttempt } from '@shortlist/db'
import type { Mailer } from './create-smtp-mailer'
import type { EngineDeps } from './engine-deps'
import { EngineError } from './engine-error'

/** SMTP errors name the server; the application page shows a short, stable reason instead. */
function describeFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  const responseCode = (error as { responseCode?: unknown } | null)?.responseCode
  if (typeof responseCode === 'number') return `SMTP_${responseCode}`
  if (typeof code === 'string' && /^[A-Z_]+$/.test(code)) return code
  return 'SMTP_FAILED'
}

/**
 * Delivers one stored candidate message. Idempotent: a message already sent is not sent again. A failed attempt
 * is recorded and rethrown so the queue retries; on the last attempt the message is marked failed.
 */
export async function sendCandidateMessage(
  deps: Pick<EngineDeps, 'db'> & { mailer: Mailer | null },
  payload: { organizationId: string; messageId: string },
  attempt: { final: boolean },
): Promise<{ status: 'sent' | 'skipped' }> {
  const message = await findCandidateMessage(deps.db, payload.organizationId, payload.messageId)
  if (!message) throw new EngineError('NOT_FOUND', 'message not found')
  if (message.status !== 'queued') return { status: 'skipped' }
  if (!deps.mailer || !message.recipient) {
    await recordMessageAttempt(deps.db, payload.organizationId, message.id, {
      status: 'failed',
      error: deps.mailer ? 'NO_RECIPIENT' : 'SMTP_NOT_CONFIGURED',
    })
    throw new EngineError('INVALID_PAYLOAD', 'this process cannot deliver the message')
  }
  try {
    await deps.mailer.send({ to: message.recipient, subject: message.subject, text: message.body })
  } catch (error) {
    await recordMessageAttempt(deps.db, payload.organizationId, message.id, {
      status: attempt.final ? 'failed' : 'queued',
      error: describeFailure(error),
    })
    throw new EngineError('MESSAGE_FAILED', 'the mail server did not accept the message', {
      retryable: true,
      cause: error,
    })
  }
  await recordMessageAttempt(deps.db, payload.organizationId, message.id, { status: 'sent', error: null })
  return { status: 'sent' }
}
