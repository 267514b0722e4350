import { ZCreateUserBody, ZProblem, ZUser, ZUserList } from '@shortlist/contracts'
import { createUser, emailExists, listUsers, recordAuditEvent } from '@shortlist/db'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { AppError } from '../../lib/app-error'
import { hashPassword } from '../../lib/password'
import { ROLES, staff } from '../../plugins/auth'

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.engine

  app.post(
    '/',
    {
      preHandler: app.requireRole(...ROLES.admin),
      schema: {
        tags: ['users'],
        summary: 'Add a user to your organisation (admins only)',
        security: [{ bearerAuth: [] }],
        body: ZCreateUserBody,
        response: { 201: ZUser, 409: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = staff(request)
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
      return reply.status(201).send({ id: user.id, email: user.email, name: user.name, role: user.role })
    },
  )

  app.get(
    '/',
    {
      preHandler: app.requireRole(...ROLES.admin),
      schema: {
        tags: ['users'],
        summary: 'List your organisation’s users',
        security: [{ bearerAuth: [] }],
        response: { 200: ZUserList },
      },
    },
    async (request) => {
      const users = await listUsers(db, staff(request).organizationId)
      return {
        items: users.map((user) => ({ id: user.id, email: user.email, name: user.name, role: user.role })),
      }
    },
  )
}
