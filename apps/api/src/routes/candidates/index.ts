import { ZCandidateSearchQuery, ZCandidateSearchResult } from '@shortlist/contracts'
import { searchCandidates } from '@shortlist/db'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ROLES, staff } from '../../plugins/auth'

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
      return {
        items: hits.map((hit) => ({
          candidate: { id: hit.candidateId, name: hit.candidateName },
          currentRole: hit.currentRole,
          applicationId: hit.applicationId,
          jobId: hit.jobId,
          similarity: Math.round(hit.similarity * 10_000) / 10_000,
          snippet: hit.snippet,
        })),
      }
    },
  )
}
