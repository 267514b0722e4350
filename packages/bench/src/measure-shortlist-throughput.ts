import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { createDatabase, migrateToLatest } from '@shortlist/db'
import { dropQueuePrefix, TEST_REDIS_URL, uniqueQueuePrefix } from '@shortlist/testing'
import autocannon from 'autocannon'
import { createSigner } from 'fast-jwt'
import { sql } from 'kysely'
import { type BenchResult, type BenchRow, rateRatio, timeRatio } from './bench-result'
import { createShortlistFixture, type ShortlistFixture } from './create-shortlist-fixture'
import { percentile } from './measure'

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const run = promisify(execFile)

export type ShortlistMode = 'embedded' | 'distributed'

type Load = {
  requestsPerSecond: number
  p50: number
  p99: number
  non2xx: number
  errors: number
  timeouts: number
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const started = Date.now()
  for (;;) {
    try {
      if (await check()) return
    } catch {
      // not answering yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

async function load(
  url: string,
  options: { connections: number; seconds: number; headers: Record<string, string>; expect: number },
): Promise<Load> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers,
    timeout: 10,
    expectBody: undefined,
  })
  // autocannon counts 304 as non-2xx; what matters is "not the status this probe expects".
  const unexpected = Object.entries(result.statusCodeStats ?? {})
    .filter(([code]) => Number(code) !== options.expect)
    .reduce((sum, [, stats]) => sum + (stats as { count: number }).count, 0)
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: unexpected,
    errors: result.errors,
    timeouts: result.timeouts,
  }
}

/** Latencies of requests sent one after another (the server otherwise idle), until `urls` gives null. */
async function sequential(urls: () => string | null, headers: Record<string, string>): Promise<number[]> {
  const latencies: number[] = []
  for (let url = urls(); url !== null; url = urls()) {
    const started = performance.now()
    const response = await fetch(url, { headers })
    await response.arrayBuffer()
    if (!response.ok) throw new Error(`HTTP ${response.status} from ${url}`)
    latencies.push(performance.now() - started)
  }
  return latencies
}

/**
 * Every page of two jobs once each, following nextCursor (each URL is new, so each page is built from the
 * database), the requests of the two walks interleaved in proportion to their page counts so both see the same
 * load on a shared machine.
 */
async function walkPages(
  bases: readonly [string, string],
  pages: readonly [number, number],
  headers: Record<string, string>,
): Promise<[number[], number[]]> {
  const latencies: [number[], number[]] = [[], []]
  const cursors: [string | null, string | null] = [null, null]
  const done = [false, false]
  const step = Math.max(1, Math.round(pages[1] / Math.max(1, pages[0])))
  const fetchPage = async (which: 0 | 1) => {
    if (done[which]) return
    const cursor = cursors[which]
    const url = `${bases[which]}?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`
    const started = performance.now()
    const response = await fetch(url, { headers })
    const body = (await response.json()) as { nextCursor: string | null }
    if (!response.ok) throw new Error(`HTTP ${response.status} from ${url}`)
    latencies[which].push(performance.now() - started)
    cursors[which] = body.nextCursor
    done[which] = body.nextCursor === null
  }
  for (let request = 0; !(done[0] && done[1]); request++) {
    await fetchPage(1)
    if (request % step === 0) await fetchPage(0)
  }
  return latencies
}

type ServerFigures = {
  label: string
  rows: BenchRow[]
  quality: Record<string, number>
  shortlist: Load
  healthz: Load
}

