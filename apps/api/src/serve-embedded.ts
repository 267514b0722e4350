// The embedded server itself, loaded by start.ts once the process has its malloc settings.
import { createDatabase, type DatabaseHandle } from '@shortlist/db'
import { env } from './env'
import { applyMigrations } from './migrate-command'
import { runServer } from './run-server'

// Embedded PGlite admits one process, so `pnpm migrate` cannot run beside the server: this process runs the same
// migration step explicitly, first, on the database it owns, then serves (and the engine checks the schema like
// any serving process). With DATABASE_URL nothing is migrated here: run `pnpm migrate`, as in production.
let database: DatabaseHandle | undefined
if (!env.DATABASE_URL) {
  try {
    database = await createDatabase({ dataDir: env.DATA_DIR })
    await applyMigrations(database, (line) => process.stdout.write(`${line}\n`))
  } catch (error) {
    process.stderr.write(`migrate failed: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }
}

await runServer(env, { workers: 'auto', ...(database ? { database } : {}) })
