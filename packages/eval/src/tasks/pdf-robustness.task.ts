import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractDocument } from '@shortlist/core'
import type { BenchmarkResume } from '../data/read-benchmark'
import { quantile } from '../metrics/ranking-metrics'

export type PdfReport = {
  documents: number
  ingested: number
  ingestRate: number
  /** Documents with at least 50 words, most of them ordinary words (a proxy for text in reading order). */
  withText: number
  textYieldRate: number
  medianMs: number
  p95Ms: number
  peakRssMb: number
  peakHeapMb: number
  errors: Record<string, number>
}

/** Minimum words and share of word-like tokens for a document to count as yielding readable text. */
const MIN_WORDS = 50
const MIN_WORDLIKE_SHARE = 0.7

/** True when text looks like prose in reading order rather than glyph soup or one-letter-per-line output. */
export function looksReadable(text: string): boolean {
  const tokens = text.split(/\s+/).filter((token) => token.length > 0)
  if (tokens.length < MIN_WORDS) return false
  const wordLike = tokens.filter(
    (token) => /^[\p{L}][\p{L}'’.,;:()-]*$/u.test(token) && token.length > 1,
  ).length
  return wordLike / tokens.length >= MIN_WORDLIKE_SHARE
}

/** Task 4: ingests every PDF in the caller's thread, timing each one; returns the visible texts for ranking. */
export async function runPdfRobustness(
  dataDirectory: string,
  resumes: readonly BenchmarkResume[],
  onProgress?: (done: number) => void,
): Promise<{ report: PdfReport; texts: Map<string, string> }> {
  const texts = new Map<string, string>()
  const durations: number[] = []
  const errors: Record<string, number> = {}
  let withText = 0
  let peakRss = process.memoryUsage().rss
  let peakHeap = process.memoryUsage().heapUsed
  for (const [index, resume] of resumes.entries()) {
    const bytes = new Uint8Array(readFileSync(join(dataDirectory, resume.path)))
    const started = performance.now()
    try {
      const document = await extractDocument(bytes, { maxPages: 20, filename: `${resume.id}.pdf` })
      durations.push(performance.now() - started)
      texts.set(resume.id, document.text)
      if (looksReadable(document.text)) withText += 1
    } catch (error) {
      durations.push(performance.now() - started)
      const code =
        typeof error === 'object' && error !== null && 'code' in error
          ? String(error.code)
          : 'UNEXPECTED_ERROR'
      errors[code] = (errors[code] ?? 0) + 1
    }
    const memory = process.memoryUsage()
    peakRss = Math.max(peakRss, memory.rss)
    peakHeap = Math.max(peakHeap, memory.heapUsed)
    if (onProgress && (index + 1) % 100 === 0) onProgress(index + 1)
  }
  const documents = resumes.length
  const ingested = texts.size
  return {
    report: {
      documents,
      ingested,
      ingestRate: documents === 0 ? 0 : ingested / documents,
      withText,
      textYieldRate: documents === 0 ? 0 : withText / documents,
      medianMs: quantile(durations, 0.5),
      p95Ms: quantile(durations, 0.95),
      peakRssMb: Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 2 ** 20,
      peakHeapMb: peakHeap / 2 ** 20,
      errors,
    },
    texts,
  }
}
