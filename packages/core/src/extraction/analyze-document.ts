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

export type AnalyzeOptions = ExtractOptions & {
  taxonomy: Taxonomy
  /** Stands for "now" when reading open-ended date ranges; the day the resume was received. */
  referenceDate: Date
  /** Defaults to MAX_CHUNKS_PER_DOCUMENT. */
  maxChunks?: number
}

/** A document read all the way: its visible text, the profile parsed from it and the chunks to embed. */
export type AnalyzedDocument = {
  document: ExtractedDocument
  profile: ResumeProfile
  chunks: ResumeChunk[]
  /** Chunks cut by the cap; 0 for any ordinary resume. */
  droppedChunks: number
}

/**
 * Extracts, parses and chunks a resume in one go. Every step's cost depends on the document, so the ingest path
 * runs this inside the document sandbox rather than on the service's event loop.
 */
export async function analyzeDocument(bytes: Uint8Array, options: AnalyzeOptions): Promise<AnalyzedDocument> {
  const document = await extractDocument(bytes, options)
  const profile = parseResume(document.text, options.taxonomy, { referenceDate: options.referenceDate })
  const chunks = chunkResume(document.text, profile)
  const maxChunks = options.maxChunks ?? MAX_CHUNKS_PER_DOCUMENT
  return {
    document,
    profile,
    chunks: chunks.slice(0, maxChunks),
    droppedChunks: Math.max(0, chunks.length - maxChunks),
  }
}
