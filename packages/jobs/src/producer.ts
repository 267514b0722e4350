import { Queue } from 'bullmq'
import type { Redis } from 'ioredis'
import type { z } from 'zod'
import type { JobDefinition } from './define-job'
import { jobDefinitions } from './definitions'
import { currentJobContext } from './job-context'

/** Finished jobs are trimmed so Redis does not grow without bound; failures stay longer for inspection. */
export const defaultJobOptions = {
  backoff: { type: 'exponential' as const, delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
}

export type QueueProducer = {
  enqueue<T extends z.ZodType>(definition: JobDefinition<T>, payload: z.infer<T>): Promise<string>
  /**
   * `enqueue` for many payloads of one definition in a single Redis round trip (BullMQ `addBulk`): an upload of 50
   * files queued one by one waited on 50 round trips, interleaved with the in-process workers starting on the first.
   */
  enqueueMany<T extends z.ZodType>(
    definition: JobDefinition<T>,
    payloads: readonly z.infer<T>[],
  ): Promise<string[]>
  /**
   * Like `enqueue`, but a finished (completed or failed) job with the same id is replaced: used when the database
   * says work is unfinished although the queue remembers it as done, e.g. after a crash between the two.
   */
  requeue<T extends z.ZodType>(definition: JobDefinition<T>, payload: z.infer<T>): Promise<string>
  /**
   * Whether the job with this payload's id is waiting, delayed or running somewhere. Reconciliation asks before it
   * requeues, so work a worker holds is never started a second time.
   */
  isLive<T extends z.ZodType>(definition: JobDefinition<T>, payload: z.infer<T>): Promise<boolean>
  /** Adds a job that waits `delayMs` before it may run (same id rules as `enqueue`). */
  enqueueDelayed<T extends z.ZodType>(
    definition: JobDefinition<T>,
    payload: z.infer<T>,
    delayMs: number,
  ): Promise<string>
  /**
   * Creates or updates a job scheduler (BullMQ's repeatable jobs) with a fixed id, so every process that starts
   * registers the same one schedule.
   */
  schedule<T extends z.ZodType>(
    definition: JobDefinition<T>,
    schedule: { schedulerId: string; pattern: string },
    payload: z.infer<T>,
  ): Promise<void>
  /**
   * Removes, from every queue, the jobs whose id names one of `subjectIds` (job ids embed their subject's id, see
   * `definitions.ts`), and the queues' event-stream entries that mention them. Jobs running right now are locked
   * and stay: `locked` counts them, for the caller to try again later.
   */
  purgeJobs(subjectIds: readonly string[]): Promise<{ removed: number; locked: number }>
  /** Counts per state for one queue (used by readiness and benchmarks). */
  counts(queueName: string): Promise<Record<string, number>>
  /** Counts per state and the oldest waiting job's timestamp, for every queue (metrics). */
  snapshot(): Promise<
    Array<{ queue: string; counts: Record<string, number>; oldestWaitingAt: number | null }>
  >
  close(): Promise<void>
}

/** One BullMQ Queue per definition's queue name, sharing a single producer connection. */
export function createQueueProducer(connection: Redis, prefix: string): QueueProducer {
  const queues = new Map<string, Queue>()
  for (const definition of jobDefinitions) {
    if (!queues.has(definition.queue)) {
      queues.set(definition.queue, new Queue(definition.queue, { connection, prefix, defaultJobOptions }))
    }
  }
  const queueFor = (name: string): Queue => {
    const queue = queues.get(name)
    if (!queue) throw new Error(`unknown queue ${name}`)
    return queue
  }
  // The request that queued the work travels beside the payload (see job-context.ts); the job id ignores it.
  const withContext = (parsed: unknown): unknown => {
    const context = currentJobContext()
    return context && typeof parsed === 'object' && parsed !== null
      ? { ...parsed, requestId: context.requestId }
      : parsed
  }
  return {
    async enqueue(definition, payload) {
      const parsed = definition.payload.parse(payload)
      const jobId = definition.jobId(parsed)
      await queueFor(definition.queue).add(definition.name, withContext(parsed), {
        jobId,
        attempts: definition.attempts,
        ...(definition.backoff ? { backoff: definition.backoff } : {}),
      })
      return jobId
    },
    async enqueueMany(definition, payloads) {
      if (payloads.length === 0) return []
      const jobs = payloads.map((payload) => {
        const parsed = definition.payload.parse(payload)
        return {
          name: definition.name,
          data: withContext(parsed),
          opts: {
            jobId: definition.jobId(parsed),
            attempts: definition.attempts,
            ...(definition.backoff ? { backoff: definition.backoff } : {}),
          },
        }
      })
      await queueFor(definition.queue).addBulk(jobs)
      return jobs.map((job) => job.opts.jobId)
    },
    async requeue(definition, payload) {
      const parsed = definition.payload.parse(payload)
      const jobId = definition.jobId(parsed)
      const queue = queueFor(definition.queue)
      const existing = await queue.getJob(jobId)
      if (existing && ((await existing.isCompleted()) || (await existing.isFailed()))) await existing.remove()
      await queue.add(definition.name, withContext(parsed), {
        jobId,
        attempts: definition.attempts,
        ...(definition.backoff ? { backoff: definition.backoff } : {}),
      })
      return jobId
    },
    async isLive(definition, payload) {
      const jobId = definition.jobId(definition.payload.parse(payload))
      const state = await queueFor(definition.queue).getJobState(jobId)
      return !['completed', 'failed', 'unknown'].includes(state)
    },
    async enqueueDelayed(definition, payload, delayMs) {
      const parsed = definition.payload.parse(payload)
      const jobId = definition.jobId(parsed)
      await queueFor(definition.queue).add(definition.name, parsed, {
        jobId,
        delay: delayMs,
        attempts: definition.attempts,
        ...(definition.backoff ? { backoff: definition.backoff } : {}),
        ...(definition.ephemeral ? { removeOnComplete: true, removeOnFail: true } : {}),
      })
      return jobId
    },
    async schedule(definition, schedule, payload) {
      const parsed = definition.payload.parse(payload)
      await queueFor(definition.queue).upsertJobScheduler(
        schedule.schedulerId,
        { pattern: schedule.pattern, tz: 'UTC' },
        {
          name: definition.name,
          data: parsed,
          opts: {
            attempts: definition.attempts,
            ...(definition.backoff ? { backoff: definition.backoff } : {}),
          },
        },
      )
    },
    purgeJobs: (subjectIds) => purgeJobs(connection, prefix, queues, subjectIds),
    counts: (queueName) => queueFor(queueName).getJobCounts(),
    snapshot: () =>
      Promise.all(
        [...queues.entries()].map(async ([queue, bullQueue]) => {
          // The wait list is pushed on the left and taken from the right: ascending order starts at the oldest.
          const [counts, oldest] = await Promise.all([
            bullQueue.getJobCounts(),
            bullQueue.getJobs(['wait'], 0, 0, true),
          ])
          return { queue, counts, oldestWaitingAt: oldest[0]?.timestamp ?? null }
        }),
      ),
    async close() {
      await Promise.all([...queues.values()].map((queue) => queue.close()))
    },
  }
}

/** Job ids of the purge job itself name the erasure, never a subject; it is left to finish. */
const PURGE_JOB_ID_PREFIX = 'purge-'

// Hand-written because BullMQ has no "find jobs by id pattern": SCAN walks the keyspace in small steps (it never
// blocks Redis like KEYS would), and each match is removed through BullMQ's own `remove` script.
async function purgeJobs(
  connection: Redis,
  prefix: string,
  queues: Map<string, Queue>,
  subjectIds: readonly string[],
): Promise<{ removed: number; locked: number }> {
  if (subjectIds.length === 0) return { removed: 0, locked: 0 }
  const mentionsSubject = (text: string) => subjectIds.some((id) => text.includes(id))
  const found = new Map<string, Set<string>>()
  let cursor = '0'
  do {
    const [next, keys] = await connection.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000)
    cursor = next
    for (const key of keys) {
      // `<prefix>:<queue>:<jobId>[:logs|:lock|...]`; BullMQ forbids ':' in job ids.
      const [queueName, jobId] = key.slice(prefix.length + 1).split(':')
      if (!queueName || !jobId || !queues.has(queueName)) continue
      if (jobId.startsWith(PURGE_JOB_ID_PREFIX) || !mentionsSubject(jobId)) continue
      found.set(queueName, (found.get(queueName) ?? new Set()).add(jobId))
    }
  } while (cursor !== '0')

  let removed = 0
  let locked = 0
  for (const [queueName, jobIds] of found) {
    const queue = queues.get(queueName) as Queue
    for (const jobId of jobIds) {
      if ((await queue.remove(jobId)) === 1) removed += 1
      else locked += 1
    }
  }
  // After the removals, which themselves write `removed` events naming the job.
  for (const queueName of queues.keys()) {
    const stream = `${prefix}:${queueName}:events`
    let start = '-'
    for (;;) {
      const entries = await connection.xrange(stream, start, '+', 'COUNT', 1000)
      const stale = entries
        .filter(([, fields]) => fields.some((field) => mentionsSubject(field)))
        .map(([id]) => id)
      if (stale.length > 0) await connection.xdel(stream, ...stale)
      const last = entries.at(-1)
      if (!last || entries.length < 1000) break
      start = `(${last[0]}`
    }
  }
  return { removed, locked }
}
