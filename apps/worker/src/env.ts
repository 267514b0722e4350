// The only file of the worker that reads process.env.
import { parseEnvironment, ZEngineEnvironment } from '@shortlist/engine'
import { z } from 'zod'

const ZEnv = ZEngineEnvironment.extend({
  DATABASE_URL: z.url({
    message:
      'a standalone worker needs DATABASE_URL (PGlite admits one process: use `pnpm start` for embedded mode)',
  }),
  HEARTBEAT_FILE: z.string().default('/tmp/worker-heartbeat'),
  /** Candidate messages go out through this server, e.g. smtp://user:pass@mail.example.com:587. */
  SMTP_URL: z.url().optional(),
  MAIL_FROM: z.string().min(3).default('Shortlist <no-reply@localhost>'),
  /**
   * After SIGTERM, how long active jobs may run before they are cancelled and the process exits. 85 s leaves 5 s of
   * the chart's 90 s terminationGracePeriodSeconds to close connections; the chart derives it from that value.
   */
  WORKER_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(85_000),
  /** Serves Prometheus metrics on this port (GET /metrics) when set; the chart sets 9464. */
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  METRICS_HOST: z.string().default('0.0.0.0'),
})

export type WorkerEnv = z.infer<typeof ZEnv>
export const env: WorkerEnv = parseEnvironment(ZEnv, process.env)
