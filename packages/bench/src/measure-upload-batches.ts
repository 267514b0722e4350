import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { dropQueuePrefix, TEST_REDIS_URL, uniqueQueuePrefix } from '@shortlist/testing'
import { type BenchResult, timeRatio } from './bench-result'
import { median } from './measure'

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const MB = 1024 * 1024

export type Server = {
  base: string
  pid: number
  token: string
  newJob(title: string): Promise<string>
  /** Waits until every application of the list is scored or failed. */
  settle(jobId: string, ids: string[]): Promise<void>
  close(): Promise<void>
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

export async function poll(check: () => Promise<boolean>, what: string, timeoutMs = 120_000): Promise<void> {
  const started = Date.now()
  while (!(await check().catch(() => false))) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * Starts `make start`'s server (embedded PGlite, workers in process) from `root`, signed in to a new organisation.
 * With `dataDir` it opens that data directory and leaves it in place on close (a restart); otherwise a fresh one.
 */
export async function startServer(
  root: string,
  label: string,
  options: { dataDir?: string; onSpawn?: (pid: number) => void } = {},
): Promise<Server> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'shortlist-bench-batches-'))
  const prefix = uniqueQueuePrefix(`bench-batches-${label}`)
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/start.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      QUEUE_PREFIX: prefix,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      REDIS_URL: TEST_REDIS_URL,
    },
    stdio: 'ignore',
  })
  if (child.pid) options.onSpawn?.(child.pid)
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const close = async () => {
    child.kill('SIGKILL')
    await exited
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true })
    await dropQueuePrefix(prefix)
  }
  try {
    await poll(async () => (await fetch(`${base}/readyz`)).ok, 'the server')
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
    const account = { email: `bench-${label}-${Date.now()}@example.com`, password: 'bench-password-long' }
    await call('POST', '/v1/auth/signup', undefined, { organizationName: 'Bench', name: 'Bench', ...account })
    const token = (await call('POST', '/v1/auth/login', undefined, account)).accessToken as string
    const posting = readFileSync(join(REPO_ROOT, 'fixtures/demo/jobs/ml-platform-engineer.txt'), 'utf8')
    return {
      base,
      pid: child.pid as number,
      token,
      async newJob(title) {
        const job = await call('POST', '/v1/jobs', token, { title, description: posting })
        await poll(
          async () => (await call('GET', `/v1/jobs/${job.id as string}`, token)).status === 'ready',
          'job analysis',
        )
        return job.id as string
      },
      async settle(jobId, ids) {
        await poll(
          async () => {
            const list = (await call('GET', `/v1/jobs/${jobId}/applications`, token)) as {
              items?: Array<{ id: string; status: string }>
            }
            const done = (list.items ?? []).filter(
              (item) => ids.includes(item.id) && (item.status === 'scored' || item.status === 'failed'),
            )
            return done.length === ids.length
          },
          'the batch to settle',
          600_000,
        )
      },
      close,
    }
  } catch (error) {
    await close()
    throw error
  }
}

export function readRssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kilobytes = /VmRSS:\s+(\d+)/.exec(status)?.[1]
  return Number(kilobytes ?? 0) * 1024
}

/** CPU time (user + system, all threads) a process has used, in ms, from /proc (10 ms resolution). */
export function readCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
}

/**
 * Posts the files as one multipart request; answers the time to the response, the CPU the server spent meanwhile
 * (less sensitive than wall time to the load of a shared machine) and the server's RSS growth.
 */
export async function upload(
  server: Server,
  jobId: string,
  files: Array<{ name: string; content: Uint8Array }>,
): Promise<{ ms: number; cpuMs: number; status: number; rssGrowthBytes: number; ids: string[] }> {
  const form = new FormData()
  for (const file of files) form.append('files', new Blob([file.content]), file.name)
  const before = readRssBytes(server.pid)
  let peak = before
  const sampler = setInterval(() => {
    peak = Math.max(peak, readRssBytes(server.pid))
  }, 25)
  const cpuBefore = readCpuMs(server.pid)
  const started = performance.now()
  try {
    const response = await fetch(`${server.base}/v1/jobs/${jobId}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}` },
      body: form,
    })
    const body = (await response.json()) as { applications?: Array<{ id: string }> }
    const ms = performance.now() - started
    return {
      ms,
      cpuMs: readCpuMs(server.pid) - cpuBefore,
      status: response.status,
      rssGrowthBytes: Math.max(0, peak - before),
      ids: body.applications?.map((application) => application.id) ?? [],
    }
  } finally {
    clearInterval(sampler)
    peak = Math.max(peak, readRssBytes(server.pid))
  }
}

