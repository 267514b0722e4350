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
  /** Staff session state (role, token version, deactivation) is reused this long; other API processes see a change
   * within it, the one that made it at once. 0 reads it on every request. */
  SESSION_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  /**
   * Bearer token Prometheus sends to GET /metrics (`authorization: Bearer <token>`). Unset: /metrics answers 404.
   * At least 16 characters, since it guards a route on the public port.
   */
  METRICS_TOKEN: z.string().min(16).optional(),
  /**
   * E-mail addresses of the installation's operators (comma-separated). Only signed-in users with one of these
   * addresses open the queue board (/admin/queues), which shows every organisation's jobs.
   */
  INSTALL_ADMIN_EMAILS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((email) => email.trim().toLowerCase())
        .filter((email) => email.length > 0),
    )
    .pipe(z.array(z.email())),
  /** How long Redis may be unreachable before /readyz takes this pod out of service (see ARCHITECTURE.md). */
  READY_REDIS_TOLERANCE_MS: z.coerce.number().int().min(0).default(30_000),
}).superRefine((value, context) => {
  // Links in invites and password resets must point at the address people use, never at whatever Host header a
  // request carried. On loopback that is http://HOST:PORT; anywhere else only the operator knows it.
  if (!value.PUBLIC_URL && !isLoopback(value.HOST))
    context.addIssue({
      code: 'custom',
      path: ['PUBLIC_URL'],
      message: `is required when HOST (${value.HOST}) is not a loopback address: set it to the address users open, such as https://shortlist.example.com`,
    })
})

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host)
}

/** Where links sent to people point: PUBLIC_URL, else the loopback address the server listens on. */
export function publicOrigin(env: Pick<Env, 'PUBLIC_URL' | 'HOST' | 'PORT'>): string {
  if (env.PUBLIC_URL) return env.PUBLIC_URL.replace(/\/+$/, '')
  const host = env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST
  return `http://${host}:${env.PORT}`
}

export type Env = z.infer<typeof ZEnv>

/** Parses an environment; the app reads `env` below, tests pass their own record. */
export const parseEnv = (source: Record<string, string | undefined>): Env => parseEnvironment(ZEnv, source)

export const env: Env = parseEnv(process.env)
