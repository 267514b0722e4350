import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { MultipartFile } from '@fastify/multipart'
import { type DocumentKind, isDocumentError, SNIFF_BYTES, sniffDocumentKind } from '@shortlist/core'
import type { FastifyRequest } from 'fastify'
import { AppError, type AppErrorCode } from '../../lib/app-error'

/** A file received whole and spooled to disk: its bytes are read back one file at a time when stored. */
export type ReceivedUpload = {
  filename: string
  kind: DocumentKind
  mime: string
  sha256: string
  sizeBytes: number
  path: string
}

export type ReceivedUploads = {
  uploads: ReceivedUpload[]
  /** Removes the spooled files; call it once the uploads are stored (or the request failed). */
  discard(): Promise<void>
}

const MIME: Record<DocumentKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain; charset=utf-8',
}

/**
 * Streams every file of the multipart request through its size and type checks to a spool file on disk, hashing
 * it on the way. A file over `maxBytes` stops being read at the limit (the multipart parser truncates it and
 * throws); one whose first bytes are no PDF, DOCX or text is refused as soon as they arrive. Either rejects the
 * request whole before anything is stored. Memory stays at one stream buffer per request, whatever the number and
 * size of the files: buffering them (and the copies made to check them) grew the process by ~1 GB for 40 files of
 * 9.9 MB. The full check, that the file opens and its page count, is the ingest job's (in the document sandbox).
 */
export async function receiveUploads(
  request: FastifyRequest,
  limits: { maxBytes: number },
): Promise<ReceivedUploads> {
  if (!request.isMultipart()) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      'Send the resumes as multipart/form-data in the field "files".',
    )
  }
  const directory = await mkdtemp(join(tmpdir(), 'shortlist-upload-'))
  const discard = () => rm(directory, { recursive: true, force: true })
  const uploads: ReceivedUpload[] = []
  try {
    for await (const part of request.files()) {
      const file = part as MultipartFile
      if (file.fieldname !== 'files') {
        file.file.resume()
        throw new AppError('VALIDATION_FAILED', `Unexpected file field "${file.fieldname}"; use "files".`)
      }
      const filename = sanitizeFilename(file.filename)
      uploads.push(await spool(request, file, filename, join(directory, String(uploads.length)), limits))
    }
  } catch (error) {
    await discard()
    throw error
  }
  if (uploads.length === 0) {
    await discard()
    throw new AppError('NO_FILES', 'Attach at least one resume in the field "files".')
  }
  return { uploads, discard }
}

async function spool(
  request: FastifyRequest,
  file: MultipartFile,
  filename: string,
  path: string,
  limits: { maxBytes: number },
): Promise<ReceivedUpload> {
  const hash = createHash('sha256')
  let sizeBytes = 0
  let head: Buffer[] | null = []
  let headBytes = 0
  let kind = null as DocumentKind | null
  const sniff = () => {
    kind = sniffDocumentKind(Buffer.concat(head ?? []), filename)
    head = null
  }
  const check = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk)
      sizeBytes += chunk.length
      try {
        if (head) {
          head.push(chunk)
          headBytes += chunk.length
          if (headBytes >= SNIFF_BYTES) sniff()
        }
      } catch (error) {
        callback(error as Error)
        return
      }
      callback(null, chunk)
    },
    flush(callback) {
      try {
        if (head) sniff()
        callback()
      } catch (error) {
        callback(error as Error)
      }
    },
  })
  try {
    await pipeline(file.file, check, createWriteStream(path))
  } catch (error) {
    if (isDocumentError(error)) {
      request.server.metrics?.parseFailures.inc({ code: error.code, stage: 'upload' })
      throw new AppError(error.code as AppErrorCode, `${filename}: ${describeDocumentError(error.code)}`, {
        cause: error,
        details: [{ path: `files/${filename}`, message: error.code }],
      })
    }
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw tooLarge(filename, limits, error)
    throw error
  }
  // Without throwFileSizeLimit the parser only marks the stream; either way an over-limit file is never stored.
  if (file.file.truncated) throw tooLarge(filename, limits)
  if (!kind) throw new AppError('INTERNAL', 'an upload ended without a type check')
  return { filename, kind, mime: MIME[kind], sha256: hash.digest('hex'), sizeBytes, path }
}

/** Consecutive groups of uploads of at most `maxBytes` together; a file larger than that is a group of its own. */
export function groupBySize<T extends { sizeBytes: number }>(uploads: readonly T[], maxBytes: number): T[][] {
  const groups: T[][] = []
  let current: T[] = []
  let bytes = 0
  for (const upload of uploads) {
    if (current.length > 0 && bytes + upload.sizeBytes > maxBytes) {
      groups.push(current)
      current = []
      bytes = 0
    }
    current.push(upload)
    bytes += upload.sizeBytes
  }
  if (current.length > 0) groups.push(current)
  return groups
}

const tooLarge = (filename: string, limits: { maxBytes: number }, cause?: unknown) =>
  new AppError('FILE_TOO_LARGE', `${filename} is larger than the ${formatBytes(limits.maxBytes)} limit.`, {
    cause,
    details: [{ path: `files/${filename}`, message: 'FILE_TOO_LARGE' }],
  })

function describeDocumentError(code: string): string {
  switch (code) {
    case 'EMPTY_FILE':
      return 'the file is empty.'
    case 'UNSUPPORTED_TYPE':
      return 'this is not a PDF, DOCX or plain-text file (the content was checked, not just the name).'
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

const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB` : `${bytes} bytes`
