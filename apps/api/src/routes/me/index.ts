import { ZAccessToken, ZChangePasswordBody, ZMe, ZPrep, ZProblem } from '@shortlist/contracts'
import {
  findAlternativeProcesses,
  findApplication,
  findCandidate,
  findOrganization,
  findUser,
  findUserByEmail,
  hasCandidateAccess,
  recordAuditEvent,
  setUserPassword,
} from '@shortlist/db'
import { buildCandidatePrep } from '@shortlist/engine'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { AppError } from '../../lib/app-error'
import { withEngineErrors } from '../../lib/engine-errors'
import { hashPassword, verifyPassword } from '../../lib/password'
import { assertStrongPassword } from '../../lib/password-policy'
import { ROLES, staff } from '../../plugins/auth'

const security = [{ bearerAuth: [] }]

export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.engine

  // A candidate token outlives a revoked invite or a rejection; access ends with them, not with the token.
  const assertCandidateAccess = async (organizationId: string, applicationId: string) => {
    if (!(await hasCandidateAccess(db, organizationId, applicationId, new Date())))
      throw new AppError('UNAUTHENTICATED', 'This invitation is no longer valid.')
  }

  app.get(
    '/',
    {
      preHandler: app.requireRole(...ROLES.anyone),
      schema: {
        tags: ['auth'],
        summary: 'Who the token belongs to',
        security,
        response: { 200: ZMe, 401: ZProblem },
      },
    },
    async (request) => {
      const principal = request.principal
      const organization = await findOrganization(db, principal.organizationId)
      if (!organization) throw new AppError('UNAUTHENTICATED', 'This account no longer exists.')
      if (principal.kind === 'user') {
        const user = await findUser(db, principal.organizationId, principal.userId)
        if (!user) throw new AppError('UNAUTHENTICATED', 'This account no longer exists.')
        return {
          user: { id: user.id, name: user.name, email: user.email, role: user.role },
          organization: { id: organization.id, name: organization.name },
        }
      }
      await assertCandidateAccess(principal.organizationId, principal.applicationId)
      const application = await findApplication(db, principal.organizationId, principal.applicationId)
      if (!application) throw new AppError('UNAUTHENTICATED', 'This invitation no longer exists.')
      const candidate = application.candidateId
        ? await findCandidate(db, principal.organizationId, application.candidateId)
        : null
      return {
        user: {
          id: application.id,
          name: candidate?.name ?? 'Candidate',
          email: null,
          role: 'candidate' as const,
        },
        organization: { id: organization.id, name: organization.name },
      }
    },
  )

  app.get(
    '/prep',
    {
      preHandler: app.requireRole(...ROLES.candidate),
      schema: {
        tags: ['candidates'],
        summary: "The invited candidate's interview preparation (never scores, ranks or other candidates)",
        security,
        response: { 200: ZPrep, 401: ZProblem, 403: ZProblem },
      },
    },
    async (request) => {
      const principal = request.principal
      if (principal.kind !== 'candidate')
        throw new AppError('FORBIDDEN', 'Only invited candidates have a prep page.')
      await assertCandidateAccess(principal.organizationId, principal.applicationId)
      const prep = await withEngineErrors(() =>
        buildCandidatePrep(app.engine, principal.organizationId, principal.applicationId),
      )
      const alternative = (
        await findAlternativeProcesses(db, principal.organizationId, [principal.applicationId])
      ).get(principal.applicationId)
      // The response schema strips anything not in ZPrep, so internal fields can never leak through.
      return {
        ...prep,
        alternativeProcess: alternative
          ? { requestedAt: alternative.requestedAt.toISOString(), note: alternative.note }
          : null,
      }
    },
  )

  app.post(
    '/password',
    {
      preHandler: app.requireRole('admin', 'recruiter', 'hiring_manager'),
      schema: {
        tags: ['auth'],
        summary: 'Change your own password; every other session ends, and a fresh token is returned',
        security,
        body: ZChangePasswordBody,
        response: { 200: ZAccessToken, 401: ZProblem, 422: ZProblem, 429: ZProblem },
      },
    },
    async (request) => {
      const actor = staff(request)
      const user = await findUser(db, actor.organizationId, actor.userId)
      const stored = user ? await findUserByEmail(db, user.email) : null
      if (!user || !stored) throw new AppError('UNAUTHENTICATED', 'This account no longer exists.')
      if (!(await verifyPassword(request.body.currentPassword, stored.passwordHash)))
        throw new AppError('INVALID_CREDENTIALS', 'The current password is not correct.')
      assertStrongPassword(request.body.newPassword, user.email)
      const version = await setUserPassword(
        db,
        actor.organizationId,
        actor.userId,
        await hashPassword(request.body.newPassword),
      )
      await recordAuditEvent(db, {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: 'user.password_changed',
        subjectType: 'user',
        subjectId: actor.userId,
      })
      return { accessToken: app.issueToken(actor, version ?? 0) }
    },
  )
}
