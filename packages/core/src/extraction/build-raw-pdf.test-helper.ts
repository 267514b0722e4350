import { deflateSync } from 'node:zlib'

/** Builds a one-page PDF around a raw content stream (Helvetica as /F1), for documents pdf-lib cannot express. */
export function buildRawPdf(content: string | Buffer, options: { compress?: boolean } = {}): Uint8Array {
  const body = typeof content === 'string' ? Buffer.from(content, 'latin1') : content
  const stream = options.compress ? deflateSync(body) : body
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ]
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n', 'latin1')]
  const offsets: number[] = []
  let length = chunks[0]?.length ?? 0
  const push = (chunk: Buffer) => {
    chunks.push(chunk)
    length += chunk.length
  }
  objects.forEach((object, index) => {
    offsets.push(length)
    push(Buffer.from(`${index + 1} 0 obj\n${object}\nendobj\n`, 'latin1'))
  })
  offsets.push(length)
  const filter = options.compress ? ' /Filter /FlateDecode' : ''
  push(Buffer.from(`5 0 obj\n<< /Length ${stream.length}${filter} >>\nstream\n`, 'latin1'))
  push(stream)
  push(Buffer.from('\nendstream\nendobj\n', 'latin1'))
  const xrefOffset = length
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  push(
    Buffer.from(
      `xref\n0 6\n0000000000 65535 f \n${entries}trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`,
      'latin1',
    ),
  )
  return new Uint8Array(Buffer.concat(chunks))
}
