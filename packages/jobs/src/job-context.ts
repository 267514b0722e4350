import { AsyncLocalStorage } from 'node:async_hooks'
import { z } from 'zod'

/**
 * Where a piece of work came from: the API request that queued it, carried into every job it leads to (an upload's
 * ingest, then its scoring), so one id finds the request and all its jobs in the logs. An id, never content.
 */
export type JobContext = { requestId: string }

// Request ids come from a header a client may set; only short, plain ids travel into Redis and the logs.
export const ZRequestId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._:-]+$/)

const storage = new AsyncLocalStorage<JobContext>()

/** Runs `work` with `context`; jobs queued inside it carry its request id. */
export function runWithJobContext<T>(context: JobContext, work: () => T): T {
  return storage.run(context, work)
}

/** The context of the code running now, if any. */
export const currentJobContext = (): JobContext | undefined => storage.getStore()

/**
 * Splits a job's data into its payload and the request id the producer added beside it. The payload schemas are
 * strict (ids only), so the request id is taken off before they see it; a malformed one is dropped, not trusted.
 */
export function splitJobData(data: unknown): { payload: unknown; requestId: string | undefined } {
  if (typeof data !== 'object' || data === null || !('requestId' in data))
    return { payload: data, requestId: undefined }
  const { requestId, ...payload } = data as Record<string, unknown>
  const parsed = ZRequestId.safeParse(requestId)
  return { payload, requestId: parsed.success ? parsed.data : undefined }
}
