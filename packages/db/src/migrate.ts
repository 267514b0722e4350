import { sql } from 'kysely'
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration'
import type { Db } from './create-database'
import * as initial from './migrations/2026-11-21T00-00-initial'
import * as requirementTypes from './migrations/2026-12-04T21-00-requirement-types'
import * as candidateCorrections from './migrations/2026-12-04T21-30-candidate-corrections'
import * as shortlistRank from './migrations/2026-12-04T22-00-shortlist-rank'
import * as userSessions from './migrations/2026-12-04T22-10-user-sessions'
import * as interviewLoop from './migrations/2026-12-04T22-30-interview-loop'
import * as pipeline from './migrations/2026-12-04T22-40-pipeline'
import * as fairness from './migrations/2026-12-05T01-00-fairness'
import * as privacy from './migrations/2026-12-05T01-02-privacy'
import * as kitPool from './migrations/2026-12-05T01-03-kit-pool'
import * as shortlistPages from './migrations/2026-12-05T01-05-shortlist-pages'
import * as unfinishedWork from './migrations/2026-12-05T01-10-unfinished-work'
import * as chunkIndex from './migrations/2026-12-05T01-30-chunk-index'
import * as poolSearch from './migrations/2026-12-05T01-40-pool-search'
import * as requirementDetails from './migrations/2026-12-05T03-50-requirement-details'
import * as chunkSearch from './migrations/2026-12-05T22-00-chunk-search'
import * as poolDocuments from './migrations/2026-12-05T22-10-pool-documents'
import * as chunkPostings from './migrations/2026-12-06T01-00-chunk-postings'

// Listed in code (not read from a folder) so the same migrations run from tsx, tests, bundles and containers.
const migrations: Record<string, Migration> = {
  '2026-11-21T00-00-initial': initial,
  '2026-12-04T21-00-requirement-types': requirementTypes,
  '2026-12-04T21-30-candidate-corrections': candidateCorrections,
  '2026-12-04T22-00-shortlist-rank': shortlistRank,
  '2026-12-04T22-10-user-sessions': userSessions,
  '2026-12-04T22-30-interview-loop': interviewLoop,
  '2026-12-04T22-40-pipeline': pipeline,
  '2026-12-05T01-00-fairness': fairness,
  '2026-12-05T01-02-privacy': privacy,
  '2026-12-05T01-03-kit-pool': kitPool,
  '2026-12-05T01-05-shortlist-pages': shortlistPages,
  '2026-12-05T01-10-unfinished-work': unfinishedWork,
  '2026-12-05T01-30-chunk-index': chunkIndex,
  '2026-12-05T01-40-pool-search': poolSearch,
  '2026-12-05T03-50-requirement-details': requirementDetails,
  '2026-12-05T22-00-chunk-search': chunkSearch,
  '2026-12-05T22-10-pool-documents': poolDocuments,
  '2026-12-06T01-00-chunk-postings': chunkPostings,
}

const provider: MigrationProvider = { getMigrations: async () => migrations }

/** Key of the transaction-level advisory lock that serialises concurrent `migrate` runs (any fixed bigint). */
const MIGRATION_LOCK_KEY = 7_263_120_405

/**
 * Brings the schema to the latest version, all pending migrations in one transaction. Only the `migrate` command
 * (and test helpers, on their own fresh databases) call this: serving processes check with `assertSchemaCurrent`.
 */
export async function migrateToLatest(db: Db): Promise<string[]> {
  // Kysely 0.29 brackets its own transaction with a session-level advisory lock, which a transaction-mode pooler
  // (PgBouncer) may take on one server connection and release on another. Running the migrator inside one
  // transaction that first takes a transaction-level lock keeps lock, DDL and unlock on one server connection, and
  // a crashed run releases the lock with its transaction. Kysely's own session lock, taken and released inside it
  // by the same session on a key it already waits behind, is then harmless.
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${sql.lit(MIGRATION_LOCK_KEY)})`.execute(trx)
    const migrator = new Migrator({ db: trx, provider })
    const { error, results } = await migrator.migrateToLatest()
    // Throwing rolls the whole transaction back: no migration is left half-applied.
    if (error) throw error instanceof Error ? error : new Error(String(error))
    return (results ?? [])
      .filter((result) => result.status === 'Success')
      .map((result) => result.migrationName)
  })
}

export type SchemaStatus = {
  /** Migrations this code knows that the database has not run, oldest first. */
  pending: string[]
  /** Migrations this code knows that the database has run. */
  applied: string[]
}

/** Reads which of this code's migrations the database has run, without creating or changing anything. */
export async function readSchemaStatus(db: Db): Promise<SchemaStatus> {
  const infos = await new Migrator({ db, provider }).getMigrations()
  return {
    pending: infos.filter((info) => !info.executedAt).map((info) => info.name),
    applied: infos.filter((info) => info.executedAt).map((info) => info.name),
  }
}

/** A serving process met a database whose schema is older than its code. */
export class SchemaNotCurrentError extends Error {
  override readonly name = 'SchemaNotCurrentError'
  constructor(readonly status: SchemaStatus) {
    const what =
      status.applied.length === 0
        ? 'The database has no Shortlist schema yet'
        : `The database schema is out of date: ${status.pending.length} migration(s) not applied (${status.pending.join(', ')})`
    super(
      `${what}. Run \`pnpm migrate\` against this database first (Kubernetes: the chart's migration Job; docker compose: the \`migrate\` service). Serving processes never change the schema.`,
    )
  }
}

/**
 * Refuses a database that lacks any migration this code needs. Migrations newer than the code are accepted: during
 * a rolling upgrade the previous release keeps serving on the expanded schema.
 */
export async function assertSchemaCurrent(db: Db): Promise<void> {
  const status = await readSchemaStatus(db)
  if (status.pending.length > 0) throw new SchemaNotCurrentError(status)
}
