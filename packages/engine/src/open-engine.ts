import { createDocumentSandbox } from '@shortlist/core'
import { assertSchemaCurrent, createDatabase, type DatabaseHandle } from '@shortlist/db'
import { assertRedisReachable, createQueueProducer, createRedisConnection } from '@shortlist/jobs'
import { createLlmProvider, type LlmProviderConfig } from '@shortlist/llm'
import type { Redis } from 'ioredis'
import type { EngineDeps } from './engine-deps'

export type EngineConfig = {
  databaseUrl?: string | undefined
  /** Connections in the `pg` pool (ignored for PGlite). */
  databasePoolSize?: number
  /**
   * An already opened database, used instead of opening one from `databaseUrl`/`dataDir`; the engine owns it from
   * then on and closes it. Embedded start and tests migrate a handle first, then pass it here.
   */
  database?: DatabaseHandle
  dataDir: string
  redisUrl: string
  queuePrefix: string
  llm: LlmProviderConfig
  documents: {
    maxPages: number
    parseTimeoutMs: number
    /** The sandbox's limit for reading one posting; core's DEFAULT_POSTING_TIMEOUT_MS when absent. */
    postingParseTimeoutMs?: number
    parseMemoryMb: number
    parseWorkers: number
    /** Output cap of the parsing sandbox; its default (16 MB) when absent. */
    parseMaxOutputBytes?: number
  }
}

export type Engine = EngineDeps & {
  database: DatabaseHandle
  /** The producer's Redis connection, also used for readiness checks. */
  redis: Redis
  close(): Promise<void>
}

/**
 * Opens everything a process needs: database, queue producer, LLM provider and parsing sandbox. It never changes
 * the schema: a database that misses a migration of this code is refused (`SchemaNotCurrentError`), and
 * `pnpm migrate` is the one way to apply them.
 */
export async function openEngine(config: EngineConfig): Promise<Engine> {
  try {
    await assertRedisReachable(config.redisUrl)
  } catch (error) {
    await config.database?.close()
    throw error
  }
  const database =
    config.database ??
    (await createDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      ...(config.databasePoolSize ? { poolSize: config.databasePoolSize } : {}),
    }))
  try {
    await assertSchemaCurrent(database.db)
  } catch (error) {
    await database.close()
    throw error
  }
  const redis = createRedisConnection(config.redisUrl, 'producer')
  redis.on('error', () => undefined)
  // The producer fails fast (no offline queue): hand it out connected, or the first upload or readiness probe after
  // start could meet a connection still being opened. Redis answered just above; a bounded wait is enough.
  if (redis.status !== 'ready')
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 5_000)
      redis.once('ready', () => {
        clearTimeout(timer)
        resolve()
      })
    })
  const producer = createQueueProducer(redis, config.queuePrefix)
  const sandbox = createDocumentSandbox({
    timeoutMs: config.documents.parseTimeoutMs,
    ...(config.documents.postingParseTimeoutMs
      ? { postingTimeoutMs: config.documents.postingParseTimeoutMs }
      : {}),
    maxMemoryMb: config.documents.parseMemoryMb,
    maxPages: config.documents.maxPages,
    maxWorkers: config.documents.parseWorkers,
    ...(config.documents.parseMaxOutputBytes ? { maxOutputBytes: config.documents.parseMaxOutputBytes } : {}),
  })
  return {
    db: database.db,
    database,
    redis,
    producer,
    sandbox,
    llm: createLlmProvider(config.llm),
    async close() {
      await producer.close()
      await sandbox.close()
      redis.disconnect()
      await database.close()
    },
  }
}