/** Starts the server of `root` on the seeded database, measures it, stops it. */
async function measureServer(options: {
  label: string
  root: string
  mode: ShortlistMode
  fixture: ShortlistFixture
  secret: string
  prefix: string
  dataDir: string
  databaseUrl: string | undefined
  applications: number
  large: number
  connections: number
  seconds: number
}): Promise<ServerFigures> {
  const loadBefore = loadavg()[0] ?? 0
  const { fixture, secret, databaseUrl } = options
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', options.mode === 'embedded' ? 'apps/api/src/start.ts' : 'apps/api/src/server.ts'],
    {
      cwd: options.root,
      env: {
        ...process.env,
        PORT: String(port),
        DATA_DIR: options.dataDir,
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
        JWT_SECRET: secret,
        QUEUE_PREFIX: options.prefix,
        SEED_DEMO: 'false',
        REDIS_URL: TEST_REDIS_URL,
        // The default level: request logging must not cost the throughput at the level operators run.
        LOG_LEVEL: 'info',
      },
      stdio: 'ignore',
    },
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  try {
    await waitUntil(async () => (await fetch(`${base}/readyz`)).ok, 120_000, 'the server to start')

    const token = createSigner({ key: secret, expiresIn: 3_600_000 })({
      sub: fixture.userId,
      org: fixture.organizationId,
      role: 'admin',
      ver: 0,
    })
    const headers = { authorization: `Bearer ${token}` }
    const small = `${base}/v1/jobs/${fixture.jobIds.small}/shortlist`
    const large = `${base}/v1/jobs/${fixture.jobIds.large}/shortlist`
    const page = `${small}?limit=50`

    const first = await fetch(page, { headers })
    const summaryBytes = (await first.arrayBuffer()).byteLength
    if (!first.ok) throw new Error(`shortlist answered ${first.status}`)
    const etag = first.headers.get('etag') ?? ''
    const fullBytes = (await (await fetch(`${page}&view=full`, { headers })).arrayBuffer()).byteLength

    // Sequential latencies first, on the otherwise idle server.
    const [walkSmall, walkLarge] = await walkPages(
      [small, large],
      [Math.ceil(options.applications / 50), Math.ceil(options.large / 50)],
      headers,
    )
    // The first page again and again, alternating between the two jobs (the page cache serves both).
    const urls = Array.from({ length: 400 }, (_, index) => (index % 2 === 0 ? page : `${large}?limit=50`))
    let next = 0
    const firstPages = await sequential(() => urls[next++] ?? null, headers)
    const firstSmall = firstPages.filter((_, index) => index % 2 === 0)
    const firstLarge = firstPages.filter((_, index) => index % 2 === 1)

    const connections = options.connections
    const seconds = options.seconds
    await load(page, { connections, seconds: 3, headers, expect: 200 }) // warm-up: JIT, pools, caches
    const loadUnderTest = loadavg()[0] ?? 0
    const healthz = await load(`${base}/healthz`, { connections, seconds, headers: {}, expect: 200 })
    const shortlist = await load(page, { connections, seconds, headers, expect: 200 })
    const revalidated = await load(page, {
      connections,
      seconds,
      headers: { ...headers, 'if-none-match': etag },
      expect: 304,
    })
    // What a browser sends: the same page, gzipped where the server offers it.
    const compressed = await load(page, {
      connections,
      seconds,
      headers: { ...headers, 'accept-encoding': 'gzip, deflate, br, zstd' },
      expect: 200,
    })

    const name = `shortlist ${options.mode}${options.label ? ` (${options.label})` : ''}`
    const p50 = (samples: number[]) => percentile(samples, 0.5)
    const rows: BenchRow[] = [
      {
        benchmark: name,
        metric: `req/s at ${connections} connections (baseline /healthz)`,
        value: shortlist.requestsPerSecond,
        baseline: healthz.requestsPerSecond,
        unit: 'req/s',
        ratio: rateRatio(shortlist.requestsPerSecond, healthz.requestsPerSecond),
      },
      {
        benchmark: name,
        metric: `p99 at ${connections} connections (baseline /healthz)`,
        value: shortlist.p99,
        baseline: healthz.p99,
        unit: 'ms',
        ratio: timeRatio(shortlist.p99, healthz.p99),
      },
      {
        benchmark: name,
        metric: `p50 at ${connections} connections (baseline /healthz)`,
        value: shortlist.p50,
        baseline: healthz.p50,
        unit: 'ms',
        ratio: timeRatio(shortlist.p50, healthz.p50),
      },
      {
        benchmark: name,
        metric: `304 req/s with If-None-Match (baseline /healthz)`,
        value: revalidated.requestsPerSecond,
        baseline: healthz.requestsPerSecond,
        unit: 'req/s',
        ratio: rateRatio(revalidated.requestsPerSecond, healthz.requestsPerSecond),
      },
      {
        benchmark: name,
        metric: `req/s with Accept-Encoding gzip (baseline /healthz)`,
        value: compressed.requestsPerSecond,
        baseline: healthz.requestsPerSecond,
        unit: 'req/s',
        ratio: rateRatio(compressed.requestsPerSecond, healthz.requestsPerSecond),
      },
      {
        benchmark: name,
        metric: `p99 with Accept-Encoding gzip (baseline /healthz)`,
        value: compressed.p99,
        baseline: healthz.p99,
        unit: 'ms',
        ratio: timeRatio(compressed.p99, healthz.p99),
      },
      {
        benchmark: name,
        metric: `first page p50 at ${options.large} vs ${options.applications} applications`,
        value: p50(firstLarge),
        baseline: p50(firstSmall),
        unit: 'ms',
        ratio: timeRatio(p50(firstLarge), p50(firstSmall)),
        note: 'ratio = p50 small / p50 large; ≥ 0.67 meets "≤ 1.5×"',
      },
      {
        benchmark: name,
        metric: `every page once (built from the database) p50 at ${options.large} vs ${options.applications}`,
        value: p50(walkLarge),
        baseline: p50(walkSmall),
        unit: 'ms',
        ratio: timeRatio(p50(walkLarge), p50(walkSmall)),
        note: 'uncached pages: the keyset query itself, deep pages included',
      },
    ]
    const quality = {
      pageBytesSummary: summaryBytes,
      pageBytesFull: fullBytes,
      shortlistUnexpected: shortlist.non2xx + shortlist.errors + shortlist.timeouts,
      healthzUnexpected: healthz.non2xx + healthz.errors + healthz.timeouts,
      revalidatedUnexpected: revalidated.non2xx + revalidated.errors + revalidated.timeouts,
      shortlistP50Ms: shortlist.p50,
      healthzP99Ms: healthz.p99,
      revalidatedP99Ms: revalidated.p99,
      compressedUnexpected: compressed.non2xx + compressed.errors + compressed.timeouts,
      walkPagesSmall: walkSmall.length,
      walkPagesLarge: walkLarge.length,
      walkP99SmallMs: percentile(walkSmall, 0.99),
      walkP99LargeMs: percentile(walkLarge, 0.99),
      firstPageP99SmallMs: percentile(firstSmall, 0.99),
      firstPageP99LargeMs: percentile(firstLarge, 0.99),
      loadAverageBefore: loadBefore,
      loadAverageUnderLoad: loadUnderTest,
      loadAverageAfter: loadavg()[0] ?? 0,
    }
    return { label: options.label, rows, quality, shortlist, healthz }
  } finally {
    child.kill('SIGTERM')
    const stopped = await Promise.race([
      exited.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000)),
    ])
    if (!stopped) {
      child.kill('SIGKILL')
      await exited
    }
  }
}

