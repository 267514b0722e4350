import { resolve } from 'node:path'
export type BenchArguments = {
  quick: boolean
  only: string[] | null
  output: string
  /** A checkout of the code before a change, with its dependencies installed: the same-run baseline of server benches. */
  baselineTree: string | null
  /** A folder of real resumes (PDFs, searched recursively) for the upload and memory benches, e.g. ../shared/benchmark. */
  resumes: string | null
  /** `pool` runs as engine:size pairs, e.g. `postgres:10000,pglite:10000`; null for the defaults. */
  pool: Array<{ engine: 'postgres' | 'pglite'; size: number }> | null
  /** Keep the pool search fixtures (a database or folder per size) and reuse kept ones. */
  poolKeep: boolean
  /** Prefix of the kept pools' names (`<prefix>_v<version>_<size>`); null for `bench_pool`. */
  poolName: string | null
  /** The benchmark folder the pool's resumes are composed from; null for `../shared/benchmark` beside the repo. */
  poolData: string | null
  /** HNSW builds (m:ef_construction) the pool search compares; the first is the one every sweep runs on. */
  poolIndexes: Array<{ m: number; efConstruction: number }> | null
  /** Also measure a chunk-first search stage (a halfvec HNSW over chunks, built by the bench) and its insert cost. */
  poolChunkIndex: boolean
  /** Candidate search queries of the pool runs; null for the default (10 quick, 30 full). */
  poolQueries: number | null
  /** Build the chunk search index again before measuring (a kept pool otherwise keeps its build). */
  poolRebuildChunkIndex: boolean
  /** Measure the pool's candidate search only. */
  poolSearchOnly: boolean
  /** `e2e` runs as mode:workers pairs, e.g. `distributed:1,embedded:2`; null for the defaults. */
  endToEnd: Array<{ mode: 'embedded' | 'distributed'; workers: number }> | null
  /** Measured uploads per `e2e` configuration (the median is reported); null for the size's default. */
  endToEndRepetitions: number | null
}

/**
 * `--quick` for a short run, `--only a,b` to pick benchmarks, `--output <file>` for the JSON report,
 * `--baseline-tree <dir>` for the server benches' baseline code, `--resumes <dir>` for real PDFs in the upload and
 * memory benches, `--pool postgres:100000,pglite:10000` for the pool search runs, `--pool-keep` to keep and reuse
 * their fixtures (`--pool-name <prefix>` for a copy of one's own, `--pool-queries <n>` search queries,
 * `--pool-rebuild-chunk-index` for a fresh chunk index build, `--pool-search-only` for candidate search alone), `--pool-data <dir>` for the real resumes they are composed from, `--pool-index 16:64,24:128` for
 * the HNSW builds they compare, `--e2e distributed:1,embedded:1` for the end-to-end runs, `--e2e-repetitions 4` for more
 * measured uploads per run.
 */
export function parseArguments(argv: readonly string[]): BenchArguments {
  const result: BenchArguments = {
    quick: false,
    only: null,
    output: 'bench-report.json',
    baselineTree: null,
    resumes: null,
    pool: null,
    poolKeep: false,
    poolName: null,
    poolData: null,
    poolIndexes: null,
    poolChunkIndex: false,
    poolQueries: null,
    poolRebuildChunkIndex: false,
    poolSearchOnly: false,
    endToEnd: null,
    endToEndRepetitions: null,
  }
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]
    if (argument === '--') continue
    if (argument === '--quick') result.quick = true
    else if (argument === '--only') {
      const value = argv[++index]
      if (!value) throw new Error('--only needs a comma-separated list of benchmark names')
      result.only = value.split(',').map((name) => name.trim())
    } else if (argument === '--output') {
      const value = argv[++index]
      if (!value) throw new Error('--output needs a file name')
      result.output = value
    } else if (argument === '--baseline-tree') {
      const value = argv[++index]
      if (!value) throw new Error('--baseline-tree needs a folder')
      result.baselineTree = value
    } else if (argument === '--resumes') {
      const value = argv[++index]
      if (!value) throw new Error('--resumes needs a folder')
      result.resumes = resolve(value)
    } else if (argument === '--pool') {
      const value = argv[++index]
      if (!value) throw new Error('--pool needs engine:size pairs, e.g. postgres:10000,pglite:10000')
      result.pool = value.split(',').map((pair) => {
        const [engine, size] = pair.trim().split(':')
        const count = Number(size)
        if ((engine !== 'postgres' && engine !== 'pglite') || !Number.isInteger(count) || count < 1)
          throw new Error(`--pool: ${pair} is not engine:size (engine postgres or pglite)`)
        return { engine, size: count }
      })
    } else if (argument === '--pool-keep') result.poolKeep = true
    else if (argument === '--pool-name') {
      const value = argv[++index]
      if (!value || !/^[a-z][a-z0-9_]*$/.test(value))
        throw new Error('--pool-name needs a lower-case name prefix')
      result.poolName = value
    } else if (argument === '--pool-chunk-index') result.poolChunkIndex = true
    else if (argument === '--pool-rebuild-chunk-index') result.poolRebuildChunkIndex = true
    else if (argument === '--pool-search-only') result.poolSearchOnly = true
    else if (argument === '--pool-queries') {
      const count = Number(argv[++index])
      if (!Number.isInteger(count) || count < 1) throw new Error('--pool-queries needs a positive number')
      result.poolQueries = count
    } else if (argument === '--pool-data') {
      const value = argv[++index]
      if (!value) throw new Error('--pool-data needs the benchmark folder')
      result.poolData = value
    } else if (argument === '--pool-index') {
      const value = argv[++index]
      if (!value) throw new Error('--pool-index needs m:ef_construction pairs, e.g. 16:64,24:128')
      result.poolIndexes = value.split(',').map((pair) => {
        const [m, efConstruction] = pair.trim().split(':').map(Number)
        if (
          !Number.isInteger(m) ||
          !Number.isInteger(efConstruction) ||
          (m ?? 0) < 2 ||
          (efConstruction ?? 0) < 4
        )
          throw new Error(`--pool-index: ${pair} is not m:ef_construction`)
        return { m: m as number, efConstruction: efConstruction as number }
      })
    } else if (argument === '--e2e') {
      const value = argv[++index]
      if (!value) throw new Error('--e2e needs mode:workers pairs, e.g. distributed:1,embedded:1')
      result.endToEnd = value.split(',').map((pair) => {
        const [mode, workers] = pair.trim().split(':')
        const count = Number(workers)
        if ((mode !== 'embedded' && mode !== 'distributed') || !Number.isInteger(count) || count < 1)
          throw new Error(`--e2e: ${pair} is not mode:workers (mode embedded or distributed)`)
        return { mode, workers: count }
      })
    } else if (argument === '--e2e-repetitions') {
      const count = Number(argv[++index])
      if (!Number.isInteger(count) || count < 1)
        throw new Error('--e2e-repetitions needs a count of at least 1')
      result.endToEndRepetitions = count
    } else throw new Error(`unknown argument ${argument}`)
  }
  return result
}
