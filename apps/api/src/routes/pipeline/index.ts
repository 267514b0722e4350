import {
  ZApplicationStage,
  ZBulkStageBody,
  ZBulkStageResult,
  ZIdParams,
  ZPipeline,
  ZPipelineBody,
  ZProblem,
  ZStageMoveBody,
} from '@shortlist/contracts'
import {
  findApplicationStages,
  findJobPipeline,
  listOccupiedStages,
  listStageHistory,
  moveApplicationsToStage,
  recordAuditEvent,
  saveJobPipeline,
} from '@shortlist/db'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { AppError } from '../../lib/app-error'
import { sendRejectionMessages } from '../../lib/send-rejection-messages'
import { ROLES, staff } from '../../plugins/auth'

const security = [{ bearerAuth: [] }]
const REJECTED = 'rejected'

/** Hiring pipeline stages under /v1: each job's stages, stage moves with their history, bulk moves and rejects. */
export const pipelineRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.engine

  const loadPipeline = async (organizationId: string, jobId: string): Promise<string[]> => {
    const stages = await findJobPipeline(db, organizationId, jobId)
    if (!stages) throw new AppError('NOT_FOUND', 'No such job in your organisation.')
    return stages
  }

  /** Checks a move against the job's pipeline; a rejection must say why. */
  const checkMove = (stages: string[], body: { stage: string; reason?: string | undefined }) => {
    if (!stages.includes(body.stage))
      throw new AppError('UNKNOWN_STAGE', `"${body.stage}" is not a stage of this job's pipeline.`, {
        details: [{ path: 'stage', message: `one of: ${stages.join(', ')}` }],
      })
    if (body.stage === REJECTED && !body.reason)
      throw new AppError('REJECTION_REASON_REQUIRED', 'Say why the candidate is rejected.', {
        details: [{ path: 'reason', message: 'required when rejecting' }],
      })
  }

  app.get(
    '/jobs/:id/pipeline',
    {
      preHandler: app.requireRole(...ROLES.readPipeline),
      schema: {
        tags: ['pipeline'],
        summary: "The job's pipeline stages, in order",
        security,
        params: ZIdParams,
        response: { 200: ZPipeline, 404: ZProblem },
      },
    },
    async (request) => ({ stages: await loadPipeline(staff(request).organizationId, request.params.id) }),
  )

  app.put(
    '/jobs/:id/pipeline',
    {
      preHandler: app.requireRole(...ROLES.manageJobs),
      schema: {
        tags: ['pipeline'],
        summary: "Replace the job's pipeline stages (keeping `applied` and `rejected`)",
        security,
        params: ZIdParams,
        body: ZPipelineBody,
        response: { 200: ZPipeline, 404: ZProblem, 409: ZProblem },
      },
    },
    async (request) => {
      const actor = staff(request)
      await loadPipeline(actor.organizationId, request.params.id)
      const stages = request.body.stages
      const orphaned = (await listOccupiedStages(db, actor.organizationId, request.params.id)).filter(
        (stage) => !stages.includes(stage),
      )
      if (orphaned.length > 0)
        throw new AppError(
          'STAGE_IN_USE',
          `Move the candidates out of ${orphaned.join(', ')} before removing the stage.`,
        )
      await saveJobPipeline(db, actor.organizationId, request.params.id, stages)
      await recordAuditEvent(db, {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: 'job.pipeline_changed',
        subjectType: 'job',
        subjectId: request.params.id,
        data: { stages },
      })
      return { stages }
    },
  )

  const readStage = async (organizationId: string, applicationId: string) => {
    const current = (await findApplicationStages(db, organizationId, [applicationId])).get(applicationId)
    if (!current) throw new AppError('NOT_FOUND', 'No such application in your organisation.')
    const [stages, history] = await Promise.all([
      loadPipeline(organizationId, current.jobId),
      listStageHistory(db, organizationId, applicationId),
    ])
    return {
      applicationId,
      stage: current.stage,
      stages,
      history: history.map((event) => ({
        id: event.id,
        fromStage: event.fromStage,
        toStage: event.toStage,
        reason: event.reason,
        movedBy: event.movedBy,
        createdAt: event.createdAt.toISOString(),
      })),
    }
  }

  app.get(
    '/applications/:id/stage',
    {
      preHandler: app.requireRole(...ROLES.readPipeline),
      schema: {
        tags: ['pipeline'],
        summary: "The application's stage, the job's stages and every move so far (who, when, why)",
        security,
        params: ZIdParams,
        response: { 200: ZApplicationStage, 404: ZProblem },
      },
    },
    async (request) => readStage(staff(request).organizationId, request.params.id),
  )

  /**
   * Moves applications of one job in one transaction: every one moves or none does (another move racing this
   * one makes it 409). Applications already in the stage are left as they are.
   */
  const moveAll = async (
    actor: { organizationId: string; userId: string },
    jobId: string | null,
    applicationIds: readonly string[],
    body: { stage: string; reason?: string | undefined; sendMessage: boolean },
  ): Promise<{ moved: string[]; stage: string }> => {
    const unique = [...new Set(applicationIds)]
    const found = await findApplicationStages(db, actor.organizationId, unique)
    const jobIds = new Set([...found.values()].map((item) => item.jobId))
    const targetJob = jobId ?? [...jobIds][0]
    if (found.size !== unique.length || !targetJob || jobIds.size !== 1 || !jobIds.has(targetJob))
      throw new AppError('NOT_FOUND', 'Some of these applications are not in this job of your organisation.')
    checkMove(await loadPipeline(actor.organizationId, targetJob), body)
    const moves = unique
      .map((applicationId) => ({ applicationId, fromStage: found.get(applicationId)?.stage ?? '' }))
      .filter((move) => move.fromStage !== body.stage)
    await db.transaction().execute(async (trx) => {
      const moved = await moveApplicationsToStage(trx, actor.organizationId, moves, {
        stage: body.stage,
        reason: body.reason ?? null,
        movedBy: actor.userId,
      })
      if (moved !== moves.length)
        throw new AppError('STAGE_CONFLICT', 'Someone else moved some of these candidates; reload and retry.')
      for (const move of moves)
        await recordAuditEvent(trx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'application.stage_changed',
          subjectType: 'application',
          subjectId: move.applicationId,
          data: { from: move.fromStage, to: body.stage, reason: body.reason ?? null },
        })
    })
    const moved = moves.map((move) => move.applicationId)
    if (body.stage === REJECTED && body.sendMessage)
      await sendRejectionMessages(app, actor.organizationId, moved, actor.userId)
    return { moved, stage: body.stage }
  }

  app.post(
    '/applications/:id/stage',
    {
      preHandler: app.requireRole(...ROLES.readPipeline),
      schema: {
        tags: ['pipeline'],
        summary:
          'Move the application to a stage, with a reason (required to reject); optionally send the rejection',
        security,
        params: ZIdParams,
        body: ZStageMoveBody,
        response: { 200: ZApplicationStage, 404: ZProblem, 409: ZProblem, 422: ZProblem },
      },
    },
    async (request) => {
      const actor = staff(request)
      await moveAll(actor, null, [request.params.id], request.body)
      return readStage(actor.organizationId, request.params.id)
    },
  )

  app.post(
    '/jobs/:id/applications/bulk-stage',
    {
      preHandler: app.requireRole(...ROLES.readPipeline),
      schema: {
        tags: ['pipeline'],
        summary: 'Move or reject many applications of the job at once: all of them or none',
        security,
        params: ZIdParams,
        body: ZBulkStageBody,
        response: { 200: ZBulkStageResult, 404: ZProblem, 409: ZProblem, 422: ZProblem },
      },
    },
    async (request) => {
      const actor = staff(request)
      await loadPipeline(actor.organizationId, request.params.id)
      const result = await moveAll(actor, request.params.id, request.body.applicationIds, request.body)
      return { moved: result.moved.length, stage: result.stage }
    },
  )
}
