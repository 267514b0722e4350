import { readdirSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import type { TestEngine } from '@shortlist/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createReadyJob, uploadAndScore } from './kit-flow'
import {
  client,
  FIXTURES,
  type Json,
  readFixture,
  signup,
  startTestStack,
  type TestStack,
} from './test-stack'

type Api = ReturnType<typeof client>

const RESUMES = readdirSync(`${FIXTURES}/demo/resumes`).map((name) => ({
  name,
  content: readFixture(`demo/resumes/${name}`),
}))

// The list payload, its keyset pages, its ETag and its scoping, through the real API on both database paths.
describe.each<TestEngine>(['pglite', 'postgres'])('GET /v1/jobs/:id/shortlist on %s', (engine) => {
  let stack: TestStack
  let token: string
  let api: Api
  let other: Api
  let otherToken: string
  let jobId: string
  let all: Json

  const get = (url: string, headers: Record<string, string> = {}, bearer = token) =>
    stack.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${bearer}`, ...headers } })

  beforeAll(async () => {
    stack = await startTestStack({ engine, label: `shortlist-pages-${engine}` })
    token = await signup(stack.app, `shortlist-pages-${engine}`)
    api = client(stack.app, token)
    otherToken = await signup(stack.app, `shortlist-pages-other-${engine}`)
    other = client(stack.app, otherToken)
    jobId = (await createReadyJob(api, 'ML Platform Engineer')).id
    await uploadAndScore(api, jobId, RESUMES)
    all = (await api.get(`/v1/jobs/${jobId}/shortlist?limit=200`)).body
  }, 240_000)
  afterAll(async () => {
    await stack?.close()
  })

  it('lists status chips and counts without quotes; view=full adds the quotes', async () => {
    expect(all.total).toBe(RESUMES.length)
    expect(all.nextCursor).toBeNull()
    for (const requirement of all.requirements)
      expect(Object.keys(requirement).sort()).toEqual(['id', 'kind', 'label'])
    for (const item of all.items) {
      expect(item.requiredTotal).toBeGreaterThan(0)
      expect(item.requirements.length).toBeGreaterThan(0)
      // Statuses only; their labels and kinds come once a page, in `requirements`.
      for (const requirement of item.requirements) {
        expect(Object.keys(requirement).sort()).toEqual(['requirementId', 'status'])
        expect(all.requirements.some((known: Json) => known.id === requirement.requirementId)).toBe(true)
      }
    }
    const summary = await get(`/v1/jobs/${jobId}/shortlist?limit=200`)
    const full = await get(`/v1/jobs/${jobId}/shortlist?limit=200&view=full`)
    expect(full.statusCode).toBe(200)
    const fullItems = full.json().items as Json[]
    expect(fullItems.map((item) => item.applicationId)).toEqual(
      all.items.map((item: Json) => item.applicationId),
    )
    const quoted = fullItems
      .flatMap((item) => item.requirements as Json[])
      .filter((r) => r.status !== 'missing')
    expect(quoted.length).toBeGreaterThan(0)
    for (const requirement of quoted) expect(requirement.evidence[0]?.quote.length).toBeGreaterThan(0)
    expect(summary.body.length).toBeLessThan(full.body.length)
  })

  it('sends the page gzipped to clients that accept it, the same JSON either way', async () => {
    const url = `/v1/jobs/${jobId}/shortlist?limit=200`
    const plain = await get(url)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.headers.vary).toBe('accept-encoding')
    for (const accepted of ['gzip, deflate, br, zstd', 'br;q=1, gzip;q=0.5', '*']) {
      const zipped = await get(url, { 'accept-encoding': accepted })
      expect(zipped.statusCode, accepted).toBe(200)
      expect(zipped.headers['content-encoding'], accepted).toBe('gzip')
      expect(zipped.headers.vary).toBe('accept-encoding')
      expect(zipped.headers.etag).toBe(plain.headers.etag)
      expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length)
      expect(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'))).toEqual(plain.json())
    }
    for (const refused of ['gzip;q=0', 'identity', 'br', 'deflate']) {
      const response = await get(url, { 'accept-encoding': refused })
      expect(response.headers['content-encoding'], refused).toBeUndefined()
      expect(response.json(), refused).toEqual(plain.json())
    }
    const revalidated = await get(url, {
      'accept-encoding': 'gzip',
      'if-none-match': plain.headers.etag as string,
    })
    expect(revalidated.statusCode).toBe(304)
    expect(revalidated.rawPayload.length).toBe(0)
  })

  it('pages with a cursor: every row once, in order, numbered, with the same total', async () => {
    const seen: Json[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const url: string = `/v1/jobs/${jobId}/shortlist?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`
      const page: Json = (await api.get(url)).body
      expect(page.total).toBe(RESUMES.length)
      expect(page.items.length).toBeLessThanOrEqual(2)
      seen.push(...page.items)
      cursor = page.nextCursor
      pages++
    } while (cursor && pages < 10)
    expect(pages).toBe(Math.ceil(RESUMES.length / 2))
    expect(seen.map((item) => item.applicationId)).toEqual(all.items.map((item: Json) => item.applicationId))
    expect(seen.map((item) => item.rank)).toEqual(all.items.map((_: Json, index: number) => index + 1))
  })

  it('answers 304 to its ETag until something the page shows changes', async () => {
    const url = `/v1/jobs/${jobId}/shortlist?limit=3`
    const first = await get(url)
    const etag = first.headers.etag as string
    expect(etag).toMatch(/^W\/".+"$/)
    expect(first.headers['cache-control']).toBe('private, no-cache')

    const unchanged = await get(url, { 'if-none-match': etag })
    expect(unchanged.statusCode).toBe(304)
    expect(unchanged.body).toBe('')
    expect(unchanged.headers['content-length']).toBeUndefined()
    // Another page of the same version shares the ETag (the URL tells the pages apart) and is served too.
    expect((await get(`${url}&stage=applied`, { 'if-none-match': etag })).statusCode).toBe(304)

    // A stage move, a decision and a name correction each change the ETag and show in the next page.
    const target = first.json().items[0] as Json
    const moves: Array<[string, () => Promise<unknown>, (item: Json) => unknown, unknown]> = [
      [
        'stage',
        () => api.post(`/v1/applications/${target.applicationId}/stage`, { stage: 'screening' }),
        (item) => item.stage,
        'screening',
      ],
      [
        'decision',
        () =>
          api.post(`/v1/applications/${target.applicationId}/decision`, {
            decision: 'hold',
            reason: 'later',
          }),
        (item) => item.decision,
        'hold',
      ],
      [
        'correction',
        () => api.patch(`/v1/candidates/${target.candidate.id}`, { name: 'Corrected Name' }),
        (item) => item.candidate.name,
        'Corrected Name',
      ],
      // Blind review depends on settings outside the application: each change still shows at once.
      [
        'organisation blind review',
        () => api.put('/v1/fairness/blind-review', { enabled: true, untilStage: 'interview' }),
        (item) => [item.blind, /^Candidate [0-9A-F]{4}$/.test(item.candidate.name)],
        [true, true],
      ],
      [
        "the job's override",
        () => api.put(`/v1/jobs/${jobId}/blind-review`, { enabled: false, untilStage: null }),
        (item) => [item.blind, item.candidate.name],
        [false, 'Corrected Name'],
      ],
    ]
    let previous = etag
    for (const [what, change, read, expected] of moves) {
      const response = (await change()) as { status: number }
      expect({ what, status: response.status }).toEqual({ what, status: 200 })
      const after = await get(url, { 'if-none-match': previous })
      expect({ what, status: after.statusCode }).toEqual({ what, status: 200 })
      expect(after.headers.etag).not.toBe(previous)
      const item = (after.json().items as Json[]).find((row) => row.applicationId === target.applicationId)
      expect({ what, value: item && read(item) }).toEqual({ what, value: expected })
      previous = after.headers.etag as string
    }
  })

  it("answers 404 for another organisation's job, whatever it sends", async () => {
    const first = await get(`/v1/jobs/${jobId}/shortlist?limit=2`)
    const cursor = first.json().nextCursor as string
    expect((await other.get(`/v1/jobs/${jobId}/shortlist`)).status).toBe(404)
    expect((await other.get(`/v1/jobs/${jobId}/shortlist?cursor=${encodeURIComponent(cursor)}`)).status).toBe(
      404,
    )
    // Its ETag earns no 304 either: the job is looked up in the caller's organisation before anything else.
    const etag = first.headers.etag as string
    expect((await get(`/v1/jobs/${jobId}/shortlist`, { 'if-none-match': etag }, otherToken)).statusCode).toBe(
      404,
    )
    expect((await other.get(`/v1/jobs/${jobId}/shortlist.csv`)).status).toBe(404)
  })

  it('refuses a cursor it did not give out with a problem', async () => {
    for (const cursor of ['nonsense', Buffer.from('{"a":true}').toString('base64url')]) {
      const response = await api.get(`/v1/jobs/${jobId}/shortlist?cursor=${cursor}`)
      expect(response.status).toBe(400)
      expect(response.body.code).toBe('VALIDATION_FAILED')
    }
  })

  it('exports every row to CSV with its statuses', async () => {
    const response = await get(`/v1/jobs/${jobId}/shortlist.csv`)
    expect(response.statusCode).toBe(200)
    const lines = response.body.trim().split('\r\n')
    expect(lines).toHaveLength(RESUMES.length + 1)
    expect(lines.slice(1).every((line) => /"(matched|partial|missing)"/.test(line))).toBe(true)
  })
})
