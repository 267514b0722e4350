// `make start` / `pnpm start`: the whole product in one process on embedded defaults.
import { env } from './env'
import { runServer } from './run-server'

await runServer(env, { workers: 'auto' })
