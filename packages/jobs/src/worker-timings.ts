/** How long a worker may hold a job without renewing its lock, and how often dead workers' jobs are looked for. */
export type WorkerTimings = { lockDurationMs: number; stalledIntervalMs: number }

/** Time a resume needs after its parse: embedding, storing its chunks, linking the candidate, queueing scoring. */
const AFTER_PARSE_MS = 30_000

/**
 * BullMQ renews a job's lock from the worker's event loop; a lock that lapses mid-job hands the job to another
 * worker and it runs twice. The lock therefore outlasts the worst parse (the sandbox's timeout) plus the work after
 * it, and stalled jobs are looked for at least once per lock period. An explicit lock no longer than the parse
 * timeout is refused rather than silently raised.
 */
export function computeWorkerTimings(settings: {
  parseTimeoutMs: number
  lockDurationMs?: number | undefined
  stalledIntervalMs?: number | undefined
}): WorkerTimings {
  const lockDurationMs = settings.lockDurationMs ?? settings.parseTimeoutMs + AFTER_PARSE_MS
  if (lockDurationMs <= settings.parseTimeoutMs)
    throw new Error(
      `WORKER_LOCK_DURATION_MS (${lockDurationMs}) must be longer than PARSE_TIMEOUT_MS (${settings.parseTimeoutMs}), or a slow document's job would be taken over and run twice; leave it unset to derive it`,
    )
  const stalledIntervalMs = settings.stalledIntervalMs ?? Math.min(lockDurationMs, 30_000)
  return { lockDurationMs, stalledIntervalMs }
}
