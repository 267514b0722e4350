import {
  ZBlindReview,
  ZFairnessReport,
  ZFairnessReportQuery,
  ZIdParams,
  ZJobBlindReview,
  ZJobBlindReviewBody,
  ZProblem,
} from '@shortlist/contracts'
import { resolveBlindReviewPolicy } from '@shortlist/core'
import {
  findJob,
  findJobPipeline,
  findOrganization,
  findOrganizationBlindReview,
  listBlindReviewContexts,
  listImpactRows,
  recordAuditEvent,
  saveJobBlindReview,
  saveOrganizationBlindReview,
} from '@shortlist/db'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppError } from '../../lib/app-error'
import { buildFairnessReport, fairnessReportCsv } from '../../lib/present-fairness-report'
import { ROLES, staff } from '../../plugins/auth'

const security = [{ bearerAuth: [] }]

/**
 * Blind review settings and the LL144-style report. Admins only: the report, though aggregate, can point at a
 * person in a small category, and switching blind review off is a decision about every reviewer.
 */
export const fairnessRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.engine

  const loadJob = async (organizationId: string, jobId: string) => {
    const job = await findJob(db, organizationId, jobId)
    if (!job) throw new AppError('NOT_FOUND', 'No such job in your organisation.')
    return job
  }
  const jobBlindReview = async (organizationId: string, jobId: string) => {
    const context = (await listBlindReviewContexts(db, organizationId, [jobId])).get(jobId)
    if (!context) throw new AppError('NOT_FOUND', 'No such job in your organisation.')
    return { ...context.job, effective: resolveBlindReviewPolicy(context.organization, context.job) }
  }

  app.get(
    '/fairness/blind-review',
    {
      preHandler: app.requireRole(...ROLES.readPipeline),
      schema: {
        tags: ['fairness'],
        summary: "The organisation's blind review setting",
        security,
        response: { 200: ZBlindReview },
      },
    },
    async (request) => {
      const setting = await findOrganizationBlindReview(db, staff(request).organizationId)
      if (!setting) throw new AppError('UNAUTHENTICATED', 'This account no longer exists.')
      return setting
    },
  )

  app.put(
    '/fairness/blind-review',
    {
      preHandler: app.requireRole(...ROLES.admin),
      schema: {
        tags: ['fairness'],
        summary:
          'Hide names, contact details, addresses, ages and graduation years from reviewers until a stage',
        security,
        body: ZBlindReview,
        response: { 200: ZBlindReview, 400: ZProblem, 403: ZProblem },
      },
    },
    async (request) => {
      const actor = staff(request)
      await db.transaction().execute(async (trx) => {
        await saveOrganizationBlindReview(trx, actor.organizationId, request.body)
        await recordAuditEvent(trx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'organization.blind_review_changed',
          subjectType: 'organization',
          subjectId: actor.organizationId,
          data: { ...request.body },
        })
      })
      return request.body
    },
  )

  app.get(
    '/jobs/:id/blind-review',
    {
      preHandler: app.requireRole(...ROLES.readPipeline),
      schema: {
        tags: ['fairness'],
        summary: "A job's blind review override (null inherits the organisation's) and what applies",
        security,
        params: ZIdParams,
        response: { 200: ZJobBlindReview, 404: ZProblem },
      },
    },
    async (request) => jobBlindReview(staff(request).organizationId, request.params.id),
  )

  app.put(
    '/jobs/:id/blind-review',
    {
      preHandler: app.requireRole(...ROLES.admin),
      schema: {
        tags: ['fairness'],
        summary: "Override the organisation's blind review for one job; null inherits",
        security,
        params: ZIdParams,
        body: ZJobBlindReviewBody,
        response: { 200: ZJobBlindReview, 400: ZProblem, 403: ZProblem, 404: ZProblem, 422: ZProblem },
      },
    },
    async (request) => {
      const actor = staff(request)
      const job = await loadJob(actor.organizationId, request.params.id)
      const { untilStage } = request.body
      const pipeline = (await findJobPipeline(db, actor.organizationId, job.id)) ?? []
      if (untilStage !== null && !pipeline.includes(untilStage))
        throw new AppError('UNKNOWN_STAGE', `"${untilStage}" is not a stage of this job's pipeline.`)
      await db.transaction().execute(async (trx) => {
        await saveJobBlindReview(trx, actor.organizationId, job.id, request.body)
        await recordAuditEvent(trx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'job.blind_review_changed',
          subjectType: 'job',
          subjectId: job.id,
          data: { ...request.body },
        })
      })
      return jobBlindReview(actor.organizationId, job.id)
    },
  )

  const jobReport = async (
    organizationId: string,
    jobId: string,
    query: z.infer<typeof ZFairnessReportQuery>,
  ) => {
    const job = await loadJob(organizationId, jobId)
    return buildFairnessReport(await listImpactRows(db, organizationId, { jobId: job.id }), {
      scope: { kind: 'job', id: job.id, title: job.title },
      basis: query.basis,
      minimumCount: query.minimumCount,
      now: new Date(),
    })
  }
  const organizationReport = async (organizationId: string, query: z.infer<typeof ZFairnessReportQuery>) => {
    const organization = await findOrganization(db, organizationId)
    if (!organization) throw new AppError('UNAUTHENTICATED', 'This account no longer exists.')
    return buildFairnessReport(await listImpactRows(db, organizationId), {
      scope: { kind: 'organization', id: organization.id, title: organization.name },
      basis: query.basis,
      minimumCount: query.minimumCount,
      now: new Date(),
    })
  }
  const sendCsv = (reply: import('fastify').FastifyReply, report: Awaited<ReturnType<typeof jobReport>>) =>
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="fairness-${report.scope.kind}-${report.scope.id.slice(0, 8)}-${report.basis}.csv"`,
      )
      .send(fairnessReportCsv(report))

  const reportSummary =
    'Selection rates and impact ratios by sex, race/ethnicity and their intersections (LL144-style), from voluntary self-identification'

  app.get(
    '/jobs/:id/fairness-report',
    {
      preHandler: app.requireRole(...ROLES.admin),
      schema: {
        tags: ['fairness'],
        summary: `${reportSummary}, for one job`,
        security,
        params: ZIdParams,
        querystring: ZFairnessReportQuery,
        response: { 200: ZFairnessReport, 403: ZProblem, 404: ZProblem },
      },
    },
    async (request) => jobReport(staff(request).organizationId, request.params.id, request.query),
  )

  app.get(
    '/jobs/:id/fairness-report.csv',
    {
      preHandler: app.requireRole(...ROLES.admin),
      schema: {
        tags: ['fairness'],
        summary: 'The job fairness report as CSV',
        security,
        params: ZIdParams,
        querystring: ZFairnessReportQuery,
        response: { 200: z.string(), 403: ZProblem, 404: ZProblem },
      },
    },
    async (request, reply) =>
      sendCsv(reply, await jobReport(staff(request).organizationId, request.params.id, request.query)),
  )

  app.get(
    '/fairness/report',
    {
      preHandler: app.requireRole(...ROLES.admin),
      schema: {
        tags: ['fairness'],
        summary: `${reportSummary}, over every job of the organisation (median basis: each job's own median)`,
        security,
        querystring: ZFairnessReportQuery,
        response: { 200: ZFairnessReport, 403: ZProblem },
      },
    },
    async (request) => organizationReport(staff(request).organizationId, request.query),
  )

  app.get(
    '/fairness/report.csv',
    {
      preHandler: app.requireRole(...ROLES.admin),
      schema: {
        tags: ['fairness'],
        summary: 'The organisation fairness report as CSV',
        security,
        querystring: ZFairnessReportQuery,
        response: { 200: z.string(), 403: ZProblem },
      },
    },
    async (request, reply) =>
      sendCsv(reply, await organizationReport(staff(request).organizationId, request.query)),
  )
}
