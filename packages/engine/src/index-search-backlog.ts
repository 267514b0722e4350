import { hasUnfinishedApplications, indexSearchChunks } from '@shortlist/db'
import type { EngineDeps } from './engine-deps'

/**
 * Chunks per statement: short, because in embedded mode PGlite runs the HNSW inserts on the event loop (about 10 ms
 * a chunk there, under 1 ms on PostgreSQL), so a batch holds requests back for a fraction of a second at most.
 */
const BATCH = 25
/** Batches per call at most (5,000 chunks, some 150 resumes), so a pass ends and the reconciler's next tick runs. */
const MAX_BATCHES = 200

/**
 * Moves chunks that ingest stored into candidate search's HNSW index (`indexSearchChunks`), off the ingest path:
 * an HNSW insert costs about 0.8 ms of database CPU per chunk on PostgreSQL and more on PGlite, where it runs on the
 * event loop. While applications are being ingested or scored it does one batch per call, so a steady stream of
 * uploads still drains; while none are, batch after batch (`maxBatches` at most), checking before each that ingest
 * is still quiet. Search
 * ranks the chunks still waiting exactly, so none is missed meanwhile. Returns how many chunks it indexed.
 */
export async function indexSearchBacklog(
  deps: Pick<EngineDeps, 'db'>,
  options: { maxBatches?: number } = {},
): Promise<number> {
  let indexed = 0
  const batches = Math.min(MAX_BATCHES, options.maxBatches ?? MAX_BATCHES)
  for (let batch = 0; batch < batches; batch++) {
    if (batch > 0 && (await hasUnfinishedApplications(deps.db))) break
    const done = await indexSearchChunks(deps.db, BATCH)
    indexed += done
    if (done < BATCH) break
    // Between batches, let the process serve requests (embedded mode: PGlite runs on this thread).
    await new Promise((resolve) => setImmediate(resolve))
  }
  return indexed
}
