import { Writable } from 'node:stream'
import { createMetrics } from '@shortlist/metrics'
import { TEST_REDIS_URL } from '@shortlist/testing'
import { type RunningWorkers, startWorkers } from '@shortlist/worker'
import { Queue } from 'bullmq'
import { Redis } from 'ioredis'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FakeOpenAiServer, startFakeOpenAiServer } from '../../../packages/llm/test/fake-openai-server'
import { createReadyJob, ML_POSTING, roleKitReply, waitForKit } from './kit-flow'
import { client, type Json, readFixture, signup, startTestStack, type TestStack, waitFor } from './test-stack'

const TOKEN = 'metrics-token-for-the-test-0123456789'
const RESUMES = [
  'daniel-okafor.docx',
  'elena-garcia.docx',
  'marcus-chen.pdf',
  'priya-raman.pdf',
  'sofia-martins.txt',
]

type Sample = { name: string; labels: Record<string, string>; value: number }

/** The text exposition format, one sample per line (comments skipped). */
function parseExposition(text: string): Sample[] {
  const samples: Sample[] = []
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line)
    if (!match) continue
    const labels: Record<string, string> = {}
    for (const pair of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g))
      labels[pair[1] as string] = pair[2] as string
    samples.push({ name: match[1] as string, labels, value: Number(match[3]) })
  }
  return samples
}

/** Sum of the samples of `name` whose labels include `labels` (absent: 0). */
const sampleSum = (samples: Sample[], name: string, labels: Record<string, string> = {}): number =>
  samples
    .filter(
      (sample) =>
        sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
    )
    .reduce((sum, sample) => sum + sample.value, 0)

