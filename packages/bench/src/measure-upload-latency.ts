import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chunkResume, extractDocument, loadTaxonomy, parseResume, scoreCandidate } from '@shortlist/core'
import { createOfflineEmbedder } from '@shortlist/llm'
import { dropQueuePrefix, TEST_REDIS_URL, uniqueQueuePrefix } from '@shortlist/testing'
import { type BenchResult, timeRatio } from './bench-result'
import { median, percentile, timeMs } from './measure'

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const FIXTURES = join(REPO_ROOT, 'fixtures/demo')

type Json = Record<string, unknown> & { id?: string; status?: string; total?: number; accessToken?: string }

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

async function poll(check: () => Promise<boolean>, what: string, timeoutMs = 120_000): Promise<void> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/**
 * The acceptance path as a user sees it: a real `make start`-style server (separate process, embedded PGlite,
 * workers in process, real Redis), one PDF + one DOCX + one TXT uploaded over HTTP, timed until the shortlist
 * ranks all three. Baseline, same run: the same three documents through the same domain functions called
 * directly in this process (extract, parse, chunk, embed, score), with no HTTP, queue, database or sandbox.
 */
export async function measureUploadLatency(options: { repetitions: number }): Promise<BenchResult> {
  const files = readdirSync(join(FIXTURES, 'resumes')).sort()
  const picked = ['.pdf', '.docx', '.txt'].map((extension) => {
    const name = files.find((file) => file.endsWith(extension))
    if (!name) throw new Error(`no ${extension} demo resume`)
    return { name, content: readFileSync(join(FIXTURES, 'resumes', name)) }
  })
  const posting = readFileSync(join(FIXTURES, 'jobs/ml-platform-engineer.txt'), 'utf8')

  const dataDir = mkdtempSync(join(tmpdir(), 'shortlist-bench-'))
  const prefix = uniqueQueuePrefix('bench-upload')
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const server = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/start.ts'], {
    cwd: REPO_ROOT,
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
  const exited = new Promise((resolve) => server.once('exit', resolve))
  try {
    await poll(async () => (await fetch(`${base}/readyz`).catch(() => null))?.ok === true, 'the server')
    const call = async (method: string, path: string, token?: string, body?: unknown): Promise<Json> => {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      })
      return (await response.json()) as Json
    }
    const account = { email: `bench-${Date.now()}@example.com`, password: 'bench-password' }
    await call('POST', '/v1/auth/signup', undefined, { organizationName: 'Bench', name: 'Bench', ...account })
    // Signup answers the same whether or not the email is taken, so the token comes from signing in.
    const { accessToken } = await call('POST', '/v1/auth/login', undefined, account)
    const token = accessToken as string

    const endToEnd: number[] = []
    for (let run = 0; run < options.repetitions + 1; run++) {
      // A fresh job each run: the same bytes uploaded twice to one job are (correctly) the same application.
      const job = await call('POST', '/v1/jobs', token, { title: `Bench ${run}`, description: posting })
      await poll(
        async () => (await call('GET', `/v1/jobs/${job.id}`, token)).status === 'ready',
        'job analysis',
      )
      const form = new FormData()
      for (const file of picked) form.append('files', new Blob([new Uint8Array(file.content)]), file.name)
      const measured = await timeMs(async () => {
        const upload = await fetch(`${base}/v1/jobs/${job.id}/applications`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}` },
          body: form,
        })
        if (upload.status !== 202) throw new Error(`upload answered ${upload.status}`)
        await poll(
          async () => (await call('GET', `/v1/jobs/${job.id}/shortlist`, token)).total === 3,
          'the shortlist',
        )
      })
      if (run > 0) endToEnd.push(measured.ms) // the first run warms pdf.js, the taxonomy and the sandbox threads
    }

    const taxonomy = loadTaxonomy()
    const embedder = createOfflineEmbedder()
    const direct: number[] = []
    for (let run = 0; run < options.repetitions + 1; run++) {
      const measured = await timeMs(async () => {
        for (const file of picked) {
          const extracted = await extractDocument(new Uint8Array(file.content), {
            maxPages: 50,
            filename: file.name,
          })
          const profile = parseResume(extracted.text, taxonomy, { referenceDate: new Date('2026-11-01') })
          const chunks = chunkResume(extracted.text, profile)
          await embedder.embed([extracted.text, ...chunks.map((chunk) => chunk.text)])
          scoreCandidate({
            requirements: [],
            resumeText: extracted.text,
            profile,
            taxonomy,
            semanticMatches: [],
          })
        }
      })
      if (run > 0) direct.push(measured.ms)
    }

    const value = median(endToEnd)
    const baseline = median(direct)
    return {
      name: 'upload-to-shortlist',
      parameters: { documents: 3, repetitions: options.repetitions },
      rows: [
        {
          benchmark: 'upload to shortlist',
          metric: 'median ms, PDF+DOCX+TXT until ranked',
          value,
          baseline,
          unit: 'ms',
          ratio: timeRatio(value, baseline),
          note: 'baseline: the same documents through the domain functions in-process (no HTTP, queue, DB); ratio < 1 is the platform overhead',
        },
      ],
      quality: { p95Ms: percentile(endToEnd, 0.95), acceptanceBoundMs: 15_000 },
    }
  } finally {
    server.kill('SIGTERM')
    await exited
    rmSync(dataDir, { recursive: true, force: true })
    await dropQueuePrefix(prefix)
  }
}
