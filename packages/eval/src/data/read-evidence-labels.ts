import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REQUIREMENT_TYPES, type RequirementType } from '@shortlist/core'

export const EVIDENCE_LABELS = ['demonstrated', 'claimed', 'absent'] as const
export type EvidenceLabel = (typeof EVIDENCE_LABELS)[number]

/** One hand-labelled (resume, requirement) pair; the format is described in data/evidence/README.md. */
export type EvidencePair = {
  /** `<CATEGORY>/<id>.pdf`, under the benchmark's `resumes` folder. */
  resume: string
  family: string
  requirement: string
  kind: 'required' | 'nice_to_have'
  type: RequirementType
  label: EvidenceLabel
  quote: string
  /** Where the pair was read, for error messages and reports. */
  origin: string
}

/** The labels shipped with this package (part A and any part added beside it). */
export const DEFAULT_EVIDENCE_DIRECTORY = new URL('../../data/evidence/', import.meta.url).pathname

function field(record: Record<string, unknown>, name: string, origin: string): string {
  const value = record[name]
  if (typeof value !== 'string') throw new Error(`${origin}: "${name}" must be a string`)
  return value
}

function oneOf<Value extends string>(
  value: string,
  allowed: readonly Value[],
  name: string,
  origin: string,
): Value {
  if (!(allowed as readonly string[]).includes(value))
    throw new Error(`${origin}: "${name}" is ${JSON.stringify(value)}, expected one of ${allowed.join(', ')}`)
  return value as Value
}

/** Parses one JSONL file of labels, rejecting any line that breaks the format (a silent skip would bias the figures). */
export function parseEvidenceLabels(content: string, file: string): EvidencePair[] {
  const pairs: EvidencePair[] = []
  content.split('\n').forEach((line, index) => {
    if (line.trim().length === 0) return
    const origin = `${file}:${index + 1}`
    const record = JSON.parse(line) as Record<string, unknown>
    const label = oneOf(field(record, 'label', origin), EVIDENCE_LABELS, 'label', origin)
    const quote = field(record, 'quote', origin)
    if (label !== 'absent' && quote.trim().length === 0)
      throw new Error(`${origin}: a ${label} label needs its quote`)
    pairs.push({
      resume: field(record, 'resume', origin),
      family: field(record, 'family', origin),
      requirement: field(record, 'requirement', origin),
      kind: oneOf(field(record, 'kind', origin), ['required', 'nice_to_have'] as const, 'kind', origin),
      type: oneOf(field(record, 'type', origin), REQUIREMENT_TYPES, 'type', origin),
      label,
      quote,
      origin,
    })
  })
  return pairs
}

/** Reads every `*.jsonl` file in the folder, in name order, so another labelled part is picked up by dropping it in. */
export function readEvidenceLabels(directory: string): EvidencePair[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => parseEvidenceLabels(readFileSync(join(directory, name), 'utf8'), name))
}
