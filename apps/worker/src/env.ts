// The only file of the worker that reads process.env.
import { z } from 'zod'

const ZEnv = z.object({
  DATABASE_URL: z.url({
    message:
      'a standalone worker needs DATABASE_URL (PGlite admits one process: use `pnpm start` for embedded mode)',
  }),
  REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z.string().min(1).default('shortlist'),
  DATA_DIR: z.string().default('./.data'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  PARSE_TIMEOUT_MS: z.coerce.number().int().min(1000).default(20_000),
  PARSE_MEMORY_MB: z.coerce.number().int().min(64).default(256),
  PARSE_WORKERS: z.coerce.number().int().min(1).max(16).default(2),
  UPLOAD_MAX_PAGES: z.coerce.number().int().min(1).default(50),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_ORGANIZATION: z.string().optional(),
  OPENAI_CHAT_MODEL: z.string().default('gpt-4o-mini'),
  OPENAI_EMBEDDING_MODEL: z.string().default('text-embedding-3-small'),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(1000).default(60_000),
  /** Where the versioned prompt files live; defaults to the repository's `prompts/`. Containers set it. */
  PROMPTS_DIR: z.string().optional(),
  HEARTBEAT_FILE: z.string().default('/tmp/worker-heartbeat'),
  WORKER_LOCK_DURATION_MS: z.coerce.number().int().min(1000).default(30_000),
  WORKER_STALLED_INTERVAL_MS: z.coerce.number().int().min(1000).default(30_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
})

export type WorkerEnv = z.infer<typeof ZEnv>
// An empty variable (common in compose files and .env templates) means "not set".
const present = Object.fromEntries(
  Object.entries(process.env).filter(([, value]) => value !== undefined && value !== ''),
)
export const env: WorkerEnv = ZEnv.parse(present)
