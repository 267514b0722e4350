import { readFile } from 'node:fs/promises'
import { loadavg } from 'node:os'
import { loadTaxonomy, parsePosting } from '@shortlist/core'
import {
  type DatabaseHandle,
  findJob,
  listRequirementEmbeddings,
  preselectDocuments,
  preselectPoolDocuments,
  searchCandidates,
  searchChunksFor,
  toVectorLiteral,
  withVectorSearch,
} from '@shortlist/db'
import {
  describeRequirement,
  findMatchingCandidates,
  loadOrganizationTaxonomy,
  meanDirection,
  measureJobFamilyFit,
  preselectFor,
  readFamilyCandidates,
} from '@shortlist/engine'
import { createOfflineEmbedder } from '@shortlist/llm'
import { sql } from 'kysely'
import { type BenchResult, type BenchRow, timeRatio } from './bench-result'
import {
  buildChunkIndexDesign,
  CHUNK_INDEX_DESIGNS,
  DEFAULT_INDEX,
  ensureDocumentIndex,
  fillChunkSearchIndex,
  measureChunkInsertCost,
  rebuildDocumentIndex,
} from './load-pool'
import { mean, percentile, recall, timeMs } from './measure'
import { openSearchPool } from './open-search-pool'
import { createCorpus } from './synthetic-corpus'

export type PoolSearchOptions = {
  engine: 'postgres' | 'pglite'
  /** Resumes of the searched organisation; another organisation of a tenth of that shares the index. */
  size: number
  chunksPerResume: number
  /** Search queries (requirement texts of synthetic postings). */
  queries: number
  /** Jobs for `/matches`. */
  jobs: number
  repetitions: number
  /** Admin URL of the real Postgres; the bench creates its own database there. */
  adminUrl: string
  /** The benchmark folder whose real resumes the pool is composed from (`compose-real-resumes.ts`). */
  dataDirectory: string
  /** Keep the pool for the next run and reuse a kept one (`open-search-pool.ts`). */
  keep: boolean
  /** Prefix of the kept pool's name (`open-search-pool.ts`); `bench_pool` when absent. */
  namePrefix?: string
  /** HNSW builds to compare (m, ef_construction); the first is the one the other sweeps run on. */
  indexes: Array<{ m: number; efConstruction: number }>
  /** /matches preselect sizes compared with the default and the earlier 200. */
  matchesPreselects: number[]
  /**
   * Also compare other chunk index designs (`CHUNK_INDEX_DESIGNS`: halfvec with m = 8, binary quantisation) with
   * the migration's, by recall, latency and insert cost; each is built in turn in place of the migration's.
   */
  chunkIndex: boolean
  /** Build the chunk search index again before measuring: recall of a graph index moves between builds. */
  rebuildChunkIndex?: boolean
  /** Measure candidate search only (not the /matches preselects and family fits). */
  searchOnly?: boolean
  log: (message: string) => void
}

const SEARCH_TOP = 10
/**
 * ann-benchmarks' k-nn recall: a returned candidate counts when its distance is at most the exact k-th distance plus
 * this (their default epsilon), so a candidate tied with the exact tenth counts whichever of the tied ones it is.
 */
const ANN_BENCHMARKS_EPSILON = 1e-3
/** Queries with at most this many non-zero components are reported apart: one or two words, the hard case. */
const SHORT_QUERY_COMPONENTS = 11
const PRESELECT_TOP = 50
const MATCHES_TOP = 20
/** ef_search values the /matches preselect (top-50) is measured at. */
const PRESELECT_EF_SEARCH = [50, 100, 200, 400, 1000]
/** The /matches preselect per source before this sweep (max(200, 5 × limit) at limit 20). */
const EARLIER_PRESELECT = 200

function latencyRows(
  benchmark: string,
  label: string,
  indexed: number[],
  exact: number[],
  note: string,
): BenchRow[] {
  return [0.5, 0.95].map((share) => {
    const value = percentile(indexed, share)
    const baseline = percentile(exact, share)
    return {
      benchmark,
      metric: `p${share * 100} latency, ${label}`,
      value,
      baseline,
      unit: 'ms',
      ratio: timeRatio(value, baseline),
      note,
    }
  })
}

