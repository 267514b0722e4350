import { writeFile } from 'node:fs/promises'
import { createSmtpMailer, type EngineDeps, type SmtpSettings } from '@shortlist/engine'
import {
  analyzeJobPostingJob,
  computeBackoffDelay,
  createRedisConnection,
  generateInterviewKitJob,
  ingestDocumentJob,
  purgeErasedJobsJob,
  RETENTION_SCHEDULE,
  runWithJobContext,
  scoreApplicationJob,
  sendCandidateMessageJob,
  splitJobData,
  sweepRetentionJob,
} from '@shortlist/jobs'
import { type Metrics, recordLlmUsage } from '@shortlist/metrics'
import { type Job, Worker } from 'bullmq'
import { classifyJobError } from './classify-job-error'
import { describeError } from './describe-error'
import { handleAnalyzeJob } from './handlers/analyze-job.handler'
import { handleGenerateInterviewKit } from './handlers/generate-interview-kit.handler'
import { handleIngestDocument } from './handlers/ingest-document.handler'
import { handlePurgeErasedJobs } from './handlers/purge-erased-jobs.handler'
import { handleScoreApplication } from './handlers/score-application.handler'
import { handleSendCandidateMessage } from './handlers/send-candidate-message.handler'
import { handleSweepRetention } from './handlers/sweep-retention.handler'

/** pino's shape (the standalone worker's logger, or the API's in embedded mode); `child` binds job fields. */
export type WorkerLogger = {
  debug?(object: object, message?: string): void
  info(object: object, message?: string): void
  warn(object: object, message?: string): void
  error(object: object, message?: string): void
  child?(bindings: Record<string, unknown>): WorkerLogger
}

export type StartWorkersOptions = {
  redisUrl: string
  prefix: string
  concurrency: number
  /** How long a job may run without renewing its lock before another worker takes it over. */
  lockDurationMs?: number
  /** How often to look for jobs whose worker died (their lock expired) and hand them to a live worker. */
  stalledIntervalMs?: number
  /** Kits wait on a model; their lock must outlast the LLM request timeout. */
  kitLockDurationMs?: number
  heartbeatFile?: string
  /** SMTP for candidate messages; without it queued messages fail (the API sends them to the outbox instead). */
  mail?: SmtpSettings | null
  logger: WorkerLogger
  /** Job durations, failures by code, parse failures and LLM usage are counted here when given. */
  metrics?: Metrics | null
}

export type DrainOutcome = 'drained' | 'timed-out'

export type RunningWorkers = {
  /**
   * Stops taking jobs and waits for the active ones. With `graceMs`, jobs still running when it ends are cancelled
   * (handlers that honour the abort signal stop and are retried at once; the others are retried by another worker
   * when their lock expires) and the outcome says so; the caller then exits.
   */
  close(options?: { graceMs?: number }): Promise<DrainOutcome>
}

// How long cancelled jobs get to record their failure after the grace period before the process gives up on them.
const CANCEL_SETTLE_MS = 3_000

