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
})

export type WorkerEnv = z.infer<typeof ZEnv>
export const env: WorkerEnv = parseEnvironment(ZEnv, process.env)
