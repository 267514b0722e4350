// Checks a hand-labelled evidence file before it is committed: every line parses, every field has an allowed value,
// absent labels carry no quote and the others do, and every quote occurs in the text the engine extracts from that
// resume (first line dropped, whitespace collapsed), so a label never cites words the scorer cannot see.
// Usage, from packages/eval:
//   pnpm exec tsx src/scripts/check-evidence-labels.ts ../../../shared/benchmark data/evidence/labels-b.jsonl
// Prints counts per family, type and label, and one line per problem; exits non-zero when there is a problem.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractDocument } from '@shortlist/core'
import { dropFirstLine } from '../tasks/ranking.task'

const KINDS = new Set(['required', 'nice_to_have'])
const TYPES = new Set([
  'skill',
  'knowledge',
  'activity',
  'language',
  'degree',
  'certification',
  'experience',
  'trait',
  'logistics',
])
const LABELS = new Set(['demonstrated', 'claimed', 'absent'])
const MAX_QUOTE_CHARS = 200

type LabelRow = {
  resume: string
  family: string
  requirement: string
  kind: string
  type: string
  label: string
  quote: string
}

const collapseWhitespace = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** Returns the row when every field is a string with an allowed value, else the reason it is not. */
function validateRow(value: unknown): LabelRow | string {
  if (typeof value !== 'object' || value === null) return 'not an object'
  const record = value as Record<string, unknown>
  const fields = ['resume', 'family', 'requirement', 'kind', 'type', 'label', 'quote'] as const
  for (const field of fields) {
    if (typeof record[field] !== 'string') return `field ${field} missing or not a string`
  }
  const row = record as LabelRow
  if (!/^[A-Z-]+\/\d+\.pdf$/.test(row.resume)) return `resume path ${row.resume} is not CATEGORY/id.pdf`
  if (row.requirement.trim() === '') return 'empty requirement'
  if (!KINDS.has(row.kind)) return `kind ${row.kind} not allowed`
  if (!TYPES.has(row.type)) return `type ${row.type} not allowed`
  if (!LABELS.has(row.label)) return `label ${row.label} not allowed`
  if ((row.label === 'absent') !== (row.quote === '')) return `label ${row.label} with quote "${row.quote}"`
  if (row.quote.length > MAX_QUOTE_CHARS) return `quote longer than ${MAX_QUOTE_CHARS} characters`
  return row
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1)
}

async function checkEvidenceLabels(dataDirectory: string, labelsPath: string): Promise<number> {
  const problems: string[] = []
  const rows: LabelRow[] = []
  const lines = readFileSync(labelsPath, 'utf8').split('\n')
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue
    let parsed: unknown
    try {
      parsed = JSON.parse(line)
    } catch {
      problems.push(`line ${index + 1}: not JSON`)
      continue
    }
    const row = validateRow(parsed)
    if (typeof row === 'string') problems.push(`line ${index + 1}: ${row}`)
    else rows.push(row)
  }

  const seenPairs = new Set<string>()
  const texts = new Map<string, string>()
  for (const row of rows) {
    const pair = `${row.resume}\u0000${row.requirement}`
    if (seenPairs.has(pair)) problems.push(`duplicate pair: ${row.resume} / ${row.requirement}`)
    seenPairs.add(pair)
    if (row.quote === '') continue
    let text = texts.get(row.resume)
    if (text === undefined) {
      const bytes = new Uint8Array(readFileSync(join(dataDirectory, 'resumes', row.resume)))
      const document = await extractDocument(bytes, { maxPages: 20, filename: row.resume })
      text = collapseWhitespace(dropFirstLine(document.text))
      texts.set(row.resume, text)
    }
    if (!text.includes(collapseWhitespace(row.quote))) {
      problems.push(`quote not in extracted text: ${row.resume} / ${row.requirement}: "${row.quote}"`)
    }
  }

  const byFamily = new Map<string, number>()
  const byType = new Map<string, number>()
  const byLabel = new Map<string, number>()
  const byFamilyLabel = new Map<string, number>()
  for (const row of rows) {
    increment(byFamily, row.family)
    increment(byType, row.type)
    increment(byLabel, row.label)
    increment(byFamilyLabel, `${row.family} ${row.label}`)
  }
  const print = (title: string, counts: Map<string, number>): void => {
    const entries = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b))
    process.stdout.write(`${title}: ${entries.map(([key, count]) => `${key}=${count}`).join(', ')}\n`)
  }
  process.stdout.write(`${rows.length} pairs, ${new Set(rows.map((row) => row.resume)).size} resumes\n`)
  print('family', byFamily)
  print('type', byType)
  print('label', byLabel)
  print('family x label', byFamilyLabel)
  for (const problem of problems) process.stdout.write(`PROBLEM ${problem}\n`)
  process.stdout.write(`${problems.length} problems\n`)
  return problems.length
}

const [dataDirectory, labelsPath] = process.argv.slice(2)
if (!dataDirectory || !labelsPath) {
  process.stderr.write('usage: tsx src/scripts/check-evidence-labels.ts <benchmark folder> <labels.jsonl>\n')
  process.exitCode = 1
} else {
  checkEvidenceLabels(dataDirectory, labelsPath)
    .then((problemCount) => {
      if (problemCount > 0) process.exitCode = 1
    })
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
      process.exitCode = 1
    })
}
