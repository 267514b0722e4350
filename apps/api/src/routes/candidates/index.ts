import {
  type Candidate,
  ZCandidate,
  ZCandidateCorrectionBody,
  ZCandidateSearchQuery,
  ZCandidateSearchResult,
  ZIdParams,
  ZProblem,
} from '@shortlist/contracts'
import {
  type CandidateRecord,
  correctCandidate,
  type Db,
  findApplicationStages,
  findCandidateRecord,
  recordAuditEvent,
  searchCandidates,
} from '@shortlist/db'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { AppError } from '../../lib/app-error'
import { blindCandidateLabel, loadBlindCandidates, loadBlindCheck, loadMasker } from '../../lib/blind-review'
import { ROLES, staff } from '../../plugins/auth'

/** Blind when none of the candidate's applications is past blind review: name and email withheld. */
async function presentCandidate(db: Db, organizationId: string, record: CandidateRecord): Promise<Candidate> {
  const isBlind = await loadBlindCandidates(db, organizationId, [record.id])
  const blind = isBlind(record.id)
  return {
    id: record.id,
    name: blind ? null : record.name,
    email: blind ? null : record.email,
    currentRole: record.currentRole,
    corrected: record.corrected,
    blind,
  }
}

async function loadCandidate(db: Db, organizationId: string, id: string): Promise<CandidateRecord> {
  const record = await findCandidateRecord(db, organizationId, id)
  // Another organisation's candidate answers exactly like a missing one.
  if (!record) throw new AppError('NOT_FOUND', 'No such candidate in your organisation.')
  return record
}

export const candidateRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, llm } = app.engine

  app.get(
    '/search',
    {
      preHandler: app.requireRole(...ROLES.readPipeline),
      schema: {
        tags: ['candidates'],
        summary: "Semantic search over your organisation's resumes (pgvector HNSW)",
        security: [{ bearerAuth: [] }],
        querystring: ZCandidateSearchQuery,
        response: { 200: ZCandidateSearchResult },
      },
    },
    async (request) => {
      const { organizationId } = staff(request)
      const [embedding] = await llm.embedder.embed([request.query.q])
      if (!embedding) return { items: [] }
      const hits = await searchCandidates(db, organizationId, embedding, request.query.limit)
      // A hit is one application's chunk: blind as that application is.
      const [stages, isBlind] = await Promise.all([
        findApplicationStages(
          db,
          organizationId,
          hits.map((hit) => hit.applicationId),
        ),
        loadBlindCheck(
          db,
          organizationId,
          hits.map((hit) => hit.jobId),
        ),
      ])
      const blindOf = (hit: (typeof hits)[number]) =>
        isBlind(hit.jobId, stages.get(hit.applicationId)?.stage ?? 'applied')
      const masker = await loadMasker(
        db,
        organizationId,
        hits.filter(blindOf).map((hit) => hit.candidateId),
      )
      return {
        items: hits.map((hit) => {
          const blind = blindOf(hit)
          return {
            candidate: {
              id: hit.candidateId,
              name: blind ? blindCandidateLabel(hit.applicationId) : hit.candidateName,
            },
            currentRole: hit.currentRole,
            applicationId: hit.applicationId,
            jobId: hit.jobId,
            similarity: Math.round(hit.similarity * 10_000) / 10_000,
            snippet: blind ? masker.text(hit.candidateId, hit.snippet) : hit.snippet,
            blind,
          }
        }),
      }
    },
  )

  app.get(
    '/:id',
    {
      preHandler: app.requireRole(...ROLES.readPipeline),
      schema: {
        tags: ['candidates'],
        summary: "A candidate's name, email and current role, with the recruiter's corrections applied",
        security: [{ bearerAuth: [] }],
        params: ZIdParams,
        response: { 200: ZCandidate, 404: ZProblem },
      },
    },
    async (request) => {
      const { organizationId } = staff(request)
      return presentCandidate(db, organizationId, await loadCandidate(db, organizationId, request.params.id))
    },
  )

  app.patch(
    '/:id',
    {
      preHandler: app.requireRole(...ROLES.correctCandidates),
      schema: {
        tags: ['candidates'],
        summary:
          "Correct a candidate's name, email or current role; corrections survive re-parsing, null clears one",
        security: [{ bearerAuth: [] }],
        params: ZIdParams,
        body: ZCandidateCorrectionBody,
        response: { 200: ZCandidate, 400: ZProblem, 403: ZProblem, 404: ZProblem },
      },
    },
    async (request) => {
      const actor = staff(request)
      const before = await loadCandidate(db, actor.organizationId, request.params.id)
      await db.transaction().execute(async (trx) => {
        await correctCandidate(trx, actor.organizationId, before.id, request.body)
        await recordAuditEvent(trx, {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: 'candidate.corrected',
          subjectType: 'candidate',
          subjectId: before.id,
          data: { fields: Object.keys(request.body) },
        })
      })
      return presentCandidate(
        db,
        actor.organizationId,
        await loadCandidate(db, actor.organizationId, before.id),
      )
    },
  )
}
