// The only reader of process.env for the `migrate` command. Kept apart from env.ts so that a migration Job needs no
// API settings (PUBLIC_URL, JWT_SECRET, ...), only where the database is.
import { parseEnvironment } from '@shortlist/engine'
import { z } from 'zod'

const ZMigrateEnv = z.object({
  /** A URL with DDL rights, used only by migrations (often a direct, unpooled connection). */
  MIGRATION_DATABASE_URL: z.url().optional(),
  DATABASE_URL: z.url().optional(),
  /** Embedded PGlite's folder when neither URL is set. */
  DATA_DIR: z.string().default('./.data'),
})

export type MigrateEnv = z.infer<typeof ZMigrateEnv>

export const parseMigrateEnv = (source: Record<string, string | undefined>): MigrateEnv =>
  parseEnvironment(ZMigrateEnv, source)
