import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPostgresDatabase, createTestDatabase, tableChecksums } from '../../../testing/src/index'
import { createDatabase, type DatabaseHandle } from '../create-database'
import { migrateToLatest } from '../migrate'
import { createApplicationWithDocument, saveDocumentAnalysis } from '../repositories/application.repository'
import { createJob } from '../repositories/job.repository'
import { createOrganizationWithAdmin } from '../repositories/organization.repository'
import { EMBEDDING_DIMENSIONS } from '../vector'
import { type ExportBatch, type ExportHeader, exportDatabase } from './export-database'
import { importDatabase } from './import-database'

// Awkward values on purpose: fractions that only survive exact text, negative zero, bytes, nested JSON, unicode.
const vector = (seed: number): number[] =>
  Array.from({ length: EMBEDDING_DIMENSIONS }, (_, index) => Math.sin(seed * 7.77 + index) / 3)

async function seed(handle: DatabaseHandle): Promise<void> {
  const { organization, user } = await createOrganizationWithAdmin(handle.db, {
    organizationName: 'Ölçü & Co',
    name: 'Ann',
    email: 'ann@example.com',
    passwordHash: 'x',
  })
  const job = await createJob(handle.db, organization.id, {
    title: 'Data engineer',
    description: 'SQL\tand "Python"',
    createdBy: user.id,
  })
  for (let index = 0; index < 3; index += 1) {
    const bytes = new Uint8Array([0, 255, index, 10, 9, 92])
    const { application } = await createApplicationWithDocument(
      handle.db,
      organization.id,
      job.id,
      {
        filename: `r${index}.txt`,
        kind: 'txt',
        mime: 'text/plain',
        sha256: `sha-${index}`,
        content: bytes,
        pages: 1,
      },
      user.id,
    )
    await saveDocumentAnalysis(handle.db, organization.id, application.documentId, {
      text: `line one\nline two ${index} — ✓`,
      pages: 1,
      hidden: [],
      profile: { skills: [{ id: 'sql', years: 2.5 }], nested: { list: [1, null, 'x'] } },
      parserVersion: 'p1',
      embedding: vector(index),
      chunks: [0, 1].map((chunk) => ({
        index: chunk,
        section: 'experience',
        text: `chunk ${chunk}`,
        start: chunk * 10,
        end: chunk * 10 + 9,
        embedding: vector(index * 10 + chunk),
      })),
      embeddingModel: 'offline',
    })
  }
}

async function collect(handle: DatabaseHandle): Promise<{ header: ExportHeader; batches: ExportBatch[] }> {
  let header: ExportHeader | undefined
  const batches: ExportBatch[] = []
  for await (const item of exportDatabase(handle.db)) {
    if ('format' in item) header = item
    else batches.push(item)
  }
  if (!header) throw new Error('no header')
  return { header, batches }
}

async function* replay(batches: ExportBatch[]) {
  yield* batches
}

describe('moving a database with export and import', { timeout: 120_000 }, () => {
  let source: DatabaseHandle
  const drops: Array<() => Promise<void>> = []
  beforeAll(async () => {
    source = await createTestDatabase('pglite')
    await seed(source)
  }, 120_000)
  afterAll(async () => {
    await source?.close()
    for (const drop of drops) await drop()
  })

  it('copies every row and vector from PGlite onto real PostgreSQL with pgvector, exactly', async () => {
    const { header, batches } = await collect(source)
    expect(header.tables.find((table) => table.name === 'resume_chunks')?.rows).toBe(6)
    const target = await createPostgresDatabase('transfer')
    drops.push(target.drop)
    const handle = await createDatabase({ databaseUrl: target.url, poolSize: 1 })
    try {
      await migrateToLatest(handle.db)
      const counts = await importDatabase(handle.db, header, replay(batches))
      expect(counts.find((table) => table.name === 'documents')?.rows).toBe(3)
      expect(await tableChecksums(handle.db)).toEqual(await tableChecksums(source.db))
      // The vectors are pgvector values again, not text: the cosine operator works on them.
      const nearest = await sql<{ distance: number }>`
        SELECT min(embedding <=> (SELECT embedding FROM resume_chunks LIMIT 1)) AS distance FROM resume_chunks`.execute(
        handle.db,
      )
      expect(nearest.rows[0]?.distance).toBe(0)
    } finally {
      await handle.close()
    }
  })

  it('refuses a target that is not empty or not on the same migrations, and leaves it as it was', async () => {
    const { header, batches } = await collect(source)
    const target = await createTestDatabase('postgres')
    try {
      // A second import into the filled database stops before writing anything.
      await importDatabase(target.db, header, replay(batches))
      const before = await tableChecksums(target.db)
      await expect(importDatabase(target.db, header, replay(batches))).rejects.toThrow(/is not empty/)
      expect(await tableChecksums(target.db)).toEqual(before)

      const older = { ...header, migrations: header.migrations.slice(0, -1) }
      await expect(importDatabase(target.db, older, replay([]))).rejects.toThrow(/target schema differs/)
    } finally {
      await target.close()
    }
  })

  it('rolls back everything when the export announces rows that never arrive', async () => {
    const { header, batches } = await collect(source)
    const target = await createTestDatabase('pglite')
    try {
      const truncated = batches.filter((batch) => batch.table !== 'resume_chunks')
      await expect(importDatabase(target.db, header, replay(truncated))).rejects.toThrow(
        /resume_chunks: the export announced 6 rows, 0 arrived/,
      )
      const after = await tableChecksums(target.db)
      expect(Object.values(after).every((table) => table.rows === 0)).toBe(true)
    } finally {
      await target.close()
    }
  })
})
