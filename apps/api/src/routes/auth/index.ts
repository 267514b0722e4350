import { ZAccessToken, ZInviteExchangeBody, ZLoginBody, ZProblem, ZSignupBody } from '@shortlist/contracts'
import {
  createOrganizationWithAdmin,
  emailExists,
  findUserByEmail,
  recordAuditEvent,
  useInvite,
} from '@shortlist/db'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { AppError } from '../../lib/app-error'
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from '../../lib/password'
import { hashToken } from '../../lib/tokens'

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.engine

  app.post(
    '/signup',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create an organisation and its first admin',
        body: ZSignupBody,
        response: { 201: ZAccessToken, 409: ZProblem },
      },
    },
    async (request, reply) => {
      const body = request.body
      if (await emailExists(db, body.email))
        throw new AppError('EMAIL_TAKEN', 'An account with this email already exists.')
      const passwordHash = await hashPassword(body.password)
      const { organization, user } = await db.transaction().execute(async (trx) => {
        const created = await createOrganizationWithAdmin(trx, {
          organizationName: body.organizationName,
          name: body.name,
          email: body.email,
          passwordHash,
          monthlyBudgetUsd: app.settings.defaultMonthlyBudgetUsd,
        })
        await recordAuditEvent(trx, {
          organizationId: created.organization.id,
          actorId: created.user.id,
          action: 'organization.created',
          subjectType: 'organization',
          subjectId: created.organization.id,
        })
        return created
      })
      const accessToken = app.issueToken({
        kind: 'user',
        userId: user.id,
        organizationId: organization.id,
        role: 'admin',
      })
      return reply.status(201).send({ accessToken })
    },
  )

  app.post(
    '/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Exchange email and password for an access token',
        body: ZLoginBody,
        response: { 200: ZAccessToken, 401: ZProblem },
      },
    },
    async (request) => {
      const user = await findUserByEmail(db, request.body.email)
      const valid = await verifyPassword(request.body.password, user?.passwordHash ?? DUMMY_PASSWORD_HASH)
      if (!user || !valid) throw new AppError('INVALID_CREDENTIALS', 'The email or password is not correct.')
      return {
        accessToken: app.issueToken({
          kind: 'user',
          userId: user.id,
          organizationId: user.organizationId,
          role: user.role,
        }),
      }
    },
  )

  app.post(
    '/invite',
    {
      schema: {
        tags: ['auth'],
        summary:
          "Exchange a candidate's invite token for a candidate access token (reusable until it expires or is revoked)",
        body: ZInviteExchangeBody,
        response: { 200: ZAccessToken, 401: ZProblem },
      },
    },
    async (request) => {
      const invite = await useInvite(db, hashToken(request.body.token), new Date())
      if (!invite) throw new AppError('INVITE_INVALID', 'This invite link has expired or is no longer valid.')
      await recordAuditEvent(db, {
        organizationId: invite.organizationId,
        actorId: null,
        action: 'invite.accepted',
        subjectType: 'application',
        subjectId: invite.applicationId,
      })
      return {
        accessToken: app.issueToken({
          kind: 'candidate',
          organizationId: invite.organizationId,
          applicationId: invite.applicationId,
          role: 'candidate',
        }),
      }
    },
  )
}
