// The only file of the API that reads process.env. Validated once at start-up.
import { parseEnvironment, ZEngineEnvironment } from '@shortlist/engine'
import { z } from 'zod'

const ZBoolean = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1')

const ZEnv = ZEngineEnvironment.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  PUBLIC_URL: z.url().optional(),
  JWT_SECRET: z.string().min(32).optional(),
  JWT_EXPIRES_IN: z.string().default('12h'),
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(10 * 1024 * 1024),
  UPLOAD_MAX_FILES: z.coerce.number().int().min(1).max(500).default(100),
  DEFAULT_MONTHLY_BUDGET_USD: z.coerce.number().min(0).optional(),
  SEED_DEMO: ZBoolean.default(true),
  RUN_WORKERS: ZBoolean.optional(),
  WEB_DIST_DIR: z.string().optional(),
  /** Candidate messages go out through this server; without it they wait in the outbox to be sent by hand. */
  SMTP_URL: z.url().optional(),
  MAIL_FROM: z.string().min(3).default('Shortlist <no-reply@localhost>'),
})

export type Env = z.infer<typeof ZEnv>

/** Parses an environment; the app reads `env` below, tests pass their own record. */
export const parseEnv = (source: Record<string, string | undefined>): Env => parseEnvironment(ZEnv, source)

export const env: Env = parseEnv(process.env)
