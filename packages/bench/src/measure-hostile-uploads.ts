import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { dropQueuePrefix, TEST_REDIS_URL, uniqueQueuePrefix } from '@shortlist/testing'
import type { BenchResult } from './bench-result'
import { percentile } from './measure'

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const PROBE_PAUSE_MS = 20

/** The three files of issue 14 at the sizes that stalled the service. */
const HOSTILE_UPLOADS = [
  { name: 'letter-run.txt', text: `Jane Doe\njane@example.com\n${'a'.repeat(80_000)}` },
  { name: 'mentions.txt', text: 'python a@b.co '.repeat(8_000) },
  { name: 'headings.txt', text: 'Experience\n'.repeat(400_000) },
]

type Probe = { latencies: number[]; failures: number; stop(): Promise<void> }

/** Requests `url` one after another until stopped, recording each one's latency (a hung server counts in full). */
function startProbe(url: string, headers: Record<string, string>, timeoutMs: number): Probe {
  const latencies: number[] = []
  let failures = 0
  let running = true
  const loop = (async () => {
    while (running) {
      const started = performance.now()
      try {
        const response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) })
        await response.arrayBuffer()
        if (!response.ok) failures++
      } catch {
        failures++
      }
      latencies.push(performance.now() - started)
      await new Promise((resolve) => setTimeout(resolve, PROBE_PAUSE_MS))
    }
  })()
  return {
    latencies,
    get failures() {
      return failures
    },
    async stop() {
      running = false
      await loop
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

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<boolean> {
  const started = Date.now()
  for (;;) {
    try {
      if (await check()) return true
    } catch {
      // not answering yet
    }
    if (Date.now() - started > timeoutMs) {
      if (what) throw new Error(`timed out waiting for ${what}`)
      return false
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

async function json(response: Response): Promise<Record<string, unknown>> {
  const body = (await response.json()) as Record<string, unknown>
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${JSON.stringify(body)}`)
  return body
}

/**
 * The acceptance demo of issue 14: the real server in embedded mode (`apps/api/src/start.ts`: API, workers and
 * PGlite in one process) receives the three hostile resumes in one upload while `/healthz` and another
 * organisation's job page are requested back to back. Reports the worst and p95 latency of both during the
 * upload against the same probes on the idle server, and how each document ended.
 */
export async function measureHostileUploads(options: {
  deadlineMs: number
  repoRoot?: string
}): Promise<BenchResult> {
  const root = options.repoRoot ?? REPO_ROOT
  const dataDir = mkdtempSync(join(tmpdir(), 'shortlist-bench-hostile-'))
  const prefix = uniqueQueuePrefix('bench-hostile')
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  // BENCH_CPU_PROF_DIR=dir writes the server's CPU profile there (node --cpu-prof), to see where a stall comes from.
  const profile = process.env.BENCH_CPU_PROF_DIR
  const profileArgs = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []
  const child: ChildProcess = spawn(
    process.execPath,
    [...profileArgs, '--import', 'tsx', 'apps/api/src/start.ts'],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        DATA_DIR: dataDir,
        QUEUE_PREFIX: prefix,
        SEED_DEMO: 'false',
        REDIS_URL: TEST_REDIS_URL,
        LOG_LEVEL: 'warn',
      },
      stdio: 'ignore',
    },
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  try {
    await waitUntil(async () => (await fetch(`${base}/readyz`)).ok, 90_000, 'the server to start')
    const posting = readFileSync(join(root, 'fixtures/demo/jobs/ml-platform-engineer.txt'), 'utf8')
    const tenant = async (label: string) => {
      const account = {
        email: `bench-${label}-${Date.now()}@example.com`,
        password: 'bench-password-long-enough',
      }
      await json(
        await fetch(`${base}/v1/auth/signup`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ organizationName: `Bench ${label}`, name: label, ...account }),
        }),
      )
      // Signup answers the same whether or not the email is taken, so the token comes from signing in.
      const login = await json(
        await fetch(`${base}/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(account),
        }),
      )
      const headers = { authorization: `Bearer ${login.accessToken as string}` }
      const job = await json(
        await fetch(`${base}/v1/jobs`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ title: 'ML Platform Engineer', description: posting }),
        }),
      )
      const jobUrl = `${base}/v1/jobs/${job.id as string}`
      await waitUntil(
        async () => (await json(await fetch(jobUrl, { headers }))).status === 'ready',
        90_000,
        'job analysis',
      )
      return { headers, jobUrl }
    }
    const uploader = await tenant('uploader')
    const other = await tenant('other')
    const probeTimeout = options.deadlineMs

    // Same-run baseline: the same probes on the idle server.
    const idleHealth = startProbe(`${base}/healthz`, {}, probeTimeout)
    const idleOther = startProbe(other.jobUrl, other.headers, probeTimeout)
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    await Promise.all([idleHealth.stop(), idleOther.stop()])

    const health = startProbe(`${base}/healthz`, {}, probeTimeout)
    const otherOrganization = startProbe(other.jobUrl, other.headers, probeTimeout)
    const started = performance.now()
    const form = new FormData()
    for (const upload of HOSTILE_UPLOADS) {
      form.append('files', new Blob([upload.text], { type: 'text/plain' }), upload.name)
    }
    const uploaded = await json(
      await fetch(`${uploader.jobUrl}/applications`, {
        method: 'POST',
        headers: uploader.headers,
        body: form,
      }),
    )
    const uploadMs = performance.now() - started
    const ids = (uploaded.applications as Array<{ id: string; filename: string }>).map((item) => item.id)
    const outcomes = new Map<string, string>()
    const finished = await waitUntil(
      async () => {
        // The list, not each application's page: that one carries the whole resume text, and reading 4 MB of it
        // five times a second would measure the poller rather than the ingest.
        // Bounded like the probes: a frozen server (as before the sandbox parsed) must end the run, not hang it.
        // Whole milliseconds: AbortSignal.timeout throws on a fraction, which failed every poll until the deadline.
        const signal = AbortSignal.timeout(
          Math.max(1, Math.floor(options.deadlineMs - (performance.now() - started))),
        )
        const list = await json(
          await fetch(`${uploader.jobUrl}/applications`, { headers: uploader.headers, signal }),
        )
        type Summary = { id: string; filename: string; status: string; error?: { code: string } }
        for (const application of list.items as Summary[]) {
          if (!ids.includes(application.id)) continue
          if (application.status !== 'scored' && application.status !== 'failed') continue
          const outcome = application.error
            ? `${application.status} ${application.error.code}`
            : application.status
          outcomes.set(application.filename, outcome)
        }
        return outcomes.size === ids.length
      },
      options.deadlineMs,
      '',
    )
    const settledMs = performance.now() - started
    await Promise.all([health.stop(), otherOrganization.stop()])

    const worst = (probe: Probe) => Math.max(...probe.latencies)
    const p95 = (probe: Probe) => percentile(probe.latencies, 0.95)
    const parameters: Record<string, string | number> = {
      files: HOSTILE_UPLOADS.map((upload) => `${upload.name} (${upload.text.length} chars)`).join(', '),
      deadlineMs: options.deadlineMs,
    }
    for (const upload of HOSTILE_UPLOADS) parameters[upload.name] = outcomes.get(upload.name) ?? 'unfinished'
    return {
      name: 'hostile uploads',
      parameters,
      rows: [
        {
          benchmark: 'hostile uploads',
          metric: 'max /healthz latency during the upload',
          value: worst(health),
          baseline: worst(idleHealth),
          unit: 'ms',
          ratio: null,
          note: 'baseline: the idle server; target < 1000 ms',
        },
        {
          benchmark: 'hostile uploads',
          metric: 'p95 /healthz latency during the upload',
          value: p95(health),
          baseline: p95(idleHealth),
          unit: 'ms',
          ratio: null,
          note: 'baseline: the idle server',
        },
        {
          benchmark: 'hostile uploads',
          metric: "max latency of another organisation's job page",
          value: worst(otherOrganization),
          baseline: worst(idleOther),
          unit: 'ms',
          ratio: null,
          note: 'baseline: the idle server',
        },
      ],
      quality: {
        documentsSettled: outcomes.size,
        allSettledBeforeDeadline: finished ? 1 : 0,
        uploadRequestMs: uploadMs,
        secondsUntilSettled: settledMs / 1000,
        healthProbes: health.latencies.length,
        healthFailures: health.failures,
        otherOrganizationFailures: otherOrganization.failures,
      },
    }
  } finally {
    // SIGINT lets a profiled server write its profile; a server that does not stop in time is killed.
    child.kill(profile ? 'SIGINT' : 'SIGKILL')
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000)
    await exited
    clearTimeout(killer)
    rmSync(dataDir, { recursive: true, force: true })
    await dropQueuePrefix(prefix)
  }
}
