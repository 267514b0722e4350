import {
  type EngineDeps,
  EngineError,
  failInterviewKit,
  generateInterviewKit,
  type LlmUsageRecord,
} from '@shortlist/engine'
import { generateInterviewKitJob } from '@shortlist/jobs'
import { DelayedError, type Job } from 'bullmq'
import { isFinalAttempt, parsePayload, rethrowFinal } from './run-handler'

/** How long a kit may keep waiting on a provider's rate limit before its waits count as failed attempts. */
const MAX_RATE_LIMITED_MS = 30 * 60_000

export async function handleGenerateInterviewKit(
  deps: EngineDeps,
  job: Job,
  signal?: AbortSignal,
  onUsage?: (usage: LlmUsageRecord) => void,
  token?: string,
): Promise<unknown> {
  const payload = parsePayload(generateInterviewKitJob.payload, job)
  const target = {
    organizationId: payload.organizationId,
    jobId: payload.jobId,
    applicationId: payload.applicationId,
  }
  try {
    return await generateInterviewKit(deps, target, {
      now: new Date(),
      signal,
      locale: payload.locale,
      onUsage,
    })
  } catch (error) {
    // A 429 that says when to come back is not a failure: the job waits that long without using up an attempt, so
    // a provider asking for a long pause (or several) never fails the kit. A kit rate-limited for half an hour
    // falls through to the ordinary retries, so it cannot wait forever.
    const wait = retryAfterMs(error)
    if (wait !== null && token && Date.now() + wait - job.timestamp <= MAX_RATE_LIMITED_MS) {
      await job.moveToDelayed(Date.now() + wait, token)
      throw new DelayedError()
    }
    const retryable = isRetryable(error)
    if (!retryable || isFinalAttempt(job)) {
      await failInterviewKit(deps, target, describeFailure(error)).catch(() => undefined)
    }
    if (!retryable && !(error instanceof EngineError)) {
      const message = error instanceof Error ? error.message : String(error)
      return rethrowFinal(new EngineError('LLM_FAILED', message, { cause: error }))
    }
    return rethrowFinal(error)
  }
}

/** The provider's `retry-after` (LlmRateLimitError's `retryAfterMs`), bounded to what a queue should wait. */
function retryAfterMs(error: unknown): number | null {
  const value = (error as { retryAfterMs?: unknown } | null)?.retryAfterMs
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return null
  return Math.min(Math.max(value, 500), 10 * 60_000)
}

// LLM errors carry `retryable`: rate limits and outages back off through BullMQ, malformed output does not.
function isRetryable(error: unknown): boolean {
  if (error instanceof EngineError) return error.retryable
  if (error && typeof error === 'object' && 'retryable' in error)
    return Boolean((error as { retryable: unknown }).retryable)
  return true
}

function describeFailure(error: unknown): { code: string; message: string } {
  if (error instanceof EngineError) return { code: error.code, message: error.message }
  const name = error instanceof Error ? error.name : 'Error'
  const code = name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()
  return { code, message: 'The interview kit could not be generated. Try again later.' }
}
