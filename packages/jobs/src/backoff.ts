/** Backoff type for work that calls a rate-limited provider: honour its `retry-after`, else back off exponentially. */
export const RETRY_AFTER_BACKOFF = 'retry-after'

const BASE_DELAY_MS = 2_000
const MAX_DELAY_MS = 10 * 60_000

/**
 * BullMQ's custom backoff strategy (BullMQ calls it for backoff types it does not know). A provider that answered
 * 429 with `retry-after` is retried when it said; anything else waits 2 s, 4 s, 8 s, …
 */
export function computeBackoffDelay(attemptsMade: number, type?: string, error?: Error): number {
  const exponential = BASE_DELAY_MS * 2 ** Math.max(0, attemptsMade - 1)
  if (type !== RETRY_AFTER_BACKOFF) return exponential
  const retryAfter = (error as { retryAfterMs?: unknown } | undefined)?.retryAfterMs
  if (typeof retryAfter === 'number' && Number.isFinite(retryAfter) && retryAfter > 0) {
    return Math.min(Math.max(retryAfter, 500), MAX_DELAY_MS)
  }
  return Math.min(exponential, MAX_DELAY_MS)
}