/**
 * 50 distinct resumes: the first 50 PDFs (by path) under `resumesDir` when given (e.g. `../shared/benchmark`),
 * otherwise the demo PDFs and TXTs, each made unique by a trailing comment or line.
 */
export function fiftyResumes(resumesDir?: string | null): Array<{ name: string; content: Uint8Array }> {
  if (resumesDir) {
    const pdfs = (readdirSync(resumesDir, { recursive: true }) as string[])
      .filter((name) => name.toLowerCase().endsWith('.pdf'))
      .sort()
      .slice(0, 50)
    if (pdfs.length < 50) throw new Error(`${resumesDir} holds ${pdfs.length} PDFs; 50 are needed`)
    return pdfs.map((name) => ({
      name: name.split('/').pop() as string,
      content: new Uint8Array(readFileSync(join(resumesDir, name))),
    }))
  }
  const folder = join(REPO_ROOT, 'fixtures/demo/resumes')
  const sources = readdirSync(folder)
    .filter((name) => name.endsWith('.pdf') || name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, content: readFileSync(join(folder, name)) }))
  return Array.from({ length: 50 }, (_, index) => {
    const source = sources[index % sources.length] as { name: string; content: Buffer }
    // A PDF comment after the end is ignored by readers; a TXT gains one line.
    const suffix = source.name.endsWith('.pdf') ? `\n% copy ${index}\n` : `\nReference ${index}\n`
    return {
      name: `${index}-${source.name}`,
      content: new Uint8Array(Buffer.concat([source.content, Buffer.from(suffix)])),
    }
  })
}

/** A text resume of `bytes` bytes: a real header, then ordinary lines. */
function largeTextResume(bytes: number, seed: number): Uint8Array {
  const head = `Jane Doe ${seed}\njane${seed}@example.com\nSenior engineer: Python and Kubernetes.\n`
  const line = `Ran Python data pipelines on Kubernetes for team ${seed}; cut costs by a third.\n`
  const content = Buffer.alloc(bytes, ' ')
  content.write(head)
  for (let offset = head.length; offset + line.length < bytes; offset += line.length)
    content.write(line, offset)
  return new Uint8Array(content)
}

/**
 * Issue 14 and 15's upload figures on the real embedded server (`apps/api/src/start.ts`), this tree against a
 * same-run baseline tree (`--baseline-tree`, e.g. a checkout of main before the change, with its dependencies):
 * - the time one request of 50 resumes takes to answer on an idle server, median of `repetitions`;
 * - the server's RSS growth while one request of 40 text files of 9.9 MB is received and stored;
 * - whether a 9.9 MB text resume under the 10 MB limit ends scored (the outcome on this tree only).
 */
