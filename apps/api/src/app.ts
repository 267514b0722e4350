import multipart from '@fastify/multipart'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { Engine } from '@shortlist/engine'
import type { Metrics } from '@shortlist/metrics'
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
  LogController,
} from 'fastify'
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod'
import { logSerializers } from './lib/log-serializers'
import { authPlugin } from './plugins/auth'
import { type ApiSettings, enginePlugin } from './plugins/engine'
import { errorHandlerPlugin } from './plugins/error-handler'
import { metricsPlugin } from './plugins/metrics'
import { queueBoardPlugin } from './plugins/queue-board'
import { rateLimitPlugin } from './plugins/rate-limit'
import { generateRequestId, requestContextPlugin } from './plugins/request-context'
import { securityHeadersPlugin } from './plugins/security-headers'
import { textGuardPlugin } from './plugins/text-guard'
import { webPlugin } from './plugins/web'
import { applicationRoutes } from './routes/applications/index'
import { jobApplicationRoutes } from './routes/applications/job-applications'
import { auditLogRoutes } from './routes/audit-log/index'
import { authRoutes } from './routes/auth/index'
import { candidateRoutes } from './routes/candidates/index'
import { fairnessRoutes } from './routes/fairness/index'
import { type HealthOptions, healthRoutes } from './routes/health/index'
import { interviewRoutes } from './routes/interviews/index'
import { jobRoutes } from './routes/jobs/index'
import { meFairnessRoutes } from './routes/me/fairness'
import { meRoutes } from './routes/me/index'
import { messageRoutes } from './routes/messages/index'
import { pipelineRoutes } from './routes/pipeline/index'
import { retentionRoutes } from './routes/retention/index'
import { skillRoutes } from './routes/skills/index'
import { usageRoutes } from './routes/usage/index'
import { userRoutes } from './routes/users/index'

export type BuildAppOptions = {
  engine: Engine
  settings: ApiSettings
  jwtSecret: string
  jwtExpiresIn: string
  /** Namespaces the rate-limit counters in Redis (the deployment's QUEUE_PREFIX). */
  rateLimitPrefix: string
  webDistDir?: string | undefined
  logger?: FastifyServerOptions['logger']
  /** How long staff session state is reused before it is read again (AuthOptions.sessionCacheMs); default 2 s. */
  sessionCacheMs?: number
  requestTimeoutMs?: number
  /** Request latency and queue depth; GET /metrics exists when `token` is set too. */
  metrics?: { metrics: Metrics; token: string | null }
  /** Operators who may open the queue board (/admin/queues); none: the board is not mounted. */
  installAdminEmails?: readonly string[]
  readiness?: HealthOptions
}

// The web app is one origin's scripts and styles, with no inline code: anything injected cannot run, cannot load
// from or send to another origin, and the app cannot be framed. See ARCHITECTURE.md ("Sessions and the browser").
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
}

/** Requests slower than this are logged at warn; the rest at debug (LOG_LEVEL=debug shows every request). */
const SLOW_REQUEST_MS = 1000

/**
 * Fastify's two info lines per request cost two thirds of a light endpoint's throughput (issue 15: /healthz served
 * 51k req/s at warn, 18k at info). Request lines go to debug; at info and above only what needs attention: failed
 * requests (Fastify's default) and slow ones. Errors keep their own lines from the error handler.
 */
class RequestLogController extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    request.log.debug({ req: request }, 'incoming request')
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const fields = { res: reply, responseTime: reply.elapsedTime }
    if (error) reply.log.error({ ...fields, err: error }, 'request errored')
    else if (reply.elapsedTime >= SLOW_REQUEST_MS) reply.log.warn({ ...fields, req: request }, 'slow request')
    else reply.log.debug(fields, 'request completed')
  }
}

/** The plugin tree: external plugins, then app plugins, then routes. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger
      ? { ...(options.logger === true ? {} : options.logger), serializers: logSerializers }
      : false,
    logController: new RequestLogController(),
    requestTimeout: options.requestTimeoutMs ?? 120_000,
    // Our own ids (see request-context.ts): unique across pods, and a proxy's id is kept when it is a plain one.
    genReqId: generateRequestId,
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
    // Uploads may be many files; the multipart limits below bound each file and the count.
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)

  await app.register(errorHandlerPlugin)
  await app.register(requestContextPlugin)
  await app.register(securityHeadersPlugin, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP },
  })
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Shortlist API',
        version: '0.1.0',
        description:
          'Screening and interview engine. Errors are application/problem+json with a stable `code`. Every resource is scoped to the caller’s organisation.',
      },
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
    },
    transform: jsonSchemaTransform,
  })
  // The docs page sets its own policy on its own routes: Swagger UI's, with the inline styles it applies allowed and
  // without upgrade-insecure-requests (which would break the page on a plain-http intranet address).
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    transformStaticCSP: (header) =>
      header
        .replace(/style-src [^;]*;/, "style-src 'self' 'unsafe-inline';")
        .replace(/\s*upgrade-insecure-requests;/, ''),
  })
  await app.register(multipart, {
    limits: {
      fileSize: options.settings.uploadMaxBytes,
      files: options.settings.uploadMaxFiles,
      fields: 10,
      parts: options.settings.uploadMaxFiles + 10,
      fieldSize: 64 * 1024,
    },
  })

  await app.register(enginePlugin, { engine: options.engine, settings: options.settings })
  await app.register(metricsPlugin, {
    metrics: options.metrics?.metrics ?? null,
    token: options.metrics?.token ?? null,
  })
  await app.register(authPlugin, {
    secret: options.jwtSecret,
    expiresIn: options.jwtExpiresIn,
    sessionCacheMs: options.sessionCacheMs ?? 2000,
  })
  await app.register(rateLimitPlugin, { prefix: options.rateLimitPrefix })
  await app.register(textGuardPlugin)

  await app.register(healthRoutes, options.readiness ?? {})
  if (options.installAdminEmails?.length)
    await app.register(queueBoardPlugin, {
      queuePrefix: options.rateLimitPrefix,
      installAdminEmails: options.installAdminEmails,
    })
  await app.register(authRoutes, { prefix: '/v1/auth' })
  await app.register(meRoutes, { prefix: '/v1/me' })
  await app.register(meFairnessRoutes, { prefix: '/v1/me' })
  await app.register(fairnessRoutes, { prefix: '/v1' })
  await app.register(userRoutes, { prefix: '/v1/users' })
  await app.register(jobRoutes, { prefix: '/v1/jobs' })
  await app.register(jobApplicationRoutes, { prefix: '/v1/jobs' })
  await app.register(applicationRoutes, { prefix: '/v1/applications' })
  await app.register(skillRoutes, { prefix: '/v1/skills' })
  await app.register(candidateRoutes, { prefix: '/v1/candidates' })
  await app.register(usageRoutes, { prefix: '/v1/usage' })
  await app.register(interviewRoutes, { prefix: '/v1' })
  await app.register(pipelineRoutes, { prefix: '/v1' })
  await app.register(messageRoutes, { prefix: '/v1' })
  await app.register(auditLogRoutes, { prefix: '/v1/audit-log' })
  await app.register(retentionRoutes, { prefix: '/v1/retention' })
  if (options.webDistDir) await app.register(webPlugin, { distDir: options.webDistDir })

  return app
}
