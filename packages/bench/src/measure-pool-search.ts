import { readFile } from 'node:fs/promises'
import { loadavg } from 'node:os'
import { loadTaxonomy, parsePosting } from '@shortlist/core'
import {
  createDatabase,
  currentRoleSql,
  type DatabaseHandle,
  efSearchFor,
  listPoolSkills,
  migrateToLatest,
  preselectDocuments,
  SEARCH_DOCUMENT_FACTOR,
  searchCandidates,
} from '@shortlist/db'
import { describeRequirement, findMatchingCandidates, meanDirection } from '@shortlist/engine'
import { createOfflineEmbedder } from '@shortlist/llm'
import { sql } from 'kysely'
import { type BenchResult, type BenchRow, timeRatio } from './bench-result'
import { createBulkPool } from './create-bulk-pool'
import { addAnalyzedJob, createBenchOrganisation, dropVectorIndexes, rebuildDocumentIndex } from './load-pool'
import { mean, percentile, recall, timeMs } from './measure'
import { createCorpus } from './synthetic-corpus'

export type PoolSearchOptions = {
  engine: 'postgres' | 'pglite'
  /** Resumes of the searched organisation; another organisation of a tenth of that shares the index. */
  size: number
  /** Real resumes per organisation the rest are replicated from (`createBulkPool`). */
  templates: number
  chunksPerResume: number
  /** Length of the random move of each replica's vectors (`createBulkPool`); larger spreads replicas apart. */
  noise: number
  /** Search queries (requirement texts of synthetic postings). */
  queries: number
  /** Jobs for `/matches`. */
  jobs: number
  repetitions: number
  /** Admin URL of the real Postgres; the bench creates its own database there and drops it after. */
  adminUrl: string
  log: (message: string) => void
}

const SEARCH_TOP = 10
const PRESELECT_TOP = 50
const MATCHES_TOP = 20

async function openDatabase(
  options: PoolSearchOptions,
): Promise<{ handle: DatabaseHandle; drop(): Promise<void> }> {
  if (options.engine === 'pglite') {
    const handle = await createDatabase({ dataDir: 'memory://' })
    return { handle, drop: async () => {} }
  }
  const name = `bench_pool_${process.pid}_${options.size}`
  const admin = await createDatabase({ databaseUrl: options.adminUrl })
  await sql`DROP DATABASE IF EXISTS ${sql.id(name)}`.execute(admin.db)
  await sql`CREATE DATABASE ${sql.id(name)}`.execute(admin.db)
  const url = new URL(options.adminUrl)
  url.pathname = `/${name}`
  const handle = await createDatabase({ databaseUrl: url.toString() })
  return {
    handle,
    async drop() {
      await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(admin.db)
      await admin.close()
    },
  }
}

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

/**
 * Pool search at one size on one engine, each figure beside the exact answer of the same run:
 * `/v1/candidates/search`'s query (two stages vs all chunks ranked), the `/matches` HNSW preselect (iterative
 * scan vs sequential scan) and `findMatchingCandidates` itself (HNSW preselect vs the same with an exact preselect).
 */
