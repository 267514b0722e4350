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
   * Like `enqueue`, but a finished (completed or failed) job with the same id is replaced: used when the database
   * says work is unfinished although the queue remembers it as done, e.g. after a crash between the two.
   */
  requeue<T extends z.ZodType>(definition: JobDefinition<T>, payload: z.infer<T>): Promise<string>
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
