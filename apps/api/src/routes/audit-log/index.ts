import { ZAuditLog, ZAuditLogQuery, ZProblem } from '@shortlist/contracts'
import { listAuditLog } from '@shortlist/db'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ROLES, staff } from '../../plugins/auth'

export const auditLogRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.engine

  app.get(
    '/',
    {
      preHandler: app.requireRole(...ROLES.admin),
      schema: {
        tags: ['privacy'],
        summary:
          'Who viewed, changed, decided, exported and erased what in your organisation, newest first; filterable and paginated',
        security: [{ bearerAuth: [] }],
        querystring: ZAuditLogQuery,
        response: { 200: ZAuditLog, 400: ZProblem, 403: ZProblem },
      },
    },
    async (request) => {
      const { organizationId } = staff(request)
      const query = request.query
      const family = query.action?.endsWith('.') ?? false
      const page = await listAuditLog(
        db,
        organizationId,
        {
          action: family ? undefined : query.action,
          actionPrefix: family ? query.action : undefined,
          actorId: query.actorId,
          subjectType: query.subjectType,
          subjectId: query.subjectId,
          from: query.from ? new Date(query.from) : undefined,
          to: query.to ? new Date(query.to) : undefined,
        },
        { limit: query.limit, offset: query.offset },
      )
      return {
        total: page.total,
        items: page.items.map((entry) => ({
          id: entry.id,
          actor: entry.actor,
          action: entry.action,
          subjectType: entry.subjectType,
          subjectId: entry.subjectId,
          data: entry.data,
          at: entry.createdAt.toISOString(),
        })),
      }
    },
  )
}
