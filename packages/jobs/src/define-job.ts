import type { z } from 'zod'

export type JobDefinition<TPayload extends z.ZodType> = {
  /** `noun.verb`, also the BullMQ job name. */
  name: string
  /** The queue it runs on; one queue per kind of work so each scales and rate-limits on its own. */
  queue: string
  payload: TPayload
  /** Deterministic: adding the same work twice while it is known to BullMQ is a no-op. BullMQ forbids ':' in it. */
  jobId: (payload: z.infer<TPayload>) => string
  attempts: number
  /** How retries are spaced; the producer's default (exponential from 2 s) when absent. */
  backoff?: { type: string; delay: number }
  /** Removed from Redis as soon as it finishes (its payload must not outlive it), instead of the default trimming. */
  ephemeral?: boolean
}

/** Declares a job once; the producer (API) and the consumer (worker) import the same definition. */
export function defineJob<TPayload extends z.ZodType>(definition: {
  name: string
  queue: string
  payload: TPayload
  jobId: (payload: z.infer<TPayload>) => string
  attempts?: number
  backoff?: { type: string; delay: number }
  ephemeral?: boolean
}): JobDefinition<TPayload> {
  return { attempts: 5, ...definition }
}