export async function measureUploadBatches(options: {
  repetitions: number
  baselineRoot: string | null
  largeFiles: number
  /** Where the 50 resumes come from (real PDFs); the demo fixtures when null. */
  resumesDir?: string | null
}): Promise<BenchResult> {
  const resumes = fiftyResumes(options.resumesDir)
  const large = Array.from({ length: options.largeFiles }, (_, index) => ({
    name: `large-${index}.txt`,
    content: largeTextResume(Math.round(9.9 * MB), index),
  }))
  type Figures = {
    uploadMs: number
    uploadTimesMs: number[]
    uploadCpuMs: number
    loadAverage: string
    largeRssMb: number
    largeStatus: number
  }
  const measure = async (root: string, label: string): Promise<Figures> => {
    const server = await startServer(root, label)
    try {
      const times: number[] = []
      const cpu: number[] = []
      // A fresh job each time, since the same bytes for the same job are the same application. Warm-up first
      // (pdf.js, the taxonomy, the sandbox threads); each measured request then starts on an idle server, after
      // the previous batch has been ingested and scored, so the figure is the request itself and not the
      // background work of the batch before.
      const warmUpJob = await server.newJob('Warm-up')
      await server.settle(warmUpJob, (await upload(server, warmUpJob, resumes.slice(0, 3))).ids)
      for (let run = 0; run < options.repetitions; run++) {
        const jobId = await server.newJob(`Batch ${run}`)
        const result = await upload(server, jobId, resumes)
        if (result.status !== 202) throw new Error(`${label}: 50 resumes answered ${result.status}`)
        times.push(result.ms)
        cpu.push(result.cpuMs)
        await server.settle(jobId, result.ids)
      }
      const loadAverage = loadavg()
        .map((value) => value.toFixed(2))
        .join(' ')
      const largeUpload =
        large.length > 0 ? await upload(server, await server.newJob('Large files'), large) : null
      return {
        uploadMs: median(times),
        uploadTimesMs: times.map(Math.round),
        uploadCpuMs: median(cpu),
        loadAverage,
        largeRssMb: (largeUpload?.rssGrowthBytes ?? 0) / MB,
        largeStatus: largeUpload?.status ?? 0,
      }
    } finally {
      await server.close()
    }
  }

  const current = await measure(REPO_ROOT, 'current')
  const baseline = options.baselineRoot ? await measure(options.baselineRoot, 'baseline') : null
  const largeOutcome = options.largeFiles > 0 ? await measureLargeOutcome() : 'not measured'
  const uploadRow = {
    benchmark: 'upload batches',
    metric: 'embedded: ms until a request of 50 resumes answers',
    value: current.uploadMs,
    baseline: baseline?.uploadMs ?? current.uploadMs,
    unit: 'ms',
    ratio: timeRatio(current.uploadMs, baseline?.uploadMs ?? current.uploadMs),
    note: 'baseline: the baseline tree; target < 1000 ms',
  }
  const cpuRow = {
    benchmark: 'upload batches',
    metric: 'embedded: server CPU ms (all threads) until a request of 50 resumes answers',
    value: current.uploadCpuMs,
    baseline: baseline?.uploadCpuMs ?? current.uploadCpuMs,
    unit: 'ms',
    ratio: timeRatio(current.uploadCpuMs, baseline?.uploadCpuMs ?? current.uploadCpuMs),
    note: 'baseline: the baseline tree; CPU is less sensitive than wall time to the load of a shared machine',
  }
  return {
    name: 'upload batches',
    parameters: {
      resumesPerRequest: resumes.length,
      repetitions: options.repetitions,
      largeFiles: options.largeFiles > 0 ? `${options.largeFiles} × 9.9 MB TXT in one request` : 'none',
      baselineTree: options.baselineRoot ?? 'none (baseline columns repeat this tree)',
      resumes: options.resumesDir ? `first 50 PDFs of ${options.resumesDir}` : 'demo fixtures',
      largeResumeOutcome: largeOutcome,
      uploadTimesMs: current.uploadTimesMs.join(' '),
      baselineUploadTimesMs: baseline?.uploadTimesMs.join(' ') ?? '',
      loadAverage: current.loadAverage,
      baselineLoadAverage: baseline?.loadAverage ?? '',
    },
    rows:
      options.largeFiles > 0
        ? [
            uploadRow,
            cpuRow,
            {
              benchmark: 'upload batches',
              metric: `embedded: RSS growth while ${options.largeFiles} × 9.9 MB TXT are received and stored`,
              value: current.largeRssMb,
              baseline: baseline?.largeRssMb ?? current.largeRssMb,
              unit: 'MB',
              ratio: timeRatio(current.largeRssMb, baseline?.largeRssMb ?? current.largeRssMb),
              note: 'baseline: the baseline tree',
            },
          ]
        : [uploadRow, cpuRow],
    quality: {
      largeRequestStatus: current.largeStatus,
      baselineLargeRequestStatus: baseline?.largeStatus ?? 0,
    },
  }
}

/** Whether a 9.9 MB text resume under the 10 MB limit ends scored, on a server of its own. */
async function measureLargeOutcome(): Promise<string> {
  let largeOutcome = 'unfinished'
  const server = await startServer(REPO_ROOT, 'one-large')
  try {
    const jobId = await server.newJob('One large file')
    const result = await upload(server, jobId, [
      { name: 'large.txt', content: largeTextResume(Math.round(9.9 * MB), 99) },
    ])
    const id = result.ids[0]
    if (result.status !== 202 || !id) largeOutcome = `answered ${result.status}`
    else {
      await poll(
        async () => {
          const response = await fetch(`${server.base}/v1/jobs/${jobId}/applications`, {
            headers: { authorization: `Bearer ${server.token}` },
          })
          const list = (await response.json()) as {
            items: Array<{ id: string; status: string; error?: { code: string } }>
          }
          const item = list.items.find((candidate) => candidate.id === id)
          if (item?.status !== 'scored' && item?.status !== 'failed') return false
          largeOutcome = item.error ? `${item.status} ${item.error.code}` : item.status
          return true
        },
        'the 9.9 MB resume',
        300_000,
      )
    }
  } finally {
    await server.close()
  }
  return largeOutcome
}