/**
 * CPU milliseconds used so far by this database's server processes (Linux /proc; 0 where unreadable). On a machine
 * shared with other work, wall time mostly measures the run queue; CPU time per call does not. Parallel workers
 * come and go within one query and are missed (the exact baselines' sequential scans run in parallel): their CPU
 * figures are not comparable, only the index paths' are.
 */
async function serverCpuMs(handle: DatabaseHandle, engine: PoolSearchOptions['engine']): Promise<number> {
  if (engine === 'pglite') return 0
  const backends = await sql<{ pid: number }>`
    SELECT pid FROM pg_stat_activity WHERE datname = current_database()
  `.execute(handle.db)
  let ticks = 0
  for (const { pid } of backends.rows) {
    try {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
      // Fields after the parenthesised command: state is the first, utime the 12th, stime the 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      ticks += Number(fields[11]) + Number(fields[12])
    } catch {
      // Another host, or a backend that has exited: nothing to add.
    }
  }
  return ticks * 10 // USER_HZ is 100 on Linux
}

/** Runs `work` and adds its CPU time (this process, plus the database server's) to `total`. */
async function withCpu<T>(
  handle: DatabaseHandle,
  engine: PoolSearchOptions['engine'],
  total: { ms: number; calls: number },
  work: () => Promise<T>,
): Promise<{ ms: number; value: T }> {
  const serverBefore = await serverCpuMs(handle, engine)
  const before = process.cpuUsage()
  const result = await timeMs(work)
  const used = process.cpuUsage(before)
  total.ms += (used.user + used.system) / 1000 + (await serverCpuMs(handle, engine)) - serverBefore
  total.calls++
  return result
}

function cpuRow(
  benchmark: string,
  label: string,
  value: { ms: number; calls: number },
  baseline: { ms: number; calls: number },
  note: string,
): BenchRow {
  const perCall = value.ms / Math.max(1, value.calls)
  const basePerCall = baseline.ms / Math.max(1, baseline.calls)
  return {
    benchmark,
    metric: `CPU per call (node + postgres), ${label}`,
    value: perCall,
    baseline: basePerCall,
    unit: 'ms',
    ratio: timeRatio(perCall, basePerCall),
    note,
  }
}

type Counter = { ms: number; calls: number }

/**
 * Pool search at one size on one engine, each figure beside the exact answer of the same run:
 * `/v1/candidates/search`'s query (two stages vs all chunks ranked) over a sweep of the first stage's size, the
 * `/matches` HNSW preselect over a sweep of ef_search (iterative scan vs sequential scan) for each HNSW build asked
 * for, and `findMatchingCandidates` over a sweep of its preselect size (against the earlier default of 200, with the
 * exact preselect for recall).
 */
