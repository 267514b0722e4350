import { randomUUID } from 'node:crypto'
import { dropQueuePrefix, dumpQueuePrefix, TEST_REDIS_URL, uniqueQueuePrefix } from '@shortlist/testing'
import { type Job, Queue, Worker } from 'bullmq'
import { afterAll, describe, expect, it } from 'vitest'
import { createRedisConnection } from './connection'
import {
  generateInterviewKitJob,
  ingestDocumentJob,
  purgeErasedJobsJob,
  scoreApplicationJob,
  sendCandidateMessageJob,
} from './definitions'
import { createQueueProducer } from './producer'

describe('purging the jobs of erased records (real Redis)', () => {
  const prefix = uniqueQueuePrefix('purge')
  const connection = createRedisConnection(TEST_REDIS_URL, 'producer')
  const producer = createQueueProducer(connection, prefix)
  afterAll(async () => {
    await producer.close()
    connection.disconnect()
    await dropQueuePrefix(prefix)
  })

  it('removes waiting, finished and (once it ends) running jobs naming a subject, and their events', async () => {
    const organizationId = randomUUID()
    const erased = randomUUID()
    const kept = randomUUID()
    const messageId = randomUUID()
    const jobId = randomUUID()
    await producer.enqueue(scoreApplicationJob, { organizationId, applicationId: erased, revision: 'r1' })
    await producer.enqueue(scoreApplicationJob, { organizationId, applicationId: kept, revision: 'r1' })
    await producer.enqueue(generateInterviewKitJob, {
      organizationId,
      jobId,
      applicationId: erased,
      revision: 'k',
    })
    await producer.enqueue(sendCandidateMessageJob, { organizationId, messageId })

    // One ingest job of the erased application is running (locked) while the purge runs.
    let release: () => void = () => undefined
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    let started: () => void = () => undefined
    const running = new Promise<void>((resolve) => {
      started = resolve
    })
    const workerConnection = createRedisConnection(TEST_REDIS_URL, 'worker')
    const worker = new Worker(
      ingestDocumentJob.queue,
      async (_job: Job) => {
        started()
        await released
      },
      { connection: workerConnection, prefix },
    )
    await producer.enqueue(ingestDocumentJob, { organizationId, applicationId: erased })
    await running

    const subjects = [erased, messageId]
    const first = await producer.purgeJobs(subjects)
    expect(first).toEqual({ removed: 3, locked: 1 })

    release()
    await new Promise<void>((resolve) => worker.once('completed', () => resolve()))
    const second = await producer.purgeJobs(subjects)
    expect(second).toEqual({ removed: 1, locked: 0 })
    await worker.close()
    workerConnection.disconnect()

    const left = await dumpQueuePrefix(prefix)
    expect(left.filter((entry) => subjects.some((id) => entry.text.includes(id)))).toEqual([])
    expect(left.some((entry) => entry.key.endsWith(`score-${kept}-r1`))).toBe(true)
    expect(left.some((entry) => entry.text.includes(kept) && entry.key.endsWith(':events'))).toBe(true)
  })

  it('queues the follow-up purge delayed, and removed from Redis once it finishes', async () => {
    const payload = { erasureId: randomUUID(), subjectIds: [randomUUID()] }
    const jobId = await producer.enqueueDelayed(purgeErasedJobsJob, payload, 30_000)
    expect(jobId).toBe(`purge-${payload.erasureId}`)
    const queue = new Queue(purgeErasedJobsJob.queue, { connection, prefix })
    const job = await queue.getJob(jobId)
    expect(await job?.getState()).toBe('delayed')
    expect(job?.opts).toMatchObject({
      delay: 30_000,
      removeOnComplete: true,
      removeOnFail: true,
      attempts: 10,
    })
    // A purge leaves the purge job alone, although its payload names the subjects.
    expect(await producer.purgeJobs(payload.subjectIds)).toEqual({ removed: 0, locked: 0 })
    expect(await queue.getJob(jobId)).toBeDefined()
    await queue.close()
  })

  it('does nothing for no subjects', async () => {
    expect(await producer.purgeJobs([])).toEqual({ removed: 0, locked: 0 })
  })
})
