import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { detectDocumentKind, isPlainText } from './detect-document-kind'
import { DocumentError } from './document-error'

const fixture = (path: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../fixtures/${path}`, import.meta.url)))

function codeOf(run: () => unknown): string | null {
  try {
    run()
    return null
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentError)
    expect((error as DocumentError).name).toBe('DocumentError')
    return (error as DocumentError).code
  }
}

describe('detectDocumentKind', () => {
  it('recognises PDF, DOCX and TXT by content, whatever the extension says', () => {
    expect(detectDocumentKind(fixture('test/two-column.pdf'), 'resume.txt')).toBe('pdf')
    expect(detectDocumentKind(fixture('test/table-and-hidden.docx'), 'resume.pdf')).toBe('docx')
    expect(detectDocumentKind(fixture('test/bom-crlf.txt'), 'resume.docx')).toBe('txt')
    expect(detectDocumentKind(fixture('demo/resumes/sofia-martins.txt'), 'cv')).toBe('txt')
  })

  it('accepts a PDF header preceded by a little junk, as readers do', () => {
    const bytes = new TextEncoder().encode('\n\n%PDF-1.4\n...')
    expect(detectDocumentKind(bytes, 'a.pdf')).toBe('pdf')
  })

  it('rejects an executable renamed .pdf as UNSUPPORTED_TYPE', () => {
    expect(codeOf(() => detectDocumentKind(fixture('test/renamed-executable.pdf'), 'resume.pdf'))).toBe(
      'UNSUPPORTED_TYPE',
    )
  })

  it('rejects an empty file as EMPTY_FILE', () => {
    expect(codeOf(() => detectDocumentKind(fixture('test/empty.txt'), 'empty.txt'))).toBe('EMPTY_FILE')
  })

  it('rejects a zip that is not a Word document, and a broken one named .docx as corrupt', () => {
    // An empty zip archive: just the end-of-central-directory record.
    const emptyZip = new Uint8Array(22)
    emptyZip.set([0x50, 0x4b, 0x05, 0x06])
    expect(codeOf(() => detectDocumentKind(emptyZip, 'archive.zip'))).toBe('UNSUPPORTED_TYPE')
    const truncatedDocx = fixture('test/table-and-hidden.docx').subarray(0, 300)
    expect(codeOf(() => detectDocumentKind(truncatedDocx, 'resume.docx'))).toBe('CORRUPT_DOCUMENT')
    expect(codeOf(() => detectDocumentKind(truncatedDocx, 'resume.zip'))).toBe('UNSUPPORTED_TYPE')
  })

  it('treats only UTF-8 without NUL or binary control characters as text', () => {
    expect(isPlainText(new TextEncoder().encode('Olá\tmundo\r\n'))).toBe(true)
    expect(isPlainText(new Uint8Array([0x68, 0x00, 0x69]))).toBe(false)
    expect(isPlainText(new Uint8Array([0x68, 0x1b, 0x69]))).toBe(false)
    expect(isPlainText(new Uint8Array([0xc3, 0x28]))).toBe(false)
    expect(codeOf(() => detectDocumentKind(new Uint8Array([0xff, 0xfe, 0x00, 0x41]), 'utf16.txt'))).toBe(
      'UNSUPPORTED_TYPE',
    )
  })
})
