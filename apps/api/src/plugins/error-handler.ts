import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod'
import { AppError, type AppErrorCode, problemType, statusTitle } from '../lib/app-error'
import { classifyOutage } from '../lib/classify-outage'

type Problem = {
  type: string
  title: string
  status: number
  code: string
  detail: string
  errors?: Array<{ path: string; message: string }>
}

function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type('application/problem+json').send(problem)
}

const problem = (status: number, code: string, detail: string, errors?: Problem['errors']): Problem => ({
  type: problemType(code),
  title: statusTitle(status),
  status,
  code,
  detail,
  ...(errors ? { errors } : {}),
})

// Fastify's own errors (body too large, bad JSON, bad content type) mapped to our codes.
const FASTIFY_CODES: Record<string, AppErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_REQ_FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  FST_FILES_LIMIT: 'TOO_MANY_FILES',
  FST_PARTS_LIMIT: 'TOO_MANY_FILES',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
  FST_JWT_NO_AUTHORIZATION_IN_HEADER: 'UNAUTHENTICATED',
  FST_JWT_AUTHORIZATION_TOKEN_INVALID: 'UNAUTHENTICATED',
  FST_JWT_AUTHORIZATION_TOKEN_EXPIRED: 'UNAUTHENTICATED',
  FST_JWT_BAD_REQUEST: 'UNAUTHENTICATED',
  FST_JWT_AUTHORIZATION_TOKEN_UNTRUSTED: 'UNAUTHENTICATED',
}

/**
 * For hooks whose routes belong to another plugin's error handler (the queue board): the same problem+json an
 * AppError gets everywhere else.
 */
export function sendAppError(reply: FastifyReply, error: AppError): FastifyReply {
  return sendProblem(reply, problem(error.statusCode, error.code, error.userMessage, error.details))
}

/** The one error handler: everything leaves as application/problem+json, and 5xx bodies never carry internals. */
export const errorHandlerPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const outage = error instanceof AppError && error.code !== 'INTERNAL' ? null : classifyOutage(error)
      if (outage) {
        request.log.warn({ err: error }, outage)
        const detail =
          outage === 'DATABASE_UNAVAILABLE'
            ? 'The database is unavailable right now; try again shortly.'
            : 'The job queue is unavailable right now; try again shortly.'
        reply.header('retry-after', '5')
        return sendProblem(reply, problem(503, outage, detail))
      }
      if (error instanceof AppError) {
        if (error.statusCode >= 500) request.log.error({ err: error.cause ?? error }, error.message)
        const detail = error.statusCode >= 500 ? 'Something went wrong on our side.' : error.userMessage
        return sendProblem(reply, problem(error.statusCode, error.code, detail, error.details))
      }
      if (hasZodFastifySchemaValidationErrors(error)) {
        const errors = error.validation.map((issue) => ({
          path: `${error.validationContext ?? 'request'}${issue.instancePath.replaceAll('/', '.')}`,
          message: issue.message ?? 'invalid',
        }))
        return sendProblem(reply, problem(400, 'VALIDATION_FAILED', 'The request is not valid.', errors))
      }
      if (isResponseSerializationError(error)) {
        request.log.error({ err: error }, 'response did not match its schema')
        return sendProblem(reply, problem(500, 'INTERNAL', 'Something went wrong on our side.'))
      }
      const mapped = error.code ? FASTIFY_CODES[error.code] : undefined
      if (mapped) {
        const status = mapped === 'UNAUTHENTICATED' ? 401 : (error.statusCode ?? 400)
        const detail =
          mapped === 'UNAUTHENTICATED'
            ? 'Sign in to continue: the access token is missing or invalid.'
            : error.message
        return sendProblem(reply, problem(status, mapped, detail))
      }
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        return sendProblem(reply, problem(error.statusCode, 'VALIDATION_FAILED', error.message))
      }
      request.log.error({ err: error }, 'unhandled error')
      return sendProblem(reply, problem(500, 'INTERNAL', 'Something went wrong on our side.'))
    })

    app.setNotFoundHandler((request, reply) =>
      sendProblem(
        reply,
        problem(404, 'NOT_FOUND', `No route for ${request.method} ${request.url.split('?')[0]}.`),
      ),
    )
  },
  { name: 'error-handler' },
)
