import { TEST_REDIS_URL } from '@shortlist/testing'
import { type Job, Queue } from 'bullmq'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type FakeOpenAiServer, startFakeOpenAiServer } from '../../../packages/llm/test/fake-openai-server'
import { chatRequests, createReadyJob, roleKitReply, waitForKit } from './kit-flow'
import { client, type Json, signup, startTestStack, type TestStack, waitFor } from './test-stack'

const TIMEOUT_MS = 2_000
/** BullMQ's attemptsMade of a job that succeeded at its first real attempt. */
const ATTEMPTS_FOR_ONE_SUCCESS = 1

// Provider failures over the real queue: a 429 waits as long as its retry-after says without using up an attempt;
// other transient ones (5xx, timeouts) are retried by BullMQ with its production backoff (exponential from 2 s);
// final ones (output still malformed after the provider's one re-ask) fail the kit at once with a readable code.
describe('kit generation retries', () => {
  let fake: FakeOpenAiServer
  let stack: TestStack
  let api: ReturnType<typeof client>
  let redis: Redis
  let kits: Queue

  /** The BullMQ job that generated the role kit of `jobId`, once it reached `state`. */
  const kitJob = (jobId: string, state: 'completed' | 'failed'): Promise<Job> =>
    waitFor(
      async () => (await kits.getJobs([state])).find((job) => job.data.jobId === jobId),
      30_000,
      `${state} kit job`,
    )

  const readyJob = async (title: string): Promise<{ job: Json; reply: string }> => {
    const job = await createReadyJob(api, title)
    return { job, reply: roleKitReply(job.requirements.map((requirement: Json) => requirement.id)) }
  }

  beforeAll(async () => {
    fake = await startFakeOpenAiServer()
    stack = await startTestStack({
      label: 'llm-retries',
      llm: { openAiBaseUrl: fake.baseUrl, openAiApiKey: 'test', timeoutMs: TIMEOUT_MS },
    })
    api = client(stack.app, await signup(stack.app, 'llm-retries'))
    redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null })
    kits = new Queue('kits', { connection: redis, prefix: stack.prefix })
  }, 120_000)

  afterAll(async () => {
    await kits?.close()
    redis?.disconnect()
    await stack?.close()
    await fake?.close()
  })

  beforeEach(() => {
    fake.requests.length = 0
  })

  it('retries a 429 and a 500 with backoff, then stores the kit', async () => {
    const { job, reply } = await readyJob('ML Platform Engineer (rate limited)')
    fake.enqueue(
      'chat',
      { kind: 'rate-limit', retryAfterSeconds: 1 },
      { kind: 'server-error', status: 500 },
      { kind: 'chat', content: reply },
    )
    const started = Date.now()
    expect((await api.post(`/v1/jobs/${job.id}/interview-kit`)).status).toBe(202)
    const kit = await waitForKit(api, `/v1/jobs/${job.id}/interview-kit`, 45_000)
    expect(kit.status).toBe('ready')
    expect(kit.questions.length).toBeGreaterThan(0)
    // 1 s of waiting, as the 429's retry-after asked (not an attempt), then 2 s of backoff after the 500.
    expect(Date.now() - started).toBeGreaterThanOrEqual(3_000)

    const bullJob = await kitJob(job.id, 'completed')
    expect(bullJob.attemptsMade).toBe(2)
    expect(chatRequests(fake)).toHaveLength(3)
    const usage = await api.get('/v1/usage')
    // Only the successful call produced a kit and is billed.
    expect(usage.body.requests).toBe(1)

    // Asking again with unchanged inputs runs again (the finished job does not swallow it) and is served from
    // the cache: same questions, no model call, nothing billed.
    expect((await api.post(`/v1/jobs/${job.id}/interview-kit`)).status).toBe(202)
    const again = await waitForKit(api, `/v1/jobs/${job.id}/interview-kit`)
    expect(again.status).toBe('ready')
    expect(again.questions).toEqual(kit.questions)
    expect(chatRequests(fake)).toHaveLength(3)
    expect((await api.get('/v1/usage')).body.requests).toBe(1)
  })

  it('waits out a long retry-after without failing the kit or using up an attempt', async () => {
    const { job, reply } = await readyJob('ML Platform Engineer (long retry-after)')
    fake.enqueue('chat', { kind: 'rate-limit', retryAfterSeconds: 6 }, { kind: 'chat', content: reply })
    expect((await api.post(`/v1/jobs/${job.id}/interview-kit`)).status).toBe(202)
    const kit = await waitForKit(api, `/v1/jobs/${job.id}/interview-kit`, 45_000)
    expect(kit.status).toBe('ready')
    const calls = fake.requests.filter((request) => request.path === '/v1/chat/completions')
    expect(calls).toHaveLength(2)
    // The second call came when the provider said, not before.
    expect((calls[1]?.receivedAt ?? 0) - (calls[0]?.receivedAt ?? 0)).toBeGreaterThanOrEqual(6_000)
    const bullJob = await kitJob(job.id, 'completed')
    // Waiting on a rate limit is not a failed attempt.
    expect(bullJob.attemptsMade).toBe(ATTEMPTS_FOR_ONE_SUCCESS)
  }, 60_000)

  it('keeps waiting through more rate limits than the kit has attempts', async () => {
    const { job, reply } = await readyJob('ML Platform Engineer (many rate limits)')
    const limited = { kind: 'rate-limit', retryAfterSeconds: 1 } as const
    fake.enqueue('chat', limited, limited, limited, limited, limited, { kind: 'chat', content: reply })
    expect((await api.post(`/v1/jobs/${job.id}/interview-kit`)).status).toBe(202)
    const kit = await waitForKit(api, `/v1/jobs/${job.id}/interview-kit`, 45_000)
    expect(kit.status).toBe('ready')
    expect(chatRequests(fake)).toHaveLength(6)
    expect((await kitJob(job.id, 'completed')).attemptsMade).toBe(ATTEMPTS_FOR_ONE_SUCCESS)
  }, 60_000)

  it('fails the kit at once, without queue retries, when the output stays malformed after one re-ask', async () => {
    const { job } = await readyJob('ML Platform Engineer (malformed)')
    const before = (await api.get('/v1/usage')).body
    const tokensBefore = before.inputTokens + before.outputTokens
    fake.enqueue(
      'chat',
      { kind: 'malformed' },
      { kind: 'chat', content: JSON.stringify({ questions: [{ type: 'technical' }] }) },
    )
    expect((await api.post(`/v1/jobs/${job.id}/interview-kit`)).status).toBe(202)
    const kit = await waitForKit(api, `/v1/jobs/${job.id}/interview-kit`)
    expect(kit.status).toBe('failed')
    expect(kit.questions).toEqual([])
    expect(kit.error.code).toBe('LLM_OUTPUT_ERROR')
    expect(kit.error.message.length).toBeGreaterThan(0)
    // The readable message never carries the model's raw output.
    expect(kit.error.message).not.toContain('unterminated')

    const bullJob = await kitJob(job.id, 'failed')
    expect(bullJob.attemptsMade).toBe(1)
    expect(bullJob.failedReason).toContain('LLM_FAILED')
    // The original request and the provider's single re-ask; the queue never tried again.
    expect(chatRequests(fake)).toHaveLength(2)
    expect(chatRequests(fake)[1]?.messages.at(-1)?.content).toContain('could not be used')
    // Both calls were billed by the provider, so they count against the budget although no kit came of them.
    const usage = (await api.get('/v1/usage')).body
    expect(usage.inputTokens + usage.outputTokens).toBeGreaterThan(tokensBefore)
  })

  it('marks the kit failed with a readable code once every attempt has failed', async () => {
    const { job } = await readyJob('ML Platform Engineer (outage)')
    const outage = { kind: 'server-error', status: 503 } as const
    fake.enqueue('chat', outage, outage, outage, outage)
    expect((await api.post(`/v1/jobs/${job.id}/interview-kit`)).status).toBe(202)
    // Four attempts with 2 s, 4 s and 8 s between them.
    const kit = await waitForKit(api, `/v1/jobs/${job.id}/interview-kit`, 45_000)
    expect(kit.status).toBe('failed')
    expect(kit.error).toEqual({
      code: 'LLM_UNAVAILABLE_ERROR',
      message: 'The interview kit could not be generated. Try again later.',
    })
    const bullJob = await kitJob(job.id, 'failed')
    expect(bullJob.attemptsMade).toBe(4)
    expect(chatRequests(fake)).toHaveLength(4)

    // Asking again after the outage works and clears the error.
    fake.enqueue('chat', {
      kind: 'chat',
      content: roleKitReply(job.requirements.map((requirement: Json) => requirement.id)),
    })
    expect((await api.post(`/v1/jobs/${job.id}/interview-kit`)).status).toBe(202)
    const retried = await waitForKit(api, `/v1/jobs/${job.id}/interview-kit`)
    expect(retried.status).toBe('ready')
    expect(retried.error).toBeUndefined()
  }, 60_000)

  it('retries a reply slower than the timeout', async () => {
    const { job, reply } = await readyJob('ML Platform Engineer (slow)')
    fake.enqueue(
      'chat',
      { kind: 'delay', ms: TIMEOUT_MS * 2, followedBy: { kind: 'chat', content: reply } },
      { kind: 'chat', content: reply },
    )
    expect((await api.post(`/v1/jobs/${job.id}/interview-kit`)).status).toBe(202)
    const kit = await waitForKit(api, `/v1/jobs/${job.id}/interview-kit`, 45_000)
    expect(kit.status).toBe('ready')
    const bullJob = await kitJob(job.id, 'completed')
    expect(bullJob.attemptsMade).toBeGreaterThanOrEqual(2)
    expect(chatRequests(fake)).toHaveLength(2)
  })
})
