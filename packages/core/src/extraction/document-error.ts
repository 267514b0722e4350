import type { DocumentErrorCode } from '../types'

const userMessages: Record<DocumentErrorCode, string> = {
  UNSUPPORTED_TYPE: 'Only PDF, DOCX and plain-text files are accepted.',
  EMPTY_FILE: 'The file is empty.',
  FILE_TOO_LARGE: 'The file is too large.',
  CORRUPT_DOCUMENT: 'The file could not be opened; it may be damaged or password-protected.',
  NO_TEXT_LAYER: 'The file contains no selectable text (it may be a scanned image).',
  TOO_MANY_PAGES: 'The document has too many pages.',
  PARSE_TIMEOUT: 'Reading the document took too long.',
  PARSE_RESOURCE_LIMIT: 'Reading the document needed too much memory.',
  PARSE_TOO_LARGE: 'The document holds more text than a resume can.',
}

/** A document that cannot be ingested, with a stable machine-readable code. */
export class DocumentError extends Error {
  override readonly name = 'DocumentError'
  readonly code: DocumentErrorCode
  /** Safe to show to the person who uploaded the file. */
  readonly userMessage: string

  constructor(code: DocumentErrorCode, message?: string, options?: { cause?: unknown }) {
    super(message ?? userMessages[code], options)
    this.code = code
    this.userMessage = userMessages[code]
  }
}

/** True for a `DocumentError`, including one rebuilt from a worker message. */
export function isDocumentError(error: unknown): error is DocumentError {
  return error instanceof DocumentError
}
