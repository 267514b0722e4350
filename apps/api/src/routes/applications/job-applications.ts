import { ZApplicationList, ZIdParams, ZProblem, ZUploadResult } from '@shortlist/contracts'
import {
  createApplicationWithDocument,
  findApplicationStages,
  findJob,
  listApplications,
  recordAuditEvent,
} from '@shortlist/db'
import { ingestDocumentJob } from '@shortlist/jobs'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { AppError } from '../../lib/app-error'
import { blindCandidateLabel, blindFilename, loadBlindCheck } from '../../lib/blind-review'
import { ROLES, staff } from '../../plugins/auth'
import { readValidatedUploads } from './upload-resumes'

const security = [{ bearerAuth: [] }]

/** Routes under /v1/jobs/:id/applications. */
export const jobApplicationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, producer, sandbox } = app.engine

  app.post(
    '/:id/applications',
    {
      preHandler: app.requireRole(...ROLES.manageJobs),
      schema: {
        tags: ['applications'],
        summary: 'Upload one or many resumes (PDF, DOCX, TXT) in the multipart field "files"',
        description:
          'Each file is checked by content before anything is stored; one bad file rejects the request. Re-uploading the same bytes for the same job returns the existing application.',
        consumes: ['multipart/form-data'],
        security,
        params: ZIdParams,
        response: { 202: ZUploadResult, 404: ZProblem, 413: ZProblem, 415: ZProblem, 422: ZProblem },
      },
    },
    async (request, reply) => {
      const actor = staff(request)
      const job = await findJob(db, actor.organizationId, request.params.id)
      if (!job) throw new AppError('NOT_FOUND', 'No such job in your organisation.')
      const uploads = await readValidatedUploads(
        request,
        (bytes, filename) => sandbox.validate(bytes, filename),
        {
          maxBytes: app.settings.uploadMaxBytes,
        },
      )

      const stored = await db.transaction().execute(async (trx) => {
        const results = []
        for (const upload of uploads) {
          const result = await createApplicationWithDocument(
            trx,
            actor.organizationId,
            job.id,
            upload,
            actor.userId,
          )
          if (!result.duplicate || result.retried) {
            await recordAuditEvent(trx, {
              organizationId: actor.organizationId,
              actorId: actor.userId,
              action: result.retried ? 'application.retried' : 'application.uploaded',
              subjectType: 'application',
              subjectId: result.application.id,
              data: { filename: upload.filename, sha256: upload.sha256 },
            })
          }
          results.push(result)
        }
        return results
      })
      // Queued after commit so a worker can never look for rows that are not visible yet.
      for (const { application, duplicate, retried } of stored) {
        const payload = { organizationId: actor.organizationId, applicationId: application.id }
        if (!duplicate) await producer.enqueue(ingestDocumentJob, payload)
        // The failed job is still in the queue under the same id; requeue replaces it rather than being ignored.
        else if (retried) await producer.requeue(ingestDocumentJob, payload)
      }
      return reply.status(202).send({
        applications: stored.map(({ application, duplicate }) => ({
          id: application.id,
          filename: application.filename,
          status: application.status,
          duplicate,
        })),
      })
    },
  )

  app.get(
    '/:id/applications',
    {
      preHandler: app.requireRole(...ROLES.readPipeline),
      schema: {
        tags: ['applications'],
        summary: 'Every application of a job with its processing status',
        security,
        params: ZIdParams,
        response: { 200: ZApplicationList, 404: ZProblem },
      },
    },
    async (request) => {
      const { organizationId } = staff(request)
      const job = await findJob(db, organizationId, request.params.id)
      if (!job) throw new AppError('NOT_FOUND', 'No such job in your organisation.')
      const items = await listApplications(db, organizationId, job.id)
      const [stages, isBlind] = await Promise.all([
        findApplicationStages(
          db,
          organizationId,
          items.map((item) => item.id),
        ),
        loadBlindCheck(db, organizationId, [job.id]),
      ])
      return {
        items: items.map((item) => {
          const blind = isBlind(job.id, stages.get(item.id)?.stage ?? 'applied')
          return {
            id: item.id,
            filename: blind ? blindFilename(item.id, item.filename) : item.filename,
            status: item.status,
            ...(item.error ? { error: item.error } : {}),
            candidate: {
              id: item.candidateId,
              name: blind ? blindCandidateLabel(item.id) : item.candidateName,
            },
            blind,
            ...(item.score !== null && item.status === 'scored' ? { score: item.score } : {}),
            updatedAt: item.updatedAt.toISOString(),
          }
        }),
      }
    },
  )
}
