import { readFile } from 'node:fs/promises'
import { ZApplicationList, ZIdParams, ZProblem, ZUploadResult } from '@shortlist/contracts'
import {
  createApplicationsForDocuments,
  findApplicationStages,
  findJob,
  listApplications,
  recordAuditEvents,
  storeDocuments,
} from '@shortlist/db'
import { requeueUnfinishedApplication } from '@shortlist/engine'
import { ingestDocumentJob } from '@shortlist/jobs'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { AppError } from '../../lib/app-error'
import { blindCandidateLabel, blindFilename, loadBlindCheck } from '../../lib/blind-review'
import { ROLES, staff } from '../../plugins/auth'
import { groupBySize, receiveUploads } from './receive-uploads'

const security = [{ bearerAuth: [] }]

/**
 * File bytes per INSERT of documents: enough for dozens of resumes in one statement, small enough that the
 * statement (bytes as base64 text, then decoded by Postgres) stays a few times this size in memory.
 */
const STATEMENT_BYTES = 8 * 1024 * 1024

/** Routes under /v1/jobs/:id/applications. */
export const jobApplicationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, producer } = app.engine

  app.post(
    '/:id/applications',
    {
      preHandler: app.requireRole(...ROLES.manageJobs),
      schema: {
        tags: ['applications'],
        summary: 'Upload one or many resumes (PDF, DOCX, TXT) in the multipart field "files"',
        description:
          'Each file streams through its size limit and a check of its type by content (its first bytes) before anything is stored; a file over the limit or of another type rejects the request whole. Files are then stored and answered `queued`: the full check (that the file opens, its page count) runs with the parsing, and a file that fails it becomes a `failed` application with the code. Re-uploading the same bytes for the same job returns the existing application and queues it again if it failed or its work was lost.',
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
      const received = await receiveUploads(request, { maxBytes: app.settings.uploadMaxBytes })
      // Stored first, checked later: the sandbox's check runs in the ingest job, so an upload of many files answers
      // as fast as they are written. A constant number of statements per request (multi-row inserts, one queue
      // round trip): one statement per file cost a 50-file upload most of its time in embedded PGlite, which runs
      // each query on this thread.
      const stored = await db
        .transaction()
        .execute(async (trx) => {
          for (const group of groupBySize(received.uploads, STATEMENT_BYTES)) {
            const documents = []
            // Bytes are read back one group at a time, so a request of many large files never sits in memory whole.
            for (const upload of group)
              documents.push({
                filename: upload.filename,
                kind: upload.kind,
                mime: upload.mime,
                sha256: upload.sha256,
                content: await readFile(upload.path),
                pages: null,
              })
            await storeDocuments(trx, actor.organizationId, documents)
          }
          const results = await createApplicationsForDocuments(
            trx,
            actor.organizationId,
            job.id,
            received.uploads,
            actor.userId,
          )
          await recordAuditEvents(
            trx,
            results.flatMap((result, index) =>
              !result.duplicate || result.retried
                ? [
                    {
                      organizationId: actor.organizationId,
                      actorId: actor.userId,
                      action: result.retried ? 'application.retried' : 'application.uploaded',
                      subjectType: 'application',
                      subjectId: result.application.id,
                      data: {
                        filename: received.uploads[index]?.filename,
                        sha256: received.uploads[index]?.sha256,
                      },
                    },
                  ]
                : [],
            ),
          )
          return results
        })
        .finally(() => received.discard())
      // Queued after commit so a worker can never look for rows that are not visible yet.
      const ids = (application: { id: string }) => ({
        organizationId: actor.organizationId,
        applicationId: application.id,
      })
      const fresh = stored.filter((result) => !result.duplicate).map((result) => result.application)
      await producer.enqueueMany(ingestDocumentJob, fresh.map(ids))
      const queued = new Set(fresh.map((application) => application.id))
      for (const { application, duplicate, retried } of stored) {
        if (!duplicate || queued.has(application.id)) continue
        queued.add(application.id)
        // The failed job is still in the queue under the same id; requeue replaces it rather than being ignored.
        if (retried) await producer.requeue(ingestDocumentJob, ids(application))
        // Stranded (its job was lost to a queue outage): queued again; left alone while a job is working on it.
        else if (application.status === 'queued' || application.status === 'processing')
          await requeueUnfinishedApplication(app.engine, ids(application))
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
