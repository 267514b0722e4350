import type { Db } from '@shortlist/db'
import { Redis } from 'ioredis'
import { sql } from 'kysely'
import { TEST_REDIS_URL } from './index'

/**
 * Where any of `needles` occurs (case-insensitive; byte-exact in bytea): every text, json, array and bytea column of
 * every table in the schema, read from the catalogue so a table added later is searched too. Returns
 * `table.column ∋ needle` per hit.
 */
export async function findTextInDatabase(db: Db, needles: string[]): Promise<string[]> {
  const columns = await sql<{ table_name: string; column_name: string; data_type: string }>`
    select table_name, column_name, data_type from information_schema.columns
    where table_schema = current_schema()
      and data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY')
    order by table_name, column_name
  `.execute(db)
  const hits: string[] = []
  for (const column of columns.rows) {
    const table = sql.table(column.table_name)
    const ref = sql.ref(`${column.table_name}.${column.column_name}`)
    for (const needle of needles) {
      const condition =
        column.data_type === 'bytea'
          ? sql`position(${Buffer.from(needle)}::bytea in ${ref}) > 0`
          : sql`${ref}::text ilike ${`%${needle}%`}`
      const found = await sql<{
        n: number
      }>`select count(*)::int as n from ${table} where ${condition}`.execute(db)
      if ((found.rows[0]?.n ?? 0) > 0) hits.push(`${column.table_name}.${column.column_name} ∋ ${needle}`)
    }
  }
  return hits
}

/** Every Redis key under a queue prefix with its value, whatever its type, as text (for searches). */
export async function dumpQueuePrefix(
  prefix: string,
  redisUrl = TEST_REDIS_URL,
): Promise<Array<{ key: string; text: string }>> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 })
  try {
    const keys: string[] = []
    let cursor = '0'
    do {
      const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000)
      cursor = next
      keys.push(...batch)
    } while (cursor !== '0')
    const dump: Array<{ key: string; text: string }> = []
    for (const key of keys) {
      const type = await redis.type(key)
      let value: unknown = null
      if (type === 'string') value = await redis.get(key)
      else if (type === 'hash') value = await redis.hgetall(key)
      else if (type === 'list') value = await redis.lrange(key, 0, -1)
      else if (type === 'set') value = await redis.smembers(key)
      else if (type === 'zset') value = await redis.zrange(key, '0', '-1')
      else if (type === 'stream') value = await redis.xrange(key, '-', '+')
      dump.push({ key, text: `${key} ${JSON.stringify(value)}` })
    }
    return dump
  } finally {
    redis.disconnect()
  }
}
