import { EngineError } from '@shortlist/engine'
import { type Job, UnrecoverableError } from 'bullmq'
import type { z } from 'zod'

/** Parses the payload (a payload that fails validation can never succeed) and maps final engine errors. */
export function parsePayload<T extends z.ZodType>(schema: T, job: Job): z.infer<T> {
  const parsed = schema.safeParse(job.data)
  if (!parsed.success)
    throw new UnrecoverableError(`invalid payload for ${job.name}: ${parsed.error.message}`)
  return parsed.data
}

/** Whether this run is the job's last chance; handlers record a readable failure before giving up. */
export const isFinalAttempt = (job: Job): boolean => job.attemptsMade + 1 >= (job.opts.attempts ?? 1)

/** Engine errors that cannot succeed on retry stop the job now instead of burning attempts. */
export function rethrowFinal(error: unknown): never {
  if (error instanceof EngineError && !error.retryable)
    throw new UnrecoverableError(`${error.code}: ${error.message}`)
  throw error
}
