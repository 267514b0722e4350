import { randomUUID } from 'node:crypto'
import { hasUnfinishedApplications } from '@shortlist/db'
import type { Redis } from 'ioredis'
import type { EngineDeps } from './engine-deps'
import { type IndexPace, indexSearchBacklog } from './index-search-backlog'
import { type ReconcileResult, reconcileUnfinishedWork } from './reconcile-unfinished-work'

export type ReconcilerLogger = {
  info(object: object, message?: string): void
  warn(object: object, message?: string): void
}

export type RunningReconciler = { close(): Promise<void> }

/**
 * Runs `reconcileUnfinishedWork` in this process (API and workers both start one) so that committed work stranded
 * by a Redis or Postgres outage waits at most about `intervalMs` for a live job, without a restart: rows count as
 * stranded once untouched for half an interval, and a pass runs every half interval. A lease in Redis lets one
 * process per tick do the pass when several run; a pass that fails (a backing service is still down) is simply
 * tried again at the next tick, or as soon as Redis reconnects. The same pass puts newly stored chunks into candidate
 * search's index (`indexSearchBacklog`), off the ingest path.
 */
export function startReconciler(
  deps: Pick<EngineDeps, 'db' | 'producer'> & { redis: Redis },
  options: { intervalMs: number; prefix: string; logger: ReconcilerLogger },
): RunningReconciler {
  const leaseKey = `${options.prefix}:reconcile-lease`
  const token = randomUUID()
  let running: Promise<void> | null = null
  // When this process last saw applications being ingested or scored; start-up counts as busy.
  let lastBusyAt = Date.now()
  // The search indexer's measured cost per chunk on this database, which sizes its statements.
  const pace: IndexPace = { msPerChunk: null }

  const tickMs = Math.max(500, Math.floor(options.intervalMs / 2))
  const pass = async (): Promise<ReconcileResult | null> => {
    // Slightly shorter than a tick, so the next tick of any process can take it again.
    const leased = await deps.redis.set(leaseKey, token, 'PX', Math.floor(tickMs * 0.9), 'NX')
    if (leased !== 'OK') return null
    const result = await reconcileUnfinishedWork(deps, { staleBefore: new Date(Date.now() - tickMs) })
    // The search index waits for ingest to have been quiet for a whole tick (one batch per pass until then), so a
    // burst of uploads arriving in waves does not meet it between two waves.
    const now = Date.now()
    if (await hasUnfinishedApplications(deps.db)) lastBusyAt = now
    await indexSearchBacklog(deps, { maxBatches: now - lastBusyAt < tickMs ? 1 : undefined, pace })
    return result
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

  const timer = setInterval(tick, tickMs)
  timer.unref()
  // Redis coming back (after a restart that may have lost every job) is the moment work is most likely stranded.
  deps.redis.on('ready', tick)
  return {
    async close() {
      clearInterval(timer)
      deps.redis.off('ready', tick)
      await running
    },
  }
}