/**
 * Issue 15, section 2: the real server (`start.ts`, embedded PGlite with the workers in the process, or `server.ts`
 * against PostgreSQL + pgvector at 127.0.0.1:5432 in a database of its own, dropped afterwards) serving
 * `GET /v1/jobs/:id/shortlist?limit=50` of a 1,000-application job to `connections` autocannon connections, beside
 * the same server's `/healthz` in the same run; then p50 of the first page and of a walk through every page at
 * 1,000 and 10,000 applications. With `baselineRoot` (a checkout of the code before a change) that tree's server is
 * measured first on the same data, and rows compare the two.
 */
export async function measureShortlistThroughput(options: {
  mode: ShortlistMode
  applications: number
  large: number
  connections: number
  seconds: number
  repoRoot?: string
  baselineRoot?: string | null
}): Promise<BenchResult> {
  const root = options.repoRoot ?? REPO_ROOT
  const secret = randomBytes(32).toString('hex')
  const prefix = uniqueQueuePrefix(`bench-shortlist-${options.mode}`)
  const dataDir = mkdtempSync(join(tmpdir(), 'shortlist-bench-list-'))
  const databaseName = `bench_shortlist_${randomBytes(4).toString('hex')}`
  const databaseUrl =
    options.mode === 'distributed' ? `postgres://postgres@127.0.0.1:5432/${databaseName}` : undefined
  try {
    if (databaseUrl) await run('createdb', ['-h', '127.0.0.1', '-U', 'postgres', databaseName])
    const seedStarted = performance.now()
    const handle = await createDatabase(databaseUrl ? { databaseUrl } : { dataDir })
    let fixture: ShortlistFixture
    try {
      await migrateToLatest(handle.db)
      fixture = await createShortlistFixture(handle.db, { small: options.applications, large: options.large })
      // Steady state: Postgres's autovacuum would analyze the new rows within a minute, and the embedded server
      // analyzes 10 s after start; measuring before either would time plans made without statistics.
      await sql`analyze`.execute(handle.db)
    } finally {
      await handle.close()
    }
    const seedMs = performance.now() - seedStarted

    const common = {
      mode: options.mode,
      fixture,
      secret,
      prefix,
      dataDir,
      databaseUrl,
      applications: options.applications,
      large: options.large,
      connections: options.connections,
      seconds: options.seconds,
    }
    const baseline = options.baselineRoot
      ? await measureServer({ ...common, label: 'baseline tree', root: options.baselineRoot })
      : null
    const current = await measureServer({ ...common, label: '', root })
    const rows = [...(baseline?.rows ?? []), ...current.rows]
    if (baseline) {
      const name = `shortlist ${options.mode} vs baseline tree`
      rows.push(
        {
          benchmark: name,
          metric: `req/s at ${options.connections} connections (baseline: the baseline tree's)`,
          value: current.shortlist.requestsPerSecond,
          baseline: baseline.shortlist.requestsPerSecond,
          unit: 'req/s',
          ratio: rateRatio(current.shortlist.requestsPerSecond, baseline.shortlist.requestsPerSecond),
        },
        {
          benchmark: name,
          metric: `p99 at ${options.connections} connections (baseline: the baseline tree's)`,
          value: current.shortlist.p99,
          baseline: baseline.shortlist.p99,
          unit: 'ms',
          ratio: timeRatio(current.shortlist.p99, baseline.shortlist.p99),
        },
      )
    }
    const quality: Record<string, number> = { ...current.quality, seedSeconds: seedMs / 1000 }
    if (baseline)
      for (const [key, value] of Object.entries(baseline.quality)) quality[`baselineTree.${key}`] = value
    return {
      name: `shortlist-${options.mode}`,
      parameters: {
        mode: options.mode,
        applications: options.applications,
        large: options.large,
        connections: options.connections,
        seconds: options.seconds,
        limit: 50,
        ...(options.baselineRoot ? { baselineTree: options.baselineRoot } : {}),
      },
      rows,
      quality,
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
    await dropQueuePrefix(prefix).catch(() => undefined)
    if (databaseUrl)
      await run('dropdb', [
        '-h',
        '127.0.0.1',
        '-U',
        'postgres',
        '--if-exists',
        '--force',
        databaseName,
      ]).catch(() => undefined)
  }
}
