import { preselectDocuments, toVectorLiteral } from '@shortlist/db'
import { sql } from 'kysely'
import { type BenchResult, type BenchRow, timeRatio } from './bench-result'
import type { PoolFixture } from './create-pool-fixture'
import { mean, percentile, recall, timeMs } from './measure'

/** The plan's top access path for the preselect query under the given settings (to show the index is used). */
async function explainAccessPath(
  fixture: PoolFixture,
  vector: number[],
  limit: number,
  exact: boolean,
): Promise<string> {
  const { db } = fixture.handle
  return db.transaction().execute(async (trx) => {
    await sql`SET LOCAL hnsw.ef_search = ${sql.raw(String(Math.max(40, limit)))}`.execute(trx)
    if (exact) await sql`SET LOCAL enable_indexscan = off`.execute(trx)
    const plan = await sql<{ 'QUERY PLAN': string }>`
      EXPLAIN SELECT id FROM documents
      WHERE organization_id = ${fixture.retrieval.organisation.id} AND embedding IS NOT NULL
      ORDER BY embedding <=> ${toVectorLiteral(vector)}::vector LIMIT ${limit}
    `.execute(trx)
    const line = plan.rows.map((row) => row['QUERY PLAN']).find((text) => /Scan/.test(text)) ?? 'unknown'
    return line.replace(/^[\s>-]+/, '').replace(/\s+\(cost.*$/, '')
  })
}

/**
 * HNSW preselect against the exact answer (the same query with index scans off) over the retrieval pool:
 * latency percentiles, speed-up, and recall@k of the index.
 */
export async function measurePoolRetrieval(
  fixture: PoolFixture,
  options: { queries: number; limits: number[]; repetitions: number },
): Promise<BenchResult> {
  const { db } = fixture.handle
  const organizationId = fixture.retrieval.organisation.id
  const vectors: number[][] = []
  for (let index = 0; index < options.queries; index++) vectors.push(await fixture.queryVector(index))

  // Warm-up: first queries pay for planning caches and page faults in both paths.
  for (const vector of vectors.slice(0, 3)) {
    await preselectDocuments(db, organizationId, vector, 10)
    await preselectDocuments(db, organizationId, vector, 10, { exact: true })
  }

  const rows: BenchRow[] = []
  const quality: Record<string, number> = {}
  const parameters: Record<string, number | string> = {
    pool: fixture.retrieval.size,
    otherTenantDocuments: fixture.ranking.size,
    queries: options.queries,
    repetitions: options.repetitions,
  }
  const probe = vectors[0] as number[]
  parameters.indexedPlan = await explainAccessPath(fixture, probe, 10, false)
  parameters.exactPlan = await explainAccessPath(fixture, probe, 10, true)

  for (const limit of options.limits) {
    const indexed: number[] = []
    const exact: number[] = []
    const recalls: number[] = []
    for (let repetition = 0; repetition < options.repetitions; repetition++) {
      for (const vector of vectors) {
        // Alternate the order so neither path always runs on a cache the other just warmed.
        const first = repetition % 2 === 0
        const runExact = () =>
          timeMs(() => preselectDocuments(db, organizationId, vector, limit, { exact: true }))
        const runIndexed = () => timeMs(() => preselectDocuments(db, organizationId, vector, limit))
        const a = first ? await runIndexed() : await runExact()
        const b = first ? await runExact() : await runIndexed()
        const [hnsw, scan] = first ? [a, b] : [b, a]
        indexed.push(hnsw.ms)
        exact.push(scan.ms)
        if (repetition === 0) {
          recalls.push(
            recall(
              scan.value.map((hit) => hit.documentId),
              hnsw.value.map((hit) => hit.documentId),
            ),
          )
        }
      }
    }
    for (const share of [0.5, 0.95]) {
      const value = percentile(indexed, share)
      const baseline = percentile(exact, share)
      rows.push({
        benchmark: 'pool retrieval',
        metric: `p${share * 100} latency, top-${limit}`,
        value,
        baseline,
        unit: 'ms',
        ratio: timeRatio(value, baseline),
        note: 'HNSW vs sequential scan',
      })
    }
    quality[`recall@${limit}`] = mean(recalls)
    quality[`minRecall@${limit}`] = Math.min(...recalls)
  }
  return { name: 'pool retrieval', parameters, rows, quality }
}
