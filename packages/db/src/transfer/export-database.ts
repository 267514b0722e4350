import { sql } from 'kysely'
import type { Db } from '../create-database'
import { readSchemaStatus } from '../migrate'
import { listTablesInLoadOrder } from './list-tables'

export type ExportHeader = {
  format: 'shortlist-database-export'
  version: 1
  /** The migrations the exported schema had; the target must have exactly these applied. */
  migrations: string[]
  /** Tables in load order with their row counts. */
  tables: Array<{ name: string; columns: string[]; rows: number }>
}

/** A batch of one table's rows: a JSON array of `row_to_json` objects, kept as text so no value is re-encoded. */
export type ExportBatch = { table: string; rowsJson: string; count: number }

const BATCH_ROWS = 500
/** Documents carry their file bytes; a batch stops growing past this many characters of JSON. */
const BATCH_CHARACTERS = 8 * 1024 * 1024

/**
 * Reads every row of every application table as Postgres renders it in JSON (vectors as their `[...]` text, bytea as
 * hex, timestamps with their offset), table by table in load order. Run it only while nothing writes: the export
 * pages through each table by physical row position.
 */
export async function* exportDatabase(db: Db): AsyncGenerator<ExportHeader | ExportBatch> {
  const status = await readSchemaStatus(db)
  if (status.pending.length > 0)
    throw new Error(
      `the database lacks ${status.pending.length} migration(s) (${status.pending.join(', ')}): run \`pnpm migrate\` on it before exporting`,
    )
  const tables = await listTablesInLoadOrder(db)
  const header: ExportHeader = {
    format: 'shortlist-database-export',
    version: 1,
    migrations: status.applied,
    tables: [],
  }
  for (const table of tables) {
    const count = await sql<{
      count: number
    }>`SELECT count(*)::int AS count FROM ${sql.table(table.name)}`.execute(db)
    header.tables.push({ ...table, rows: count.rows[0]?.count ?? 0 })
  }
  yield header

  for (const table of header.tables) {
    let after = '(0,0)'
    let rows: string[] = []
    let characters = 0
    for (;;) {
      const page = await sql<{ position: string; row: string }>`
        SELECT t.ctid::text AS position, row_to_json(t)::text AS row
        FROM ${sql.table(table.name)} t
        WHERE t.ctid > ${after}::tid
        ORDER BY t.ctid
        LIMIT ${BATCH_ROWS}`.execute(db)
      for (const { position, row } of page.rows) {
        rows.push(row)
        characters += row.length
        after = position
        if (rows.length >= BATCH_ROWS || characters >= BATCH_CHARACTERS) {
          yield { table: table.name, rowsJson: `[${rows.join(',')}]`, count: rows.length }
          rows = []
          characters = 0
        }
      }
      if (page.rows.length < BATCH_ROWS) break
    }
    if (rows.length > 0) yield { table: table.name, rowsJson: `[${rows.join(',')}]`, count: rows.length }
  }
}
