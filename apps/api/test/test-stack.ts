import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type Engine, openEngine } from '@shortlist/engine'
import type { LlmProviderConfig } from '@shortlist/llm'
import type { Metrics } from '@shortlist/metrics'
import {
  createTestDatabase,
  dropQueuePrefix,
  TEST_REDIS_URL,
  type TestEngine,
  uniqueQueuePrefix,
} from '@shortlist/testing'
import { type RunningWorkers, startWorkers, type WorkerLogger } from '@shortlist/worker'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../src/app'
import type { HealthOptions } from '../src/routes/health/index'

export const FIXTURES = fileURLToPath(new URL('../../../fixtures', import.meta.url))
export const readFixture = (path: string): Buffer => readFileSync(`${FIXTURES}/${path}`)

export type TestStack = {
  app: FastifyInstance
  engine: Engine
  workers: RunningWorkers | null
  prefix: string
  databaseUrl: string | undefined
  close(): Promise<void>
}

/**
 * The real API on a fresh database (embedded PGlite, or `pg` against a private database on the real PostgreSQL,
 * pglite-socket where there is none) and real Redis
 * under a queue prefix of its own, with workers in the same process unless asked otherwise.
 */
export async function startTestStack(
  options: {
    engine?: TestEngine
    workers?: boolean
    uploadMaxBytes?: number
    label?: string
    /** LLM provider settings; the default `{}` is the offline provider. */
    llm?: LlmProviderConfig
    /** SMTP for candidate messages; absent: messages go to the outbox. */
    mail?: { smtpUrl: string; from: string }
    /** The sandbox's time limit per document; 15 s unless a test needs a document killed sooner. */
    parseTimeoutMs?: number
    /** The sandbox's time limit for reading a posting; its default (30 s) unless a test needs one stopped sooner. */
    postingParseTimeoutMs?: number
    /** Receives every log line of the API (level debug) and of the workers (unless `workerLogger`); absent: silent. */
    log?: (line: string) => void
    /** Metrics shared by the API and the in-process workers; GET /metrics exists when a token is given too. */
    metrics?: Metrics
    metricsToken?: string
    /** Operators of the installation (the queue board). */
    installAdminEmails?: string[]
    /** The workers' logger; silent by default. */
    workerLogger?: WorkerLogger
    /** A Redis of the test's own (one it may stop); the shared one by default. */
    redisUrl?: string
    readiness?: HealthOptions
  } = {},
): Promise<TestStack> {
  const prefix = uniqueQueuePrefix(options.label ?? 'api')
  // Migrated here, as `pnpm migrate` would; the engine only checks the schema. On the `pg` path it is a private
  // database on the real PostgreSQL with a real pool (pglite-socket with one connection where there is none).
  const database = await createTestDatabase(options.engine ?? 'pglite')
  const engine = await openEngine({
    database,
    dataDir: 'memory://',
    redisUrl: options.redisUrl ?? TEST_REDIS_URL,
    queuePrefix: prefix,
    llm: options.llm ?? {},
    documents: {
      maxPages: 50,
      parseTimeoutMs: options.parseTimeoutMs ?? 15_000,
      ...(options.postingParseTimeoutMs ? { postingParseTimeoutMs: options.postingParseTimeoutMs } : {}),
      parseMemoryMb: 256,
      parseWorkers: 2,
    },
  })
  const app = await buildApp({
    engine,
    settings: {
      uploadMaxBytes: options.uploadMaxBytes ?? 10 * 1024 * 1024,
      uploadMaxFiles: 100,
      publicUrl: 'http://shortlist.test',
      defaultMonthlyBudgetUsd: null,
      smtpConfigured: options.mail !== undefined,
    },
    jwtSecret: 'test-secret-test-secret-test-secret-0123456789',
    jwtExpiresIn: '1h',
    rateLimitPrefix: prefix,
    ...(options.log ? { logger: { level: 'debug', stream: { write: options.log } } } : {}),
    ...(options.metrics
      ? { metrics: { metrics: options.metrics, token: options.metricsToken ?? null } }
      : {}),
    ...(options.installAdminEmails ? { installAdminEmails: options.installAdminEmails } : {}),
    ...(options.readiness ? { readiness: options.readiness } : {}),
  })
  await app.ready()
  const capture = options.log
  const line = (level: string) => (object: object, message?: string) =>
    capture?.(JSON.stringify({ level, ...object, msg: message }))
  const silent = { debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error') }
  const workers =
    options.workers === false
      ? null
      : startWorkers(engine, {
          redisUrl: options.redisUrl ?? TEST_REDIS_URL,
          prefix,
          concurrency: 4,
          parseTimeoutMs: options.parseTimeoutMs ?? 15_000,
          logger: options.workerLogger ?? silent,
          metrics: options.metrics ?? null,
          ...(options.mail ? { mail: options.mail } : {}),
        })
  return {
    app,
    engine,
    workers,
    prefix,
    databaseUrl: database.url,
    async close() {
      await app.close()
      await workers?.close()
      await engine.close()
      await dropQueuePrefix(prefix, options.redisUrl ?? TEST_REDIS_URL)
    },
  }
}

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON responses field by field.
export type Json = Record<string, any>

/** Small JSON client over app.inject. */
export function client(app: FastifyInstance, token?: string) {
  const headers = token ? { authorization: `Bearer ${token}` } : {}
  const call = async (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
  ) => {
    const response = await app.inject({
      method,
      url,
      headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    })
    return {
      status: response.statusCode,
      body: response.body ? safeJson(response.body) : null,
      headers: response.headers,
    }
  }
  return {
    get: (url: string) => call('GET', url),
    post: (url: string, payload?: unknown) => call('POST', url, payload ?? {}),
    put: (url: string, payload: unknown) => call('PUT', url, payload),
    patch: (url: string, payload: unknown) => call('PATCH', url, payload),
    delete: (url: string) => call('DELETE', url),
    async upload(url: string, files: Array<{ name: string; content: Buffer | Uint8Array; type?: string }>) {
      const boundary = `----shortlist${Math.random().toString(16).slice(2)}`
      const chunks: Buffer[] = []
      for (const file of files) {
        chunks.push(
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
          ),
          Buffer.from(file.content),
          Buffer.from('\r\n'),
        )
      }
      chunks.push(Buffer.from(`--${boundary}--\r\n`))
      const response = await app.inject({
        method: 'POST',
        url,
        headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: Buffer.concat(chunks),
      })
      return { status: response.statusCode, body: safeJson(response.body), headers: response.headers }
    },
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see Json.
function safeJson(text: string): any {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/** Polls until `check` returns a value, or fails after `timeoutMs`. */
export async function waitFor<T>(
  check: () => Promise<T | undefined | null | false>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const started = Date.now()
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() - started > timeoutMs)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Creates an organisation and signs its admin in (signup itself returns no token). */
export async function signup(app: FastifyInstance, label: string): Promise<string> {
  const account = {
    email: `admin-${label}-${Math.random().toString(16).slice(2, 8)}@example.com`,
    password: 'correct horse battery staple',
  }
  const response = await client(app).post('/v1/auth/signup', {
    organizationName: `Org ${label}`,
    name: `Admin ${label}`,
    ...account,
  })
  if (response.status !== 202) throw new Error(`signup failed: ${JSON.stringify(response.body)}`)
  const login = await client(app).post('/v1/auth/login', account)
  if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.body)}`)
  return login.body.accessToken
}
