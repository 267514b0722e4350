import { loadTaxonomy, parsePosting, type Taxonomy } from '@shortlist/core'
import { createDatabase, type DatabaseHandle, migrateToLatest } from '@shortlist/db'
import { describeRequirement, meanDirection } from '@shortlist/engine'
import { createOfflineEmbedder, type Embedder } from '@shortlist/llm'
import {
  createBenchOrganisation,
  dropVectorIndexes,
  loadPool,
  type Organisation,
  rebuildDocumentIndex,
} from './load-pool'
import { timeMs } from './measure'
import { type Corpus, createCorpus } from './synthetic-corpus'

export type PoolFixture = {
  handle: DatabaseHandle
  taxonomy: Taxonomy
  embedder: Embedder
  corpus: Corpus
  /** Documents with their vector only: the pool searched by the retrieval benchmark. */
  retrieval: { organisation: Organisation; size: number }
  /** Fully analysed documents (profile, chunks, candidates): the pool ranked by the re-rank benchmark. */
  ranking: { organisation: Organisation; size: number }
  setup: { loadMs: number; indexMs: number }
  /** A posting's query vector, built the way `findMatchingCandidates` builds it. */
  queryVector(postingIndex: number): Promise<number[]>
}

/**
 * One in-memory PGlite holding two organisations, so the HNSW index is shared between tenants as in production
 * and every query has to filter by organisation.
 */
export async function createPoolFixture(sizes: { retrieval: number; ranking: number }): Promise<PoolFixture> {
  const taxonomy = loadTaxonomy()
  const embedder = createOfflineEmbedder()
  const corpus = createCorpus(taxonomy, 20261121)
  const handle = await createDatabase({ dataDir: 'memory://' })
  await migrateToLatest(handle.db)
  await dropVectorIndexes(handle.db)
  const retrieval = await createBenchOrganisation(handle.db, 'retrieval')
  const ranking = await createBenchOrganisation(handle.db, 'ranking')
  const load = await timeMs(async () => {
    const retrievalTexts = Array.from({ length: sizes.retrieval }, (_, index) => corpus.resume(index).text)
    await loadPool(handle.db, retrieval, retrievalTexts, { taxonomy, embedder, documentOnly: true })
    // Offset so the ranking pool holds different people from the retrieval pool.
    const rankingTexts = Array.from(
      { length: sizes.ranking },
      (_, index) => corpus.resume(1_000_000 + index).text,
    )
    await loadPool(handle.db, ranking, rankingTexts, { taxonomy, embedder })
  })
  const index = await timeMs(() => rebuildDocumentIndex(handle.db))
  return {
    handle,
    taxonomy,
    embedder,
    corpus,
    retrieval: { organisation: retrieval, size: sizes.retrieval },
    ranking: { organisation: ranking, size: sizes.ranking },
    setup: { loadMs: load.ms, indexMs: index.ms },
    async queryVector(postingIndex) {
      const parsed = parsePosting(corpus.posting(postingIndex).text, taxonomy)
      const embeddings = await embedder.embed(
        parsed.requirements.map((requirement) => describeRequirement(requirement, taxonomy)),
      )
      const vector = meanDirection(embeddings)
      if (!vector) throw new Error(`posting ${postingIndex} has no embedded requirements`)
      return vector
    },
  }
}
