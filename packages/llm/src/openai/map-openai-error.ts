import {
  LlmError,
  LlmRateLimitError,
  LlmRequestError,
  LlmTimeoutError,
  LlmUnavailableError,
} from './llm-errors'
import { loadedOpenAiSdk } from './load-sdk'

function readRetryAfterMs(headers: unknown): number | null {
  if (!headers || typeof headers !== 'object') return null
  const get = (name: string): string | null => {
    if (headers instanceof Headers) return headers.get(name)
    const value = (headers as Record<string, unknown>)[name]
    return typeof value === 'string' ? value : null
  }
  const milliseconds = Number(get('retry-after-ms'))
  if (Number.isFinite(milliseconds) && milliseconds > 0) return milliseconds
  const seconds = get('retry-after')
  if (seconds === null) return null
  const asNumber = Number(seconds)
  if (Number.isFinite(asNumber)) return Math.max(0, asNumber * 1000)
  const date = Date.parse(seconds)
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now())
}

function statusOf(error: unknown): number | null {
  if (error && typeof error === 'object' && 'status' in error && typeof error.status === 'number')
    return error.status
  return null
}

/**
 * Turns whatever the OpenAI SDK or LangChain threw into a typed LLM error. Aborts by the caller's signal are
 * returned untouched so cancellation stays cancellation.
 */
export function mapOpenAiError(error: unknown): unknown {
  if (error instanceof LlmError) return error
  if (!(error instanceof Error)) return new LlmUnavailableError('LLM call failed', { cause: error })
  if (error.name === 'AbortError' || error.constructor.name === 'APIUserAbortError') return error
  // LangChain re-wraps the SDK's timeout as a plain Error named TimeoutError.
  // The SDK is loaded before any request is made, so an error of it always finds its classes here.
  const sdk = loadedOpenAiSdk()
  if ((sdk && error instanceof sdk.APIConnectionTimeoutError) || error.name === 'TimeoutError') {
    return new LlmTimeoutError('LLM request timed out', { cause: error })
  }
  const status = statusOf(error)
  if (status === 429) {
    const headers = (error as { headers?: unknown }).headers
    return new LlmRateLimitError('LLM provider rate limit (429)', {
      cause: error,
      retryAfterMs: readRetryAfterMs(headers),
    })
  }
  if (status !== null && status >= 500) {
    return new LlmUnavailableError(`LLM provider error (${status})`, { cause: error, status })
  }
  if (status !== null && status >= 400) {
    return new LlmRequestError(`LLM provider rejected the request (${status})`, { cause: error, status })
  }
  if (
    (sdk && (error instanceof sdk.APIConnectionError || error instanceof sdk.APIError)) ||
    error.name === 'APIConnectionError'
  ) {
    return new LlmUnavailableError('LLM provider unreachable', { cause: error })
  }
  return error
}
