import {
  ZAlternativeProcess,
  ZAlternativeProcessBody,
  ZProblem,
  ZSelfIdentification,
  ZSelfIdentificationBody,
} from '@shortlist/contracts'
import {
  findAlternativeProcesses,
  findSelfIdentification,
  hasCandidateAccess,
  recordAuditEvent,
  requestAlternativeProcess,
  saveSelfIdentification,
} from '@shortlist/db'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { AppError } from '../../lib/app-error'
import type { Principal } from '../../plugins/auth'
import { ROLES } from '../../plugins/auth'

const security = [{ bearerAuth: [] }]

/**
 * The candidate's side of fairness, under /v1/me: voluntary self-identification (stored apart, read back only by
 * the candidate and, in aggregate, by the fairness report) and the request for an alternative process.
 */
export const meFairnessRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.engine

  const candidate = async (principal: Principal) => {
    if (principal.kind !== 'candidate')
      throw new AppError('FORBIDDEN', 'Only invited candidates can do this.')
    if (!(await hasCandidateAccess(db, principal.organizationId, principal.applicationId, new Date())))
      throw new AppError('UNAUTHENTICATED', 'This invitation is no longer valid.')
    return principal
  }

  app.get(
    '/self-identification',
    {
      preHandler: app.requireRole(...ROLES.candidate),
      schema: {
        tags: ['candidates'],
        summary: "The candidate's own voluntary self-identification (null until answered)",
        security,
        response: { 200: ZSelfIdentification, 401: ZProblem, 403: ZProblem },
      },
    },
    async (request) => {
      const principal = await candidate(request.principal)
      const answer = await findSelfIdentification(db, principal.organizationId, principal.applicationId)
      return ZSelfIdentification.parse({
        sex: answer?.sex ?? null,
        raceEthnicity: answer?.raceEthnicity ?? null,
      })
    },
  )

  app.put(
    '/self-identification',
    {
      preHandler: app.requireRole(...ROLES.candidate),
      schema: {
        tags: ['candidates'],
        summary:
          'Answer the voluntary self-identification (each question has "decline to answer"); never shown to reviewers or used in scoring',
        security,
        body: ZSelfIdentificationBody,
        response: { 200: ZSelfIdentification, 400: ZProblem, 401: ZProblem, 403: ZProblem },
      },
    },
    async (request) => {
      const principal = await candidate(request.principal)
      await saveSelfIdentification(db, principal.organizationId, principal.applicationId, request.body)
      return request.body
    },
  )

  app.post(
    '/alternative-process',
    {
      preHandler: app.requireRole(...ROLES.candidate),
      schema: {
        tags: ['candidates'],
        summary:
          'Ask for an alternative to automated screening (or an accommodation); recorded on the application for staff',
        security,
        body: ZAlternativeProcessBody.optional(),
        response: { 200: ZAlternativeProcess, 400: ZProblem, 401: ZProblem, 403: ZProblem },
      },
    },
    async (request) => {
      const principal = await candidate(request.principal)
      const { organizationId, applicationId } = principal
      await db.transaction().execute(async (trx) => {
        await requestAlternativeProcess(trx, organizationId, applicationId, {
          note: request.body?.note || null,
          at: new Date(),
        })
        await recordAuditEvent(trx, {
          organizationId,
          actorId: null,
          action: 'application.alternative_process_requested',
          subjectType: 'application',
          subjectId: applicationId,
        })
      })
      const stored = (await findAlternativeProcesses(db, organizationId, [applicationId])).get(applicationId)
      if (!stored) throw new AppError('INTERNAL', 'the request was not stored')
      return { requestedAt: stored.requestedAt.toISOString(), note: stored.note }
    },
  )
}
