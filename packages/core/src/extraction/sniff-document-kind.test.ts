import { describe, expect, it } from 'vitest'
import { DocumentError } from './document-error'
import { SNIFF_BYTES, sniffDocumentKind } from './sniff-document-kind'

const codeOf = (run: () => unknown): string | null => {
  try {
    run()
    return null
  } catch (error) {
    return error instanceof DocumentError ? error.code : 'not a DocumentError'
  }
}

describe('sniffDocumentKind', () => {
  it('names PDFs (header within the first kilobyte), zips as DOCX candidates, and UTF-8 text', () => {
    expect(sniffDocumentKind(Buffer.from('%PDF-1.7\n'), 'a.pdf')).toBe('pdf')
    expect(sniffDocumentKind(Buffer.concat([Buffer.alloc(500, 0x20), Buffer.from('%PDF-1.4')]), 'a')).toBe(
      'pdf',
    )
    expect(sniffDocumentKind(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'a.docx')).toBe('docx')
    expect(sniffDocumentKind(Buffer.from('Jane Doe\r\nEngenharia de dados — São Paulo\f'), 'a.txt')).toBe(
      'txt',
    )
  })

  it('accepts a multi-byte character cut at the end of the window', () => {
    const head = Buffer.concat([Buffer.alloc(SNIFF_BYTES - 1, 0x61), Buffer.from('ã').subarray(0, 1)])
    expect(sniffDocumentKind(head, 'a.txt')).toBe('txt')
  })

  it('refuses empty files, binary bytes and invalid UTF-8 with stable codes', () => {
    expect(codeOf(() => sniffDocumentKind(new Uint8Array(0), 'a.txt'))).toBe('EMPTY_FILE')
    expect(codeOf(() => sniffDocumentKind(Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]), 'a.pdf'))).toBe(
      'UNSUPPORTED_TYPE',
    )
    expect(codeOf(() => sniffDocumentKind(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'a.png'))).toBe(
      'UNSUPPORTED_TYPE',
    )
    expect(codeOf(() => sniffDocumentKind(Buffer.from([0x61, 0xff, 0x61]), 'a.txt'))).toBe('UNSUPPORTED_TYPE')
  })
})