export async function measurePoolSearch(options: PoolSearchOptions): Promise<BenchResult> {
  const { log } = options
  const label = `${options.engine} ${options.size / 1000}k`
  const benchmark = `pool search (${label})`
  const loadBefore = loadavg()
  const taxonomy = loadTaxonomy()
  const embedder = createOfflineEmbedder()
  const corpus = createCorpus(taxonomy, 20261205)
  const { handle, drop } = await openDatabase(options)
  const { db } = handle
  try {
    await migrateToLatest(db)
    // Loading is faster without the vector indexes; only the document index is rebuilt, since no query reads the
    // chunk index any more (candidate search ranks chunks of preselected documents through the b-tree).
    await dropVectorIndexes(db)
    const mine = await createBenchOrganisation(db, 'mine')
    const theirs = await createBenchOrganisation(db, 'theirs')
    const fixtureOptions = {
      taxonomy,
      embedder,
      corpus,
      chunksPerResume: options.chunksPerResume,
      noise: options.noise,
      log,
    }
    const load = await timeMs(async () => {
      const own = await createBulkPool(db, mine, {
        ...fixtureOptions,
        size: options.size,
        templates: options.templates,
        corpusOffset: 0,
        seed: 1,
      })
      const other = await createBulkPool(db, theirs, {
        ...fixtureOptions,
        size: Math.ceil(options.size / 10),
        templates: Math.ceil(options.templates / 10),
        corpusOffset: 1_000_000,
        seed: 2,
      })
      return { own, other }
    })
    log(`  loaded ${JSON.stringify(load.value)} in ${(load.ms / 1000).toFixed(0)} s; building HNSW…`)
    const index = await timeMs(() => rebuildDocumentIndex(db))
    log(`  HNSW built in ${(index.ms / 1000).toFixed(0)} s`)
    const organizationId = mine.id

    const queries: number[][] = []
    for (let index = 0; queries.length < options.queries; index++) {
      const parsed = parsePosting(corpus.posting(index).text, taxonomy)
      const requirement = parsed.requirements[index % Math.max(1, parsed.requirements.length)]
      if (!requirement) continue
      const [vector] = await embedder.embed([describeRequirement(requirement, taxonomy)])
      if (vector) queries.push(vector)
    }
    const jobQueries: number[][] = []
    const jobIds: string[] = []
    for (let index = 0; index <= options.jobs; index++) {
      const job = await addAnalyzedJob(db, mine, corpus.posting(200 + index), { taxonomy, embedder })
      jobIds.push(job.jobId)
      const direction = meanDirection(job.requirementEmbeddings)
      if (direction) jobQueries.push(direction)
    }

    // Warm-up: planning caches, page faults and the taxonomy cache, for both paths.
    for (const vector of queries.slice(0, 2)) {
      await searchCandidates(db, organizationId, vector, SEARCH_TOP)
      await searchCandidates(db, organizationId, vector, SEARCH_TOP, { exact: true })
    }
    const [warmJob, ...measuredJobs] = jobIds as [string, ...string[]]
    await findMatchingCandidates({ db }, { organizationId, jobId: warmJob, limit: MATCHES_TOP })

    const rows: BenchRow[] = []
    const quality: Record<string, number> = {}
    const counter = () => ({ ms: 0, calls: 0 })
    const cpu = {
      search: counter(),
      searchExact: counter(),
      preselect: counter(),
      preselectExact: counter(),
      matches: counter(),
      matchesExact: counter(),
      other: counter(),
    }

    log(`  ${benchmark}: candidate search…`)
    // The default first stage, and a smaller one to show what it buys.
    const searchDocuments = [SEARCH_DOCUMENT_FACTOR * SEARCH_TOP, 200]
    const exactSearch: number[] = []
    const exactTop = new Map<number, string[]>()
    for (const [position, documents] of searchDocuments.entries()) {
      const indexed: number[] = []
      const recalls: number[] = []
      for (let repetition = 0; repetition < options.repetitions; repetition++) {
        for (const [queryIndex, vector] of queries.entries()) {
          const ann = await withCpu(handle, options.engine, position === 0 ? cpu.search : cpu.other, () =>
            searchCandidates(db, organizationId, vector, SEARCH_TOP, { documents }),
          )
          indexed.push(ann.ms)
          // The exact answer (seconds per query at 100k) is measured once per query, on the first setting only.
          if (position === 0 && repetition === 0) {
            const exact = await withCpu(handle, options.engine, cpu.searchExact, () =>
              searchCandidates(db, organizationId, vector, SEARCH_TOP, { exact: true }),
            )
            exactSearch.push(exact.ms)
            if (repetition === 0)
              exactTop.set(
                queryIndex,
                exact.value.map((hit) => hit.candidateId),
              )
          }
          if (repetition === 0)
            recalls.push(
              recall(
                exactTop.get(queryIndex) ?? [],
                ann.value.map((hit) => hit.candidateId),
              ),
            )
        }
      }
      const note = `two stages, ${documents} documents, vs every chunk ranked`
      rows.push(
        ...latencyRows(
          benchmark,
          `candidate search top-${SEARCH_TOP}, ${documents} docs`,
          indexed,
          exactSearch,
          note,
        ),
      )
      if (position === 0)
        rows.push(cpuRow(benchmark, `candidate search, ${documents} docs`, cpu.search, cpu.searchExact, note))
      quality[`search recall@${SEARCH_TOP} (${documents} docs)`] = mean(recalls)
      quality[`search min recall@${SEARCH_TOP} (${documents} docs)`] = Math.min(...recalls)
    }

    log(`  ${benchmark}: /matches preselect…`)
    // ef_search = limit was the setting before (recall@50 0.33 at 100k in issue 15); then today's default.
    for (const [position, efSearch] of [PRESELECT_TOP, efSearchFor(PRESELECT_TOP)].entries()) {
      const indexed: number[] = []
      const exact: number[] = []
      const recalls: number[] = []
      for (let repetition = 0; repetition < options.repetitions; repetition++) {
        for (const vector of jobQueries) {
          const ann = await withCpu(handle, options.engine, position === 1 ? cpu.preselect : cpu.other, () =>
            preselectDocuments(db, organizationId, vector, PRESELECT_TOP, { efSearch }),
          )
          const scan = await withCpu(handle, options.engine, cpu.preselectExact, () =>
            preselectDocuments(db, organizationId, vector, PRESELECT_TOP, { exact: true }),
          )
          indexed.push(ann.ms)
          exact.push(scan.ms)
          if (repetition === 0)
            recalls.push(
              recall(
                scan.value.map((hit) => hit.documentId),
                ann.value.map((hit) => hit.documentId),
              ),
            )
        }
      }
      rows.push(
        ...latencyRows(
          benchmark,
          `preselect top-${PRESELECT_TOP}, ef_search ${efSearch}`,
          indexed,
          exact,
          'iterative HNSW scan vs sequential scan',
        ),
      )
      if (position === 1)
        rows.push(
          cpuRow(
            benchmark,
            `preselect, ef_search ${efSearch}`,
            cpu.preselect,
            cpu.preselectExact,
            'vs sequential scan',
          ),
        )
      quality[`preselect recall@${PRESELECT_TOP} (ef_search ${efSearch})`] = mean(recalls)
      quality[`preselect min recall@${PRESELECT_TOP} (ef_search ${efSearch})`] = Math.min(...recalls)
    }

    log(`  ${benchmark}: /matches…`)
    const matches: number[] = []
    const matchesExact: number[] = []
    const matchRecalls: number[] = []
    for (let repetition = 0; repetition < options.repetitions; repetition++) {
      for (const jobId of measuredJobs) {
        const input = { organizationId, jobId, limit: MATCHES_TOP }
        const ann = await withCpu(handle, options.engine, cpu.matches, () =>
          findMatchingCandidates({ db }, input),
        )
        const exact = await withCpu(handle, options.engine, cpu.matchesExact, () =>
          findMatchingCandidates({ db }, { ...input, exactPreselect: true }),
        )
        matches.push(ann.ms)
        matchesExact.push(exact.ms)
        if (repetition === 0)
          matchRecalls.push(
            recall(
              exact.value.map((match) => match.documentId),
              ann.value.map((match) => match.documentId),
            ),
          )
      }
    }
    rows.push(
      ...latencyRows(
        benchmark,
        `findMatchingCandidates top-${MATCHES_TOP}`,
        matches,
        matchesExact,
        'HNSW preselect vs exact preselect, same scoring',
      ),
    )
    rows.push(
      cpuRow(benchmark, 'findMatchingCandidates', cpu.matches, cpu.matchesExact, 'vs exact preselect'),
    )
    quality[`matches recall@${MATCHES_TOP} vs exact preselect`] = mean(matchRecalls)

    // The one part of /matches that grows with the pool: the family inputs of every resume, read from the generated
    // columns, against the query that read them out of every profile (issue 15: 6.8 s at 100k).
    log(`  ${benchmark}: pool family read…`)
    const familyRead: number[] = []
    const familyReadBefore: number[] = []
    for (let repetition = 0; repetition < options.repetitions; repetition++) {
      familyRead.push((await timeMs(() => listPoolSkills(db, organizationId))).ms)
      familyReadBefore.push(
        (
          await timeMs(() =>
            sql`
              SELECT id, jsonb_path_query_array(profile, '$.skills[*].skillId') AS skill_ids,
                (${currentRoleSql}) ->> 'title' AS current_title
              FROM documents
              WHERE organization_id = ${organizationId} AND text IS NOT NULL AND profile IS NOT NULL
              ORDER BY id
            `.execute(db),
          )
        ).ms,
      )
    }
    rows.push(
      ...latencyRows(
        benchmark,
        'pool family read (every resume)',
        familyRead,
        familyReadBefore,
        'generated columns vs reading every profile',
      ),
    )

    const loadAfter = loadavg()
    return {
      name: benchmark,
      parameters: {
        engine: options.engine,
        pool: load.value.own.documents,
        chunks: load.value.own.chunks,
        templates: load.value.own.templates,
        chunksPerResume: options.chunksPerResume,
        noise: options.noise,
        otherTenantDocuments: load.value.other.documents,
        queries: queries.length,
        jobs: measuredJobs.length,
        repetitions: options.repetitions,
        loadSeconds: Math.round(load.ms / 1000),
        hnswBuildSeconds: Math.round(index.ms / 1000),
        loadAverageBefore: loadBefore.map((value) => value.toFixed(2)).join(' '),
        loadAverageAfter: loadAfter.map((value) => value.toFixed(2)).join(' '),
      },
      rows,
      quality,
    }
  } finally {
    await handle.close()
    await drop()
  }
}
