import { analyzeJobPostingJob } from '@shortlist/jobs'
import { TEST_REDIS_URL } from '@shortlist/testing'
import { Queue } from 'bullmq'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, signup, startTestStack, type TestStack, waitFor } from './test-stack'

// Just under the API's 100,000-character limit: a list of 2,400 asks, seconds of reading on any machine.
const hugePosting = `Requirements\n${Array.from(
  { length: 2_400 },
  (_, index) => `- ${index + 1} years with tool${index} in production`,
).join('\n')}`.slice(0, 99_000)

describe('a posting the sandbox refuses', () => {
  let stack: TestStack
  let api: ReturnType<typeof client>
  let queue: Queue

  beforeAll(async () => {
    // Reading the posting runs in the document sandbox; a limit far below its reading time makes it refuse.
    stack = await startTestStack({ label: 'hostile-posting', postingParseTimeoutMs: 300 })
    queue = new Queue(analyzeJobPostingJob.queue, {
      connection: { url: TEST_REDIS_URL },
      prefix: stack.prefix,
    })
    api = client(stack.app, await signup(stack.app, 'hostile-posting'))
  }, 120_000)
  afterAll(async () => {
    await queue?.close()
    await stack?.close()
  })

  it('fails the job with PARSE_TIMEOUT after one attempt while the API keeps answering', async () => {
    const created = await api.post('/v1/jobs', { title: 'Everything Engineer', description: hugePosting })
    expect(created.status).toBe(201)
    const jobId: string = created.body.id
    // The workers share this process (as in embedded mode); requests are answered while the posting is read.
    let answered = 0
    const failed = await waitFor(
      async () => {
        const job = await api.get(`/v1/jobs/${jobId}`)
        expect(job.status).toBe(200)
        answered++
        return job.body.status === 'failed' ? job.body : null
      },
      60_000,
      'the posting to be refused',
    )
    expect(failed.status).toBe('failed')
    expect(answered).toBeGreaterThan(0)
    const stored = await stack.engine.db
      .selectFrom('jobs')
      .select(['error_code', 'status'])
      .where('id', '=', jobId)
      .executeTakeFirstOrThrow()
    expect(stored).toEqual({ error_code: 'PARSE_TIMEOUT', status: 'failed' })
    expect(
      await stack.engine.db.selectFrom('job_requirements').select('id').where('job_id', '=', jobId).execute(),
    ).toEqual([])
    // BullMQ was told it can never succeed: one attempt, none left waiting.
    const job = await queue.getJob(analyzeJobPostingJob.jobId({ organizationId: '', jobId }))
    expect(await job?.getState()).toBe('failed')
    expect(job?.attemptsMade).toBe(1)
  }, 120_000)
})
