import type { DocumentKind, ExtractedDocument } from '../types'
import { detectDocumentKind } from './detect-document-kind'
import { DocumentError } from './document-error'
import { extractDocx } from './extract-docx'
import { countPdfPages, extractPdf } from './extract-pdf'
import { extractTxt } from './extract-txt'

export type ExtractOptions = { maxPages: number; filename?: string }

/**
 * Turns a PDF, DOCX or TXT file into visible text in reading order plus the hidden fragments it set apart.
 * Runs in the caller's thread; use the document sandbox for untrusted files.
 */
export async function extractDocument(
  bytes: Uint8Array,
  options: ExtractOptions,
): Promise<ExtractedDocument> {
  const kind = detectDocumentKind(bytes, options.filename ?? 'document')
  if (kind === 'pdf') return extractPdf(bytes, options)
  if (kind === 'docx') return extractDocx(bytes)
  return extractTxt(bytes)
}

/** Cheap upload-time check: the file type, that it opens, and its page count (PDF pages are not parsed). */
export async function validateDocument(
  bytes: Uint8Array,
  filename: string,
  options: ExtractOptions,
): Promise<{ kind: DocumentKind; pages: number }> {
  const kind = detectDocumentKind(bytes, filename)
  if (kind === 'pdf') {
    const pages = await countPdfPages(bytes)
    if (pages > options.maxPages) {
      throw new DocumentError(
        'TOO_MANY_PAGES',
        `the PDF has ${pages} pages; the limit is ${options.maxPages}`,
      )
    }
    return { kind, pages }
  }
  if (kind === 'docx') {
    const document = extractDocx(bytes)
    return { kind, pages: document.pages }
  }
  extractTxt(bytes)
  return { kind, pages: 1 }
}
