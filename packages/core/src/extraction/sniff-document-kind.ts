import type { DocumentKind } from '../types'
import { DocumentError } from './document-error'
import { isControlCharacter } from './normalize-text'
import { looksLikeZip } from './read-zip'

/** Bytes from the start of a file that `sniffDocumentKind` reads; an upload stream buffers no more than this. */
export const SNIFF_BYTES = 8 * 1024

const pdfMagic = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-
const pdfHeaderWindow = 1024

/**
 * The upload-time type check, from the first `SNIFF_BYTES` of a file only, so it runs on a stream in constant time
 * and memory: a PDF header within the first kilobyte, a zip (a DOCX candidate), or text that decodes as UTF-8 with
 * no binary control characters. It refuses what is plainly no resume (images, executables, empty files) at once;
 * the full check (that the file opens, its page count, the rest of the text) runs later in the document sandbox,
 * which applies the same rules to the whole file (`detectDocumentKind`).
 */
export function sniffDocumentKind(head: Uint8Array, filename: string): DocumentKind {
  if (head.length === 0) throw new DocumentError('EMPTY_FILE')
  const limit = Math.min(head.length - pdfMagic.length, pdfHeaderWindow)
  for (let offset = 0; offset <= limit; offset++) {
    if (pdfMagic.every((value, index) => head[offset + index] === value)) return 'pdf'
  }
  if (looksLikeZip(head)) return 'docx'
  let text: string
  try {
    // stream: a multi-byte character cut at the end of the window is not an error.
    text = new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, SNIFF_BYTES), { stream: true })
  } catch {
    throw new DocumentError('UNSUPPORTED_TYPE', `${filename} is not a PDF, DOCX or UTF-8 text file`)
  }
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x0c) continue
    if (code < 0x20 ? isControlCharacter(code) : code === 0x7f) {
      throw new DocumentError('UNSUPPORTED_TYPE', `${filename} is not a PDF, DOCX or UTF-8 text file`)
    }
  }
  return 'txt'
}
