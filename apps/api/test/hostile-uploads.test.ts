import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, type Json, readFixture, signup, startTestStack, type TestStack, waitFor } from './test-stack'

const posting = readFixture('demo/jobs/ml-platform-engineer.txt').toString('utf8')

// The three files of issue 14 that stalled the whole service; `pnpm bench -- --only hostile` measures the latency
// of /healthz while they are processed, this test checks the outcome.
const hostile = [
  { name: 'letter-run.txt', content: Buffer.from(`Jane Doe\njane@example.com\n${'a'.repeat(80_000)}`) },
  { name: 'mentions.txt', content: Buffer.from('python a@b.co '.repeat(8_000)) },
  { name: 'headings.txt', content: Buffer.from('Experience\n'.repeat(400_000)) },
]

describe('hostile resumes uploaded together', () => {
  let stack: TestStack
  let uploader: ReturnType<typeof client>
  let other: ReturnType<typeof client>
  let jobId: string
  let otherJobId: string

  beforeAll(async () => {
    stack = await startTestStack({ label: 'hostile-uploads' })
    uploader = client(stack.app, await signup(stack.app, 'uploader'))
    other = client(stack.app, await signup(stack.app, 'other'))
    jobId = (await uploader.post('/v1/jobs', { title: 'ML Platform Engineer', description: posting })).body.id
    otherJobId = (await other.post('/v1/jobs', { title: 'Data Engineer', description: posting })).body.id
    for (const [api, id] of [
      [uploader, jobId],
      [other, otherJobId],
    ] as const) {
      await waitFor(
        async () => (await api.get(`/v1/jobs/${id}`)).body.status === 'ready',
        60_000,
        'job analysis',
      )
    }
  }, 120_000)
  afterAll(async () => {
    await stack?.close()
  })

  it('ends each one scored or failed with a code while another organisation keeps working', async () => {
    const upload = await uploader.upload(`/v1/jobs/${jobId}/applications`, hostile)
    expect(upload.status).toBe(202)
    const ids: string[] = upload.body.applications.map((application: Json) => application.id)

    // Requests of another organisation are answered while the three are in the pipeline.
    const otherResponses: number[] = []
    const settled = await waitFor(
      async () => {
        otherResponses.push((await other.get(`/v1/jobs/${otherJobId}`)).status)
        const list = (await uploader.get(`/v1/jobs/${jobId}/applications`)).body.items as Json[]
        const mine = list.filter((item) => ids.includes(item.id))
        return mine.every((item) => item.status === 'scored' || item.status === 'failed') ? mine : null
      },
      180_000,
      'the three uploads to settle',
    )
    expect(otherResponses.every((status) => status === 200)).toBe(true)

    const byName = new Map(settled.map((item) => [item.filename as string, item]))
    expect(byName.get('letter-run.txt')?.status).toBe('scored')
    expect(byName.get('mentions.txt')?.status).toBe('scored')
    // Four million characters of headings is no resume: read to the analysis cap (MAX_ANALYZED_CHARS) and scored,
    // or refused with a code, never hung.
    const headings = byName.get('headings.txt')
    if (headings?.status === 'failed') {
      expect(['PARSE_TOO_LARGE', 'PARSE_TIMEOUT', 'PARSE_RESOURCE_LIMIT']).toContain(headings.error?.code)
    } else expect(headings?.status).toBe('scored')

    const letterRun = (await uploader.get(`/v1/applications/${byName.get('letter-run.txt')?.id}`)).body
    expect(letterRun.candidate.name).toBe('Jane Doe')
  }, 240_000)
})
