import { writeFile } from 'node:fs/promises'
import { createSmtpMailer, type EngineDeps, type SmtpSettings } from '@shortlist/engine'
import {
  analyzeJobPostingJob,
  computeBackoffDelay,
  computeWorkerTimings,
  createRedisConnection,
  generateInterviewKitJob,
  ingestDocumentJob,
  scoreApplicationJob,
  sendCandidateMessageJob,
} from '@shortlist/jobs'
import { type Job, Worker } from 'bullmq'
import { handleAnalyzeJob } from './handlers/analyze-job.handler'
import { handleGenerateInterviewKit } from './handlers/generate-interview-kit.handler'
import { handleIngestDocument } from './handlers/ingest-document.handler'
import { handleScoreApplication } from './handlers/score-application.handler'
import { handleSendCandidateMessage } from './handlers/send-candidate-message.handler'

export type WorkerLogger = {
  info(object: object, message?: string): void
  warn(object: object, message?: string): void
  error(object: object, message?: string): void
}

export type StartWorkersOptions = {
  redisUrl: string
  prefix: string
  concurrency: number
  /** The sandbox's time limit per document: the lock of document jobs outlasts it (`computeWorkerTimings`). */
  parseTimeoutMs: number
  /** How long a job may run without renewing its lock before another worker takes it over; derived when unset. */
  lockDurationMs?: number | undefined
  /** How often to look for jobs whose worker died (their lock expired) and hand them to a live worker. */
  stalledIntervalMs?: number | undefined
  /** Kits wait on a model; their lock must outlast the LLM request timeout. */
  kitLockDurationMs?: number
  heartbeatFile?: string
  /** SMTP for candidate messages; without it queued messages fail (the API sends them to the outbox instead). */
  mail?: SmtpSettings | null
  logger: WorkerLogger
}

export type RunningWorkers = { close(): Promise<void> }

/** Starts one BullMQ worker per queue, all sharing the engine dependencies of this process. */
export function startWorkers(deps: EngineDeps, options: StartWorkersOptions): RunningWorkers {
  const connection = createRedisConnection(options.redisUrl, 'worker')
  const timings = computeWorkerTimings({
    parseTimeoutMs: options.parseTimeoutMs,
    lockDurationMs: options.lockDurationMs,
    stalledIntervalMs: options.stalledIntervalMs,
  })
  const common = {
    connection,
    prefix: options.prefix,
    concurrency: options.concurrency,
    lockDuration: timings.lockDurationMs,
    stalledInterval: timings.stalledIntervalMs,
    // Used for backoff types BullMQ does not know, i.e. `retry-after` (honours a provider's 429 answer).
    settings: { backoffStrategy: computeBackoffDelay },
  }

  const mailer = options.mail ? createSmtpMailer(options.mail) : null
  const workers = [
    new Worker(ingestDocumentJob.queue, (job: Job) => handleIngestDocument(deps, job), common),
    new Worker(analyzeJobPostingJob.queue, (job: Job) => handleAnalyzeJob(deps, job), common),
    new Worker(scoreApplicationJob.queue, (job: Job) => handleScoreApplication(deps, job), common),
    new Worker(
      generateInterviewKitJob.queue,
      (job: Job, token?: string, signal?: AbortSignal) =>
        handleGenerateInterviewKit(deps, job, signal, token),
      {
        ...common,
        concurrency: Math.max(1, Math.floor(options.concurrency / 2)),
        lockDuration: options.kitLockDurationMs ?? 120_000,
      },
    ),
    new Worker(
      sendCandidateMessageJob.queue,
      (job: Job) => handleSendCandidateMessage(deps, mailer, job),
      common,
    ),
  ]
  for (const worker of workers) {
    worker.on('failed', (job, error) => {
      options.logger.warn(
        { queue: worker.name, jobId: job?.id, attempts: job?.attemptsMade, err: error.message },
        'job failed',
      )
    })
    worker.on('error', (error) =>
      options.logger.error({ queue: worker.name, err: error.message }, 'worker error'),
    )
  }

  // Kubernetes liveness for a process with no HTTP port: the probe checks this file is fresh.
  const heartbeat = options.heartbeatFile
    ? setInterval(() => {
        writeFile(options.heartbeatFile as string, String(Date.now())).catch(() => undefined)
      }, 5_000)
    : null
  heartbeat?.unref()

  return {
    async close() {
      if (heartbeat) clearInterval(heartbeat)
      // close() waits for active jobs to finish, so a SIGTERM never abandons half-written work.
      await Promise.all(workers.map((worker) => worker.close()))
      mailer?.close()
      connection.disconnect()
    },
  }
}
