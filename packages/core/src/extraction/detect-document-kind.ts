import type { DocumentKind } from '../types'
import { DocumentError } from './document-error'
import { isControlCharacter } from './normalize-text'
import { listZipEntries, looksLikeZip, ZipFormatError } from './read-zip'

const pdfMagic = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-
// The PDF spec tolerates junk before the header; readers look within the first kilobyte.
const pdfHeaderWindow = 1024

function findPdfHeader(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - pdfMagic.length, pdfHeaderWindow)
  for (let offset = 0; offset <= limit; offset++) {
    if (pdfMagic.every((value, index) => bytes[offset + index] === value)) return true
  }
  return false
}

/** True when the bytes are UTF-8 text a person could have typed: no NUL or binary control characters. */
export function isPlainText(bytes: Uint8Array): boolean {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return false
  }
  // Tab, newline, carriage return and form feed are the only control characters plain text uses.
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x0c) continue
    if (code < 0x20 ? isControlCharacter(code) : code === 0x7f) return false
  }
  return true
}

/** Identifies a document by its content (magic bytes), never by its extension. */
export function detectDocumentKind(bytes: Uint8Array, filename: string): DocumentKind {
  if (bytes.length === 0) throw new DocumentError('EMPTY_FILE')
  if (findPdfHeader(bytes)) return 'pdf'
  if (looksLikeZip(bytes)) {
    try {
      if (listZipEntries(bytes).has('word/document.xml')) return 'docx'
    } catch (error) {
      if (!(error instanceof ZipFormatError)) throw error
      // A damaged zip that claims to be a Word file is a broken upload, not a wrong type.
      if (/\.docx$/i.test(filename)) throw new DocumentError('CORRUPT_DOCUMENT', undefined, { cause: error })
    }
    throw new DocumentError('UNSUPPORTED_TYPE', `${filename} is a zip archive but not a DOCX document`)
  }
  if (isPlainText(bytes)) return 'txt'
  throw new DocumentError('UNSUPPORTED_TYPE', `${filename} is not a PDF, DOCX or UTF-8 text file`)
}
