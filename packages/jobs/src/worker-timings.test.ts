import { describe, expect, it } from 'vitest'
import { computeWorkerTimings } from './worker-timings'

describe('computeWorkerTimings', () => {
  it('derives a lock longer than the worst parse from the parse timeout', () => {
    const timings = computeWorkerTimings({ parseTimeoutMs: 20_000 })
    expect(timings.lockDurationMs).toBeGreaterThan(20_000)
    expect(timings.stalledIntervalMs).toBeLessThanOrEqual(timings.lockDurationMs)
    expect(computeWorkerTimings({ parseTimeoutMs: 120_000 }).lockDurationMs).toBeGreaterThan(120_000)
  })

  it('keeps explicit settings that are consistent', () => {
    expect(
      computeWorkerTimings({ parseTimeoutMs: 2_000, lockDurationMs: 3_000, stalledIntervalMs: 1_000 }),
    ).toEqual({ lockDurationMs: 3_000, stalledIntervalMs: 1_000 })
    expect(computeWorkerTimings({ parseTimeoutMs: 2_000, lockDurationMs: 5_000 }).stalledIntervalMs).toBe(
      5_000,
    )
  })

  it('refuses a lock that a slow parse would outlive', () => {
    expect(() => computeWorkerTimings({ parseTimeoutMs: 20_000, lockDurationMs: 20_000 })).toThrow(
      /must be longer than PARSE_TIMEOUT_MS/,
    )
  })
})
