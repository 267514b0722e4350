import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createDocumentSandbox } from '@shortlist/core'
import {
  countEvaluations,
  createApplicationWithDocument,
  createJob,
  createOrganizationWithAdmin,
  type DatabaseHandle,
  findApplication,
  findEvaluation,
} from '@shortlist/db'
import { createQueueProducer, createRedisConnection, scoreApplicationJob } from '@shortlist/jobs'
import { createLlmProvider } from '@shortlist/llm'
import { createTestDatabase, dropQueuePrefix, TEST_REDIS_URL, uniqueQueuePrefix } from '@shortlist/testing'
import { Queue, Worker } from 'bullmq'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { analyzeJobPosting } from './analyze-job-posting'
import type { EngineDeps } from './engine-deps'
import { ingestApplication } from './ingest-application'

const posting = readFileSync(
  new URL('../../../fixtures/demo/jobs/ml-platform-engineer.txt', import.meta.url),
  'utf8',
)

// Analysis and ingest finish in either order; scoring must be queued exactly when both are done. A scoring job
// queued too early would finish as a no-op and, its id being deterministic, swallow the real one queued later.
describe('scoring is queued once both the posting and the resume are ready', () => {
  const prefix = uniqueQueuePrefix('scoring-order')
  const connection = createRedisConnection(TEST_REDIS_URL, 'producer')
  const producer = createQueueProducer(connection, prefix)
  const sandbox = createDocumentSandbox({ timeoutMs: 20_000, maxMemoryMb: 256, maxPages: 10, maxWorkers: 1 })
  const queue = new Queue(scoreApplicationJob.queue, { connection, prefix })
  let handle: DatabaseHandle
  let deps: EngineDeps

  beforeAll(async () => {
    handle = await createTestDatabase('pglite')
    deps = { db: handle.db, producer, sandbox, llm: createLlmProvider() }
  }, 120_000)
  afterAll(async () => {
    await queue.close()
    await producer.close()
    await sandbox.close()
    connection.disconnect()
    await handle?.close()
    await dropQueuePrefix(prefix)
  })

  async function setUp(label: string) {
    const { organization, user } = await createOrganizationWithAdmin(handle.db, {
      organizationName: label,
      name: label,
      email: `${label}@example.com`,
      passwordHash: 'x',
    })
    const job = await createJob(handle.db, organization.id, {
      title: 'ML',
      description: posting,
      createdBy: user.id,
    })
    const content = new TextEncoder().encode(
      `Ada ${label}\nada-${label}@example.com\nExperience\nPython and Kubernetes, 2019 - 2024.`,
    )
    const { application } = await createApplicationWithDocument(
      handle.db,
      organization.id,
      job.id,
      {
        filename: 'a.txt',
        kind: 'txt',
        mime: 'text/plain',
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
        pages: 1,
      },
      user.id,
    )
    return { organizationId: organization.id, jobId: job.id, applicationId: application.id }
  }

  const scoringJobsFor = async (applicationId: string) =>
    (await queue.getJobs(['waiting', 'delayed', 'active', 'completed'])).filter(
      (job) => job.data.applicationId === applicationId,
    )

  it('analysis first: nothing is queued for a resume not yet ingested; ingest queues it', async () => {
    const ids = await setUp('analysis-first')
    await analyzeJobPosting(deps, { organizationId: ids.organizationId, jobId: ids.jobId })
    expect(await scoringJobsFor(ids.applicationId)).toHaveLength(0)
    await ingestApplication(deps, { organizationId: ids.organizationId, applicationId: ids.applicationId })
    expect(await scoringJobsFor(ids.applicationId)).toHaveLength(1)
  })

  it('ingest first: nothing is queued before the posting is analysed; analysis queues it', async () => {
    const ids = await setUp('ingest-first')
    await ingestApplication(deps, { organizationId: ids.organizationId, applicationId: ids.applicationId })
    expect(await scoringJobsFor(ids.applicationId)).toHaveLength(0)
    await analyzeJobPosting(deps, { organizationId: ids.organizationId, jobId: ids.jobId })
    expect(await scoringJobsFor(ids.applicationId)).toHaveLength(1)
  })

  it('a re-run ingest (its worker died after committing) queues scoring again even if scoring already finished', async () => {
    const ids = await setUp('rerun-ingest')
    await analyzeJobPosting(deps, { organizationId: ids.organizationId, jobId: ids.jobId })
    await ingestApplication(deps, { organizationId: ids.organizationId, applicationId: ids.applicationId })
    // Let a worker finish the scoring job, as happens before the stalled ingest is retried.
    const workerConnection = createRedisConnection(TEST_REDIS_URL, 'worker')
    const worker = new Worker(scoreApplicationJob.queue, async () => 'scored', {
      connection: workerConnection,
      prefix,
    })
    // The queue also holds the earlier tests' jobs: wait for this application's one.
    for (let tries = 0; tries < 200 && !(await scoringJobsFor(ids.applicationId))[0]?.finishedOn; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    await worker.close()
    workerConnection.disconnect()
    expect((await scoringJobsFor(ids.applicationId))[0]?.finishedOn).toBeDefined()

    await ingestApplication(deps, { organizationId: ids.organizationId, applicationId: ids.applicationId })
    const jobs = await scoringJobsFor(ids.applicationId)
    expect(jobs).toHaveLength(1)
    expect(await jobs[0]?.isWaiting()).toBe(true)
  })

  it('scoring inline (the worker): ingest of a resume for an analysed job scores it and queues nothing', async () => {
    const ids = await setUp('inline-ready')
    await analyzeJobPosting(deps, { organizationId: ids.organizationId, jobId: ids.jobId })
    const result = await ingestApplication(
      deps,
      { organizationId: ids.organizationId, applicationId: ids.applicationId },
      { scoreInline: true },
    )
    expect(result.status).toBe('scored')
    expect(await scoringJobsFor(ids.applicationId)).toHaveLength(0)
    const application = await findApplication(handle.db, ids.organizationId, ids.applicationId)
    expect(application?.status).toBe('scored')
    const evaluation = await findEvaluation(handle.db, ids.organizationId, ids.applicationId)
    expect(evaluation?.requirements.length).toBeGreaterThan(0)
    // A rerun (the worker died after scoring) overwrites the same evaluation.
    await ingestApplication(
      deps,
      { organizationId: ids.organizationId, applicationId: ids.applicationId },
      { scoreInline: true },
    )
    expect(await countEvaluations(handle.db, ids.organizationId, ids.applicationId)).toBe(1)
  })

  it('scoring inline before the posting is analysed: nothing is scored or queued; analysis queues it', async () => {
    const ids = await setUp('inline-early')
    const result = await ingestApplication(
      deps,
      { organizationId: ids.organizationId, applicationId: ids.applicationId },
      { scoreInline: true },
    )
    expect(result.status).toBe('ingested')
    expect(await findEvaluation(handle.db, ids.organizationId, ids.applicationId)).toBeNull()
    expect(await scoringJobsFor(ids.applicationId)).toHaveLength(0)
    await analyzeJobPosting(deps, { organizationId: ids.organizationId, jobId: ids.jobId })
    expect(await scoringJobsFor(ids.applicationId)).toHaveLength(1)
  })
})
