import { sql } from 'kysely'
import type { Db } from '../create-database'
import { readSchemaStatus } from '../migrate'
import type { ExportBatch, ExportHeader } from './export-database'
import { listTablesInLoadOrder } from './list-tables'

/**
 * Loads an export into an empty database migrated to the same version, all in one transaction: either every row
 * arrives, counted table by table against the export, or nothing does. Each batch goes in as one
 * `json_populate_recordset`, so Postgres parses every value with its column's own input function (pgvector's for
 * vectors), exactly as it rendered them.
 */
export async function importDatabase(
  db: Db,
  header: ExportHeader,
  batches: AsyncIterable<ExportBatch>,
): Promise<Array<{ name: string; rows: number }>> {
  if (header.format !== 'shortlist-database-export' || header.version !== 1)
    throw new Error('not a Shortlist database export (format or version unknown)')
  const status = await readSchemaStatus(db)
  const missing = header.migrations.filter((name) => !status.applied.includes(name))
  const extra = status.applied.filter((name) => !header.migrations.includes(name))
  if (missing.length > 0 || extra.length > 0 || status.pending.length > 0)
    throw new Error(
      'the target schema differs from the export: run `pnpm migrate` with the same release on both sides ' +
        `(target lacks: ${[...missing, ...status.pending].join(', ') || 'none'}; export lacks: ${extra.join(', ') || 'none'})`,
    )
  // Every key is a uuid today. A sequence would have to continue after the imported rows; refuse rather than
  // leave one behind that hands out taken numbers.
  const sequences = await sql<{ count: number }>`
    SELECT count(*)::int AS count FROM information_schema.sequences WHERE sequence_schema = current_schema()`.execute(
    db,
  )
  if ((sequences.rows[0]?.count ?? 0) > 0)
    throw new Error('the schema has sequences, which this import does not move')
  const targetTables = new Map((await listTablesInLoadOrder(db)).map((table) => [table.name, table]))
  for (const table of header.tables) {
    const target = targetTables.get(table.name)
    if (!target) throw new Error(`the target has no table ${table.name}`)
    const absent = table.columns.filter((column) => !target.columns.includes(column))
    if (absent.length > 0) throw new Error(`the target's ${table.name} lacks ${absent.join(', ')}`)
  }

  return db.transaction().execute(async (trx) => {
    for (const table of header.tables) {
      const existing = await sql<{
        any: boolean
      }>`SELECT EXISTS (SELECT 1 FROM ${sql.table(table.name)}) AS any`.execute(trx)
      if (existing.rows[0]?.any)
        throw new Error(`the target's ${table.name} is not empty: import into a new database`)
    }
    // Triggers derive state from the rows they see change (a job's shortlist version from its evaluations). An export
    // already holds that state as it was, so re-deriving it while loading would change the copy; the owner switches
    // the tables' own triggers off for this transaction only (foreign keys, which are system triggers, stay on).
    for (const table of header.tables)
      await sql`ALTER TABLE ${sql.table(table.name)} DISABLE TRIGGER USER`.execute(trx)
    const loaded = new Map<string, number>(header.tables.map((table) => [table.name, 0]))
    const columnsOf = new Map(header.tables.map((table) => [table.name, table.columns]))
    for await (const batch of batches) {
      const columns = columnsOf.get(batch.table)
      if (!columns) throw new Error(`the export has rows for ${batch.table}, which its header does not list`)
      const list = sql.join(columns.map((column) => sql.ref(column)))
      await sql`
        INSERT INTO ${sql.table(batch.table)} (${list})
        SELECT ${list} FROM json_populate_recordset(NULL::${sql.table(batch.table)}, ${batch.rowsJson}::json)`.execute(
        trx,
      )
      loaded.set(batch.table, (loaded.get(batch.table) ?? 0) + batch.count)
    }
    const counts: Array<{ name: string; rows: number }> = []
    for (const table of header.tables) {
      const result = await sql<{
        count: number
      }>`SELECT count(*)::int AS count FROM ${sql.table(table.name)}`.execute(trx)
      const rows = result.rows[0]?.count ?? 0
      if (rows !== table.rows || loaded.get(table.name) !== table.rows)
        throw new Error(
          `${table.name}: the export announced ${table.rows} rows, ${rows} arrived; nothing was imported`,
        )
      counts.push({ name: table.name, rows })
    }
    for (const table of header.tables)
      await sql`ALTER TABLE ${sql.table(table.name)} ENABLE TRIGGER USER`.execute(trx)
    return counts
  })
}
