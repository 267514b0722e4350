import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import {
  analyzeDocument,
  buildRolePosting,
  computeShortlistScore,
  describeRequirement,
  loadTaxonomy,
  measureRoleFit,
  parsePosting,
  type RequirementInput,
  scoreCandidate,
  toRequirementInputs,
} from '@shortlist/core'
import { cosineSimilarity, createOfflineEmbedder } from '@shortlist/llm'
import { dropQueuePrefix, TEST_POSTGRES_URL, TEST_REDIS_URL, uniqueQueuePrefix } from '@shortlist/testing'
import { type BenchResult, type BenchRow, rateRatio, timeRatio } from './bench-result'
import { median } from './measure'

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const run = promisify(execFile)
// Same characters the ingest path embeds as the document vector (engine/ingest-application.ts).
const MAX_EMBEDDED_CHARS = 32_000
// USER_HZ: 100 on Linux for every architecture Node runs on.
const TICKS_PER_SECOND = 100

export type EndToEndMode = 'embedded' | 'distributed'
type Resume = { name: string; content: Uint8Array }

/** Real resume PDFs (../shared/benchmark, never copied into the repository), taken round-robin over categories. */
export function readBenchmarkResumes(folder: string, count: number): Resume[] {
  const categories = readdirSync(folder).sort()
  const lists = categories.map((category) =>
    readdirSync(join(folder, category))
      .filter((name) => name.endsWith('.pdf'))
      .sort()
      .map((name) => join(folder, category, name)),
  )
  const paths: string[] = []
  for (let round = 0; paths.length < count; round++) {
    let added = false
    for (const list of lists) {
      const path = list[round]
      if (path && paths.length < count) {
        paths.push(path)
        added = true
      }
    }
    if (!added) break
  }
  return paths.map((path, index) => ({ name: `${index}.pdf`, content: new Uint8Array(readFileSync(path)) }))
}

/** The same bytes made distinct per run (a PDF comment after %%EOF is ignored by readers), so each is ingested. */
const distinct = (resumes: readonly Resume[], label: string): Resume[] =>
  resumes.map((resume) => ({
    name: resume.name,
    content: new Uint8Array(Buffer.concat([resume.content, Buffer.from(`\n% ${label}\n`)])),
  }))

/**
 * The baseline: parse, embed and score each resume with the domain functions called one after another in this
 * process (no HTTP, queue, database or threads): what the pipeline would cost with no overhead on one core.
 */
async function measureInProcess(
  resumes: readonly Resume[],
  posting: string,
): Promise<{ rate: number; cpuMsPerResume: number }> {
  const taxonomy = loadTaxonomy()
  // Inline: the baseline has no threads.
  const embedder = createOfflineEmbedder({ threadMinChars: Number.POSITIVE_INFINITY })
  const parsed = parsePosting(posting, taxonomy)
  const requirements: RequirementInput[] = toRequirementInputs(parsed.requirements)
  const requirementVectors = await embedder.embed(
    parsed.requirements.map((requirement) => describeRequirement(requirement, taxonomy)),
  )
  const rolePosting = buildRolePosting({ title: 'Bench posting', text: posting, requirements }, taxonomy)
  const processOne = async (resume: Resume) => {
    const analyzed = await analyzeDocument(resume.content, {
      taxonomy,
      referenceDate: new Date(),
      maxPages: 50,
      filename: resume.name,
    })
    const [, ...chunkVectors] = await embedder.embed([
      analyzed.document.text.slice(0, MAX_EMBEDDED_CHARS),
      ...analyzed.chunks.map((chunk) => chunk.text),
    ])
    // What findSemanticMatches asks pgvector: the nearest chunk per requirement, ties to the lower index.
    const semanticMatches = requirements.flatMap((requirement, index) => {
      const vector = requirementVectors[index]
      let best: { similarity: number; chunkIndex: number } | null = null
      analyzed.chunks.forEach((_, chunkIndex) => {
        const similarity = vector ? cosineSimilarity(vector, chunkVectors[chunkIndex] ?? []) : 0
        if (!best || similarity > best.similarity) best = { similarity, chunkIndex }
      })
      const found = best as { similarity: number; chunkIndex: number } | null
      const chunk = found ? analyzed.chunks[found.chunkIndex] : undefined
      return found && chunk ? [{ requirementId: requirement.id, similarity: found.similarity, chunk }] : []
    })
    const evaluation = scoreCandidate({
      requirements,
      resumeText: analyzed.document.text,
      profile: analyzed.profile,
      taxonomy,
      semanticMatches,
    })
    const roleFit = measureRoleFit({ posting: rolePosting, profile: analyzed.profile, taxonomy })
    return computeShortlistScore({ requirements, results: evaluation.requirements, roleFit })
  }
  // Warm-up (pdf.js, WordNet, the taxonomy's matcher), then the timed pass.
  for (const resume of resumes.slice(0, 2)) await processOne(resume)
  const started = performance.now()
  const cpu = process.cpuUsage()
  for (const resume of resumes) await processOne(resume)
  const used = process.cpuUsage(cpu)
  return {
    rate: (resumes.length * 1000) / (performance.now() - started),
    cpuMsPerResume: (used.user + used.system) / 1000 / resumes.length,
  }
}

