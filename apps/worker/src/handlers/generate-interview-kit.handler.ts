import {
  type EngineDeps,
  EngineError,
  failInterviewKit,
  generateInterviewKit,
  type LlmUsageRecord,
} from '@shortlist/engine'
import { generateInterviewKitJob } from '@shortlist/jobs'
import type { Job } from 'bullmq'
import { isFinalAttempt, parsePayload, rethrowFinal } from './run-handler'

export async function handleGenerateInterviewKit(
  deps: EngineDeps,
  job: Job,
  signal?: AbortSignal,
  onUsage?: (usage: LlmUsageRecord) => void,
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
