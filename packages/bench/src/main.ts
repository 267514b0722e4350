import { writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BenchResult } from './bench-result'
import { createPoolFixture } from './create-pool-fixture'
import { formatReport } from './format-report'
import { DEFAULT_INDEX } from './load-pool'
import { timeMs } from './measure'
import { measureBlindMasking } from './measure-blind-masking'
import { measureEmbeddedMemory } from './measure-embedded-memory'
import { measureEndToEnd } from './measure-end-to-end'
import { measureHostileUploads } from './measure-hostile-uploads'
import { measureIngestThroughput } from './measure-ingest-throughput'
import { measureParseComplexity } from './measure-parse-complexity'
import { measurePoolKit } from './measure-pool-kit'
import { measurePoolRetrieval } from './measure-pool-retrieval'
import { measurePoolSearch } from './measure-pool-search'
import { measurePostingParse } from './measure-posting-parse'
import { measurePreselectRerank } from './measure-preselect-rerank'
import { measureScoring } from './measure-scoring'
import { measureShortlistThroughput } from './measure-shortlist-throughput'
import { measureSkillMatching } from './measure-skill-matching'
import { measureUploadBatches } from './measure-upload-batches'
import { measureUploadLatency } from './measure-upload-latency'
import { parseArguments } from './parse-arguments'

/** The repository's root: `../shared/benchmark` beside it holds the real resumes the pool search composes from. */
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

const NAMES = [
  'retrieval',
  'rerank',
  'skills',
  'scoring',
  'upload',
  'ingest',
  'complexity',
  'postings',
  'hostile',
  'kitpool',
  'blind',
  'batches',
  'memory',
  'shortlist',
  'pool',
  'e2e',
] as const

const FULL = {
  retrievalPool: 5_000,
  rankingPool: 2_000,
  queries: 20,
  retrievalRepetitions: 3,
  rerankJobs: 10,
  rerankExtraPreselects: [500],
  skillResumes: 100,
  skillRepetitions: 3,
  scoringResumes: 100,
  scoringPostings: 10,
  scoringRepetitions: 3,
  ingestDocuments: 60,
  ingestRepetitions: 2,
  kitPoolApplicants: 2_000,
  kitPoolRepetitions: 9,
  shortlistApplications: 1_000,
  shortlistLarge: 10_000,
  shortlistSeconds: 10,
  pool: [
    { engine: 'postgres', size: 10_000 },
    { engine: 'pglite', size: 10_000 },
    { engine: 'postgres', size: 100_000 },
  ] as Array<{ engine: 'postgres' | 'pglite'; size: number }>,
  poolChunksPerResume: 12,
  poolMatchesPreselects: [40, 60, 100],
  poolQueries: 30,
  poolJobs: 5,
  poolRepetitions: 3,
  endToEndResumes: 40,
  endToEndRepetitions: 2,
}
const QUICK: typeof FULL = {
  retrievalPool: 1_000,
  rankingPool: 400,
  queries: 20,
  retrievalRepetitions: 2,
  rerankJobs: 3,
  rerankExtraPreselects: [],
  skillResumes: 30,
  skillRepetitions: 3,
  scoringResumes: 30,
  scoringPostings: 5,
  scoringRepetitions: 3,
  ingestDocuments: 20,
  ingestRepetitions: 1,
  kitPoolApplicants: 300,
  kitPoolRepetitions: 3,
  shortlistApplications: 1_000,
  shortlistLarge: 10_000,
  shortlistSeconds: 4,
  pool: [
    { engine: 'postgres', size: 2_000 },
    { engine: 'pglite', size: 2_000 },
  ],
  poolChunksPerResume: 12,
  poolMatchesPreselects: [],
  poolQueries: 10,
  poolJobs: 3,
  poolRepetitions: 2,
  endToEndResumes: 16,
  endToEndRepetitions: 1,
}

