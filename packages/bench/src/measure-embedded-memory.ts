import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type BenchResult, timeRatio } from './bench-result'
import { fiftyResumes, readRssBytes, startServer, upload } from './measure-upload-batches'

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const MB = 1024 * 1024

type MemoryFigures = {
  /** Highest RSS from spawn until the server answered /readyz and settled. */
  startPeakMb: number
  /** RSS once start-up has settled, on a fresh data directory (the first `make start`). */
  idleFreshMb: number
  /** Highest RSS while 50 resumes were uploaded, ingested and scored. */
  batchPeakMb: number
  /** RSS once the server is idle again after that batch. */
  idleAfterBatchMb: number
  /** RSS once start-up has settled, restarted on the same data directory (every later `make start`). */
  idleRestartMb: number
  loadAverage: string
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Samples a process's RSS every 50 ms; `peak` since the last `resetPeak`. */
function sampleRss(pid: () => number | null) {
  let peak = 0
  const read = () => {
    const current = pid()
    if (current === null) return 0
    try {
      return readRssBytes(current)
    } catch {
      return 0 // the process is gone
    }
  }
  const timer = setInterval(() => {
    peak = Math.max(peak, read())
  }, 50)
  return {
    read,
    peak: () => Math.max(peak, read()),
    resetPeak: () => {
      peak = read()
    },
    stop: () => clearInterval(timer),
  }
}

/**
 * Waits until the process is idle: at least `minimumMs`, then until RSS moved less than 2% over 5 s (the V8 memory
 * reducer and idle thread exits have had their turn), at most `maximumMs`. Answers that last RSS.
 */
async function settledRss(read: () => number, minimumMs: number, maximumMs: number): Promise<number> {
  const started = Date.now()
  await sleep(minimumMs)
  let previous = read()
  while (Date.now() - started < maximumMs) {
    await sleep(5_000)
    const current = read()
    if (Math.abs(current - previous) / Math.max(previous, 1) < 0.02) return current
    previous = current
  }
  return read()
}

/**
 * Issue 15's memory figures for the embedded server (`apps/api/src/start.ts`, what `make start` runs: PGlite and
 * the workers in one process): peak RSS during start-up, RSS once start-up has settled, peak RSS while a batch of
 * 50 resumes is uploaded and processed, RSS once idle again, and idle RSS after a restart on the same data
 * directory. Baseline: the same on `--baseline-tree` in the same run.
 */
export async function measureEmbeddedMemory(options: {
  baselineRoot: string | null
  resumesDir?: string | null
  /** Least idle wait after start-up and after the batch: longer than the idle timeouts of the thread pools. */
  idleWaitMs: number
}): Promise<BenchResult> {
  const resumes = fiftyResumes(options.resumesDir)
  const measure = async (root: string, label: string): Promise<MemoryFigures> => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shortlist-bench-memory-'))
    let pid: number | null = null
    const rss = sampleRss(() => pid)
    try {
      const server = await startServer(root, `memory-${label}`, {
        dataDir,
        onSpawn: (spawned) => {
          pid = spawned
        },
      })
      let figures: Omit<MemoryFigures, 'idleRestartMb' | 'loadAverage'>
      try {
        const idleFreshMb = (await settledRss(rss.read, options.idleWaitMs, 120_000)) / MB
        const startPeakMb = rss.peak() / MB
        rss.resetPeak()
        const jobId = await server.newJob('Memory batch')
        const batch = await upload(server, jobId, resumes)
        if (batch.status !== 202) throw new Error(`${label}: 50 resumes answered ${batch.status}`)
        await server.settle(jobId, batch.ids)
        const batchPeakMb = rss.peak() / MB
        const idleAfterBatchMb = (await settledRss(rss.read, options.idleWaitMs, 180_000)) / MB
        figures = { startPeakMb, idleFreshMb, batchPeakMb, idleAfterBatchMb }
      } finally {
        await server.close()
      }
      pid = null
      const restarted = await startServer(root, `memory-${label}-restart`, {
        dataDir,
        onSpawn: (spawned) => {
          pid = spawned
        },
      })
      try {
        const idleRestartMb = (await settledRss(rss.read, options.idleWaitMs, 120_000)) / MB
        return {
          ...figures,
          idleRestartMb,
          loadAverage: loadavg()
            .map((value) => value.toFixed(2))
            .join(' '),
        }
      } finally {
        await restarted.close()
      }
    } finally {
      rss.stop()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }

  const current = await measure(REPO_ROOT, 'current')
  const baseline = options.baselineRoot ? await measure(options.baselineRoot, 'baseline') : null
  const row = (key: Exclude<keyof MemoryFigures, 'loadAverage'>, metric: string, target?: string) => ({
    benchmark: 'embedded memory',
    metric,
    value: current[key],
    baseline: baseline?.[key] ?? current[key],
    unit: 'MB',
    ratio: timeRatio(current[key], baseline?.[key] ?? current[key]),
    note: `baseline: the baseline tree${target ? `; target ${target}` : ''}`,
  })
  return {
    name: 'embedded memory',
    parameters: {
      baselineTree: options.baselineRoot ?? 'none (baseline columns repeat this tree)',
      resumes: options.resumesDir ? `first 50 PDFs of ${options.resumesDir}` : 'demo fixtures',
      idleWaitMs: options.idleWaitMs,
      loadAverage: current.loadAverage,
      baselineLoadAverage: baseline?.loadAverage ?? '',
    },
    rows: [
      row('startPeakMb', 'RSS peak during start-up (fresh data directory)'),
      row('idleFreshMb', 'RSS idle after start-up settles (fresh data directory)', '≤ 500 MB'),
      row('batchPeakMb', 'RSS peak while 50 resumes are uploaded, ingested and scored'),
      row('idleAfterBatchMb', 'RSS idle after the batch is processed', '≤ 500 MB'),
      row('idleRestartMb', 'RSS idle after a restart on the same data directory', '≤ 500 MB'),
    ],
    quality: {},
  }
}
