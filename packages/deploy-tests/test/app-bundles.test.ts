import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import {
  createPostgresDatabase,
  dropQueuePrefix,
  TEST_REDIS_URL,
  uniqueQueuePrefix,
} from '@shortlist/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))

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

/** A plain-text career of about 11 KB: 24 roles, each with a paragraph of work. */
function longResume(): string {
  const roles = Array.from({ length: 24 }, (_, index) => {
    const start = 1990 + index
    return [
      `Platform Engineer, Company ${index + 1}, ${start} to ${start + 1}`,
      'Built and operated Kubernetes clusters for machine learning training and serving, wrote Terraform modules,',
      'ran Python services with FastAPI, tuned PostgreSQL queries, set up Prometheus alerts and on-call rotations,',
      'moved batch pipelines from cron to Airflow, cut GPU spend by scheduling jobs on spot capacity, and mentored',
      'two junior engineers through design reviews and incident postmortems with the data science team.',
    ].join('\n')
  })
  return [
    'Jordan Example',
    'jordan@example.com',
    '',
    'Experience',
    ...roles,
    '',
    'Skills',
    'Python, Go, Kubernetes',
  ].join('\n')
}

type Running = { child: ChildProcess; output: () => string; exited: Promise<number | null> }

/** Runs a bundle the way the images do: `node dist/<entry>.js` in the packaged directory, nothing else around. */
function runBundle(directory: string, entry: string, env: Record<string, string>): Running {
  let output = ''
  const child = spawn(process.execPath, ['--enable-source-maps', `dist/${entry}.js`], {
    cwd: directory,
    // No NODE_OPTIONS or loader from the test runner: only what an image has.
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), NODE_ENV: 'production', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk) => {
    output += chunk.toString()
  })
  child.stderr?.on('data', (chunk) => {
    output += chunk.toString()
  })
  return { child, output: () => output, exited: new Promise((resolve) => child.once('exit', resolve)) }
}

async function until<T>(
  check: () => Promise<T | undefined | false>,
  what: string,
  timeoutMs = 120_000,
): Promise<T> {
  const started = Date.now()
  for (;;) {
    const value = await check().catch(() => undefined)
    if (value) return value
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

// Issue 15, "compiled JavaScript in the images": the Dockerfiles run scripts/package-app.sh; so does this test,
// then it starts the packaged bundles and takes a resume from upload to shortlist through them.
describe('the packaged apps', { timeout: 300_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'shortlist-bundles-'))
  const api = join(work, 'api')
  const worker = join(work, 'worker')
  const cleanups: Array<() => Promise<void> | void> = [() => rmSync(work, { recursive: true, force: true })]
  beforeAll(async () => {
    for (const [app, directory] of [
      ['api', api],
      ['worker', worker],
    ] as const)
      await promisify(execFile)('bash', ['scripts/package-app.sh', app, directory], {
        cwd: ROOT,
        maxBuffer: 64 * 1024 * 1024,
      })
  }, 300_000)
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup()
  })

  it('holds JavaScript only: no TypeScript of the app and no tsx', () => {
    for (const directory of [api, worker]) {
      expect(existsSync(join(directory, 'src'))).toBe(false)
      expect(existsSync(join(directory, 'node_modules', 'tsx'))).toBe(false)
      expect(existsSync(join(directory, 'dist', 'document-sandbox.worker.mjs'))).toBe(true)
    }
    for (const entry of ['server', 'start', 'migrate', 'export-embedded', 'import-embedded'])
      expect(existsSync(join(api, 'dist', `${entry}.js`))).toBe(true)
    expect(existsSync(join(worker, 'dist', 'main.js'))).toBe(true)
  })

  it('migrates, serves and processes a resume from upload to shortlist on PostgreSQL', async () => {
    const database = await createPostgresDatabase('bundles')
    cleanups.push(database.drop)
    const prefix = uniqueQueuePrefix('bundles')
    cleanups.push(() => dropQueuePrefix(prefix))
    const port = await freePort()
    const base = `http://127.0.0.1:${port}`
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: prefix,
      PORT: String(port),
      DATA_DIR: join(work, 'data'),
      // The images set PROMPTS_DIR to their copy of prompts/.
      PROMPTS_DIR: join(ROOT, 'prompts'),
      HEARTBEAT_FILE: join(work, 'heartbeat'),
      JWT_SECRET: 'bundle-test-secret-bundle-test-secret-0123',
    }

    const migrate = runBundle(api, 'migrate', env)
    expect(await migrate.exited, migrate.output()).toBe(0)
    expect(migrate.output()).toMatch(/applied \d+ migration/)

    const server = runBundle(api, 'server', env)
    cleanups.push(() => void server.child.kill('SIGKILL'))
    const workers = runBundle(worker, 'main', env)
    cleanups.push(() => void workers.child.kill('SIGKILL'))
    await until(async () => (await fetch(`${base}/readyz`)).ok, `the API bundle\n${server.output()}`)
    await until(async () => existsSync(env.HEARTBEAT_FILE), `the worker bundle\n${workers.output()}`)
    // Swagger UI's assets come from its npm package, resolved from the deployed node_modules.
    expect((await fetch(`${base}/docs/static/index.html`)).status).toBe(200)

    const account = { email: 'bundle@example.com', password: 'correct horse battery staple' }
    const json = { 'content-type': 'application/json' }
    const signup = await fetch(`${base}/v1/auth/signup`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ organizationName: 'Bundles', name: 'B', ...account }),
    })
    expect(signup.status).toBe(202)
    const login = await fetch(`${base}/v1/auth/login`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify(account),
    })
    const { accessToken } = (await login.json()) as { accessToken: string }
    const auth = { authorization: `Bearer ${accessToken}` }
    const posting = readFileSync(join(ROOT, 'fixtures/demo/jobs/ml-platform-engineer.txt'), 'utf8')
    const created = await fetch(`${base}/v1/jobs`, {
      method: 'POST',
      headers: { ...auth, ...json },
      body: JSON.stringify({ title: 'ML platform engineer', description: posting }),
    })
    const job = (await created.json()) as { id: string }
    const form = new FormData()
    // A PDF, so pdf.js runs inside the sandbox worker thread that the bundle starts from dist/.
    form.append(
      'files',
      new Blob([readFileSync(join(ROOT, 'fixtures/demo/resumes/priya-raman.pdf'))]),
      'priya-raman.pdf',
    )
    // A resume longer than the embedder's thread threshold, so its chunks are embedded in the piscina thread,
    // whose entry must start from the deployed package tree as well.
    form.append('files', new Blob([longResume()]), 'long-career.txt')
    const upload = await fetch(`${base}/v1/jobs/${job.id}/applications`, {
      method: 'POST',
      headers: auth,
      body: form,
    })
    expect(upload.status, await upload.clone().text()).toBeLessThan(300)

    const shortlist = await until(async () => {
      const response = await fetch(`${base}/v1/jobs/${job.id}/shortlist`, { headers: auth })
      const body = (await response.json()) as {
        total: number
        items: Array<{ score: number; requirements: unknown[] }>
      }
      return body.total === 2 && body.items.length === 2 ? body : undefined
    }, `both resumes to be scored\n${workers.output()}`)
    for (const item of shortlist.items) {
      expect(item.requirements.length).toBeGreaterThan(0)
      expect(item.score).toBeGreaterThan(0)
    }

    server.child.kill('SIGTERM')
    workers.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
    expect(await workers.exited).toBe(0)
  })
})
