// `pnpm migrate`: the only command that changes the database schema. Run it before starting a new release (the
// Helm chart's pre-install/pre-upgrade Job, compose's `migrate` service); the API and the workers refuse a database
// that lacks a migration and never apply one themselves. Uses MIGRATION_DATABASE_URL when set, else DATABASE_URL,
// else the embedded PGlite in DATA_DIR (stop `pnpm start` first: PGlite admits one process).
import { createDatabase } from '@shortlist/db'
import { parseDatabaseCommandEnv } from './database-command-env'
import { applyMigrations } from './migrate-command'

const write = (line: string) => process.stdout.write(`${line}\n`)

try {
  const env = parseDatabaseCommandEnv(process.env)
  const databaseUrl = env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL
  const database = await createDatabase({ databaseUrl, dataDir: env.DATA_DIR, poolSize: 1 })
  try {
    write(`migrate: ${databaseUrl ? 'PostgreSQL' : `embedded PGlite in ${env.DATA_DIR}`}`)
    await applyMigrations(database, write)
  } finally {
    await database.close()
  }
} catch (error) {
  process.stderr.write(`migrate failed: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
}
