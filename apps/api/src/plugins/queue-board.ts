import { createBullBoard } from '@bull-board/api'
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter'
import { FastifyAdapter } from '@bull-board/fastify'
import cookie from '@fastify/cookie'
import { findUser } from '@shortlist/db'
import { jobDefinitions } from '@shortlist/jobs'
import { Queue } from 'bullmq'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppError } from '../lib/app-error'
import { currentPrincipal, type TokenClaims } from './auth'
import { sendAppError } from './error-handler'

export const QUEUE_BOARD_PATH = '/admin/queues'
const COOKIE = 'shortlist_queue_board'
const COOKIE_MAX_AGE_SECONDS = 30 * 60

export type QueueBoardOptions = {
  /** The deployment's QUEUE_PREFIX. */
  queuePrefix: string
  /** Lower-case e-mail addresses of the installation's operators (INSTALL_ADMIN_EMAILS). */
  installAdminEmails: readonly string[]
}

/**
 * Bull Board at /admin/queues, for the installation's operators only. The board shows every organisation's jobs
 * (ids, states, failure messages), so being an organisation's admin is not enough: the signed-in user's e-mail must
 * be one of INSTALL_ADMIN_EMAILS, re-checked on every request like any session (deactivation ends it at once).
 *
 * Scripts send the usual bearer token. A browser cannot add a header to the board's own page loads, so
 * POST /v1/admin/queue-board/session (with the bearer token) puts the same token in an HttpOnly cookie limited to
 * /admin/queues for 30 minutes; SameSite=Strict keeps other sites from riding on it for the board's retry and
 * clean actions.
 */
export const queueBoardPlugin: FastifyPluginAsyncZod<QueueBoardOptions> = async (app, options) => {
  const operators = new Set(options.installAdminEmails.map((email) => email.toLowerCase()))
  await app.register(cookie)
  const names = [...new Set(jobDefinitions.map((definition) => definition.queue))]
  // Its own Queue objects on the producer's connection (a shared connection is not closed by queue.close()).
  const queues = names.map(
    (name) => new Queue(name, { connection: app.engine.redis, prefix: options.queuePrefix }),
  )
  app.addHook('onClose', async () => {
    await Promise.all(queues.map((queue) => queue.close()))
  })

  const authorize = (request: FastifyRequest, source: 'header' | 'header-or-cookie') =>
    authorizeOperator(app, operators, request, source)

  app.post(
    '/v1/admin/queue-board/session',
    {
      schema: { hide: true, response: { 204: z.null() } },
      preHandler: async (request) => {
        await authorize(request, 'header')
      },
    },
    async (request, reply) => {
      const token = bearerToken(request) as string
      reply.setCookie(COOKIE, token, {
        path: QUEUE_BOARD_PATH,
        httpOnly: true,
        sameSite: 'strict',
        secure: app.settings.publicUrl.startsWith('https:'),
        maxAge: COOKIE_MAX_AGE_SECONDS,
      })
      return reply.status(204).send(null)
    },
  )

  await app.register(async (board) => {
    // The board's routes answer through its own error handler, so refusals are sent here as our problem+json.
    board.addHook('onRequest', async (request, reply) => {
      try {
        await authorize(request, 'header-or-cookie')
      } catch (error) {
        if (error instanceof AppError) return sendAppError(reply, error)
        throw error
      }
    })
    const serverAdapter = new FastifyAdapter()
    serverAdapter.setBasePath(QUEUE_BOARD_PATH)
    createBullBoard({
      queues: queues.map((queue) => new BullMQAdapter(queue)),
      serverAdapter,
      options: { uiConfig: { boardTitle: 'Shortlist queues' } },
    })
    await board.register(serverAdapter.registerPlugin(), { prefix: QUEUE_BOARD_PATH })
  })
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : null
}

async function authorizeOperator(
  app: FastifyInstance,
  operators: ReadonlySet<string>,
  request: FastifyRequest,
  source: 'header' | 'header-or-cookie',
): Promise<void> {
  const token = bearerToken(request) ?? (source === 'header-or-cookie' ? request.cookies[COOKIE] : undefined)
  if (!token) throw new AppError('UNAUTHENTICATED', 'Sign in to continue: the access token is missing.')
  let claims: TokenClaims
  try {
    claims = app.jwt.verify<TokenClaims>(token)
  } catch (cause) {
    throw new AppError('UNAUTHENTICATED', 'Sign in to continue: the access token is missing or invalid.', {
      cause,
    })
  }
  const principal = await currentPrincipal(app, claims)
  const user =
    principal.kind === 'user'
      ? await findUser(app.engine.db, principal.organizationId, principal.userId)
      : null
  if (!user || !operators.has(user.email.toLowerCase()))
    throw new AppError('FORBIDDEN', 'The queue board is for the operators of this installation.')
}
