import {
  ZChangeRoleBody,
  ZCreateUserBody,
  ZIdParams,
  ZPasswordResetLink,
  ZProblem,
  ZUser,
  ZUserList,
} from '@shortlist/contracts'
import {
  changeUserRole,
  countActiveAdmins,
  createPasswordReset,
  createUser,
  deactivateUser,
  emailExists,
  findUser,
  listUsers,
  recordAuditEvent,
  type UserRecord,
} from '@shortlist/db'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { AppError } from '../../lib/app-error'
import { hashPassword } from '../../lib/password'
import { assertStrongPassword } from '../../lib/password-policy'
import { createSecretToken, hashToken } from '../../lib/tokens'
import { ROLES, staff } from '../../plugins/auth'

const security = [{ bearerAuth: [] }]
const RESET_LINK_HOURS = 24

const presentUser = (user: UserRecord) => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  deactivatedAt: user.deactivatedAt ? user.deactivatedAt.toISOString() : null,
})

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.engine

  /** The organisation's user, or 404 (a user of another organisation is not found, never forbidden). */
  const loadUser = async (organizationId: string, userId: string) => {
    const user = await findUser(db, organizationId, userId)
    if (!user) throw new AppError('NOT_FOUND', 'Not found in your organisation.')
    return user
  }

  /** An organisation always keeps one active admin, or nobody could manage it again. */
  const assertKeepsAnAdmin = async (organizationId: string, user: UserRecord) => {
    if (user.role === 'admin' && (await countActiveAdmins(db, organizationId)) <= 1)
      throw new AppError('LAST_ADMIN', 'The organisation needs at least one active admin.')
  }

  app.post(
    '/',
    {
      preHandler: app.requireRole(...ROLES.admin),
      schema: {
        tags: ['users'],
        summary: 'Add a user to your organisation (admins only)',
        security,
        body: ZCreateUserBody,
        response: { 201: ZUser, 409: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = staff(request)
      assertStrongPassword(request.body.password, request.body.email)
      if (await emailExists(db, request.body.email))
        throw new AppError('EMAIL_TAKEN', 'An account with this email already exists.')
      const user = await createUser(db, actor.organizationId, {
        email: request.body.email,
        name: request.body.name,
        role: request.body.role,
        passwordHash: await hashPassword(request.body.password),
      })
      await recordAuditEvent(db, {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: 'user.created',
        subjectType: 'user',
        subjectId: user.id,
        data: { role: user.role },
      })
      return reply.status(201).send(presentUser(user))
    },
  )

  app.get(
    '/',
    {
      preHandler: app.requireRole(...ROLES.admin),
      schema: {
        tags: ['users'],
        summary: 'List your organisation’s users',
        security,
        response: { 200: ZUserList },
      },
    },
    async (request) => {
      const users = await listUsers(db, staff(request).organizationId)
      return { items: users.map(presentUser) }
    },
  )

  app.post(
    '/:id/deactivate',
    {
      preHandler: app.requireRole(...ROLES.admin),
      schema: {
        tags: ['users'],
        summary: 'Deactivate a user: they can no longer sign in and their sessions end at once (admins only)',
        security,
        params: ZIdParams,
        response: { 200: ZUser, 404: ZProblem, 409: ZProblem },
      },
    },
    async (request) => {
      const actor = staff(request)
      const user = await loadUser(actor.organizationId, request.params.id)
      if (!user.deactivatedAt) {
        await assertKeepsAnAdmin(actor.organizationId, user)
        await deactivateUser(db, actor.organizationId, user.id)
        app.forgetSession(user.id)
        await recordAuditEvent(db, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'user.deactivated',
          subjectType: 'user',
          subjectId: user.id,
        })
      }
      return presentUser(await loadUser(actor.organizationId, user.id))
    },
  )

  app.put(
    '/:id/role',
    {
      preHandler: app.requireRole(...ROLES.admin),
      schema: {
        tags: ['users'],
        summary: 'Change a user’s role; it applies from their next request (admins only)',
        security,
        params: ZIdParams,
        body: ZChangeRoleBody,
        response: { 200: ZUser, 404: ZProblem, 409: ZProblem },
      },
    },
    async (request) => {
      const actor = staff(request)
      const user = await loadUser(actor.organizationId, request.params.id)
      if (user.role !== request.body.role) {
        await assertKeepsAnAdmin(actor.organizationId, user)
        await changeUserRole(db, actor.organizationId, user.id, request.body.role)
        app.forgetSession(user.id)
        await recordAuditEvent(db, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'user.role_changed',
          subjectType: 'user',
          subjectId: user.id,
          data: { from: user.role, to: request.body.role },
        })
      }
      return presentUser({ ...user, role: request.body.role })
    },
  )

  app.post(
    '/:id/password-reset',
    {
      preHandler: app.requireRole(...ROLES.admin),
      schema: {
        tags: ['users'],
        summary:
          'Create a single-use link (valid 24 h) with which the user sets a new password (admins only)',
        description:
          'Hand the link to the user; opening it and choosing a password ends their other sessions. Shortlist sends no email.',
        security,
        params: ZIdParams,
        response: { 201: ZPasswordResetLink, 404: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = staff(request)
      const user = await loadUser(actor.organizationId, request.params.id)
      const token = createSecretToken()
      const expiresAt = new Date(Date.now() + RESET_LINK_HOURS * 3600_000)
      await createPasswordReset(db, actor.organizationId, {
        userId: user.id,
        tokenHash: hashToken(token),
        expiresAt,
        createdBy: actor.userId,
      })
      await recordAuditEvent(db, {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: 'user.password_reset_issued',
        subjectType: 'user',
        subjectId: user.id,
      })
      return reply.status(201).send({
        token,
        url: `${app.settings.publicUrl}/reset-password/${token}`,
        expiresAt: expiresAt.toISOString(),
      })
    },
  )
}
