import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../../../testing/src/index'
import type { DatabaseHandle } from '../create-database'
import { EMBEDDING_DIMENSIONS } from '../vector'
import { createApplicationWithDocument, saveDocumentAnalysis } from './application.repository'
import { createJob } from './job.repository'
import { createOrganizationWithAdmin } from './organization.repository'

describe('saveDocumentAnalysis', () => {
  let handle: DatabaseHandle
  beforeAll(async () => {
    handle = await createTestDatabase('pglite')
  }, 120_000)
  afterAll(async () => {
    await handle?.close()
  })

  it('stores thousands of chunks in batches and replaces them on a rerun', async () => {
    const { organization, user } = await createOrganizationWithAdmin(handle.db, {
      organizationName: 'Chunky',
      name: 'Chunky',
      email: 'chunky@example.com',
      passwordHash: 'x',
    })
    const job = await createJob(handle.db, organization.id, {
      title: 'Pool',
      description: 'Pool',
      createdBy: user.id,
    })
    // 3.4 MB of text cut into 400-character chunks: 8,500 rows of 9 values, more than the 65,535 parameters one
    // bind message can carry.
    const sentence = 'Built data pipelines in Python and Go for the payments team, reviewed by peers. '
    const text = sentence.repeat(42_000)
    const chunkCount = Math.floor(text.length / 400)
    const embedding = Array.from({ length: EMBEDDING_DIMENSIONS }, (_, index) => (index === 0 ? 1 : 0))
    const chunks = Array.from({ length: chunkCount }, (_, index) => ({
      index,
      section: 'experience',
      text: text.slice(index * 400, (index + 1) * 400),
      start: index * 400,
      end: (index + 1) * 400,
      embedding,
    }))
    const { application } = await createApplicationWithDocument(
      handle.db,
      organization.id,
      job.id,
      {
        filename: 'long.txt',
        kind: 'txt',
        mime: 'text/plain',
        sha256: createHash('sha256').update(text).digest('hex'),
        content: new TextEncoder().encode(text),
        pages: 1,
      },
      user.id,
    )
    const analysis = {
      text,
      pages: 1,
      hidden: [],
      profile: { sections: [] },
      parserVersion: 'test',
      embedding,
      chunks,
      embeddingModel: 'test',
    }
    const countChunks = async () => {
      const row = await handle.db
        .selectFrom('resume_chunks')
        .select((eb) => [eb.fn.countAll<string>().as('count'), eb.fn.max('chunk_index').as('last')])
        .where('document_id', '=', application.documentId)
        .executeTakeFirstOrThrow()
      return { count: Number(row.count), last: Number(row.last) }
    }

    expect(chunkCount * 9).toBeGreaterThan(65_535)
    await handle.db
      .transaction()
      .execute((trx) => saveDocumentAnalysis(trx, organization.id, application.documentId, analysis))
    expect(await countChunks()).toEqual({ count: chunkCount, last: chunkCount - 1 })

    // A rerun replaces the set rather than adding to it.
    await handle.db.transaction().execute((trx) =>
      saveDocumentAnalysis(trx, organization.id, application.documentId, {
        ...analysis,
        chunks: chunks.slice(0, 10),
      }),
    )
    expect(await countChunks()).toEqual({ count: 10, last: 9 })
  }, 120_000)
})
