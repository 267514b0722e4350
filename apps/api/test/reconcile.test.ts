import { countEvaluations } from '@shortlist/db'
import {
  analyzeJobPosting,
  ingestApplication,
  reconcileUnfinishedWork,
  startReconciler,
} from '@shortlist/engine'
import { ingestDocumentJob, scoreApplicationJob } from '@shortlist/jobs'
import { dropQueuePrefix, TEST_REDIS_URL, type TestEngine } from '@shortlist/testing'
import { startWorkers } from '@shortlist/worker'
import { Queue } from 'bullmq'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, readFixture, signup, startTestStack, type TestStack, waitFor } from './test-stack'

const posting = readFixture('demo/jobs/ml-platform-engineer.txt').toString('utf8')
const resume = (label: string): Buffer =>
  Buffer.from(
    `Candidate ${label}\n${label}@example.com\n\nExperience\nML Engineer, Example Co, 2018 - 2024\nBuilt Kubernetes model serving with Python and MLflow on Linux.\n`,
  )
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined }

// Work committed to the database whose job Redis lost (an outage, a restart without AOF) is queued again by the
// periodic reconciler, exactly once while a job holds it. Workers are off so the test decides when work runs.
describe.each<TestEngine>(['pglite', 'postgres'])('reconciling unfinished work on %s', (engine) => {
  let stack: TestStack
  let api: ReturnType<typeof client>
  let ingest: Queue
  let scoring: Queue
  let organizationId: string
  let jobId: string

  /** As if the application was last touched a minute ago (the periodic pass ignores fresh rows). */
  const age = (applicationId: string) =>
    stack.engine.db
      .updateTable('applications')
      .set({ updated_at: new Date(Date.now() - 60_000) })
      .where('id', '=', applicationId)
      .execute()
  const statusOf = async (applicationId: string): Promise<string> =>
    (await api.get(`/v1/applications/${applicationId}`)).body.status
  const upload = async (label: string): Promise<string> => {
    const response = await api.upload(`/v1/jobs/${jobId}/applications`, [
      { name: `${label}.txt`, content: resume(label), type: 'text/plain' },
    ])
    expect(response.status).toBe(202)
    return response.body.applications[0].id
  }

  beforeAll(async () => {
    stack = await startTestStack({ label: `reconcile-${engine}`, engine, workers: false })
    api = client(stack.app, await signup(stack.app, `reconcile-${engine}`))
    ingest = new Queue(ingestDocumentJob.queue, { connection: { url: TEST_REDIS_URL }, prefix: stack.prefix })
    scoring = new Queue(scoreApplicationJob.queue, {
      connection: { url: TEST_REDIS_URL },
      prefix: stack.prefix,
    })
    jobId = (await api.post('/v1/jobs', { title: 'ML Platform Engineer', description: posting })).body.id
    organizationId = (
      await stack.engine.db
        .selectFrom('jobs')
        .select('organization_id')
        .where('id', '=', jobId)
        .executeTakeFirstOrThrow()
    ).organization_id
    await analyzeJobPosting(stack.engine, { organizationId, jobId })
  }, 120_000)

  afterAll(async () => {
    await ingest?.close()
    await scoring?.close()
    await stack?.close()
  })

  it('queues the missing step of a stranded application again, and only when no job holds it', async () => {
    const applicationId = await upload('stranded')
    const ids = { organizationId, applicationId }
    // Redis forgets everything (a restart without AOF).
    await dropQueuePrefix(stack.prefix)
    expect(await ingest.getJob(ingestDocumentJob.jobId(ids))).toBeUndefined()

    // A fresh row is left alone: its own upload may still be queueing it.
    expect(
      (await reconcileUnfinishedWork(stack.engine, { staleBefore: new Date(Date.now() - 30_000) }))
        .applications,
    ).toBe(0)
    await age(applicationId)
    const first = await reconcileUnfinishedWork(stack.engine, { staleBefore: new Date(Date.now() - 30_000) })
    expect(first.applications).toBe(1)
    expect(await (await ingest.getJob(ingestDocumentJob.jobId(ids)))?.getState()).toBe('waiting')
    // The job is live now: a second pass (another process) leaves it alone.
    expect((await reconcileUnfinishedWork(stack.engine, { staleBefore: new Date() })).applications).toBe(0)
    expect(await ingest.getJobCounts('waiting')).toEqual({ waiting: 1 })

    // Ingest ran, then Redis lost the scoring job it queued: only scoring is left, so only scoring is queued.
    await ingestApplication(stack.engine, ids)
    await dropQueuePrefix(stack.prefix)
    await age(applicationId)
    expect((await reconcileUnfinishedWork(stack.engine, { staleBefore: new Date() })).applications).toBe(1)
    expect(await ingest.getJobCounts('waiting')).toEqual({ waiting: 0 })
    expect((await scoring.getJobs(['waiting'])).map((job) => job.data.applicationId)).toEqual([applicationId])
    expect(await statusOf(applicationId)).toBe('processing')
  }, 30_000)

  it('queues a stranded application again when the same file is uploaded again', async () => {
    const applicationId = await upload('reuploaded')
    await dropQueuePrefix(stack.prefix)
    const again = await api.upload(`/v1/jobs/${jobId}/applications`, [
      { name: 'reuploaded.txt', content: resume('reuploaded'), type: 'text/plain' },
    ])
    expect(again.status).toBe(202)
    expect(again.body.applications[0]).toMatchObject({ id: applicationId, duplicate: true })
    expect(
      await (await ingest.getJob(ingestDocumentJob.jobId({ organizationId, applicationId })))?.getState(),
    ).toBe('waiting')
    // A third upload while that job waits adds nothing.
    await api.upload(`/v1/jobs/${jobId}/applications`, [
      { name: 'reuploaded.txt', content: resume('reuploaded'), type: 'text/plain' },
    ])
    expect(
      (await ingest.getJobs(['waiting'])).filter((job) => job.data.applicationId === applicationId),
    ).toHaveLength(1)
  }, 30_000)

  it('finishes every stranded application within a few intervals with two reconcilers running', async () => {
    const ids = [await upload('periodic-a'), await upload('periodic-b'), await upload('periodic-c')]
    await dropQueuePrefix(stack.prefix)
    const intervalMs = 1_000
    // Two processes' reconcilers on the same queue prefix; the lease lets one of them do each pass.
    const reconcilers = [
      startReconciler(stack.engine, { intervalMs, prefix: stack.prefix, logger: silent }),
      startReconciler(stack.engine, { intervalMs, prefix: stack.prefix, logger: silent }),
    ]
    const workers = startWorkers(stack.engine, {
      redisUrl: TEST_REDIS_URL,
      prefix: stack.prefix,
      concurrency: 2,
      parseTimeoutMs: 15_000,
      logger: silent,
    })
    try {
      for (const applicationId of ids)
        await waitFor(
          async () => (await statusOf(applicationId)) === 'scored',
          30_000,
          `${applicationId} scored`,
        )
      for (const applicationId of ids)
        expect(await countEvaluations(stack.engine.db, organizationId, applicationId)).toBe(1)
    } finally {
      await Promise.all(reconcilers.map((reconciler) => reconciler.close()))
      await workers.close()
    }
  }, 60_000)
})
