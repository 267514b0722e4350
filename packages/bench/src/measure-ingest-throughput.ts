import { createHash } from 'node:crypto'
import { availableParallelism } from 'node:os'
import { loadTaxonomy } from '@shortlist/core'
import {
  createApplicationWithDocument,
  createDatabase,
  createJob,
  createOrganizationWithAdmin,
  findJob,
  migrateToLatest,
} from '@shortlist/db'
import { type Engine, openEngine } from '@shortlist/engine'
import { analyzeJobPostingJob, ingestDocumentJob } from '@shortlist/jobs'
import { dropQueuePrefix, TEST_REDIS_URL, uniqueQueuePrefix } from '@shortlist/testing'
import { startWorkers } from '@shortlist/worker'
import { sql } from 'kysely'
import { type BenchResult, rateRatio } from './bench-result'
import { median, timeMs } from './measure'
import { type Corpus, createCorpus } from './synthetic-corpus'

const POLL_MS = 25
const TIMEOUT_MS = 180_000

type Tenant = { organizationId: string; userId: string }

async function waitUntil(check: () => Promise<boolean>, what: string): Promise<void> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > TIMEOUT_MS) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}

/** A job analysed through the queue, so later ingests queue their scoring straight away. */
async function createReadyJob(
  engine: Engine,
  tenant: Tenant,
  corpus: Corpus,
  index: number,
): Promise<string> {
  const posting = corpus.posting(index)
  const job = await createJob(engine.db, tenant.organizationId, {
    title: posting.title,
    description: posting.text,
    createdBy: tenant.userId,
  })
  await engine.producer.enqueue(analyzeJobPostingJob, {
    organizationId: tenant.organizationId,
    jobId: job.id,
  })
  await waitUntil(
    async () => (await findJob(engine.db, tenant.organizationId, job.id))?.status === 'ready',
    'job analysis',
  )
  return job.id
}

/**
 * Stores `texts` as TXT uploads of a new job, then times from queueing their ingest jobs until every application
 * is scored (ingest in the sandbox, parse, embed, store, then the scoring job): documents per second.
 */
async function ingestBatch(
  engine: Engine,
  tenant: Tenant,
  corpus: Corpus,
  jobIndex: number,
  texts: string[],
): Promise<number> {
  const jobId = await createReadyJob(engine, tenant, corpus, jobIndex)
  const applicationIds = await engine.db.transaction().execute(async (trx) => {
    const ids: string[] = []
    for (const text of texts) {
      const content = new TextEncoder().encode(text)
      const { application } = await createApplicationWithDocument(
        trx,
        tenant.organizationId,
        jobId,
        {
          filename: 'resume.txt',
          kind: 'txt',
          mime: 'text/plain',
          sha256: createHash('sha256').update(content).digest('hex'),
          content,
          pages: 1,
        },
        tenant.userId,
      )
      ids.push(application.id)
    }
    return ids
  })
  const finished = async (): Promise<boolean> => {
    const result = await sql<{ done: number; failed: number }>`
      SELECT count(*) FILTER (WHERE status IN ('scored', 'failed'))::int AS done,
             count(*) FILTER (WHERE status = 'failed')::int AS failed
      FROM applications WHERE organization_id = ${tenant.organizationId} AND job_id = ${jobId}
    `.execute(engine.db)
    const row = result.rows[0]
    if (row && row.failed > 0) throw new Error(`${row.failed} applications failed to ingest`)
    return row?.done === texts.length
  }
  const run = await timeMs(async () => {
    for (const applicationId of applicationIds) {
      await engine.producer.enqueue(ingestDocumentJob, {
        organizationId: tenant.organizationId,
        applicationId,
      })
    }
    await waitUntil(finished, 'ingest and scoring')
  })
  return (texts.length * 1000) / run.ms
}

/**
 * The real pipeline (BullMQ on the local Redis under a fresh prefix, PGlite in memory, the parsing sandbox,
 * the offline embedder) with worker concurrency 1 (baseline) against 4, in documents per second.
 */
export async function measureIngestThroughput(options: {
  documents: number
  concurrency: number
  repetitions: number
}): Promise<BenchResult> {
  const prefix = uniqueQueuePrefix('bench-ingest')
  const corpus = createCorpus(loadTaxonomy(), 60_606)
  const database = await createDatabase({ dataDir: 'memory://' })
  await migrateToLatest(database.db)
  const engine = await openEngine({
    database,
    dataDir: 'memory://',
    redisUrl: TEST_REDIS_URL,
    queuePrefix: prefix,
    llm: {},
    documents: { maxPages: 50, parseTimeoutMs: 15_000, parseMemoryMb: 256, parseWorkers: 2 },
  })
  const logger = { info: () => undefined, warn: () => undefined, error: () => undefined }
  let nextResume = 0
  let nextJob = 0
  const texts = (count: number) => Array.from({ length: count }, () => corpus.resume(nextResume++).text)
  try {
    const { organization, user } = await createOrganizationWithAdmin(engine.db, {
      organizationName: 'Bench ingest',
      name: 'Bench',
      email: `${prefix}@example.com`,
      passwordHash: 'not-a-real-hash',
    })
    const tenant = { organizationId: organization.id, userId: user.id }
    const rates = new Map<number, number[]>([
      [1, []],
      [options.concurrency, []],
    ])
    for (let repetition = 0; repetition <= options.repetitions; repetition++) {
      // Repetition 0 warms up (sandbox threads, taxonomy, queues) and is not reported; the order alternates after.
      const order = repetition % 2 === 0 ? [options.concurrency, 1] : [1, options.concurrency]
      for (const concurrency of order) {
        const workers = startWorkers(engine, { redisUrl: TEST_REDIS_URL, prefix, concurrency, logger })
        try {
          const count = repetition === 0 ? Math.min(5, options.documents) : options.documents
          const rate = await ingestBatch(engine, tenant, corpus, nextJob++, texts(count))
          if (repetition > 0) rates.get(concurrency)?.push(rate)
        } finally {
          await workers.close()
        }
      }
    }
    const value = median(rates.get(options.concurrency) ?? [])
    const baseline = median(rates.get(1) ?? [])
    return {
      name: 'ingest throughput',
      parameters: {
        documents: options.documents,
        repetitions: options.repetitions,
        concurrency: options.concurrency,
        parseWorkers: 2,
        cores: availableParallelism(),
      },
      rows: [
        {
          benchmark: 'ingest throughput',
          metric: `documents per second (TXT, ingest + score)`,
          value,
          baseline,
          unit: 'docs/s',
          ratio: rateRatio(value, baseline),
          note: `worker concurrency ${options.concurrency} vs 1`,
        },
      ],
      quality: {},
    }
  } finally {
    await engine.close()
    await dropQueuePrefix(prefix)
  }
}
