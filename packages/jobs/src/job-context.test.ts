import { dropQueuePrefix, TEST_REDIS_URL, uniqueQueuePrefix } from '@shortlist/testing'
import { Queue } from 'bullmq'
import { afterAll, describe, expect, it } from 'vitest'
import { createRedisConnection } from './connection'
import { ingestDocumentJob } from './definitions'
import { runWithJobContext, splitJobData } from './job-context'
import { createQueueProducer } from './producer'

const organizationId = '00000000-0000-4000-8000-000000000001'

describe('job context on real Redis', () => {
  const prefix = uniqueQueuePrefix('context')
  const connection = createRedisConnection(TEST_REDIS_URL, 'producer')
  const producer = createQueueProducer(connection, prefix)
  const queue = new Queue(ingestDocumentJob.queue, { connection, prefix })
  afterAll(async () => {
    await queue.close()
    await producer.close()
    connection.disconnect()
    await dropQueuePrefix(prefix)
  })

  it('puts the request id beside the payload of work queued inside a request, and only there', async () => {
    const inside = '00000000-0000-4000-8000-000000000011'
    const outside = '00000000-0000-4000-8000-000000000012'
    await runWithJobContext({ requestId: 'req-7f3a' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1))
      await producer.enqueue(ingestDocumentJob, { organizationId, applicationId: inside })
    })
    await producer.enqueue(ingestDocumentJob, { organizationId, applicationId: outside })
    expect((await queue.getJob(`ingest-${inside}`))?.data).toEqual({
      organizationId,
      applicationId: inside,
      requestId: 'req-7f3a',
    })
    expect((await queue.getJob(`ingest-${outside}`))?.data).toEqual({
      organizationId,
      applicationId: outside,
    })
  })

  it('hands the worker the payload without the request id, and drops a malformed one', () => {
    expect(splitJobData({ organizationId, requestId: 'req-1' })).toEqual({
      payload: { organizationId },
      requestId: 'req-1',
    })
    expect(splitJobData({ organizationId, requestId: 'line\nbreak' })).toEqual({
      payload: { organizationId },
      requestId: undefined,
    })
    expect(splitJobData({ organizationId })).toEqual({ payload: { organizationId }, requestId: undefined })
  })
})
