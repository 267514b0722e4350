import { describe, expect, it } from 'vitest'
import { computeBackoffDelay, RETRY_AFTER_BACKOFF } from './backoff'
import { generateInterviewKitJob } from './definitions'

describe('retry backoff', () => {
  it("honours a provider's retry-after on the kit queue", () => {
    const rateLimited = Object.assign(new Error('429'), { retryAfterMs: 7_000 })
    expect(computeBackoffDelay(1, RETRY_AFTER_BACKOFF, rateLimited)).toBe(7_000)
    expect(computeBackoffDelay(3, RETRY_AFTER_BACKOFF, rateLimited)).toBe(7_000)
    expect(generateInterviewKitJob.backoff?.type).toBe(RETRY_AFTER_BACKOFF)
  })

  it('backs off exponentially without one, and never waits unboundedly', () => {
    expect(
      [1, 2, 3, 4].map((attempt) => computeBackoffDelay(attempt, RETRY_AFTER_BACKOFF, new Error('500'))),
    ).toEqual([2_000, 4_000, 8_000, 16_000])
    const absurd = Object.assign(new Error('429'), { retryAfterMs: 86_400_000 })
    expect(computeBackoffDelay(1, RETRY_AFTER_BACKOFF, absurd)).toBe(600_000)
  })
})
