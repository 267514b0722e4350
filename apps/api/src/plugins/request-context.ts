import { randomUUID } from 'node:crypto'
import { runWithJobContext, ZRequestId } from '@shortlist/jobs'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'

/**
 * The request id: the caller's `x-request-id` when it is a short plain id (a proxy's or a load balancer's), else a
 * fresh UUID, so ids are unique across API pods. Used as Fastify's `genReqId`.
 */
export function generateRequestId(request: {
  headers: Record<string, string | string[] | undefined>
}): string {
  const header = request.headers['x-request-id']
  // Most requests carry none: a failed parse builds an error with its issues, which cost more than the request.
  if (header === undefined) return randomUUID()
  const parsed = ZRequestId.safeParse(header)
  return parsed.success ? parsed.data : randomUUID()
}

/**
 * Echoes the request id to the client and makes it the job context of the handler, so every job the request
 * queues carries it (and the worker logs it on each line of that job). preHandler, not onRequest: body parsing
 * runs between the two on stream events that would lose the context.
 */
export const requestContextPlugin = fp(
  async (app: FastifyInstance) => {
    app.addHook('onRequest', (request: FastifyRequest, reply, done) => {
      reply.header('x-request-id', request.id)
      done()
    })
    app.addHook('preHandler', (request: FastifyRequest, _reply, done) => {
      runWithJobContext({ requestId: request.id }, done)
    })
  },
  { name: 'request-context' },
)
