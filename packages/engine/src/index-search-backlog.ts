import { hasUnfinishedApplications, indexSearchChunks } from '@shortlist/db'
import type { EngineDeps } from './engine-deps'

/** Chunks per statement at most (PostgreSQL, where an HNSW insert costs under 1 ms of database CPU). */
const MAX_BATCH = 25
/**
 * What one statement may cost, in milliseconds. In embedded mode PGlite runs the HNSW inserts on the event loop at
 * 12–64 ms a chunk (real resumes, halfvec in WebAssembly; it grows with the index), so a batch of 25 held the
 * process for 0.3–1.6 s: an upload arriving meanwhile got one turn of the event loop per batch, and the batches
 * went on for the whole upload (`pnpm bench --only e2e`: up to 570 ms of main-thread CPU per resume, against 40).
 */
const STATEMENT_BUDGET_MS = 50
/** Statements per call at most, so a pass ends and the reconciler's next tick runs. */
const MAX_BATCHES = 200

/** What the indexer has learnt about this database's cost per chunk; kept by the caller across passes. */
export type IndexPace = { msPerChunk: number | null }

/**
 * Chunks for the next statement: as many as fit in the statement budget at the last measured cost per chunk, one
 * when nothing was measured yet (a cheap probe on either engine).
 */
export function chooseIndexBatch(pace: IndexPace): number {
  if (pace.msPerChunk === null) return 1
  if (pace.msPerChunk <= 0) return MAX_BATCH
  return Math.max(1, Math.min(MAX_BATCH, Math.floor(STATEMENT_BUDGET_MS / pace.msPerChunk)))
}

/**
 * Moves chunks that ingest stored into candidate search's HNSW index (`indexSearchChunks`), off the ingest path.
 * While applications are being ingested or scored it runs one statement per call, so a steady stream of uploads
 * still drains; while none are, statement after statement (`maxBatches` at most), checking before each that ingest
 * is still quiet. Each statement is sized to the statement budget by the measured cost per chunk (`pace`), and after
 * each the indexer rests as long as the statement took, so requests and jobs of the same process (embedded mode:
 * PGlite runs on this thread) get at least half of it. Search ranks the chunks still waiting exactly, so none is
 * missed meanwhile. Returns how many chunks it indexed.
 */
export async function indexSearchBacklog(
  deps: Pick<EngineDeps, 'db'>,
  options: { maxBatches?: number; pace?: IndexPace } = {},
): Promise<number> {
  const pace = options.pace ?? { msPerChunk: null }
  let indexed = 0
  const batches = Math.min(MAX_BATCHES, options.maxBatches ?? MAX_BATCHES)
  for (let batch = 0; batch < batches; batch++) {
    if (batch > 0 && (await hasUnfinishedApplications(deps.db))) break
    const size = chooseIndexBatch(pace)
    const started = performance.now()
    const done = await indexSearchChunks(deps.db, size)
    const elapsed = performance.now() - started
    if (done > 0) pace.msPerChunk = elapsed / done
    indexed += done
    if (done < size || batch + 1 === batches) break
    await new Promise((resolve) => setTimeout(resolve, elapsed))
  }
  return indexed
}
