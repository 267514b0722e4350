// `pnpm import-embedded [--file PATH]`: loads a file written by `pnpm export-embedded` into the PostgreSQL database
// at DATABASE_URL, which must be new (every table empty) and migrated by `pnpm migrate` with the same release. One
// transaction: every row arrives, counted per table against the export, or nothing does.
import { parseArgs } from 'node:util'
import { createDatabase, importDatabase } from '@shortlist/db'
import { parseDatabaseCommandEnv } from './database-command-env'
import { readExportFile } from './lib/export-file'

try {
  const { values } = parseArgs({
    options: { file: { type: 'string', default: 'shortlist-export.jsonl.gz' } },
  })
  const env = parseDatabaseCommandEnv(process.env)
  if (!env.DATABASE_URL)
    throw new Error(
      'set DATABASE_URL to the PostgreSQL database to move into (the embedded one is the source)',
    )
  const { header, batches } = await readExportFile(values.file)
  const database = await createDatabase({ databaseUrl: env.DATABASE_URL, poolSize: 1 })
  try {
    const counts = await importDatabase(database.db, header, batches)
    const rows = counts.reduce((sum, table) => sum + table.rows, 0)
    process.stdout.write(`import-embedded: ${rows} rows into ${counts.length} tables\n`)
    for (const table of counts) process.stdout.write(`  ${table.name.padEnd(28)} ${table.rows}\n`)
  } finally {
    await database.close()
  }
} catch (error) {
  process.stderr.write(`import-embedded failed: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
}
