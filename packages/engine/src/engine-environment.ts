import { availableParallelism } from 'node:os'
import { z } from 'zod'
import type { EngineConfig } from './open-engine'

/**
 * The environment variables every process that opens the engine understands. Each app extends this schema in its
 * own `env.ts` (the only place that reads `process.env`), so both apps accept the same names and defaults.
 */
export const ZEngineEnvironment = z.object({
  DATABASE_URL: z.url().optional(),
  /** Connections each process keeps in its `pg` pool (PostgreSQL only). Keep pods × this under max_connections. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(10),
  DATA_DIR: z.string().default('./.data'),
  REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z.string().min(1).default('shortlist'),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_ORGANIZATION: z.string().optional(),
  OPENAI_CHAT_MODEL: z.string().default('gpt-4o-mini'),
  OPENAI_FALLBACK_CHAT_MODEL: z.string().optional(),
  OPENAI_EMBEDDING_MODEL: z.string().default('text-embedding-3-small'),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(1000).default(60_000),
  /** Where the versioned prompt files live; defaults to the repository's `prompts/`. Containers set it. */
  PROMPTS_DIR: z.string().optional(),
  /** Unset: twice the parsing threads (at least 4), so each thread has a resume to parse while another is stored. */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  /** Unset: derived from PARSE_TIMEOUT_MS (see `computeWorkerTimings`); set, it must exceed it. */
  WORKER_LOCK_DURATION_MS: z.coerce.number().int().min(1000).optional(),
  WORKER_STALLED_INTERVAL_MS: z.coerce.number().int().min(1000).optional(),
  /** How often API and workers queue again committed work that has no live job (after a Redis or Postgres outage). */
  RECONCILE_INTERVAL_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  UPLOAD_MAX_PAGES: z.coerce.number().int().min(1).default(50),
  PARSE_TIMEOUT_MS: z.coerce.number().int().min(1000).default(20_000),
  /** The sandbox's limit for reading one posting (see DEFAULT_POSTING_TIMEOUT_MS in core). */
  POSTING_PARSE_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30_000),
  PARSE_MEMORY_MB: z.coerce.number().int().min(64).default(256),
  /** Largest parse result (text, profile and chunks as JSON) a document may produce; larger ones fail. */
  PARSE_MAX_OUTPUT_MB: z.coerce.number().int().min(1).default(16),
  /** Unset: one parsing thread per core this process may run on (parsing is the CPU-bound part of ingest). */
  PARSE_WORKERS: z.coerce
    .number()
    .int()
    .min(1)
    .max(16)
    .default(() => Math.min(16, availableParallelism())),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
})

export type EngineEnvironment = z.infer<typeof ZEngineEnvironment>

/** Validates an environment with `schema`; an empty variable (common in compose files) means "not set". */
export function parseEnvironment<T extends z.ZodType>(
  schema: T,
  source: Record<string, string | undefined>,
): z.infer<T> {
  const present = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  )
  const result = schema.safeParse(present)
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ')
    throw new Error(`Invalid environment: ${problems}`)
  }
  return result.data
}

/** Jobs per queue per process: WORKER_CONCURRENCY, else twice the parsing threads (at least 4). */
export function workerConcurrency(
  env: Pick<EngineEnvironment, 'WORKER_CONCURRENCY' | 'PARSE_WORKERS'>,
): number {
  return env.WORKER_CONCURRENCY ?? Math.max(4, 2 * env.PARSE_WORKERS)
}

/** The engine's configuration from validated environment values. */
export function engineConfigFromEnvironment(env: EngineEnvironment): EngineConfig {
  return {
    databaseUrl: env.DATABASE_URL,
    databasePoolSize: env.DATABASE_POOL_MAX,
    dataDir: env.DATA_DIR,
    redisUrl: env.REDIS_URL,
    queuePrefix: env.QUEUE_PREFIX,
    llm: {
      openAiApiKey: env.OPENAI_API_KEY,
      openAiBaseUrl: env.OPENAI_BASE_URL,
      openAiOrganization: env.OPENAI_ORGANIZATION,
      chatModel: env.OPENAI_CHAT_MODEL,
      ...(env.OPENAI_FALLBACK_CHAT_MODEL ? { fallbackChatModel: env.OPENAI_FALLBACK_CHAT_MODEL } : {}),
      embeddingModel: env.OPENAI_EMBEDDING_MODEL,
      timeoutMs: env.OPENAI_TIMEOUT_MS,
      ...(env.PROMPTS_DIR ? { promptsDir: env.PROMPTS_DIR } : {}),
    },
    documents: {
      maxPages: env.UPLOAD_MAX_PAGES,
      parseTimeoutMs: env.PARSE_TIMEOUT_MS,
      postingParseTimeoutMs: env.POSTING_PARSE_TIMEOUT_MS,
      parseMemoryMb: env.PARSE_MEMORY_MB,
      parseMaxOutputBytes: env.PARSE_MAX_OUTPUT_MB * 1024 * 1024,
      parseWorkers: env.PARSE_WORKERS,
    },
  }
}
