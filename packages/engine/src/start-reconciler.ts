import { randomUUID } from 'node:crypto'
import type { Redis } from 'ioredis'
import type { EngineDeps } from './engine-deps'
import { type ReconcileResult, reconcileUnfinishedWork } from './reconcile-unfinished-work'

export type ReconcilerLogger = {
  info(object: object, message?: string): void
  warn(object: object, message?: string): void
}

export type RunningReconciler = { close(): Promise<void> }

/**
 * Runs `reconcileUnfinishedWork` every `intervalMs` in this process (API and workers both start one), so work
 * stranded by a Redis or Postgres outage is queued again within about 1.5 intervals, without a restart. Rows count
 * as stranded once untouched for half an interval. A lease in Redis lets one process per interval do the pass when
 * several run; a pass that fails (a backing service is still down) is simply tried again at the next tick.
 */
export function startReconciler(
  deps: Pick<EngineDeps, 'db' | 'producer'> & { redis: Redis },
  options: { intervalMs: number; prefix: string; logger: ReconcilerLogger },
): RunningReconciler {
  const leaseKey = `${options.prefix}:reconcile-lease`
  const token = randomUUID()
  let running: Promise<void> | null = null

  const pass = async (): Promise<ReconcileResult | null> => {
    // Slightly shorter than the interval, so the next tick of any process can take it again.
    const leased = await deps.redis.set(leaseKey, token, 'PX', Math.floor(options.intervalMs * 0.9), 'NX')
    if (leased !== 'OK') return null
    return reconcileUnfinishedWork(deps, { staleBefore: new Date(Date.now() - options.intervalMs / 2) })
  }

  const tick = (): void => {
    if (running) return
    running = pass()
      .then((result) => {
        if (result && result.jobs + result.applications + result.messages > 0)
          options.logger.info(result, 'queued unfinished work again')
      })
      .catch((error: unknown) => {
        options.logger.warn(
          { err: error instanceof Error ? error.message : String(error) },
          'reconciliation failed; trying again at the next interval',
        )
      })
      .finally(() => {
        running = null
      })
  }

  const timer = setInterval(tick, options.intervalMs)
  timer.unref()
  return {
    async close() {
      clearInterval(timer)
      await running
    },
  }
}
