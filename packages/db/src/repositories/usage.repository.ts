import { sql } from 'kysely'
import type { Db } from '../create-database'

export type UsageTotals = { requests: number; inputTokens: number; outputTokens: number; costUsd: number }

/** `YYYY-MM` in UTC: budgets reset on the first of the month. */
export const usageMonth = (date: Date): string => date.toISOString().slice(0, 7)

export async function recordUsage(
  db: Db,
  organizationId: string,
  entry: {
    purpose: string
    model: string
    inputTokens: number
    outputTokens: number
    costUsd: number
    at: Date
  },
): Promise<void> {
  await db
    .insertInto('llm_usage')
    .values({
      organization_id: organizationId,
      month: usageMonth(entry.at),
      purpose: entry.purpose,
      model: entry.model,
      input_tokens: entry.inputTokens,
      output_tokens: entry.outputTokens,
      cost_usd: entry.costUsd,
    })
    .execute()
}

export async function sumUsage(db: Db, organizationId: string, month: string): Promise<UsageTotals> {
  const row = await db
    .selectFrom('llm_usage')
    .select([
      sql<number>`count(*)::int`.as('requests'),
      sql<number>`coalesce(sum(input_tokens), 0)::int`.as('input_tokens'),
      sql<number>`coalesce(sum(output_tokens), 0)::int`.as('output_tokens'),
      sql<number>`coalesce(sum(cost_usd), 0)::float8`.as('cost_usd'),
    ])
    .where('organization_id', '=', organizationId)
    .where('month', '=', month)
    .executeTakeFirstOrThrow()
  return {
    requests: row.requests,
    inputTokens: row.input_tokens,
    outputTokens: row.output_tokens,
    costUsd: Number(row.cost_usd),
  }
}

export async function readCache(db: Db, key: string): Promise<unknown | null> {
  const row = await db.selectFrom('llm_cache').select('value').where('key', '=', key).executeTakeFirst()
  return row ? row.value : null
}

/**
 * Stores a model answer by input hash. `applicationId` names the application whose resume the input held (candidate
 * kits), so erasing that application erases the entry too.
 */
export async function writeCache(
  db: Db,
  key: string,
  value: unknown,
  applicationId: string | null = null,
): Promise<void> {
  await db
    .insertInto('llm_cache')
    .values({ key, value: JSON.stringify(value), application_id: applicationId })
    .onConflict((conflict) =>
      conflict.column('key').doUpdateSet({ value: JSON.stringify(value), application_id: applicationId }),
    )
    .execute()
}
