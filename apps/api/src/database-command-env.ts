// The only reader of process.env for the database commands (`migrate`, `export-embedded`, `import-embedded`). Kept
// apart from env.ts so that a migration Job needs no API settings (PUBLIC_URL, JWT_SECRET, ...), only where the
// database is.
import { parseEnvironment } from '@shortlist/engine'
import { z } from 'zod'

const ZDatabaseCommandEnv = z.object({
  /** A URL with DDL rights, used only by migrations (often a direct, unpooled connection). */
  MIGRATION_DATABASE_URL: z.url().optional(),
  DATABASE_URL: z.url().optional(),
  /** Embedded PGlite's folder when neither URL is set. */
  DATA_DIR: z.string().default('./.data'),
})

export type DatabaseCommandEnv = z.infer<typeof ZDatabaseCommandEnv>

export const parseDatabaseCommandEnv = (source: Record<string, string | undefined>): DatabaseCommandEnv =>
  parseEnvironment(ZDatabaseCommandEnv, source)
