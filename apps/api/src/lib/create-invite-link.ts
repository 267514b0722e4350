import { createInvite, findApplicationStages, findJob, findKit, recordAuditEvent } from '@shortlist/db'
import { EngineError, requestInterviewKit } from '@shortlist/engine'
import type { FastifyInstance } from 'fastify'
import { AppError } from './app-error'
import { createSecretToken, hashToken } from './tokens'

/** Invites last two weeks unless staff ask otherwise: long enough for a candidate to come back on another device. */
export const DEFAULT_INVITE_HOURS = 24 * 14

/**
 * Creates a reusable, expiring invite link to the candidate's prep page and makes sure the role kit the prep
 * draws on is on its way. Only the token's hash is stored.
 */
export async function createInviteLink(
  app: FastifyInstance,
  input: {
    organizationId: string
    applicationId: string
    jobId: string
    createdBy: string
    expiresInHours?: number | undefined
  },
): Promise<{ token: string; url: string; expiresAt: Date }> {
  const { db } = app.engine
  // The link would be refused anyway; say so to the recruiter instead of handing out a dead link.
  const current = (await findApplicationStages(db, input.organizationId, [input.applicationId])).get(
    input.applicationId,
  )
  if (current?.stage === 'rejected')
    throw new AppError(
      'CANDIDATE_REJECTED',
      'This candidate was rejected: move them back before inviting them.',
    )
  const token = createSecretToken()
  const expiresAt = new Date(Date.now() + (input.expiresInHours ?? DEFAULT_INVITE_HOURS) * 3600_000)
  await createInvite(db, input.organizationId, {
    applicationId: input.applicationId,
    tokenHash: hashToken(token),
    expiresAt,
    createdBy: input.createdBy,
  })
  await recordAuditEvent(db, {
    organizationId: input.organizationId,
    actorId: input.createdBy,
    action: 'invite.created',
    subjectType: 'application',
    subjectId: input.applicationId,
  })
  const job = await findJob(db, input.organizationId, input.jobId)
  const roleKit = await findKit(db, input.organizationId, { jobId: input.jobId })
  if (job?.status === 'ready' && (!roleKit || roleKit.status === 'failed')) {
    // Over budget, the invite still works; prep then shows the role's topics without practice questions.
    await requestInterviewKit(app.engine, {
      organizationId: input.organizationId,
      jobId: input.jobId,
      applicationId: null,
    }).catch((error: unknown) => {
      if (!(error instanceof EngineError && error.code === 'BUDGET_EXCEEDED')) throw error
    })
  }
  // Never the Host header: PUBLIC_URL, or the loopback address the server listens on (env.ts publicOrigin).
  const origin = app.settings.publicUrl
  return { token, url: `${origin}/invite/${token}`, expiresAt }
}
