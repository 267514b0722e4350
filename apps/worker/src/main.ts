// Standalone worker process (production, with DATABASE_URL). Embedded mode runs workers inside the API process.
import { engineConfigFromEnvironment, openEngine, startReconciler } from '@shortlist/engine'
import { env } from './env'
import { startWorkers } from './start-workers'

const log = (level: string) => (object: object, message?: string) =>
  process.stdout.write(`${JSON.stringify({ level, time: Date.now(), msg: message, ...object })}\n`)
const logger = { info: log('info'), warn: log('warn'), error: log('error') }

const engine = await openEngine(engineConfigFromEnvironment(env))
const workers = startWorkers(engine, {
  redisUrl: env.REDIS_URL,
  prefix: env.QUEUE_PREFIX,
  concurrency: env.WORKER_CONCURRENCY,
  heartbeatFile: env.HEARTBEAT_FILE,
  parseTimeoutMs: env.PARSE_TIMEOUT_MS,
  lockDurationMs: env.WORKER_LOCK_DURATION_MS,
  stalledIntervalMs: env.WORKER_STALLED_INTERVAL_MS,
  mail: env.SMTP_URL ? { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM } : null,
  logger,
})
// Workers reconcile too, so stranded work is picked up even when no API process is running.
const reconciler = startReconciler(engine, {
  intervalMs: env.RECONCILE_INTERVAL_MS,
  prefix: env.QUEUE_PREFIX,
  logger,
})
logger.info({ prefix: env.QUEUE_PREFIX, concurrency: env.WORKER_CONCURRENCY }, 'worker started')

let stopping = false
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'worker stopping: finishing active jobs')
    const forceExit = setTimeout(() => process.exit(1), 30_000)
    forceExit.unref()
    reconciler
      .close()
      .then(() => workers.close())
      .then(() => engine.close())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: String(error) }, 'shutdown failed')
        process.exit(1)
      })
  })
}
