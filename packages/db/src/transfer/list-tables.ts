import { sql } from 'kysely'
import type { Db } from '../create-database'

export type TableShape = {
  name: string
  /** Columns a row can be written to (generated columns are left out: the target computes them). */
  columns: string[]
}

/** Kysely's own bookkeeping: the target gets it from `pnpm migrate`, never from a copy. */
const MIGRATOR_TABLES = new Set(['kysely_migration', 'kysely_migration_lock'])

/**
 * The application's tables in the current schema, each after every table it references, so that inserting in
 * this order never meets a missing foreign key. A table referencing itself would need its rows ordered too; the
 * schema has none, and a cycle is refused rather than half-handled.
 */
export async function listTablesInLoadOrder(db: Db): Promise<TableShape[]> {
  const columns = await sql<{ table_name: string; column_name: string }>`
    SELECT c.table_name, c.column_name
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.is_generated = 'NEVER'
    ORDER BY c.table_name, c.ordinal_position`.execute(db)
  const references = await sql<{ child: string; parent: string }>`
    SELECT DISTINCT child.relname AS child, parent.relname AS parent
    FROM pg_constraint con
    JOIN pg_class child ON child.oid = con.conrelid
    JOIN pg_class parent ON parent.oid = con.confrelid
    JOIN pg_namespace ns ON ns.oid = child.relnamespace
    WHERE con.contype = 'f' AND ns.nspname = current_schema()`.execute(db)

  const shapes = new Map<string, TableShape>()
  for (const row of columns.rows) {
    if (MIGRATOR_TABLES.has(row.table_name)) continue
    const shape = shapes.get(row.table_name) ?? { name: row.table_name, columns: [] }
    shape.columns.push(row.column_name)
    shapes.set(row.table_name, shape)
  }
  const parents = new Map<string, Set<string>>()
  for (const { child, parent } of references.rows) {
    if (child === parent) throw new Error(`table ${child} references itself; its rows would need ordering`)
    parents.set(child, (parents.get(child) ?? new Set()).add(parent))
  }

  const ordered: TableShape[] = []
  const placed = new Set<string>()
  const remaining = [...shapes.keys()].sort()
  while (remaining.length > 0) {
    const ready = remaining.filter((name) =>
      [...(parents.get(name) ?? [])].every((parent) => placed.has(parent) || !shapes.has(parent)),
    )
    if (ready.length === 0) throw new Error(`foreign keys form a cycle among ${remaining.join(', ')}`)
    for (const name of ready) {
      ordered.push(shapes.get(name) as TableShape)
      placed.add(name)
      remaining.splice(remaining.indexOf(name), 1)
    }
  }
  return ordered
}
