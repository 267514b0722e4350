// Standalone worker process (production, with DATABASE_URL). Embedded mode runs workers inside the API process.
import {
  engineConfigFromEnvironment,
  openEngine,
  startReconciler,
  workerConcurrency,
} from '@shortlist/engine'
import { createMetrics } from '@shortlist/metrics'
import pino from 'pino'
import { env } from './env'
import { serveMetrics } from './serve-metrics'
import { startWorkers } from './start-workers'

// JSON lines on stdout like the API's (both are pino); `err` keeps the stack and the cause chain.
const logger = pino({ level: env.LOG_LEVEL, base: { process: 'worker' } })

const metrics = createMetrics()
// A database without this release's migrations is refused with a message saying to run `pnpm migrate`.
const engine = await openEngine(engineConfigFromEnvironment(env)).catch((error: unknown) => {
  logger.error({ err: error instanceof Error ? error.message : String(error) }, 'worker cannot start')
  process.exit(1)
})
const metricsServer = env.METRICS_PORT
  ? await serveMetrics(metrics, { port: env.METRICS_PORT, host: env.METRICS_HOST })
  : null
const workers = startWorkers(engine, {
  redisUrl: env.REDIS_URL,
  prefix: env.QUEUE_PREFIX,
  concurrency: workerConcurrency(env),
  heartbeatFile: env.HEARTBEAT_FILE,
  parseTimeoutMs: env.PARSE_TIMEOUT_MS,
  lockDurationMs: env.WORKER_LOCK_DURATION_MS,
  stalledIntervalMs: env.WORKER_STALLED_INTERVAL_MS,
  mail: env.SMTP_URL ? { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM } : null,
  logger,
  metrics,
})
// Workers reconcile too, so stranded work is picked up even when no API process is running.
const reconciler = startReconciler(engine, {
  intervalMs: env.RECONCILE_INTERVAL_MS,
  prefix: env.QUEUE_PREFIX,
  logger,
})
logger.info(
  { prefix: env.QUEUE_PREFIX, concurrency: workerConcurrency(env), metricsPort: env.METRICS_PORT ?? null },
  'worker started',
)

let stopping = false
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    if (stopping) return
    stopping = true
    logger.info({ signal, graceMs: env.WORKER_SHUTDOWN_GRACE_MS }, 'worker stopping: finishing active jobs')
    // Last resort if closing itself hangs (e.g. Redis gone mid-shutdown): never outlive the grace period by much.
    setTimeout(() => process.exit(1), env.WORKER_SHUTDOWN_GRACE_MS + 10_000).unref()
    reconciler
      .close()
      .then(() => workers.close({ graceMs: env.WORKER_SHUTDOWN_GRACE_MS }))
      .then(async (outcome) => {
        await metricsServer?.close()
        if (outcome === 'timed-out') {
          // Jobs still running are left to BullMQ: it retries them once their lock expires.
          logger.warn({}, 'worker stopped with jobs still running')
          process.exit(1)
        }
        await engine.close()
        logger.info({}, 'worker stopped: every active job finished')
        process.exit(0)
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed')
        process.exit(1)
      })
  })
}
