import { type DatabaseHandle, migrateToLatest } from '@shortlist/db'

/**
 * The schema change step of `pnpm migrate`, which the embedded `pnpm start` also runs, explicitly and before it
 * serves, on the PGlite database it alone owns. Returns the migrations it applied.
 */
export async function applyMigrations(
  database: DatabaseHandle,
  write: (line: string) => void,
): Promise<string[]> {
  const applied = await migrateToLatest(database.db)
  write(
    applied.length === 0
      ? 'migrate: the schema is up to date'
      : `migrate: applied ${applied.length} migration(s): ${applied.join(', ')}`,
  )
  return applied
}
