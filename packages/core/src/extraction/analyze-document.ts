import { chunkResume } from '../resume/chunk-resume'
import { parseResume } from '../resume/parse-resume'
import type { Taxonomy } from '../taxonomy'
import type { ExtractedDocument, ResumeChunk, ResumeProfile } from '../types'
import { type ExtractOptions, extractDocument } from './extract-document'

/**
 * Chunks stored (and embedded) per document. A resume of ten dense pages makes about 60; 400 chunks of up to 400
 * characters cover some 160,000 characters. Beyond that a file is a dump rather than a resume, and every extra
 * chunk is one more vector to compute and store, so only the first 400 (the top of the document) are kept.
 */
export const MAX_CHUNKS_PER_DOCUMENT = 400

/**
 * Characters of visible text a resume is read to: some fifty dense pages, more than the chunk cap covers. A text
 * file may hold ten million characters under the upload limit; parsing all of them found hundreds of thousands of
 * mentions and ran the sandbox out of memory. The rest is left unread and not stored, so the stored text, the
 * profile's offsets and the evidence quotes all describe the same text.
 */
export const MAX_ANALYZED_CHARS = 200_000

export type AnalyzeOptions = ExtractOptions & {
  taxonomy: Taxonomy
  /** Stands for "now" when reading open-ended date ranges; the day the resume was received. */
  referenceDate: Date
  /** Defaults to MAX_CHUNKS_PER_DOCUMENT. */
  maxChunks?: number
  /** Defaults to MAX_ANALYZED_CHARS. */
  maxChars?: number
}

/** A document read all the way: its visible text, the profile parsed from it and the chunks to embed. */
export type AnalyzedDocument = {
  document: ExtractedDocument
  profile: ResumeProfile
  chunks: ResumeChunk[]
  /** Chunks cut by the cap; 0 for any ordinary resume. */
  droppedChunks: number
  /** Characters of visible text past MAX_ANALYZED_CHARS, left unread; 0 for any ordinary resume. */
  truncatedChars: number
}

/** The text up to `limit` characters, ending at the last line break in its final tenth when there is one. */
function cutText(text: string, limit: number): string {
  if (text.length <= limit) return text
  const lineEnd = text.lastIndexOf('\n', limit)
  let end = lineEnd >= limit * 0.9 ? lineEnd : limit
  // Never split a surrogate pair.
  const code = text.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end -= 1
  return text.slice(0, end).trimEnd()
}

/**
 * Extracts, parses and chunks a resume in one go. Every step's cost depends on the document, so the ingest path
 * runs this inside the document sandbox rather than on the service's event loop.
 */
export async function analyzeDocument(bytes: Uint8Array, options: AnalyzeOptions): Promise<AnalyzedDocument> {
  const extracted = await extractDocument(bytes, options)
  const text = cutText(extracted.text, options.maxChars ?? MAX_ANALYZED_CHARS)
  const document = { ...extracted, text }
  const profile = parseResume(text, options.taxonomy, { referenceDate: options.referenceDate })
  const chunks = chunkResume(text, profile)
  const maxChunks = options.maxChunks ?? MAX_CHUNKS_PER_DOCUMENT
  return {
    document,
    profile,
    chunks: chunks.slice(0, maxChunks),
    droppedChunks: Math.max(0, chunks.length - maxChunks),
    truncatedChars: extracted.text.length - text.length,
  }
}
