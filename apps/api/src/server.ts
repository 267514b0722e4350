// The API process of a scaled deployment (Docker, Kubernetes): workers run as their own pods.
import { env } from './env'
import { runServer } from './run-server'

await runServer(
  { ...env, SEED_DEMO: env.SEED_DEMO && !env.DATABASE_URL },
  { workers: env.RUN_WORKERS ? 'auto' : 'never' },
)
