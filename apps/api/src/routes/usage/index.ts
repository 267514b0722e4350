import { ZUsage } from '@shortlist/contracts'
import { findOrganization, recordAuditEvent, setMonthlyBudget, sumUsage, usageMonth } from '@shortlist/db'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ROLES, staff } from '../../plugins/auth'

const security = [{ bearerAuth: [] }]

export const usageRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.engine

  const readUsage = async (organizationId: string) => {
    const month = usageMonth(new Date())
    const [totals, organization] = await Promise.all([
      sumUsage(db, organizationId, month),
      findOrganization(db, organizationId),
    ])
    return { month, ...totals, budgetUsd: organization?.monthlyBudgetUsd ?? null }
  }

  app.get(
    '/',
    {
      preHandler: app.requireRole(...ROLES.admin),
      schema: {
        tags: ['usage'],
        summary: "This month's LLM usage and budget",
        security,
        response: { 200: ZUsage },
      },
    },
    async (request) => readUsage(staff(request).organizationId),
  )

  app.put(
    '/budget',
    {
      preHandler: app.requireRole(...ROLES.admin),
      schema: {
        tags: ['usage'],
        summary: 'Set the monthly LLM budget in USD (null removes the limit)',
        security,
        body: z.object({ monthlyBudgetUsd: z.number().min(0).max(1_000_000).nullable() }),
        response: { 200: ZUsage },
      },
    },
    async (request) => {
      const actor = staff(request)
      await setMonthlyBudget(db, actor.organizationId, request.body.monthlyBudgetUsd)
      await recordAuditEvent(db, {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: 'budget.set',
        subjectType: 'organization',
        subjectId: actor.organizationId,
        data: { monthlyBudgetUsd: request.body.monthlyBudgetUsd },
      })
      return readUsage(actor.organizationId)
    },
  )
}
