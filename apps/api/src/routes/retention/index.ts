import { ZProblem, ZRetention, ZRetentionBody, ZRetentionQuery } from '@shortlist/contracts'
import {
  DEFAULT_RETENTION_MONTHS,
  findRetentionMonths,
  listCandidatesDueForErasure,
  recordAuditEvent,
  setRetentionMonths,
} from '@shortlist/db'
import { RETENTION_SCHEDULE } from '@shortlist/jobs'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ROLES, staff } from '../../plugins/auth'

const DAY_MS = 24 * 3600 * 1000

export const retentionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.engine

  const readRetention = async (organizationId: string, withinDays: number, limit: number) => {
    const months = (await findRetentionMonths(db, organizationId)) ?? DEFAULT_RETENTION_MONTHS
    const now = new Date()
    const candidates = await listCandidatesDueForErasure(db, organizationId, {
      until: new Date(now.getTime() + withinDays * DAY_MS),
      months,
      limit,
    })
    return {
      months,
      schedule: RETENTION_SCHEDULE.pattern,
      items: candidates.map((candidate) => ({
        candidate: { id: candidate.candidateId, name: candidate.name },
        lastActivityAt: candidate.lastActivityAt.toISOString(),
        dueAt: candidate.dueAt.toISOString(),
        due: candidate.dueAt <= now,
      })),
    }
  }

  app.get(
    '/',
    {
      preHandler: app.requireRole(...ROLES.admin),
      schema: {
        tags: ['privacy'],
        summary:
          "The organisation's retention period and the candidates the scheduled sweep erases now or within `withinDays`",
        security: [{ bearerAuth: [] }],
        querystring: ZRetentionQuery,
        response: { 200: ZRetention, 403: ZProblem },
      },
    },
    async (request) =>
      readRetention(staff(request).organizationId, request.query.withinDays, request.query.limit),
  )

  app.put(
    '/',
    {
      preHandler: app.requireRole(...ROLES.admin),
      schema: {
        tags: ['privacy'],
        summary: 'Set how many months without activity a candidate is kept (1 to 120; 24 by default)',
        security: [{ bearerAuth: [] }],
        body: ZRetentionBody,
        response: { 200: ZRetention, 400: ZProblem, 403: ZProblem },
      },
    },
    async (request) => {
      const actor = staff(request)
      await db.transaction().execute(async (trx) => {
        await setRetentionMonths(trx, actor.organizationId, request.body.months)
        await recordAuditEvent(trx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'retention.changed',
          subjectType: 'organization',
          subjectId: actor.organizationId,
          data: { months: request.body.months },
        })
      })
      return readRetention(actor.organizationId, 30, 100)
    },
  )
}