/** CPU ms (user + system) in a /proc `stat` line. */
function statCpuMs(stat: string): number {
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th, in ticks.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND
}

/** CPU time (user + system, every thread) a process has used so far, from /proc. */
function processCpuMs(pid: number | undefined): number {
  if (!pid) return 0
  try {
    return statCpuMs(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return 0
  }
}

/** CPU ms so far of each live thread of a process, keyed by thread id, with the thread's name (MainThread, …). */
function threadCpuMs(pid: number | undefined): Map<number, { name: string; ms: number }> {
  const threads = new Map<number, { name: string; ms: number }>()
  if (!pid) return threads
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
        threads.set(Number(tid), { name, ms: statCpuMs(stat) })
      } catch {
        // The thread exited between the listing and the read.
      }
    }
  } catch {
    // The process exited.
  }
  return threads
}

/** CPU ms each thread name used between two `threadCpuMs` readings (threads born since count from zero). */
function threadCpuDelta(
  before: Map<number, { name: string; ms: number }>,
  after: Map<number, { name: string; ms: number }>,
): Record<string, number> {
  const byName: Record<string, number> = {}
  for (const [tid, thread] of after) {
    const used = thread.ms - (before.get(tid)?.ms ?? 0)
    byName[thread.name] = (byName[thread.name] ?? 0) + used
  }
  return byName
}

/**
 * CPU of the PostgreSQL backends serving one database (its name is in each backend's command line), sampled from
 * /proc: a backend's time counts from its first sample, or from zero when it started after `start()`. A backend that
 * exits between two samples loses the time since its last one, so `sample()` runs with the progress poll.
 */
function meterBackendCpu(databaseName: string) {
  const base = new Map<number, number>()
  const last = new Map<number, number>()
  let started = false
  const sample = () => {
    for (const entry of readdirSync('/proc')) {
      const pid = Number(entry)
      if (!Number.isInteger(pid)) continue
      try {
        const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
        if (!command.startsWith('postgres: ') || !command.includes(` ${databaseName} `)) continue
        const ms = processCpuMs(pid)
        if (!base.has(pid)) base.set(pid, started ? 0 : ms)
        last.set(pid, ms)
      } catch {
        // Not ours to read, or gone.
      }
    }
  }
  return {
    start() {
      base.clear()
      last.clear()
      started = false
      sample()
      started = true
    },
    sample,
    totalMs(): number {
      let total = 0
      for (const [pid, ms] of last) total += ms - (base.get(pid) ?? 0)
      return total
    },
  }
}

