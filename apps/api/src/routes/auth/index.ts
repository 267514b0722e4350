import {
  ZAccessToken,
  ZInviteExchangeBody,
  ZLoginBody,
  ZPasswordResetBody,
  ZProblem,
  ZSignupAccepted,
  ZSignupBody,
} from '@shortlist/contracts'
import {
  consumePasswordReset,
  createOrganizationWithAdmin,
  emailExists,
  findUserByEmail,
  recordAuditEvent,
  setUserPassword,
  useInvite,
} from '@shortlist/db'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { AppError } from '../../lib/app-error'
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from '../../lib/password'
import { assertStrongPassword } from '../../lib/password-policy'
import { hashToken } from '../../lib/tokens'

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.engine

  app.post(
    '/signup',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create an organisation and its first admin, then sign in',
        description:
          'Answers 202 whether or not the email is already registered, so signup never tells which emails have accounts; a new account is ready at once and the client signs in with `POST /v1/auth/login`. A taken email creates nothing.',
        body: ZSignupBody,
        response: { 202: ZSignupAccepted, 422: ZProblem, 429: ZProblem },
      },
    },
    async (request, reply) => {
      const body = request.body
      assertStrongPassword(body.password, body.email)
      // Hashed on both paths so the answer takes as long whether or not the email is taken.
      const passwordHash = await hashPassword(body.password)
      if (await emailExists(db, body.email)) return reply.status(202).send({ status: 'accepted' as const })
      await db
        .transaction()
        .execute(async (trx) => {
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
        })
        .catch(async (error: unknown) => {
          // Two signups for one email at once: the unique index lets one win; the other looks the same.
          if (!(await emailExists(db, body.email))) throw error
        })
      return reply.status(202).send({ status: 'accepted' as const })
    },
  )

  app.post(
    '/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Exchange email and password for an access token',
        description:
          'After five failed attempts the account is locked for 30 s, doubling with each further failure up to 15 min (429 RATE_LIMITED with retry-after).',
        body: ZLoginBody,
        response: { 200: ZAccessToken, 401: ZProblem, 429: ZProblem },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body
      await app.loginThrottle.assertOpen(email, reply)
      const user = await findUserByEmail(db, email)
      const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH)
      if (!user || !valid || user.deactivated) {
        await app.loginThrottle.recordFailure(email)
        throw new AppError('INVALID_CREDENTIALS', 'The email or password is not correct.')
      }
      await app.loginThrottle.recordSuccess(email)
      return {
        accessToken: app.issueToken(
          { kind: 'user', userId: user.id, organizationId: user.organizationId, role: user.role },
          user.tokenVersion,
        ),
      }
    },
  )

  app.post(
    '/password-reset',
    {
      schema: {
        tags: ['auth'],
        summary: 'Set a new password with a single-use reset link from an admin, and sign in',
        body: ZPasswordResetBody,
        response: { 200: ZAccessToken, 401: ZProblem, 422: ZProblem, 429: ZProblem },
      },
    },
    async (request) => {
      const tokenHash = hashToken(request.body.token)
      // Checked before the link is spent, so a weak choice does not burn it.
      const reset = await db.transaction().execute(async (trx) => {
        const spent = await consumePasswordReset(trx, tokenHash, new Date())
        if (!spent) return null
        assertStrongPassword(request.body.password, spent.email)
        const version = await setUserPassword(
          trx,
          spent.organizationId,
          spent.userId,
          await hashPassword(request.body.password),
        )
        await recordAuditEvent(trx, {
          organizationId: spent.organizationId,
          actorId: spent.userId,
          action: 'user.password_reset',
          subjectType: 'user',
          subjectId: spent.userId,
        })
        return { ...spent, version: version ?? 0 }
      })
      if (!reset) throw new AppError('RESET_INVALID', 'This reset link has already been used or has expired.')
      app.forgetSession(reset.userId)
      const user = await findUserByEmail(db, reset.email)
      if (!user) throw new AppError('RESET_INVALID', 'This reset link has already been used or has expired.')
      await app.loginThrottle.recordSuccess(reset.email)
      return {
        accessToken: app.issueToken(
          { kind: 'user', userId: user.id, organizationId: user.organizationId, role: user.role },
          reset.version,
        ),
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
        response: { 200: ZAccessToken, 401: ZProblem, 429: ZProblem },
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
