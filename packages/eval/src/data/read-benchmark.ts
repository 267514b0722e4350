import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseCsv } from './read-csv'

export type BenchmarkPosting = {
  id: string
  title: string
  category: string
  responsibilities: string[]
  minimum: string[]
  preferred: string[]
}

export type BenchmarkResume = { id: string; category: string; path: string }

export type AnnotatedResume = {
  content: string
  labels: Array<{ label: string; start: number; end: number; text: string }>
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
}

/** Reads `postings.csv`, splitting each block into its lines. */
export function readPostings(dataDirectory: string): BenchmarkPosting[] {
  return parseCsv(readFileSync(join(dataDirectory, 'postings.csv'), 'utf8')).map((row) => ({
    id: row.id ?? '',
    title: row.title ?? '',
    category: row.category ?? '',
    responsibilities: lines(row.responsibilities ?? ''),
    minimum: lines(row.minimum_qualifications ?? ''),
    preferred: lines(row.preferred_qualifications ?? ''),
  }))
}

/** Reads `resumes.csv`. */
export function readResumeIndex(dataDirectory: string): BenchmarkResume[] {
  return parseCsv(readFileSync(join(dataDirectory, 'resumes.csv'), 'utf8')).map((row) => ({
    id: row.id ?? '',
    category: row.category ?? '',
    path: row.path ?? '',
  }))
}

/** Reads `category-map.csv` into posting category -> relevant resume categories. */
export function readCategoryMap(dataDirectory: string): Map<string, Set<string>> {
  const rows = parseCsv(readFileSync(join(dataDirectory, 'category-map.csv'), 'utf8'))
  return new Map(
    rows.map((row) => [
      row.posting_category ?? '',
      new Set((row.relevant_resume_categories ?? '').split(';')),
    ]),
  )
}

type RawAnnotation = { label?: string[]; points?: Array<{ start: number; end: number; text: string }> }

/**
 * Reads `resume-fields/annotated.jsonl`. Offsets there are end-inclusive; spans whose text does not match the
 * content at either reading are skipped, as the benchmark notes advise.
 */
export function readAnnotatedResumes(dataDirectory: string): {
  resumes: AnnotatedResume[]
  skippedSpans: number
} {
  const raw = readFileSync(join(dataDirectory, 'resume-fields', 'annotated.jsonl'), 'utf8')
  let skippedSpans = 0
  const resumes: AnnotatedResume[] = []
  for (const line of raw.split('\n')) {
    if (line.trim().length === 0) continue
    const record = JSON.parse(line) as { content: string; annotation: RawAnnotation[] | null }
    const labels: AnnotatedResume['labels'] = []
    for (const annotation of record.annotation ?? []) {
      for (const point of annotation.points ?? []) {
        for (const label of annotation.label ?? []) {
          const inclusive = record.content.slice(point.start, point.end + 1)
          const exclusive = record.content.slice(point.start, point.end)
          if (inclusive === point.text)
            labels.push({ label, start: point.start, end: point.end + 1, text: point.text })
          else if (exclusive === point.text)
            labels.push({ label, start: point.start, end: point.end, text: point.text })
          else skippedSpans += 1
        }
      }
    }
    resumes.push({ content: record.content, labels })
  }
  return { resumes, skippedSpans }
}

/** Keeps every n-th item so a limited run still spans the whole (category-sorted) list. */
export function spreadSample<T>(items: readonly T[], limit: number | null): T[] {
  if (limit === null || limit >= items.length) return [...items]
  const step = items.length / limit
  const picked: T[] = []
  for (let index = 0; index < limit; index++) picked.push(items[Math.floor(index * step)] as T)
  return picked
}

/**
 * The postings pasted from real web pages that sit beside the benchmark (`../examples/*.txt`), named by file. Their
 * first non-empty line that reads as a title (no sentence punctuation) is taken as the job title.
 */
export function readExamplePostings(
  dataDirectory: string,
): Array<{ name: string; title: string; text: string }> {
  const folder = join(dataDirectory, '..', 'examples')
  if (!existsSync(folder)) return []
  return readdirSync(folder)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(folder, file), 'utf8')
      const title =
        text
          .split('\n')
          .map((line) => line.trim())
          .find((line) => line.length > 3 && line.length < 80 && !/[.:!?]$/.test(line)) ?? file
      return { name: file, title, text }
    })
}