/** Starts one BullMQ worker per queue, all sharing the engine dependencies of this process. */
export function startWorkers(deps: EngineDeps, options: StartWorkersOptions): RunningWorkers {
  const connection = createRedisConnection(options.redisUrl, 'worker')
  const lockDuration = options.lockDurationMs ?? 30_000
  const common = {
    connection,
    prefix: options.prefix,
    concurrency: options.concurrency,
    lockDuration,
    stalledInterval: options.stalledIntervalMs ?? 30_000,
    // Used for backoff types BullMQ does not know, i.e. `retry-after` (honours a provider's 429 answer).
    settings: { backoffStrategy: computeBackoffDelay },
  }
  const metrics = options.metrics ?? null
  const log = options.logger

  const mailer = options.mail ? createSmtpMailer(options.mail) : null

  /** Every attempt: a logger bound to its job, its request id as the context of what it queues, and metrics. */
  const instrument =
    (queue: string, handle: (job: Job, signal?: AbortSignal) => Promise<unknown>) =>
    async (job: Job, _token?: string, signal?: AbortSignal): Promise<unknown> => {
      const { requestId } = splitJobData(job.data)
      const bindings = { queue, jobId: job.id, job: job.name, attempt: job.attemptsMade + 1, requestId }
      const jobLog = log.child?.(bindings) ?? log
      const extra = log.child ? {} : bindings
      const started = performance.now()
      jobLog.debug?.(extra, 'job started')
      try {
        const result = requestId
          ? await runWithJobContext({ requestId }, () => handle(job, signal))
          : await handle(job, signal)
        const seconds = (performance.now() - started) / 1000
        metrics?.jobDuration.observe({ queue, outcome: 'completed' }, seconds)
        jobLog.info({ ...extra, durationMs: Math.round(seconds * 1000) }, 'job completed')
        return result
      } catch (error) {
        const seconds = (performance.now() - started) / 1000
        const { code, parseFailure } = classifyJobError(error)
        metrics?.jobDuration.observe({ queue, outcome: 'failed' }, seconds)
        metrics?.jobFailures.inc({ queue, code })
        if (parseFailure) metrics?.parseFailures.inc({ code: parseFailure, stage: 'ingest' })
        // The error's name and code, never its message: it can quote a resume or a model's answer (logs outlive
        // an erasure).
        jobLog.warn(
          { ...extra, code, durationMs: Math.round(seconds * 1000), err: describeError(error) },
          'job failed',
        )
        throw error
      }
    }

  const workers = [
    new Worker(
      ingestDocumentJob.queue,
      instrument(ingestDocumentJob.queue, (job) => handleIngestDocument(deps, job)),
      common,
    ),
    new Worker(
      analyzeJobPostingJob.queue,
      instrument(analyzeJobPostingJob.queue, (job) => handleAnalyzeJob(deps, job)),
      common,
    ),
    new Worker(
      scoreApplicationJob.queue,
      instrument(scoreApplicationJob.queue, (job) => handleScoreApplication(deps, job)),
      common,
    ),
    new Worker(
      generateInterviewKitJob.queue,
      instrument(generateInterviewKitJob.queue, (job, signal) =>
        handleGenerateInterviewKit(deps, job, signal, (usage) => {
          if (metrics) recordLlmUsage(metrics, usage)
        }),
      ),
      {
        ...common,
        concurrency: Math.max(1, Math.floor(options.concurrency / 2)),
        lockDuration: options.kitLockDurationMs ?? 120_000,
      },
    ),
    new Worker(
      sendCandidateMessageJob.queue,
      instrument(sendCandidateMessageJob.queue, (job) => handleSendCandidateMessage(deps, mailer, job)),
      common,
    ),
    // One queue for privacy work: the retention sweep and the purge of erased records' running jobs.
    new Worker(
      sweepRetentionJob.queue,
      instrument(sweepRetentionJob.queue, (job) =>
        job.name === purgeErasedJobsJob.name
          ? handlePurgeErasedJobs(deps, job)
          : handleSweepRetention(deps, job),
      ),
      { ...common, concurrency: 1 },
    ),
  ]
  // Every worker process registers the same scheduler id, so there is one daily sweep however many run.
  deps.producer
    .schedule(sweepRetentionJob, RETENTION_SCHEDULE, { runAt: 'scheduled' })
    .catch((error: unknown) =>
      options.logger.error({ err: describeError(error) }, 'could not schedule the retention sweep'),
    )
  for (const worker of workers) {
    // A job whose worker died is failed by BullMQ itself after too many stalls; no processor of ours saw it.
    worker.on('stalled', (jobId) =>
      log.warn({ queue: worker.name, jobId }, 'job stalled: its worker stopped renewing the lock'),
    )
    worker.on('error', (error) =>
      log.error({ queue: worker.name, err: describeError(error) }, 'worker error'),
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
    async close(closeOptions = {}) {
      if (heartbeat) clearInterval(heartbeat)
      // close() stops fetching at once and resolves when the active jobs have finished and the locks are released.
      const closing = Promise.all(workers.map((worker) => worker.close())).then(() => 'drained' as const)
      let timer: NodeJS.Timeout | undefined
      const graceMs = closeOptions.graceMs
      const outcome =
        graceMs === undefined
          ? await closing
          : await Promise.race([
              closing,
              new Promise<'timed-out'>((resolve) => {
                timer = setTimeout(() => resolve('timed-out'), graceMs)
              }),
            ])
      clearTimeout(timer)
      if (outcome === 'timed-out') {
        log.warn({ graceMs }, 'grace period over: cancelling the jobs still running, they will be retried')
        for (const worker of workers) worker.cancelAllJobs('the worker is shutting down')
        await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, CANCEL_SETTLE_MS))])
        return outcome
      }
      mailer?.close()
      connection.disconnect()
      return outcome
    },
  }
}
