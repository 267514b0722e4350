// The only file of the API that reads process.env. Validated once at start-up.
import { z } from 'zod'

const ZBoolean = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1')

const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z.url().optional(),
  DATA_DIR: z.string().default('./.data'),
  REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z.string().min(1).default('shortlist'),
  JWT_SECRET: z.string().min(32).optional(),
  JWT_EXPIRES_IN: z.string().default('12h'),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_ORGANIZATION: z.string().optional(),
  OPENAI_CHAT_MODEL: z.string().default('gpt-4o-mini'),
  OPENAI_EMBEDDING_MODEL: z.string().default('text-embedding-3-small'),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(1000).default(60_000),
  /** Where the versioned prompt files live; defaults to the repository's `prompts/`. Containers set it. */
  PROMPTS_DIR: z.string().optional(),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  WORKER_LOCK_DURATION_MS: z.coerce.number().int().min(1000).default(30_000),
  WORKER_STALLED_INTERVAL_MS: z.coerce.number().int().min(1000).default(30_000),
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(10 * 1024 * 1024),
  UPLOAD_MAX_FILES: z.coerce.number().int().min(1).max(500).default(100),
  UPLOAD_MAX_PAGES: z.coerce.number().int().min(1).default(50),
  PARSE_TIMEOUT_MS: z.coerce.number().int().min(1000).default(20_000),
  PARSE_MEMORY_MB: z.coerce.number().int().min(64).default(256),
  PARSE_WORKERS: z.coerce.number().int().min(1).max(16).default(2),
  DEFAULT_MONTHLY_BUDGET_USD: z.coerce.number().min(0).optional(),
  SEED_DEMO: ZBoolean.default(true),
  RUN_WORKERS: ZBoolean.optional(),
  WEB_DIST_DIR: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
})

export type Env = z.infer<typeof ZEnv>

/** Parses an environment; the app reads `env` below, tests pass their own record. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable (common in compose files and .env templates) means "not set".
  const present = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  )
  const result = ZEnv.safeParse(present)
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ')
    throw new Error(`Invalid environment: ${problems}`)
  }
  return result.data
}

export const env: Env = parseEnv(process.env)