const END_TO_END_RUNS: Array<{ mode: 'embedded' | 'distributed'; workers: number }> = [
  { mode: 'distributed', workers: 1 },
  { mode: 'distributed', workers: 2 },
  { mode: 'embedded', workers: 1 },
  { mode: 'embedded', workers: 2 },
]

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2))
  const sizes = options.quick ? QUICK : FULL
  const selected = new Set(options.only ?? NAMES)
  for (const name of selected) {
    if (!(NAMES as readonly string[]).includes(name))
      throw new Error(`unknown benchmark ${name}; known: ${NAMES.join(', ')}`)
  }
  const log = (message: string) => process.stderr.write(`${message}\n`)
  const results: BenchResult[] = []
  const setup: Record<string, number> = {}

  const total = await timeMs(async () => {
    if (selected.has('skills')) {
      log('skill matching…')
      results.push(
        await measureSkillMatching({ resumes: sizes.skillResumes, repetitions: sizes.skillRepetitions }),
      )
    }
    if (selected.has('scoring')) {
      log('scoring…')
      results.push(
        await measureScoring({
          resumes: sizes.scoringResumes,
          postings: sizes.scoringPostings,
          repetitions: sizes.scoringRepetitions,
        }),
      )
    }
    if (selected.has('kitpool')) {
      log('role kit with the applicant pool…')
      results.push(
        await measurePoolKit({ applicants: sizes.kitPoolApplicants, repetitions: sizes.kitPoolRepetitions }),
      )
    }
    if (selected.has('blind')) {
      log('blind-review masking on hostile texts…')
      results.push(await measureBlindMasking({ repetitions: 3 }))
    }
    if (selected.has('complexity')) {
      log('parse complexity on hostile texts…')
      results.push(await measureParseComplexity({ repetitions: options.quick ? 1 : 3 }))
    }
    if (selected.has('postings')) {
      log('posting parse on long and repetitive postings…')
      results.push(await measurePostingParse({ repetitions: options.quick ? 1 : 3 }))
    }
    if (selected.has('hostile')) {
      log('hostile uploads to the embedded server…')
      if (options.baselineTree) {
        log('hostile uploads to the baseline tree…')
        const baseline = await measureHostileUploads({ deadlineMs: 180_000, repoRoot: options.baselineTree })
        results.push({ ...baseline, name: `${baseline.name} (baseline tree)` })
      }
      results.push(await measureHostileUploads({ deadlineMs: 180_000 }))
    }
    if (selected.has('batches')) {
      log('upload batches (50 resumes; 9.9 MB files)…')
      results.push(
        await measureUploadBatches({
          repetitions: 3,
          baselineRoot: options.baselineTree,
          largeFiles: options.quick ? 0 : 40,
          resumesDir: options.resumes,
        }),
      )
    }
    if (selected.has('memory')) {
      log('embedded server memory (start-up, idle, a batch of 50 resumes, restart)…')
      results.push(
        await measureEmbeddedMemory({
          baselineRoot: options.baselineTree,
          resumesDir: options.resumes,
          idleWaitMs: 40_000,
        }),
      )
    }
    if (selected.has('retrieval') || selected.has('rerank')) {
      log(`loading pools (${sizes.retrievalPool} + ${sizes.rankingPool} resumes)…`)
      const fixture = await createPoolFixture({ retrieval: sizes.retrievalPool, ranking: sizes.rankingPool })
      setup.poolLoadMs = fixture.setup.loadMs
      setup.hnswBuildMs = fixture.setup.indexMs
      try {
        if (selected.has('retrieval')) {
          log('pool retrieval…')
          results.push(
            await measurePoolRetrieval(fixture, {
              queries: sizes.queries,
              limits: [10, 200],
              repetitions: sizes.retrievalRepetitions,
            }),
          )
        }
        if (selected.has('rerank')) {
          log('preselect + re-rank…')
          results.push(
            await measurePreselectRerank(fixture, {
              jobs: sizes.rerankJobs,
              extraPreselects: sizes.rerankExtraPreselects,
            }),
          )
        }
      } finally {
        await fixture.handle.close()
      }
    }
    if (selected.has('pool')) {
      // Real PostgreSQL with pgvector: the bench creates a database of its own there (kept with --pool-keep).
      const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
      const dataDirectory = resolve(options.poolData ?? join(REPO_ROOT, '..', 'shared', 'benchmark'))
      for (const run of options.pool ?? sizes.pool) {
        log(`pool search, ${run.engine}, ${run.size} resumes…`)
        results.push(
          await measurePoolSearch({
            ...run,
            chunksPerResume: sizes.poolChunksPerResume,
            queries: options.poolQueries ?? sizes.poolQueries,
            rebuildChunkIndex: options.poolRebuildChunkIndex,
            searchOnly: options.poolSearchOnly,
            jobs: sizes.poolJobs,
            repetitions: sizes.poolRepetitions,
            adminUrl,
            dataDirectory,
            keep: options.poolKeep,
            namePrefix: options.poolName ?? undefined,
            indexes: options.poolIndexes ?? [DEFAULT_INDEX],
            chunkIndex: options.poolChunkIndex,
            matchesPreselects: sizes.poolMatchesPreselects,
            log,
          }),
        )
      }
    }
    if (selected.has('upload')) {
      log('upload to shortlist…')
      results.push(await measureUploadLatency({ repetitions: options.quick ? 2 : 5 }))
    }
    if (selected.has('shortlist')) {
      for (const mode of ['embedded', 'distributed'] as const) {
        log(`shortlist under load, ${mode}…`)
        results.push(
          await measureShortlistThroughput({
            mode,
            applications: sizes.shortlistApplications,
            large: sizes.shortlistLarge,
            connections: 200,
            seconds: sizes.shortlistSeconds,
            baselineRoot: options.baselineTree,
          }),
        )
      }
    }
    if (selected.has('e2e')) {
      // Real resume PDFs from the shared benchmark folder beside the repository (BENCH_RESUMES to point elsewhere).
      const resumesFolder = resolve(
        process.env.BENCH_RESUMES ??
          fileURLToPath(new URL('../../../../shared/benchmark/resumes', import.meta.url)),
      )
      const runs = options.endToEnd ?? END_TO_END_RUNS
      const profileDir = process.env.BENCH_E2E_CPU_PROF ? resolve(process.env.BENCH_E2E_CPU_PROF) : null
      const statementsDir = process.env.BENCH_E2E_PG_STATS ? resolve(process.env.BENCH_E2E_PG_STATS) : null
      if (options.baselineTree) {
        log(`end to end, baseline tree ${options.baselineTree}…`)
        const baseline = await measureEndToEnd({
          resumesFolder,
          resumes: sizes.endToEndResumes,
          repetitions: options.endToEndRepetitions ?? sizes.endToEndRepetitions,
          runs,
          root: options.baselineTree,
          profileDir: profileDir ? join(profileDir, 'baseline') : null,
          statementsDir: statementsDir ? join(statementsDir, 'baseline') : null,
          log,
        })
        results.push({ ...baseline, name: `${baseline.name} (baseline tree)` })
      }
      log('end to end, this tree…')
      results.push(
        await measureEndToEnd({
          resumesFolder,
          resumes: sizes.endToEndResumes,
          repetitions: options.endToEndRepetitions ?? sizes.endToEndRepetitions,
          runs,
          profileDir,
          statementsDir,
          log,
        }),
      )
    }
    if (selected.has('ingest')) {
      log('ingest throughput…')
      results.push(
        await measureIngestThroughput({
          documents: sizes.ingestDocuments,
          concurrency: 4,
          repetitions: sizes.ingestRepetitions,
        }),
      )
    }
  })

  process.stdout.write(`${formatReport(results)}\n`)
  process.stdout.write(
    `setup: ${Object.entries(setup)
      .map(([name, ms]) => `${name}=${ms.toFixed(0)}`)
      .join(', ')}; total ${(total.ms / 1000).toFixed(1)} s\n`,
  )
  const report = {
    mode: options.quick ? 'quick' : 'full',
    node: process.version,
    cores: availableParallelism(),
    totalSeconds: total.ms / 1000,
    setup,
    results,
  }
  const output = resolve(options.output)
  await writeFile(output, `${JSON.stringify(report, null, 2)}\n`)
  log(`wrote ${output}`)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
