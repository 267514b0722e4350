import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration'
import type { Db } from './create-database'
import * as initial from './migrations/2026-11-21T00-00-initial'
import * as requirementTypes from './migrations/2026-12-04T21-00-requirement-types'
import * as candidateCorrections from './migrations/2026-12-04T21-30-candidate-corrections'
import * as shortlistRank from './migrations/2026-12-04T22-00-shortlist-rank'
import * as userSessions from './migrations/2026-12-04T22-10-user-sessions'
import * as interviewLoop from './migrations/2026-12-04T22-30-interview-loop'
import * as pipeline from './migrations/2026-12-04T22-40-pipeline'
import * as shortlistPages from './migrations/2026-12-05T00-20-shortlist-pages'

// Listed in code (not read from a folder) so the same migrations run from tsx, tests and containers.
const migrations: Record<string, Migration> = {
  '2026-11-21T00-00-initial': initial,
  '2026-12-04T21-00-requirement-types': requirementTypes,
  '2026-12-04T21-30-candidate-corrections': candidateCorrections,
  '2026-12-04T22-00-shortlist-rank': shortlistRank,
  '2026-12-04T22-10-user-sessions': userSessions,
  '2026-12-04T22-30-interview-loop': interviewLoop,
  '2026-12-04T22-40-pipeline': pipeline,
  '2026-12-05T00-20-shortlist-pages': shortlistPages,
}

const provider: MigrationProvider = { getMigrations: async () => migrations }

/** Brings the schema to the latest version. Safe to call from several processes: Kysely holds an advisory lock. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider })
  const { error, results } = await migrator.migrateToLatest()
  if (error) throw error instanceof Error ? error : new Error(String(error))
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName)
}
