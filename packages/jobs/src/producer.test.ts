import { dropQueuePrefix, TEST_REDIS_URL, uniqueQueuePrefix } from '@shortlist/testing'
import { Queue, Worker } from 'bullmq'
import { afterAll, describe, expect, it } from 'vitest'
import { createRedisConnection } from './connection'
import { ingestDocumentJob, jobDefinitions, scoreApplicationJob } from './definitions'
import { createQueueProducer } from './producer'

const organizationId = '00000000-0000-4000-8000-000000000001'
const applicationId = '00000000-0000-4000-8000-000000000002'

describe('job definitions', () => {
  it('derive the same job id from the same payload', () => {
    expect(ingestDocumentJob.jobId({ organizationId, applicationId })).toBe(`ingest-${applicationId}`)
    expect(scoreApplicationJob.jobId({ organizationId, applicationId, revision: 'r1' })).not.toBe(
      scoreApplicationJob.jobId({ organizationId, applicationId, revision: 'r2' }),
    )
  })

  it('accept ids only: a payload carrying resume text is rejected', () => {
    const withText = { organizationId, applicationId, text: 'Jane Doe, Python developer' }
    for (const definition of jobDefinitions)
      expect(definition.payload.safeParse(withText).success).toBe(false)
    expect(ingestDocumentJob.payload.safeParse({ organizationId, applicationId: 'not-a-uuid' }).success).toBe(
      false,
    )
  })
})

describe('queue producer on real Redis', () => {
  const prefix = uniqueQueuePrefix('producer')
  const connection = createRedisConnection(TEST_REDIS_URL, 'producer')
  const producer = createQueueProducer(connection, prefix)
  afterAll(async () => {
    await producer.close()
    connection.disconnect()
    await dropQueuePrefix(prefix)
  })

  it('adds the same work once, with retries, backoff and trimming configured', async () => {
    await producer.enqueue(ingestDocumentJob, { organizationId, applicationId })
    await producer.enqueue(ingestDocumentJob, { organizationId, applicationId })
    const counts = await producer.counts(ingestDocumentJob.queue)
    expect(counts.waiting).toBe(1)

    const queue = new Queue(ingestDocumentJob.queue, { connection, prefix })
    const job = await queue.getJob(`ingest-${applicationId}`)
    expect(job?.opts.attempts).toBe(5)
    expect(job?.opts.backoff).toEqual({ type: 'exponential', delay: 2000 })
    expect(job?.opts.removeOnComplete).toEqual({ age: 86_400, count: 10_000 })
    expect(job?.data).toEqual({ organizationId, applicationId })
    await queue.close()
  })

  it('requeues work the queue remembers as finished', async () => {
    const queue = new Queue(ingestDocumentJob.queue, { connection, prefix })
    const workerConnection = createRedisConnection(TEST_REDIS_URL, 'worker')
    const worker = new Worker(ingestDocumentJob.queue, async () => 'done', {
      connection: workerConnection,
      prefix,
    })
    await new Promise((resolve) => worker.once('completed', resolve))
    await worker.close()
    workerConnection.disconnect()
    expect(await (await queue.getJob(`ingest-${applicationId}`))?.isCompleted()).toBe(true)
    // enqueue keeps the finished job (deduplication); requeue replaces it.
    await producer.enqueue(ingestDocumentJob, { organizationId, applicationId })
    expect(await (await queue.getJob(`ingest-${applicationId}`))?.isCompleted()).toBe(true)
    await producer.requeue(ingestDocumentJob, { organizationId, applicationId })
    const again = await queue.getJob(`ingest-${applicationId}`)
    expect(await again?.isWaiting()).toBe(true)
    await queue.close()
  })

  it('adds many jobs in one call with the same ids and options as one by one, once each', async () => {
    const ids = ['00000000-0000-4000-8000-000000000010', '00000000-0000-4000-8000-000000000011']
    const payloads = ids.map((id) => ({ organizationId, applicationId: id }))
    // The first payload twice: one job, as with enqueue.
    const jobIds = await producer.enqueueMany(ingestDocumentJob, [payloads[0], ...payloads] as never)
    expect(jobIds).toEqual([`ingest-${ids[0]}`, `ingest-${ids[0]}`, `ingest-${ids[1]}`])
    const queue = new Queue(ingestDocumentJob.queue, { connection, prefix })
    for (const id of ids) {
      const job = await queue.getJob(`ingest-${id}`)
      expect(job?.data).toEqual({ organizationId, applicationId: id })
      expect(job?.opts.attempts).toBe(5)
      expect(job?.opts.backoff).toEqual({ type: 'exponential', delay: 2000 })
      expect(job?.opts.removeOnComplete).toEqual({ age: 86_400, count: 10_000 })
      expect(await job?.isWaiting()).toBe(true)
      await job?.remove()
    }
    await queue.close()
    await expect(
      producer.enqueueMany(ingestDocumentJob, [{ organizationId, applicationId: 'x' }] as never),
    ).rejects.toThrow()
  })

  it('refuses an invalid payload before it reaches Redis', async () => {
    await expect(
      producer.enqueue(ingestDocumentJob, { organizationId, applicationId: 'x' } as never),
    ).rejects.toThrow()
  })
})
