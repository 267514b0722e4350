import { EngineError } from '@shortlist/engine'
import { splitJobData } from '@shortlist/jobs'
import { type Job, UnrecoverableError } from 'bullmq'
import type { z } from 'zod'

/** Parses the payload (a payload that fails validation can never succeed) and maps final engine errors. */
export function parsePayload<T extends z.ZodType>(schema: T, job: Job): z.infer<T> {
  // The request id the producer put beside the payload is not part of it (see @shortlist/jobs job-context).
  const parsed = schema.safeParse(splitJobData(job.data).payload)
  if (!parsed.success)
    throw Object.assign(new UnrecoverableError(`invalid payload for ${job.name}: ${parsed.error.message}`), {
      code: 'INVALID_PAYLOAD',
    })
  return parsed.data
}

/** Whether this run is the job's last chance; handlers record a readable failure before giving up. */
export const isFinalAttempt = (job: Job): boolean => job.attemptsMade + 1 >= (job.opts.attempts ?? 1)

/** Engine errors that cannot succeed on retry stop the job now instead of burning attempts. */
export function rethrowFinal(error: unknown): never {
  // The engine error stays as the cause, so logs keep its stack and metrics its code.
  if (error instanceof EngineError && !error.retryable)
    throw Object.assign(new UnrecoverableError(`${error.code}: ${error.message}`), { cause: error })
  throw error
}
