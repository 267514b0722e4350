import { fileURLToPath } from 'node:url'
import type { DatabaseHandle } from '@shortlist/db'
import {
  engineConfigFromEnvironment,
  openEngine,
  resumeUnfinishedWork,
  startReconciler,
  workerConcurrency,
} from '@shortlist/engine'
import { createMetrics } from '@shortlist/metrics'
import { startWorkers } from '@shortlist/worker'
import closeWithGrace from 'close-with-grace'
import { buildApp } from './app'
import { type Env, publicOrigin } from './env'
import { resolveJwtSecret } from './lib/jwt-secret'
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './seed/seed-demo'

const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url))
const DEMO_FIXTURES = fileURLToPath(new URL('../../../fixtures/demo', import.meta.url))

/**
 * Starts the HTTP API and, when this process owns the database (embedded PGlite) or is asked to, the workers.
 * PGlite admits one connection, so in embedded mode API and workers must share this process.
 */
export async function runServer(
  env: Env,
  mode: {
    workers: 'auto' | 'never'
    /** Opened (and migrated) by the caller; the engine owns it from then on. */
    database?: DatabaseHandle
  },
): Promise<void> {
  const runWorkers = mode.workers === 'auto' && (env.RUN_WORKERS ?? !env.DATABASE_URL)
  let engine: Awaited<ReturnType<typeof openEngine>>
  try {
    engine = await openEngine({
      ...engineConfigFromEnvironment(env),
      ...(mode.database ? { database: mode.database } : {}),
    })
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }

  // One registry per process: in embedded mode the workers' job and LLM metrics are served by this /metrics too.
  const metrics = createMetrics()
  const app = await buildApp({
    engine,
    settings: {
      uploadMaxBytes: env.UPLOAD_MAX_BYTES,
      uploadMaxFiles: env.UPLOAD_MAX_FILES,
      publicUrl: publicOrigin(env),
      defaultMonthlyBudgetUsd: env.DEFAULT_MONTHLY_BUDGET_USD ?? null,
      smtpConfigured: env.SMTP_URL !== undefined,
    },
    jwtSecret: resolveJwtSecret(env.JWT_SECRET, env.DATA_DIR),
    jwtExpiresIn: env.JWT_EXPIRES_IN,
    rateLimitPrefix: env.QUEUE_PREFIX,
    webDistDir: env.WEB_DIST_DIR ?? DEFAULT_WEB_DIST,
    logger: { level: env.LOG_LEVEL },
    sessionCacheMs: env.SESSION_CACHE_MS,
    metrics: { metrics, token: env.METRICS_TOKEN ?? null },
    installAdminEmails: env.INSTALL_ADMIN_EMAILS,
    readiness: { redisToleranceMs: env.READY_REDIS_TOLERANCE_MS },
  })

  const workers = runWorkers
    ? startWorkers(engine, {
        redisUrl: env.REDIS_URL,
        prefix: env.QUEUE_PREFIX,
        concurrency: workerConcurrency(env),
        parseTimeoutMs: env.PARSE_TIMEOUT_MS,
        lockDurationMs: env.WORKER_LOCK_DURATION_MS,
        stalledIntervalMs: env.WORKER_STALLED_INTERVAL_MS,
        mail: env.SMTP_URL ? { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM } : null,
        logger: app.log,
        metrics,
      })
    : null

  // Not only at start: work stranded later by a Redis or Postgres outage is queued again without a restart.
  const reconciler = startReconciler(engine, {
    intervalMs: env.RECONCILE_INTERVAL_MS,
    prefix: env.QUEUE_PREFIX,
    logger: app.log,
  })

  closeWithGrace({ delay: 20_000 }, async ({ err, signal }) => {
    if (err) app.log.error({ err }, 'stopping after an error')
    else app.log.info({ signal }, 'stopping')
    await reconciler.close()
    await app.close()
    await workers?.close()
    await engine.close()
  })

  const resumed = await resumeUnfinishedWork(engine)
  if (resumed.jobs + resumed.applications + resumed.messages > 0)
    app.log.info(resumed, 'resumed unfinished work')
  const seed = env.SEED_DEMO ? await seedDemo(engine, DEMO_FIXTURES) : { seeded: false, jobs: 0, resumes: 0 }

  const address = await app.listen({ port: env.PORT, host: env.HOST })
  const url = env.PUBLIC_URL ?? address.replace('0.0.0.0', '127.0.0.1')
  const lines = [
    '',
    `  Shortlist is running at ${url}  (API docs: ${url}/docs)`,
    `  Database: ${engine.database.engine === 'pglite' ? `embedded PGlite in ${env.DATA_DIR}` : 'PostgreSQL'}; queue prefix "${env.QUEUE_PREFIX}"; workers ${runWorkers ? 'in this process' : 'run separately'}; LLM: ${engine.llm.name}`,
  ]
  if (env.SEED_DEMO) {
    if (seed.seeded)
      lines.push(`  Demo data created: ${seed.jobs} jobs, ${seed.resumes} resumes each (processing now).`)
    lines.push(`  Demo logins (password "${DEMO_PASSWORD}"):`)
    for (const user of DEMO_USERS) lines.push(`    ${user.role.padEnd(15)} ${user.email}`)
  }
  process.stdout.write(`${lines.join('\n')}\n\n`)
}