/**
 * The deployment database's rows of pg_stat_statements, read and reset from the `postgres` database (where the
 * extension must be created, on a server that preloads it): time per statement, triggers' statements included.
 */
function readStatements(connection: readonly string[], databaseName: string) {
  const psql = async (query: string) =>
    (await run('psql', [...connection, '-d', 'postgres', '-Atc', query]).catch(() => ({ stdout: '' }))).stdout
  const database = `(SELECT oid FROM pg_database WHERE datname = '${databaseName}')`
  return {
    async reset() {
      await psql(`SELECT pg_stat_statements_reset(0, ${database}, 0)`)
    },
    async read(): Promise<unknown[]> {
      const json = await psql(`
        SELECT coalesce(json_agg(row_to_json(s) ORDER BY s.total_exec_time DESC), '[]')
        FROM (
          SELECT query, calls, round(total_exec_time::numeric, 2) AS total_exec_time, rows, shared_blks_hit,
            shared_blks_read, shared_blks_dirtied, wal_bytes
          FROM pg_stat_statements WHERE dbid = ${database}
        ) AS s`)
      return json.trim() ? (JSON.parse(json) as unknown[]) : []
    },
  }
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

async function poll(check: () => Promise<boolean>, what: string, timeoutMs: number, everyMs = 200) {
  const started = Date.now()
  while (!(await check().catch(() => false))) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
}

type Deployment = {
  base: string
  token: string
  /** CPU time the API and worker processes have used so far (PostgreSQL and Redis are shared and not counted). */
  cpuMs(): number
  /** The same per process: `api`, `worker-0`, … */
  cpuByProcess(): Record<string, number>
  /** Per process, each live thread's CPU so far (for a per-thread-name breakdown between two readings). */
  threads(): Record<string, Map<number, { name: string; ms: number }>>
  /** Distributed: CPU of the PostgreSQL backends serving the deployment's database (null when embedded). */
  backends: ReturnType<typeof meterBackendCpu> | null
  /** Distributed: the database's statements in pg_stat_statements (empty when the extension is not loaded). */
  statements: { reset(): Promise<void>; read(): Promise<unknown[]> } | null
  close(): Promise<void>
}

/**
 * Starts the product as it is deployed: embedded (`apps/api/src/start.ts`, PGlite, workers in the API process, as
 * `make start` runs it) or distributed (`apps/api/src/server.ts` on a private PostgreSQL database, plus `workers`
 * processes of `apps/worker/src/main.ts`), from `root`, signed in to a new organisation.
 */
async function startDeployment(options: {
  root: string
  mode: EndToEndMode
  workers: number
  label: string
  profileDir: string | null
}): Promise<Deployment> {
  const { root, mode, workers } = options
  const dataDir = mkdtempSync(join(tmpdir(), 'shortlist-bench-e2e-'))
  const prefix = uniqueQueuePrefix(`bench-e2e-${options.label}`)
  const databaseName = `bench_e2e_${randomBytes(4).toString('hex')}`
  // The tests' PostgreSQL (TEST_POSTGRES_URL), e.g. a scratch cluster with pg_stat_statements loaded.
  const server = new URL(TEST_POSTGRES_URL)
  const connection = ['-h', server.hostname, '-p', server.port || '5432', '-U', server.username || 'postgres']
  const databaseUrl = mode === 'distributed' ? new URL(`/${databaseName}`, server).toString() : undefined
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const children: Array<{ name: string; child: ChildProcess }> = []
  const profile = options.profileDir ? ['--cpu-prof', '--cpu-prof-dir', options.profileDir] : []
  const environment = {
    ...process.env,
    DATA_DIR: dataDir,
    QUEUE_PREFIX: prefix,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    REDIS_URL: TEST_REDIS_URL,
    JWT_SECRET: randomBytes(32).toString('hex'),
    HEARTBEAT_FILE: join(dataDir, 'heartbeat'),
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  }
  const start = (name: string, script: string, extra: Record<string, string>) => {
    const child = spawn(process.execPath, [...profile, '--import', 'tsx', script], {
      cwd: root,
      env: { ...environment, ...extra },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    children.push({ name, child })
  }
  const close = async () => {
    // SIGTERM lets --cpu-prof write its profile; SIGKILL after a grace period.
    await Promise.all(
      children.map(async ({ child }) => {
        if (child.exitCode !== null) return
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
        await exited
        clearTimeout(timer)
      }),
    )
    rmSync(dataDir, { recursive: true, force: true })
    await dropQueuePrefix(prefix)
    if (databaseUrl)
      await run('dropdb', [...connection, '--if-exists', '--force', databaseName]).catch(() => undefined)
  }
  try {
    if (mode === 'embedded') {
      // The embedded server's parallel work is its sandbox: "workers" is the number of parse threads.
      start('api', 'apps/api/src/start.ts', { PORT: String(port), PARSE_WORKERS: String(workers) })
    } else {
      await run('createdb', [...connection, databaseName])
      // With the measured tree's own migrations (`pnpm migrate`), so a baseline tree runs on its own schema.
      await run(process.execPath, ['--import', 'tsx', 'apps/api/src/migrate.ts'], {
        cwd: root,
        env: { ...environment, DATABASE_URL: databaseUrl as string },
      })
      start('api', 'apps/api/src/server.ts', { PORT: String(port), RUN_WORKERS: 'false' })
      for (let index = 0; index < workers; index++) start(`worker-${index}`, 'apps/worker/src/main.ts', {})
    }
    await poll(async () => (await fetch(`${base}/readyz`)).ok, 'the server', 120_000, 250)
    const call = async (method: string, path: string, token?: string, body?: unknown) => {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      })
      return (await response.json()) as Record<string, unknown>
    }
    const account = {
      email: `bench-${options.label}-${Date.now()}@example.com`,
      password: 'bench-password-long',
    }
    await call('POST', '/v1/auth/signup', undefined, { organizationName: 'Bench', name: 'Bench', ...account })
    const token = (await call('POST', '/v1/auth/login', undefined, account)).accessToken as string
    if (!token) throw new Error('could not sign in to the bench server')
    return {
      base,
      token,
      cpuMs: () => children.reduce((sum, { child }) => sum + processCpuMs(child.pid), 0),
      cpuByProcess: () =>
        Object.fromEntries(children.map(({ name, child }) => [name, processCpuMs(child.pid)])),
      threads: () => Object.fromEntries(children.map(({ name, child }) => [name, threadCpuMs(child.pid)])),
      backends: databaseUrl ? meterBackendCpu(databaseName) : null,
      statements: databaseUrl ? readStatements(connection, databaseName) : null,
      close,
    }
  } catch (error) {
    await close()
    throw error
  }
}

async function api(deployment: Deployment, method: string, path: string, body?: unknown) {
  const response = await fetch(`${deployment.base}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${deployment.token}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  })
  return (await response.json()) as Record<string, unknown>
}

async function newReadyJob(deployment: Deployment, title: string, posting: string): Promise<string> {
  const job = await api(deployment, 'POST', '/v1/jobs', { title, description: posting })
  await poll(
    async () => (await api(deployment, 'GET', `/v1/jobs/${job.id as string}`)).status === 'ready',
    'job analysis',
    120_000,
  )
  return job.id as string
}

/** Uploads the resumes in one multipart request and waits until every application is scored: resumes per second. */
async function uploadUntilScored(deployment: Deployment, jobId: string, resumes: readonly Resume[]) {
  const form = new FormData()
  for (const resume of resumes) form.append('files', new Blob([resume.content]), resume.name)
  const started = performance.now()
  const cpuBefore = deployment.cpuMs()
  const processesBefore = deployment.cpuByProcess()
  const threadsBefore = deployment.threads()
  deployment.backends?.start()
  await deployment.statements?.reset()
  const response = await fetch(`${deployment.base}/v1/jobs/${jobId}/applications`, {
    method: 'POST',
    headers: { authorization: `Bearer ${deployment.token}` },
    body: form,
  })
  if (response.status !== 202) throw new Error(`upload answered ${response.status}`)
  const uploadMs = performance.now() - started
  let failed = 0
  // The job list's counts: one aggregate per job, so polling costs the server little while it works.
  await poll(
    async () => {
      deployment.backends?.sample()
      const list = (await api(deployment, 'GET', '/v1/jobs')) as {
        items: Array<{ id: string; counts: { applications: number; scored: number; failed: number } }>
      }
      const counts = list.items.find((item) => item.id === jobId)?.counts
      failed = counts?.failed ?? 0
      return counts?.applications === resumes.length && counts.scored + counts.failed === resumes.length
    },
    'the upload to be scored',
    900_000,
  )
  const ms = performance.now() - started
  const cpuMsPerResume = (deployment.cpuMs() - cpuBefore) / resumes.length
  deployment.backends?.sample()
  // Per resume: each process, PostgreSQL's backends, and each process's threads by name (threads that exited during
  // the upload are in their process's figure only).
  const perResume = (ms: number) => ms / resumes.length
  const breakdown: Record<string, number> = {}
  const threadsAfter = deployment.threads()
  for (const [name, ms] of Object.entries(deployment.cpuByProcess())) {
    breakdown[name] = perResume(ms - (processesBefore[name] ?? 0))
    const byThread = threadCpuDelta(threadsBefore[name] ?? new Map(), threadsAfter[name] ?? new Map())
    for (const [thread, used] of Object.entries(byThread)) breakdown[`${name} ${thread}`] = perResume(used)
  }
  if (deployment.backends) breakdown.postgres = perResume(deployment.backends.totalMs())
  const statements = (await deployment.statements?.read()) ?? []
  return { rate: (resumes.length * 1000) / ms, uploadMs, failed, cpuMsPerResume, breakdown, statements }
}

/**
 * Issue 15's end-to-end target: resumes per second from one HTTP multipart upload of real resume PDFs to the real
 * API until every application is scored by the real BullMQ workers, for each mode and worker count, against the
 * same resumes parsed, embedded and scored in process (measured in the same run, before each configuration).
 */
export async function measureEndToEnd(options: {
  resumesFolder: string
  resumes: number
  repetitions: number
  runs: ReadonlyArray<{ mode: EndToEndMode; workers: number }>
  /** Measure this checkout's servers instead of this tree's (e.g. main before a change). */
  root?: string
  /** When set, every server and worker process writes a V8 CPU profile here. */
  profileDir?: string | null
  /** When set, each measured upload's pg_stat_statements rows (distributed) are written here as JSON. */
  statementsDir?: string | null
  log: (line: string) => void
}): Promise<BenchResult> {
  const root = options.root ?? REPO_ROOT
  const sources = readBenchmarkResumes(options.resumesFolder, options.resumes)
  if (sources.length === 0) throw new Error(`no PDFs under ${options.resumesFolder}`)
  const posting = readFileSync(join(REPO_ROOT, 'fixtures/demo/jobs/ml-platform-engineer.txt'), 'utf8')
  const rows: BenchRow[] = []
  const quality: Record<string, number> = {}
  for (const { mode, workers } of options.runs) {
    {
      const key = `${mode}-${workers}`
      const loadBefore = loadavg()[0] ?? 0
      const baselines: number[] = []
      const rates: number[] = []
      const baselineCpu: number[] = []
      const cpu: number[] = []
      const breakdowns: Array<Record<string, number>> = []
      let failed = 0
      let uploadMs = 0
      const deployment = await startDeployment({
        root,
        mode,
        workers,
        label: key,
        profileDir: options.profileDir ?? null,
      })
      try {
        // Warm-up to a steady state, as a running server is: pdf.js, WordNet and the taxonomy loaded, and the hot
        // code compiled, in every process and thread (each sandbox and embedding thread is an isolate of its own).
        const warmUp = await newReadyJob(deployment, 'Warm-up', posting)
        await uploadUntilScored(deployment, warmUp, distinct(sources.slice(0, 12), `warm-up ${key}`))
        for (let repetition = 0; repetition < options.repetitions; repetition++) {
          // The baseline right before each measured upload, so both see the same load.
          const inProcess = await measureInProcess(sources, posting)
          baselines.push(inProcess.rate)
          baselineCpu.push(inProcess.cpuMsPerResume)
          const jobId = await newReadyJob(deployment, `Batch ${repetition}`, posting)
          const result = await uploadUntilScored(
            deployment,
            jobId,
            distinct(sources, `${key} run ${repetition}`),
          )
          rates.push(result.rate)
          cpu.push(result.cpuMsPerResume)
          breakdowns.push(result.breakdown)
          if (options.statementsDir && result.statements.length > 0) {
            mkdirSync(options.statementsDir, { recursive: true })
            writeFileSync(
              join(options.statementsDir, `${key}-${repetition}.json`),
              JSON.stringify({ resumes: sources.length, statements: result.statements }, null, 1),
            )
          }
          failed += result.failed
          uploadMs = result.uploadMs
          options.log(
            `  ${key}: ${result.rate.toFixed(2)} resumes/s end to end (${result.cpuMsPerResume.toFixed(0)} CPU ms each), in process ${inProcess.rate.toFixed(2)} (${inProcess.cpuMsPerResume.toFixed(0)} CPU ms each), load ${loadavg()[0]?.toFixed(2)}`,
          )
          options.log(
            `    CPU ms per resume: ${Object.entries(result.breakdown)
              .filter(([name, ms]) => !name.includes(' ') || ms >= 0.5)
              .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
              .join(', ')}`,
          )
        }
      } finally {
        await deployment.close()
      }
      const value = median(rates)
      const baseline = median(baselines)
      rows.push({
        benchmark: 'end to end',
        metric: `${mode}, ${workers} worker${workers === 1 ? '' : 's'}: resumes/s, upload to scored`,
        value,
        baseline,
        unit: 'resumes/s',
        ratio: rateRatio(value, baseline),
        note: `target ≥ ${mode === 'distributed' ? '0.6' : '0.5'} of in process (one worker); ${
          mode === 'distributed' ? `${workers} worker process(es)` : `PARSE_WORKERS=${workers}`
        }`,
      })
      // Noise-robust beside the rates on a shared host: CPU each resume costs the API and worker processes
      // (every thread) against the in-process functions' CPU.
      rows.push({
        benchmark: 'end to end',
        metric: `${mode}, ${workers} worker${workers === 1 ? '' : 's'}: CPU ms per resume, API + worker processes`,
        value: median(cpu),
        baseline: median(baselineCpu),
        unit: 'ms',
        ratio: timeRatio(median(cpu), median(baselineCpu)),
        note: 'baseline: CPU of the in-process functions; PostgreSQL and Redis not counted',
      })
      // Where the CPU goes, per resume (median over the repetitions): each process, its threads by name, and
      // PostgreSQL's backends when distributed.
      for (const name of new Set(breakdowns.flatMap((breakdown) => Object.keys(breakdown))))
        quality[`${key} CPU ms per resume, ${name}`] = median(
          breakdowns.map((breakdown) => breakdown[name] ?? 0),
        )
      quality[`${key} failed`] = failed
      quality[`${key} upload answer ms`] = uploadMs
      quality[`${key} load before`] = loadBefore
      quality[`${key} load after`] = loadavg()[0] ?? 0
    }
  }
  return {
    name: 'end to end',
    parameters: {
      resumes: sources.length,
      repetitions: options.repetitions,
      root: root === REPO_ROOT ? 'this tree' : root,
      source: 'real resume PDFs from ../shared/benchmark/resumes, round-robin over categories',
    },
    rows,
    quality,
  }
}
