import { createReadStream, createWriteStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { pipeline } from 'node:stream/promises'
import { createGunzip, createGzip } from 'node:zlib'
import type { ExportBatch, ExportHeader } from '@shortlist/db'

// The export file: gzip'd lines. The first is the header as JSON; each other is one batch,
// `<table>\t<row count>\t<JSON array of rows>`, the rows kept as the text Postgres wrote so that no value (a
// numeric, a vector) is re-encoded on the way. JSON text never holds a raw newline or tab.

/** Writes an export (header first, then batches) to a gzip'd file. */
export async function writeExportFile(
  path: string,
  source: AsyncIterable<ExportHeader | ExportBatch>,
): Promise<void> {
  async function* lines() {
    for await (const item of source) {
      yield 'format' in item
        ? `${JSON.stringify(item)}\n`
        : `${item.table}\t${item.count}\t${item.rowsJson}\n`
    }
  }
  await pipeline(lines, createGzip(), createWriteStream(path, { mode: 0o600 }))
}

/** Opens an export file: its header, then its batches as they are read. */
export async function readExportFile(
  path: string,
): Promise<{ header: ExportHeader; batches: AsyncGenerator<ExportBatch> }> {
  const lines = createInterface({
    input: createReadStream(path).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  })[Symbol.asyncIterator]()
  const first = await lines.next()
  if (first.done) throw new Error(`${path} is empty`)
  const header = JSON.parse(first.value) as ExportHeader
  async function* batches(): AsyncGenerator<ExportBatch> {
    for (;;) {
      const next = await lines.next()
      if (next.done) return
      if (next.value === '') continue
      const [table, count, rowsJson] = splitTwice(next.value)
      yield { table, count: Number(count), rowsJson }
    }
  }
  return { header, batches: batches() }
}

function splitTwice(line: string): [string, string, string] {
  const first = line.indexOf('\t')
  const second = line.indexOf('\t', first + 1)
  if (first < 0 || second < 0) throw new Error('the export file has a malformed line')
  return [line.slice(0, first), line.slice(first + 1, second), line.slice(second + 1)]
}
