// Standalone worker process (production, with DATABASE_URL). Embedded mode runs workers inside the API process.
import { engineConfigFromEnvironment, openEngine } from '@shortlist/engine'
import { env } from './env'
import { startWorkers } from './start-workers'

const log = (level: string) => (object: object, message?: string) =>
  process.stdout.write(`${JSON.stringify({ level, time: Date.now(), msg: message, ...object })}\n`)
const logger = { info: log('info'), warn: log('warn'), error: log('error') }

// A database without this release's migrations is refused with a message saying to run `pnpm migrate`.
const engine = await openEngine(engineConfigFromEnvironment(env)).catch((error: unknown) => {
  logger.error({ err: error instanceof Error ? error.message : String(error) }, 'worker cannot start')
  process.exit(1)
})
const workers = startWorkers(engine, {
  redisUrl: env.REDIS_URL,
  prefix: env.QUEUE_PREFIX,
  concurrency: env.WORKER_CONCURRENCY,
  heartbeatFile: env.HEARTBEAT_FILE,
  lockDurationMs: env.WORKER_LOCK_DURATION_MS,
  stalledIntervalMs: env.WORKER_STALLED_INTERVAL_MS,
  mail: env.SMTP_URL ? { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM } : null,
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
    workers
      .close()
      .then(() => engine.close())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: String(error) }, 'shutdown failed')
        process.exit(1)
      })
  })
}