// The acceptance of issue 15's metrics: GET /metrics scraped over HTTP while a batch of real resumes runs through
// real Redis queues and a real database, with workers started after the batch is queued so the depth is seen rising
// and then falling to zero. LLM calls go to a local server speaking the OpenAI protocol.
describe('metrics', () => {
  let fake: FakeOpenAiServer
  let stack: TestStack
  let api: ReturnType<typeof client>
  let workers: RunningWorkers | null = null
  let redis: Redis
  const logLines: Json[] = []
  const metrics = createMetrics()

  const scrape = async (): Promise<Sample[]> => {
    const response = await stack.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN}` },
    })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('text/plain')
    return parseExposition(response.body)
  }

  beforeAll(async () => {
    fake = await startFakeOpenAiServer()
    stack = await startTestStack({
      label: 'metrics',
      workers: false,
      metrics,
      metricsToken: TOKEN,
      llm: { openAiBaseUrl: fake.baseUrl, openAiApiKey: 'test', timeoutMs: 10_000 },
    })
    api = client(stack.app, await signup(stack.app, 'metrics'))
    redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null })
  }, 120_000)

  afterAll(async () => {
    await workers?.close()
    redis?.disconnect()
    await stack?.close()
    await fake?.close()
  })

  it('answers only to the metrics token', async () => {
    const anonymous = await stack.app.inject({ method: 'GET', url: '/metrics' })
    expect(anonymous.statusCode).toBe(401)
    expect(anonymous.headers['content-type']).toContain('application/problem+json')
    expect(JSON.parse(anonymous.body).code).toBe('UNAUTHENTICATED')
    const wrong = await stack.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN}x` },
    })
    expect(wrong.statusCode).toBe(401)
    expect(sampleSum(await scrape(), 'process_cpu_user_seconds_total')).toBeGreaterThan(0)
  })

  it('shows queue depth rising while a batch waits and falling to zero as workers run it', async () => {
    const created = await api.post('/v1/jobs', { title: 'ML Platform Engineer', description: ML_POSTING })
    expect(created.status).toBe(201)
    const jobRequestId = created.headers['x-request-id'] as string
    const job = created.body as Json
    const upload = await api.upload(
      `/v1/jobs/${job.id}/applications`,
      RESUMES.map((name) => ({ name, content: readFixture(`demo/resumes/${name}`) })),
    )
    expect(upload.status).toBe(202)
    const uploadRequestId = upload.headers['x-request-id'] as string
    expect(uploadRequestId).toMatch(/^[0-9a-f-]{36}$/)

    // Nothing runs yet: the whole batch is waiting, and the oldest job has an age.
    await new Promise((resolve) => setTimeout(resolve, 20))
    const before = await scrape()
    expect(sampleSum(before, 'shortlist_queue_jobs', { queue: 'ingest', state: 'waiting' })).toBe(
      RESUMES.length,
    )
    expect(sampleSum(before, 'shortlist_queue_jobs', { queue: 'analysis', state: 'waiting' })).toBe(1)
    expect(
      sampleSum(before, 'shortlist_queue_oldest_waiting_age_seconds', { queue: 'ingest' }),
    ).toBeGreaterThan(0)
    expect(sampleSum(before, 'shortlist_queue_oldest_waiting_age_seconds', { queue: 'scoring' })).toBe(0)

    // The ingest jobs carry the upload's request id beside their ids, and nothing else.
    const ingest = new Queue('ingest', { connection: redis, prefix: stack.prefix })
    const scoring = new Queue('scoring', { connection: redis, prefix: stack.prefix })
    try {
      const waiting = await ingest.getJobs(['wait'])
      expect(waiting).toHaveLength(RESUMES.length)
      for (const queued of waiting)
        expect(Object.keys(queued.data).sort()).toEqual(['applicationId', 'organizationId', 'requestId'])
      expect(new Set(waiting.map((queued) => queued.data.requestId))).toEqual(new Set([uploadRequestId]))

      const logStream = new Writable({
        write(chunk, _encoding, callback) {
          for (const line of String(chunk).split('\n')) if (line) logLines.push(JSON.parse(line))
          callback()
        },
      })
      workers = startWorkers(stack.engine, {
        redisUrl: TEST_REDIS_URL,
        prefix: stack.prefix,
        concurrency: 4,
        logger: pino({ level: 'info' }, logStream),
        metrics,
      })
      const after = await waitFor(
        async () => {
          const samples = await scrape()
          const busy = ['ingest', 'analysis', 'scoring'].some(
            (queue) =>
              sampleSum(samples, 'shortlist_queue_jobs', { queue, state: 'waiting' }) +
                sampleSum(samples, 'shortlist_queue_jobs', { queue, state: 'active' }) +
                sampleSum(samples, 'shortlist_queue_jobs', { queue, state: 'delayed' }) >
              0,
          )
          if (busy) return null
          // A resume ingested after its posting was analysed is scored inside its ingest job; one ingested before
          // waits for the analysis, which queues its scoring. Drained means every application is on the shortlist.
          const shortlist = await api.get(`/v1/jobs/${job.id}/shortlist`)
          return (shortlist.body as Json).total === RESUMES.length ? samples : null
        },
        90_000,
        'the batch to drain',
      )
      expect(sampleSum(after, 'shortlist_queue_jobs', { queue: 'ingest', state: 'completed' })).toBe(
        RESUMES.length,
      )
      expect(sampleSum(after, 'shortlist_queue_oldest_waiting_age_seconds', { queue: 'ingest' })).toBe(0)
      expect(
        sampleSum(after, 'shortlist_job_duration_seconds_count', { queue: 'ingest', outcome: 'completed' }),
      ).toBe(RESUMES.length)
      const queuedScoring = sampleSum(after, 'shortlist_queue_jobs', { queue: 'scoring', state: 'completed' })
      expect(queuedScoring).toBeLessThanOrEqual(RESUMES.length)
      expect(
        sampleSum(after, 'shortlist_job_duration_seconds_count', { queue: 'scoring', outcome: 'completed' }),
      ).toBe(queuedScoring)
      expect(sampleSum(after, 'shortlist_job_failures_total')).toBe(0)

      // Latency is labelled by route pattern: the job's id never becomes a label value.
      expect(
        sampleSum(after, 'shortlist_http_request_duration_seconds_count', {
          route: '/v1/jobs/:id/applications',
          method: 'POST',
          status_code: '202',
        }),
      ).toBe(1)
      expect(
        after.some((sample) => Object.values(sample.labels).some((value) => value.includes(job.id))),
      ).toBe(false)

      // Scoring that was queued was queued by a worker, inside the job that led to it: the request id came along.
      const scored = await scoring.getJobs(['completed'])
      expect(scored).toHaveLength(queuedScoring)
      for (const done of scored) expect([uploadRequestId, jobRequestId]).toContain(done.data.requestId)
      const ingestLines = logLines.filter((line) => line.msg === 'job completed' && line.queue === 'ingest')
      expect(ingestLines).toHaveLength(RESUMES.length)
      for (const line of ingestLines) {
        expect(line.requestId).toBe(uploadRequestId)
        expect(line.jobId).toMatch(/^ingest-/)
        expect(line.level).toBe(30)
      }
      // LOG_LEVEL is honoured: "job started" is a debug line and the logger is at info.
      expect(logLines.some((line) => line.msg === 'job started')).toBe(false)
    } finally {
      await ingest.close()
      await scoring.close()
    }
  }, 150_000)

  it('counts parse failures, failed jobs by code, and model tokens and cost', async () => {
    // Refused at upload by the type sniff: counted at the upload stage.
    const refused = await api.upload(
      `/v1/jobs/${(await createReadyJob(api, 'Parse check')).id}/applications`,
      [{ name: 'resume.pdf', content: readFixture('test/renamed-executable.pdf'), type: 'application/pdf' }],
    )
    expect(refused.status).toBe(415)
    expect(
      sampleSum(await scrape(), 'shortlist_parse_failures_total', {
        code: 'UNSUPPORTED_TYPE',
        stage: 'upload',
      }),
    ).toBe(1)
    // Stored, then refused by the sandbox's check in the ingest job: counted at the ingest stage.
    const corrupt = await api.upload(
      `/v1/jobs/${(await createReadyJob(api, 'Parse check (ingest)')).id}/applications`,
      [{ name: 'corrupt.pdf', content: readFixture('test/corrupt.pdf'), type: 'application/pdf' }],
    )
    expect(corrupt.status).toBe(202)
    await waitFor(
      async () =>
        sampleSum(await scrape(), 'shortlist_parse_failures_total', {
          code: 'CORRUPT_DOCUMENT',
          stage: 'ingest',
        }) === 1
          ? true
          : null,
      60_000,
      'the ingest parse failure',
    )

    const job = await createReadyJob(api, 'ML Platform Engineer (kit metrics)')
    fake.enqueue('chat', {
      kind: 'chat',
      content: roleKitReply(job.requirements.map((requirement: Json) => requirement.id)),
      usage: { promptTokens: 1200, completionTokens: 800 },
    })
    expect((await api.post(`/v1/jobs/${job.id}/interview-kit`)).status).toBe(202)
    expect((await waitForKit(api, `/v1/jobs/${job.id}/interview-kit`)).status).toBe('ready')
    const afterKit = await scrape()
    expect(
      sampleSum(afterKit, 'shortlist_llm_tokens_total', { purpose: 'role-kit', direction: 'input' }),
    ).toBe(1200)
    expect(
      sampleSum(afterKit, 'shortlist_llm_tokens_total', { purpose: 'role-kit', direction: 'output' }),
    ).toBe(800)
    const cost = sampleSum(afterKit, 'shortlist_llm_cost_usd_total', { purpose: 'role-kit' })
    expect(cost).toBeGreaterThan(0)
    expect(cost).toBeCloseTo((await api.get('/v1/usage')).body.costUsd, 6)

    // Output that stays malformed after the re-ask fails the kit for good: counted under its code, logged with
    // its stack and the job's id.
    const broken = await createReadyJob(api, 'ML Platform Engineer (kit failure metrics)')
    fake.enqueue(
      'chat',
      { kind: 'malformed' },
      { kind: 'chat', content: JSON.stringify({ questions: [{ type: 'technical' }] }) },
    )
    expect((await api.post(`/v1/jobs/${broken.id}/interview-kit`)).status).toBe(202)
    expect((await waitForKit(api, `/v1/jobs/${broken.id}/interview-kit`)).status).toBe('failed')
    const afterFailure = await waitFor(
      async () => {
        const samples = await scrape()
        return sampleSum(samples, 'shortlist_job_failures_total', { queue: 'kits' }) > 0 ? samples : null
      },
      10_000,
      'the failure to be counted',
    )
    expect(
      sampleSum(afterFailure, 'shortlist_job_failures_total', { queue: 'kits', code: 'LLM_FAILED' }),
    ).toBe(1)
    expect(
      sampleSum(afterFailure, 'shortlist_job_duration_seconds_count', { queue: 'kits', outcome: 'failed' }),
    ).toBe(1)
    const failedLine = logLines.find((line) => line.msg === 'job failed' && line.queue === 'kits')
    expect(failedLine?.code).toBe('LLM_FAILED')
    expect(failedLine?.jobId).toMatch(/^kit-/)
    expect(failedLine?.err?.stack).toContain('UnrecoverableError')
    expect(failedLine?.err?.cause?.stack ?? JSON.stringify(failedLine?.err)).toContain('EngineError')
  }, 150_000)
})
