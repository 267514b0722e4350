import { listAuditEvents } from '@shortlist/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, type Json, readFixture, signup, startTestStack, type TestStack, waitFor } from './test-stack'

const posting = readFixture('demo/jobs/ml-platform-engineer.txt').toString('utf8')
const LIMIT = 64 * 1024

/** A plain resume padded with ordinary lines to exactly `bytes` bytes. */
function resumeOfSize(bytes: number): Buffer {
  const head = 'Jane Doe\njane@example.com\nSenior engineer: Python services on Kubernetes, PyTorch models.\n'
  const line = 'Built and ran Python data pipelines on Kubernetes for a payments team.\n'
  let text = head
  while (Buffer.byteLength(text) + line.length <= bytes) text += line
  text += 'x'.repeat(bytes - Buffer.byteLength(text))
  const content = Buffer.from(text)
  expect(content.byteLength).toBe(bytes)
  return content
}

async function countRows(stack: TestStack): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const table of ['applications', 'documents'] as const) {
    const row = await stack.engine.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow()
    counts[table] = Number(row.count)
  }
  return counts
}

describe.each(['pglite', 'postgres'] as const)(
  'streamed uploads, checked in the background (%s)',
  (engine) => {
    let stack: TestStack
    let api: ReturnType<typeof client>
    let jobId: string

    const settle = (id: string, what: string) =>
      waitFor(
        async () => {
          const application = (await api.get(`/v1/applications/${id}`)).body as Json
          return application.status === 'scored' || application.status === 'failed' ? application : null
        },
        90_000,
        what,
      )

    beforeAll(async () => {
      stack = await startTestStack({ engine, label: `upload-checks-${engine}`, uploadMaxBytes: LIMIT })
      api = client(stack.app, await signup(stack.app, `uploads-${engine}`))
      jobId = (await api.post('/v1/jobs', { title: 'ML Platform Engineer', description: posting })).body.id
      await waitFor(
        async () => (await api.get(`/v1/jobs/${jobId}`)).body.status === 'ready',
        60_000,
        'job analysis',
      )
    }, 120_000)
    afterAll(async () => {
      await stack?.close()
    })

    it('accepts a file of exactly the limit, and it parses', async () => {
      const upload = await api.upload(`/v1/jobs/${jobId}/applications`, [
        { name: 'exact.txt', content: resumeOfSize(LIMIT) },
      ])
      expect(upload.status).toBe(202)
      const settled = await settle(upload.body.applications[0].id, 'the exact-limit upload')
      expect(settled.status).toBe('scored')
      expect(settled.candidate.name).toBe('Jane Doe')
    }, 120_000)

    it('refuses a file one byte over the limit with 413 problem+json, and stores nothing of the request', async () => {
      const before = await countRows(stack)
      const response = await api.upload(`/v1/jobs/${jobId}/applications`, [
        { name: 'fine.txt', content: resumeOfSize(1_000) },
        { name: 'over.txt', content: resumeOfSize(LIMIT + 1) },
      ])
      expect(response.status).toBe(413)
      expect(response.headers['content-type']).toContain('application/problem+json')
      expect(response.body.code).toBe('FILE_TOO_LARGE')
      expect(response.body.detail).toContain('over.txt')
      expect(await countRows(stack)).toEqual(before)
    })

    it('stores a file that fails the sandbox check as a failed application with its code, beside the good ones', async () => {
      const notWord = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)])
      const upload = await api.upload(`/v1/jobs/${jobId}/applications`, [
        { name: 'good.txt', content: resumeOfSize(2_000) },
        { name: 'broken.pdf', content: readFixture('test/corrupt.pdf') },
        { name: 'archive.zip', content: notWord },
      ])
      expect(upload.status).toBe(202)
      const byName = new Map<string, Json>(
        upload.body.applications.map((application: Json) => [application.filename, application]),
      )
      for (const application of byName.values()) expect(application.status).toBe('queued')

      const good = await settle(byName.get('good.txt')?.id, 'the good file')
      const broken = await settle(byName.get('broken.pdf')?.id, 'the corrupt PDF')
      const archive = await settle(byName.get('archive.zip')?.id, 'the zip')
      expect(good.status).toBe('scored')
      expect(broken.status).toBe('failed')
      expect(broken.error.code).toBe('CORRUPT_DOCUMENT')
      expect(archive.status).toBe('failed')
      expect(archive.error.code).toBe('UNSUPPORTED_TYPE')

      // The same bytes again are the same application, queued once more (and failing the same way), never lost.
      const again = await api.upload(`/v1/jobs/${jobId}/applications`, [
        { name: 'broken.pdf', content: readFixture('test/corrupt.pdf') },
      ])
      expect(again.status).toBe(202)
      expect(again.body.applications[0]).toMatchObject({ id: broken.id, duplicate: true, status: 'queued' })
      const retried = await settle(broken.id, 'the corrupt PDF again')
      expect(retried.status).toBe('failed')
      expect(retried.error.code).toBe('CORRUPT_DOCUMENT')
    }, 180_000)
    it('stores a batch in one go with the one-by-one rules: a file repeated in the request, an earlier upload and a failed one', async () => {
      const earlier = resumeOfSize(1_500)
      const first = await api.upload(`/v1/jobs/${jobId}/applications`, [
        { name: 'earlier.txt', content: earlier },
      ])
      const earlierId = first.body.applications[0].id
      await settle(earlierId, 'the earlier upload')
      const corrupt = Buffer.concat([readFixture('test/corrupt.pdf'), Buffer.from('\n% batch\n')])
      const failing = await api.upload(`/v1/jobs/${jobId}/applications`, [
        { name: 'bad.pdf', content: corrupt },
      ])
      const failed = await settle(failing.body.applications[0].id, 'the corrupt PDF')
      expect(failed.error.code).toBe('CORRUPT_DOCUMENT')

      const before = await countRows(stack)
      const twice = resumeOfSize(1_700)
      const batch = await api.upload(`/v1/jobs/${jobId}/applications`, [
        { name: 'new-a.txt', content: twice },
        { name: 'again.txt', content: earlier },
        { name: 'new-b.txt', content: resumeOfSize(1_800) },
        { name: 'copy-of-a.txt', content: twice },
        { name: 'bad-again.pdf', content: corrupt },
      ])
      expect(batch.status).toBe(202)
      const [newA, again, newB, copyOfA, badAgain] = batch.body.applications
      expect(newA).toMatchObject({ filename: 'new-a.txt', status: 'queued', duplicate: false })
      expect(again).toMatchObject({
        id: earlierId,
        filename: 'earlier.txt',
        status: 'scored',
        duplicate: true,
      })
      expect(newB).toMatchObject({ filename: 'new-b.txt', status: 'queued', duplicate: false })
      expect(copyOfA).toMatchObject({ id: newA.id, filename: 'new-a.txt', duplicate: true })
      expect(badAgain).toMatchObject({ id: failed.id, status: 'queued', duplicate: true })
      // Two new documents and applications; the repeated and earlier files are stored once.
      expect(await countRows(stack)).toEqual({
        applications: (before.applications ?? 0) + 2,
        documents: (before.documents ?? 0) + 2,
      })
      const organizationId = (
        await stack.engine.db
          .selectFrom('applications')
          .select('organization_id')
          .where('id', '=', newA.id)
          .executeTakeFirstOrThrow()
      ).organization_id
      const actions = async (id: string) =>
        (await listAuditEvents(stack.engine.db, organizationId, id))
          .map((event) => event.action)
          .filter((action) => action !== 'application.viewed')
      expect(await actions(newA.id)).toEqual(['application.uploaded'])
      expect(await actions(newB.id)).toEqual(['application.uploaded'])
      expect(await actions(earlierId)).toEqual(['application.uploaded'])
      expect(await actions(failed.id)).toEqual(['application.uploaded', 'application.retried'])

      // Every file of the batch is checked in the background and ends scored or failed with its code.
      expect((await settle(newA.id, 'new-a')).status).toBe('scored')
      expect((await settle(newB.id, 'new-b')).status).toBe('scored')
      const retried = await settle(failed.id, 'the corrupt PDF again')
      expect(retried.status).toBe('failed')
      expect(retried.error.code).toBe('CORRUPT_DOCUMENT')
    }, 180_000)
  },
)
