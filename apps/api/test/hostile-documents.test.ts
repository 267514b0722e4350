import { setApplicationStatus } from '@shortlist/db'
import { resumeUnfinishedWork } from '@shortlist/engine'
import { ingestDocumentJob } from '@shortlist/jobs'
import { TEST_REDIS_URL } from '@shortlist/testing'
import { Queue } from 'bullmq'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildRawPdf } from '../../../packages/core/src/extraction/build-raw-pdf.test-helper'
import { client, type Json, readFixture, signup, startTestStack, type TestStack, waitFor } from './test-stack'

const posting = readFixture('demo/jobs/ml-platform-engineer.txt').toString('utf8')

// Millions of text operators compressed into a small one-page PDF: counting its pages at upload is instant, reading
// its text takes far longer than the 1 s limit below.
const pdfBomb = buildRawPdf(`BT /F1 12 Tf 72 720 Td ${'(abcdefgh) Tj 0 -1 Td '.repeat(3_000_000)}ET`, {
  compress: true,
})

describe('documents the sandbox refuses', () => {
  let stack: TestStack
  let api: ReturnType<typeof client>
  let jobId: string
  let queue: Queue

  beforeAll(async () => {
    stack = await startTestStack({ label: 'hostile', parseTimeoutMs: 1_000 })
    queue = new Queue(ingestDocumentJob.queue, { connection: { url: TEST_REDIS_URL }, prefix: stack.prefix })
    api = client(stack.app, await signup(stack.app, 'hostile'))
    jobId = (await api.post('/v1/jobs', { title: 'ML Platform Engineer', description: posting })).body.id
    await waitFor(
      async () => (await api.get(`/v1/jobs/${jobId}`)).body.status === 'ready',
      60_000,
      'job analysis',
    )
  }, 120_000)
  afterAll(async () => {
    await queue?.close()
    await stack?.close()
  })

  const statusOf = async (applicationId: string): Promise<Json> =>
    (await api.get(`/v1/applications/${applicationId}`)).body

  it('marks a document killed for time failed with PARSE_TIMEOUT, once, and start-up does not queue it again', async () => {
    const upload = await api.upload(`/v1/jobs/${jobId}/applications`, [
      { name: 'bomb.pdf', content: pdfBomb },
    ])
    expect(upload.status).toBe(202)
    const applicationId: string = upload.body.applications[0].id
    const failed = await waitFor(
      async () => {
        const application = await statusOf(applicationId)
        return application.status === 'failed' ? application : null
      },
      60_000,
      'the hostile document to fail',
    )
    expect(failed.error.code).toBe('PARSE_TIMEOUT')

    // BullMQ was told it can never succeed: one attempt, no retries left waiting.
    const job = await queue.getJob(ingestDocumentJob.jobId({ organizationId: '', applicationId }))
    expect(await job?.getState()).toBe('failed')
    expect(job?.attemptsMade).toBe(1)

    // What start-up does after a restart: a failed application is finished work, not lost work.
    const resumed = await resumeUnfinishedWork(stack.engine)
    expect(resumed.applications).toBe(0)
    expect(await (await queue.getJob(job?.id ?? ''))?.getState()).toBe('failed')
    expect((await statusOf(applicationId)).status).toBe('failed')
  }, 120_000)

  it('queues a failed application again when the same file is uploaded again', async () => {
    const content = readFixture('test/bom-crlf.txt')
    const first = await api.upload(`/v1/jobs/${jobId}/applications`, [{ name: 'cv.txt', content }])
    const applicationId: string = first.body.applications[0].id
    await waitFor(async () => (await statusOf(applicationId)).status === 'scored', 60_000, 'the first ingest')
    // As a worker's last attempt leaves it: failed, with the message that invites a new upload.
    const { organization_id: organizationId } = await stack.engine.db
      .selectFrom('applications')
      .select('organization_id')
      .where('id', '=', applicationId)
      .executeTakeFirstOrThrow()
    await setApplicationStatus(stack.engine.db, organizationId, applicationId, 'failed', {
      code: 'PROCESSING_FAILED',
      message: 'The resume could not be processed. Try uploading it again.',
    })
    expect((await statusOf(applicationId)).status).toBe('failed')

    const again = await api.upload(`/v1/jobs/${jobId}/applications`, [{ name: 'cv.txt', content }])
    expect(again.status).toBe(202)
    expect(again.body.applications).toEqual([
      { id: applicationId, filename: 'cv.txt', status: 'queued', duplicate: true },
    ])
    // The finished ingest job with the same id is replaced, so the application really runs again.
    await waitFor(
      async () => (await statusOf(applicationId)).status === 'scored',
      60_000,
      'the second ingest',
    )

    // A duplicate of an application that did not fail is left alone.
    const third = await api.upload(`/v1/jobs/${jobId}/applications`, [{ name: 'cv.txt', content }])
    expect(third.body.applications[0]).toMatchObject({ id: applicationId, status: 'scored', duplicate: true })
  }, 120_000)
})