export async function measurePoolSearch(options: PoolSearchOptions): Promise<BenchResult> {
  const { log } = options
  const label = `${options.engine} ${options.size / 1000}k`
  const benchmark = `pool search (${label})`
  const loadBefore = loadavg()
  const taxonomy = loadTaxonomy()
  // Every embedding on the embedder's thread, so that building a pool parses and embeds at once.
  const embedder = createOfflineEmbedder({ threadMinChars: 0 })
  const corpus = createCorpus(taxonomy, 20261205)
  const pool = await openSearchPool({
    engine: options.engine,
    size: options.size,
    chunksPerResume: options.chunksPerResume,
    jobs: options.jobs,
    dataDirectory: options.dataDirectory,
    adminUrl: options.adminUrl,
    keep: options.keep,
    namePrefix: options.namePrefix,
    taxonomy,
    embedder,
    corpus,
    log,
  })
  const { handle } = pool
  const { db } = handle
  try {
    const organizationId = pool.mine.id
    const queries: number[][] = []
    for (let index = 0; queries.length < options.queries; index++) {
      const parsed = parsePosting(corpus.posting(index).text, taxonomy)
      const requirement = parsed.requirements[index % Math.max(1, parsed.requirements.length)]
      if (!requirement) continue
      const [vector] = await embedder.embed([describeRequirement(requirement, taxonomy)])
      if (vector) queries.push(vector)
    }
    const jobQueries: number[][] = []
    for (const jobId of pool.jobIds) {
      const direction = meanDirection(await listRequirementEmbeddings(db, organizationId, jobId))
      if (direction) jobQueries.push(direction)
    }
    let chunkIndexBuild = 'kept'
    if (options.rebuildChunkIndex) {
      log(`  ${benchmark}: building the chunk search index again…`)
      await sql`DROP INDEX IF EXISTS resume_chunks_search_embedding_hnsw`.execute(db)
      const builtMs = await fillChunkSearchIndex(db)
      chunkIndexBuild = `rebuilt in ${((builtMs ?? 0) / 1000).toFixed(0)} s`
    }
    const shortQuery = queries.map(
      (vector) => vector.filter((value) => value !== 0).length <= SHORT_QUERY_COMPONENTS,
    )
    const [firstIndex = DEFAULT_INDEX, ...otherIndexes] = options.indexes
    const firstBuild = await ensureDocumentIndex(db, firstIndex)
    log(`  index m=${firstIndex.m} ef_construction=${firstIndex.efConstruction}: ${firstBuild}`)

    // Warm-up: planning caches, page faults and the taxonomy cache, for both paths.
    for (const vector of queries.slice(0, 2)) {
      await searchCandidates(db, organizationId, vector, SEARCH_TOP)
      await searchCandidates(db, organizationId, vector, SEARCH_TOP, { exact: true })
    }
    const [warmJob, ...kept] = pool.jobIds as [string, ...string[]]
    // A kept pool may hold more jobs than this run measures.
    const measuredJobs = kept.slice(0, options.jobs)
    await findMatchingCandidates({ db }, { organizationId, jobId: warmJob, limit: MATCHES_TOP })
    // A pool kept from before `pool_families` got its family profiles in that first search, one rewrite of every
    // row; autovacuum would clean and analyse the table in time (and the postings a migration just filled). Measure
    // that steady state.
    await sql`VACUUM ANALYZE pool_documents, pool_families, resume_chunk_postings`.execute(db)

    const rows: BenchRow[] = []
    const quality: Record<string, number> = {}
    const counter = (): Counter => ({ ms: 0, calls: 0 })
    const cpu = {
      search: counter(),
      searchGraphOnly: counter(),
      searchExact: counter(),
      preselectExact: counter(),
    }

    // The exact answers, once per query (seconds per query at 100k); every sweep below is measured against them.
    log(`  ${benchmark}: exact answers…`)
    const exactSearch: number[] = []
    const exactSearchTop: string[][] = []
    const exactSearchFloor: number[] = []
    for (const vector of queries) {
      const exact = await withCpu(handle, options.engine, cpu.searchExact, () =>
        searchCandidates(db, organizationId, vector, SEARCH_TOP, { exact: true }),
      )
      exactSearch.push(exact.ms)
      exactSearchTop.push(exact.value.map((hit) => hit.candidateId))
      exactSearchFloor.push(exact.value.at(-1)?.similarity ?? 1)
    }
    // Composed resumes share sections, so many candidates can tie on one best chunk: the exact answer then picks
    // by application id among equals. Counting ties, a hit as near as the exact tenth is as good as any of them.
    const recallCountingTies = (queryIndex: number, hits: Array<{ similarity: number }>, epsilon = 1e-6) => {
      const wanted = exactSearchTop[queryIndex]?.length ?? 0
      if (wanted === 0) return 1
      const floor = (exactSearchFloor[queryIndex] ?? 1) - epsilon
      return Math.min(wanted, hits.slice(0, wanted).filter((hit) => hit.similarity >= floor).length) / wanted
    }
    const exactPreselect: number[] = []
    const exactPreselectTop: string[][] = []
    for (const vector of jobQueries) {
      const exact = await withCpu(handle, options.engine, cpu.preselectExact, () =>
        preselectDocuments(db, organizationId, vector, PRESELECT_TOP, { exact: true }),
      )
      exactPreselect.push(exact.ms)
      exactPreselectTop.push(exact.value.map((hit) => hit.documentId))
    }

    type SearchStage = ({ chunks: number } | { documents: number }) & {
      efSearch?: number
      postingChunks?: number
    }
    const describeStage = (stage: SearchStage) =>
      ('chunks' in stage ? `${stage.chunks} chunks` : `${stage.documents} docs (document stage)`) +
      (stage.efSearch === undefined ? '' : `, ef_search ${stage.efSearch}`) +
      (stage.postingChunks === undefined
        ? ''
        : stage.postingChunks === 0
          ? ', no postings (HNSW only)'
          : `, postings ${stage.postingChunks}`)
    const measureSearch = async (
      stage: SearchStage,
      tag: string,
      counted: Counter | null,
      search: (vector: number[]) => ReturnType<typeof searchCandidates> = (vector) =>
        searchCandidates(db, organizationId, vector, SEARCH_TOP, stage),
    ) => {
      const indexed: number[] = []
      const recalls: number[] = []
      const tiedRecalls: number[] = []
      const annRecalls: number[] = []
      for (let repetition = 0; repetition < options.repetitions; repetition++) {
        for (const [queryIndex, vector] of queries.entries()) {
          const ann = await withCpu(handle, options.engine, counted ?? counter(), () => search(vector))
          indexed.push(ann.ms)
          if (repetition === 0) {
            recalls.push(
              recall(
                exactSearchTop[queryIndex] ?? [],
                ann.value.map((hit) => hit.candidateId),
              ),
            )
            tiedRecalls.push(recallCountingTies(queryIndex, ann.value))
            annRecalls.push(recallCountingTies(queryIndex, ann.value, ANN_BENCHMARKS_EPSILON))
          }
        }
      }
      const setting = `${describeStage(stage)}${tag}`
      const note =
        'chunks' in stage
          ? 'chunk HNSW stage, then exact over its documents, vs every chunk ranked'
          : 'document HNSW stage, then exact over its documents, vs every chunk ranked'
      rows.push(
        ...latencyRows(
          benchmark,
          `candidate search top-${SEARCH_TOP}, ${setting}`,
          indexed,
          exactSearch,
          note,
        ),
      )
      quality[`search recall@${SEARCH_TOP} (${setting})`] = mean(recalls)
      quality[`search min recall@${SEARCH_TOP} (${setting})`] = Math.min(...recalls)
      quality[`search recall@${SEARCH_TOP} counting ties (${setting})`] = mean(tiedRecalls)
      quality[`search recall@${SEARCH_TOP} ann-benchmarks (${setting})`] = mean(annRecalls)
      quality[`search min recall@${SEARCH_TOP} ann-benchmarks (${setting})`] = Math.min(...annRecalls)
      const short = (values: number[]) => values.filter((_, queryIndex) => shortQuery[queryIndex])
      if (short(recalls).length > 0) {
        quality[`search recall@${SEARCH_TOP} short queries (${setting})`] = mean(short(recalls))
        quality[`search recall@${SEARCH_TOP} ann-benchmarks short queries (${setting})`] = mean(
          short(annRecalls),
        )
      }
    }

    const measurePreselect = async (tag: string) => {
      for (const efSearch of PRESELECT_EF_SEARCH) {
        const indexed: number[] = []
        const recalls: number[] = []
        for (let repetition = 0; repetition < options.repetitions; repetition++) {
          for (const [queryIndex, vector] of jobQueries.entries()) {
            const ann = await timeMs(() =>
              preselectDocuments(db, organizationId, vector, PRESELECT_TOP, { efSearch }),
            )
            indexed.push(ann.ms)
            if (repetition === 0)
              recalls.push(
                recall(
                  exactPreselectTop[queryIndex] ?? [],
                  ann.value.map((hit) => hit.documentId),
                ),
              )
          }
        }
        const setting = `HNSW ef_search ${efSearch}${tag}`
        rows.push(
          ...latencyRows(
            benchmark,
            `preselect top-${PRESELECT_TOP}, ${setting}`,
            indexed,
            exactPreselect,
            'iterative HNSW scan vs sequential scan',
          ),
        )
        quality[`preselect recall@${PRESELECT_TOP} (${setting})`] = mean(recalls)
        quality[`preselect min recall@${PRESELECT_TOP} (${setting})`] = Math.min(...recalls)
      }
    }

    log(`  ${benchmark}: candidate search…`)
    const defaultChunks = searchChunksFor(SEARCH_TOP)
    // The postings channel: left out (HNSW alone, the design before it) and at other sizes.
    for (const postingChunks of [0, 100, 400])
      await measureSearch(
        { chunks: defaultChunks, postingChunks },
        '',
        postingChunks === 0 ? cpu.searchGraphOnly : null,
      )
    for (const chunks of [...new Set([defaultChunks, 200, 400])])
      await measureSearch(
        { chunks },
        chunks === defaultChunks ? ' (default)' : '',
        chunks === defaultChunks ? cpu.search : null,
      )
    // The chunk stage with the graph's candidate list as short as the stage, as first tried, and at the ceiling.
    for (const efSearch of [defaultChunks, 1000])
      await measureSearch({ chunks: defaultChunks, efSearch }, '', null)
    // The document-first stage this search had before, at its default size then.
    await measureSearch({ documents: 400 }, '', null)
    rows.push(
      cpuRow(
        benchmark,
        `candidate search, ${defaultChunks} chunks`,
        cpu.search,
        cpu.searchExact,
        'vs every chunk ranked',
      ),
      cpuRow(
        benchmark,
        `candidate search, ${defaultChunks} chunks with postings`,
        cpu.search,
        cpu.searchGraphOnly,
        'vs the HNSW stage alone (no postings)',
      ),
    )
    const plan = await withVectorSearch(db, defaultChunks, {}, (trx) =>
      sql<{ 'QUERY PLAN': string }>`
        EXPLAIN SELECT document_id FROM resume_chunks WHERE organization_id = ${organizationId}
        ORDER BY search_embedding <=> ${toVectorLiteral(queries[0] ?? [])}::halfvec(256) LIMIT ${defaultChunks}
      `.execute(trx),
    )
    const searchPlan =
      plan.rows.map((row) => row['QUERY PLAN'].trim()).find((line) => line.includes('Scan')) ?? ''
    const insertCost = await measureChunkInsertCost(db, 2_000)
    rows.push({
      benchmark,
      metric: 'insert cost per chunk, chunk search index (halfvec m=16)',
      value: insertCost.withIndexMs,
      baseline: insertCost.withoutIndexMs,
      unit: 'ms',
      ratio: timeRatio(insertCost.withIndexMs, insertCost.withoutIndexMs),
      note: 'wall time, batches of 50 into a 20k-row copy, with the index vs without',
    })
    if (insertCost.withIndexCpuMs !== null && insertCost.withoutIndexCpuMs !== null) {
      quality['insert database CPU ms per chunk, halfvec m=16'] = insertCost.withIndexCpuMs
      quality['insert database CPU ms per chunk, no vector index'] = insertCost.withoutIndexCpuMs
    }

    // `--pool-search-only`: candidate search alone, for runs that compare its recall across index builds.
    if (!options.searchOnly) {
      log(`  ${benchmark}: /matches preselect…`)
      {
        // The preselect /matches runs: an exact scan of the half-precision copies in `pool_documents`, re-ranked.
        const scanned: number[] = []
        const recalls: number[] = []
        for (let repetition = 0; repetition < options.repetitions; repetition++) {
          for (const [queryIndex, vector] of jobQueries.entries()) {
            const scan = await timeMs(() => preselectPoolDocuments(db, organizationId, vector, PRESELECT_TOP))
            scanned.push(scan.ms)
            if (repetition === 0)
              recalls.push(
                recall(
                  exactPreselectTop[queryIndex] ?? [],
                  scan.value.map((hit) => hit.documentId),
                ),
              )
          }
        }
        const setting = 'pool_documents halfvec scan + re-rank (default)'
        rows.push(
          ...latencyRows(
            benchmark,
            `preselect top-${PRESELECT_TOP}, ${setting}`,
            scanned,
            exactPreselect,
            'narrow half-precision scan vs sequential scan of documents',
          ),
        )
        quality[`preselect recall@${PRESELECT_TOP} (${setting})`] = mean(recalls)
        quality[`preselect min recall@${PRESELECT_TOP} (${setting})`] = Math.min(...recalls)
      }
      await measurePreselect('')

      log(`  ${benchmark}: /matches…`)
      // The baseline is the earlier default preselect of 200 per source: its time with the HNSW preselect, its
      // answer with the exact one.
      const before = { latency: [] as number[], cpu: counter() }
      const reference = new Map<string, string[]>()
      for (const jobId of measuredJobs) {
        const exact = await findMatchingCandidates(
          { db },
          { organizationId, jobId, limit: MATCHES_TOP, preselect: EARLIER_PRESELECT, exactPreselect: true },
        )
        reference.set(
          jobId,
          exact.map((match) => match.documentId),
        )
      }
      const preselects = [
        ...new Set([preselectFor(MATCHES_TOP), ...options.matchesPreselects, EARLIER_PRESELECT]),
      ]
      for (const preselect of preselects) {
        const latency: number[] = []
        const recalls: number[] = []
        const used = preselect === EARLIER_PRESELECT ? before.cpu : counter()
        for (let repetition = 0; repetition < options.repetitions; repetition++) {
          for (const jobId of measuredJobs) {
            const ann = await withCpu(handle, options.engine, used, () =>
              findMatchingCandidates({ db }, { organizationId, jobId, limit: MATCHES_TOP, preselect }),
            )
            latency.push(ann.ms)
            if (repetition === 0)
              recalls.push(
                recall(
                  reference.get(jobId) ?? [],
                  ann.value.map((match) => match.documentId),
                ),
              )
          }
        }
        if (preselect === EARLIER_PRESELECT) before.latency = latency
        const tag = preselect === preselectFor(MATCHES_TOP) ? ' (default)' : ''
        quality[
          `matches recall@${MATCHES_TOP}, preselect ${preselect}${tag}, vs ${EARLIER_PRESELECT} exact`
        ] = mean(recalls)
        quality[`matches min recall@${MATCHES_TOP}, preselect ${preselect}${tag}`] = Math.min(...recalls)
        if (preselect !== EARLIER_PRESELECT) {
          rows.push(
            ...latencyRows(
              benchmark,
              `findMatchingCandidates top-${MATCHES_TOP}, preselect ${preselect}${tag}`,
              latency,
              before.latency.length > 0 ? before.latency : latency,
              `vs preselect ${EARLIER_PRESELECT} (the earlier default)`,
            ),
          )
          ;(rows.at(-1) as BenchRow).note +=
            `; ${(used.ms / Math.max(1, used.calls)).toFixed(0)} ms CPU per call`
        }
      }
      // The earlier default ran last: fill in the baselines of the rows above.
      for (const row of rows)
        if (row.metric.startsWith('p') && row.metric.includes('findMatchingCandidates')) {
          const share = row.metric.startsWith('p50') ? 0.5 : 0.95
          row.baseline = percentile(before.latency, share)
          row.ratio = timeRatio(row.value, row.baseline)
        }
      quality[`matches CPU ms per call, preselect ${EARLIER_PRESELECT}`] =
        before.cpu.ms / Math.max(1, before.cpu.calls)

      // The family side of /matches: the best family fits read from the stored profiles (`pool_documents`), against
      // what it replaced, every resume's skills and title read and its family fit computed in JavaScript.
      log(`  ${benchmark}: pool family preselect…`)
      const familyRead: number[] = []
      const familyReadBefore: number[] = []
      const taxonomyOfPool = await loadOrganizationTaxonomy(db, organizationId)
      for (let repetition = 0; repetition < options.repetitions; repetition++) {
        for (const jobId of measuredJobs) {
          const job = await findJob(db, organizationId, jobId)
          if (!job) continue
          familyRead.push(
            (
              await timeMs(() =>
                readFamilyCandidates(db, {
                  organizationId,
                  job,
                  taxonomy: taxonomyOfPool,
                  size: preselectFor(MATCHES_TOP),
                }),
              )
            ).ms,
          )
          familyReadBefore.push(
            (await timeMs(() => measureJobFamilyFit({ db }, { organizationId, jobId }))).ms,
          )
        }
      }
      rows.push(
        ...latencyRows(
          benchmark,
          'pool family preselect',
          familyRead,
          familyReadBefore,
          'stored family profiles, one scan, vs every resume read and measured',
        ),
      )
    }

    const chunkStage: string[] = []
    if (options.chunkIndex) {
      // Each alternative on an expression of `embedding`, beside the migration's index on `search_embedding`.
      for (const [name, design] of Object.entries(CHUNK_INDEX_DESIGNS)) {
        if (name.includes('(migration)')) continue
        log(`  ${benchmark}: chunk index ${name}…`)
        const builtMs = await buildChunkIndexDesign(db, design.index)
        chunkStage.push(`${name} built in ${(builtMs / 1000).toFixed(0)} s`)
        for (const chunks of [100, 400]) {
          await measureSearch({ chunks }, `, ${name}`, null, async (vector) => {
            const literal = toVectorLiteral(vector)
            const nearest = await withVectorSearch(db, chunks, {}, (trx) =>
              sql<{ document_id: string }>`
                SELECT document_id FROM resume_chunks WHERE organization_id = ${organizationId}
                ORDER BY ${sql.raw(design.order(literal))} LIMIT ${chunks}
              `.execute(trx),
            )
            const documentIds = [...new Set(nearest.rows.map((row) => row.document_id))]
            return searchCandidates(db, organizationId, vector, SEARCH_TOP, { documentIds })
          })
        }
        await sql`DROP INDEX IF EXISTS bench_chunk_design`.execute(db)
        const cost = await measureChunkInsertCost(db, 2_000, design.index)
        rows.push({
          benchmark,
          metric: `insert cost per chunk, ${name}`,
          value: cost.withIndexMs,
          baseline: cost.withoutIndexMs,
          unit: 'ms',
          ratio: timeRatio(cost.withIndexMs, cost.withoutIndexMs),
          note: 'wall time, batches of 50 into a 20k-row copy, with the index vs without',
        })
        if (cost.withIndexCpuMs !== null)
          quality[`insert database CPU ms per chunk, ${name}`] = cost.withIndexCpuMs
      }
    }

    // Other HNSW builds: the default search and the preselect sweep again on each.
    const builds: string[] = [`m=${firstIndex.m},ef_construction=${firstIndex.efConstruction}: ${firstBuild}`]
    for (const index of otherIndexes) {
      const tag = `, m=${index.m} ef_construction=${index.efConstruction}`
      log(`  ${benchmark}: rebuilding the index${tag}…`)
      const built = await timeMs(() => rebuildDocumentIndex(db, index))
      builds.push(
        `m=${index.m},ef_construction=${index.efConstruction}: built in ${(built.ms / 1000).toFixed(0)} s`,
      )
      await measureSearch({ documents: 400 }, tag, null)
      await measurePreselect(tag)
    }
    if (otherIndexes.length > 0) await rebuildDocumentIndex(db, firstIndex)

    const loadAfter = loadavg()
    return {
      name: benchmark,
      parameters: {
        engine: options.engine,
        pool: pool.build.documents,
        chunks: pool.build.chunks,
        fixture: 'resumes composed from the real benchmark resumes',
        chunksPerResume: options.chunksPerResume,
        otherTenantDocuments: pool.build.otherDocuments,
        queries: queries.length,
        shortQueries: shortQuery.filter(Boolean).length,
        chunkIndexBuild,
        jobs: measuredJobs.length,
        repetitions: options.repetitions,
        poolReused: pool.build.reused ? 'yes' : 'no',
        loadSeconds: pool.build.loadSeconds,
        indexes: [...builds, ...chunkStage].join('; '),
        chunkSearchPlan: searchPlan,
        loadAverageBefore: loadBefore.map((value) => value.toFixed(2)).join(' '),
        loadAverageAfter: loadAfter.map((value) => value.toFixed(2)).join(' '),
      },
      rows,
      quality,
    }
  } finally {
    await pool.close()
  }
}
