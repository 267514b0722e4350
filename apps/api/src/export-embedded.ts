// `pnpm export-embedded [--file PATH]`: writes every row of the embedded PGlite database in DATA_DIR to a file that
// `pnpm import-embedded` loads into PostgreSQL + pgvector. Stop `pnpm start` first (PGlite admits one process) and
// run `pnpm migrate` on both sides with the same release. Steps: README, "Moving from embedded to PostgreSQL".
import { parseArgs } from 'node:util'
import { createDatabase, exportDatabase } from '@shortlist/db'
import { parseDatabaseCommandEnv } from './database-command-env'
import { writeExportFile } from './lib/export-file'

try {
  const { values } = parseArgs({
    options: { file: { type: 'string', default: 'shortlist-export.jsonl.gz' } },
  })
  const env = parseDatabaseCommandEnv(process.env)
  const database = await createDatabase({ dataDir: env.DATA_DIR })
  try {
    let rows = 0
    let tables = 0
    async function* counted() {
      for await (const item of exportDatabase(database.db)) {
        if ('format' in item) tables = item.tables.length
        else rows += item.count
        yield item
      }
    }
    await writeExportFile(values.file, counted())
    process.stdout.write(
      `export-embedded: ${rows} rows of ${tables} tables from ${env.DATA_DIR} into ${values.file}\n`,
    )
  } finally {
    await database.close()
  }
} catch (error) {
  process.stderr.write(`export-embedded failed: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
}
