import type { RequirementStatus } from '@shortlist/core'
import type { EvidenceLabel } from '../data/read-evidence-labels'
import { precisionRecallF1 } from './classification-metrics'

export const ENGINE_STATUSES = [
  'matched',
  'partial',
  'missing',
] as const satisfies readonly RequirementStatus[]

/** One labelled pair with the engine's verdict beside it: the unit every evidence figure counts. */
export type JudgedPair = {
  family: string
  type: string
  kind: string
  /** Which half of the labelled set the pair's resume falls in (even or odd id), for the overfitting check. */
  half: string
  label: EvidenceLabel
  status: RequirementStatus
  /** The labeller's quote (empty when absent). */
  labelQuote: string
  /** The engine's evidence quotes for the requirement it judged, strongest first. */
  engineQuotes: string[]
}

export type EvidenceMetrics = {
  pairs: number
  precision: number
  recall: number
  f1: number
  truePositives: number
  falsePositives: number
  falseNegatives: number
  trueNegatives: number
  /** Recall over the pairs labelled demonstrated alone, then claimed alone. */
  recallDemonstrated: number
  recallClaimed: number
}

export type Confusion = Record<RequirementStatus, Record<EvidenceLabel, number>>

export type Relevance = { pairs: number; overlapping: number; share: number }

/** The labels that say the resume shows the requirement, in described work or in a listing. */
export function isLabelPositive(label: EvidenceLabel): boolean {
  return label !== 'absent'
}

/** The engine's positive verdict: any evidence it would show a recruiter, full or partial. */
export function isEnginePositive(status: RequirementStatus): boolean {
  return status !== 'missing'
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole
}

/** Precision and recall of engine matched-or-partial against label demonstrated-or-claimed. */
export function evidenceMetrics(pairs: readonly JudgedPair[]): EvidenceMetrics {
  let truePositives = 0
  let falsePositives = 0
  let falseNegatives = 0
  let trueNegatives = 0
  const found = { demonstrated: 0, claimed: 0 }
  const total = { demonstrated: 0, claimed: 0 }
  for (const pair of pairs) {
    const expected = isLabelPositive(pair.label)
    const predicted = isEnginePositive(pair.status)
    if (expected && predicted) truePositives += 1
    else if (predicted) falsePositives += 1
    else if (expected) falseNegatives += 1
    else trueNegatives += 1
    if (pair.label !== 'absent') {
      total[pair.label] += 1
      if (predicted) found[pair.label] += 1
    }
  }
  const { precision, recall, f1 } = precisionRecallF1(truePositives, falsePositives, falseNegatives)
  return {
    pairs: pairs.length,
    precision,
    recall,
    f1,
    truePositives,
    falsePositives,
    falseNegatives,
    trueNegatives,
    recallDemonstrated: ratio(found.demonstrated, total.demonstrated),
    recallClaimed: ratio(found.claimed, total.claimed),
  }
}

/** The same figures per group (requirement type, job family), groups in name order. */
export function evidenceMetricsBy(
  pairs: readonly JudgedPair[],
  key: (pair: JudgedPair) => string,
): Record<string, EvidenceMetrics> {
  const groups = new Map<string, JudgedPair[]>()
  for (const pair of pairs) groups.set(key(pair), [...(groups.get(key(pair)) ?? []), pair])
  return Object.fromEntries(
    [...groups.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, members]) => [name, evidenceMetrics(members)]),
  )
}

/** Counts of engine status (rows) by label (columns). */
export function confusionTable(pairs: readonly JudgedPair[]): Confusion {
  const empty = () => ({ demonstrated: 0, claimed: 0, absent: 0 })
  const table: Confusion = { matched: empty(), partial: empty(), missing: empty() }
  for (const pair of pairs) table[pair.status][pair.label] += 1
  return table
}

// Function words carry no evidence: two quotes sharing "the" and "with" say nothing about each other.
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'is',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
])

/** Lower-cased word and number tokens of a quote, function words dropped. */
export function quoteWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}+#]+/gu) ?? []
  return new Set(words.filter((word) => !STOP_WORDS.has(word)))
}

/**
 * A crude relevance check: the engine's evidence is about the labelled passage when at least half of the labelled
 * quote's words occur in the engine's quotes.
 */
export function evidenceOverlaps(labelQuote: string, engineQuotes: readonly string[]): boolean {
  const expected = quoteWords(labelQuote)
  if (expected.size === 0) return false
  const shown = quoteWords(engineQuotes.join(' '))
  let shared = 0
  for (const word of expected) if (shown.has(word)) shared += 1
  return shared / expected.size >= 0.5
}

/** For true positives: the share whose engine evidence overlaps the labelled quote, per engine status and overall. */
export function evidenceRelevance(pairs: readonly JudgedPair[]): {
  matched: Relevance
  partial: Relevance
  all: Relevance
} {
  const count = (status: RequirementStatus | null): Relevance => {
    const members = pairs.filter(
      (pair) =>
        isLabelPositive(pair.label) &&
        isEnginePositive(pair.status) &&
        (status === null || pair.status === status),
    )
    const overlapping = members.filter((pair) => evidenceOverlaps(pair.labelQuote, pair.engineQuotes)).length
    return { pairs: members.length, overlapping, share: ratio(overlapping, members.length) }
  }
  return { matched: count('matched'), partial: count('partial'), all: count(null) }
}
