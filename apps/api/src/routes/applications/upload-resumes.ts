import { createHash } from 'node:crypto'
import type { MultipartFile } from '@fastify/multipart'
import { type DocumentKind, isDocumentError } from '@shortlist/core'
import type { FastifyRequest } from 'fastify'
import { AppError, type AppErrorCode } from '../../lib/app-error'

export type ValidatedUpload = {
  filename: string
  kind: DocumentKind
  mime: string
  sha256: string
  content: Uint8Array
  pages: number
}

const MIME: Record<DocumentKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain; charset=utf-8',
}

/**
 * Reads every file of the multipart request and checks each one in the parsing sandbox before anything is
 * stored: a request with one bad file is rejected whole, so nothing half-uploaded is left behind.
 */
export async function readValidatedUploads(
  request: FastifyRequest,
  validate: (bytes: Uint8Array, filename: string) => Promise<{ kind: DocumentKind; pages: number }>,
  limits: { maxBytes: number },
): Promise<ValidatedUpload[]> {
  const files: Array<{ filename: string; content: Uint8Array }> = []
  if (!request.isMultipart()) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      'Send the resumes as multipart/form-data in the field "files".',
    )
  }
  for await (const part of request.files()) {
    const file = part as MultipartFile
    if (file.fieldname !== 'files') {
      file.file.resume()
      throw new AppError('VALIDATION_FAILED', `Unexpected file field "${file.fieldname}"; use "files".`)
    }
    const filename = sanitizeFilename(file.filename)
    let content: Buffer
    try {
      content = await file.toBuffer()
    } catch (cause) {
      throw new AppError(
        'FILE_TOO_LARGE',
        `${filename} is larger than the ${formatBytes(limits.maxBytes)} limit.`,
        { cause },
      )
    }
    files.push({ filename, content: new Uint8Array(content) })
  }
  if (files.length === 0) throw new AppError('NO_FILES', 'Attach at least one resume in the field "files".')

  const validated: ValidatedUpload[] = []
  for (const file of files) {
    try {
      const { kind, pages } = await validate(file.content, file.filename)
      validated.push({
        filename: file.filename,
        kind,
        mime: MIME[kind],
        sha256: createHash('sha256').update(file.content).digest('hex'),
        content: file.content,
        pages,
      })
    } catch (error) {
      if (!isDocumentError(error)) throw error
      request.server.metrics?.parseFailures.inc({ code: error.code, stage: 'upload' })
      throw new AppError(
        error.code as AppErrorCode,
        `${file.filename}: ${describeDocumentError(error.code)}`,
        {
          cause: error,
          details: [{ path: `files/${file.filename}`, message: error.code }],
        },
      )
    }
  }
  return validated
}

function describeDocumentError(code: string): string {
  switch (code) {
    case 'EMPTY_FILE':
      return 'the file is empty.'
    case 'UNSUPPORTED_TYPE':
      return 'this is not a PDF, DOCX or plain-text file (the content was checked, not just the name).'
    case 'CORRUPT_DOCUMENT':
      return 'the file is damaged and cannot be read.'
    case 'TOO_MANY_PAGES':
      return 'the document has more pages than a resume should.'
    case 'PARSE_TIMEOUT':
      return 'the document took too long to read and was stopped.'
    case 'PARSE_RESOURCE_LIMIT':
      return 'the document needs more memory to read than is allowed.'
    case 'PARSE_TOO_LARGE':
      return 'the document holds more text than a resume can.'
    case 'NO_TEXT_LAYER':
      return 'the PDF has no text layer (it looks scanned).'
    case 'FILE_TOO_LARGE':
      return 'the file is too large.'
    default:
      return 'the document could not be read.'
  }
}

/** Keeps the last path segment and printable characters only: names are shown back to users. */
function sanitizeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'resume'
  // Control characters never belong in a name shown back to people.
  const clean = [...base]
    .filter((character) => (character.codePointAt(0) ?? 0) >= 0x20 && character !== '\u007f')
    .join('')
    .trim()
    .slice(0, 200)
  return clean.length > 0 ? clean : 'resume'
}

const formatBytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`
