import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type {
  ParsedRequirement,
  RequirementInput,
  RequirementResult,
  RequirementStatus,
  ResumeChunk,
  ResumeProfile,
  SemanticMatch,
  Taxonomy,
} from '@shortlist/core'
import {
  chunkResume,
  describeRequirement,
  extractDocument,
  isScreenedType,
  parsePosting,
  parseResume,
  type RequirementType,
  scoreCandidate,
} from '@shortlist/core'
import type { Embedder } from '@shortlist/llm'
import type { EvidenceLabel, EvidencePair } from '../data/read-evidence-labels'
import {
  type Confusion,
  confusionTable,
  type EvidenceMetrics,
  evidenceMetrics,
  evidenceMetricsBy,
  evidenceOverlaps,
  evidenceRelevance,
  isEnginePositive,
  isLabelPositive,
  type JudgedPair,
  type Relevance,
} from '../metrics/evidence-metrics'
import { dropFirstLine } from './ranking.task'

/** One pair the engine and the label disagree on (or agree on with unrelated evidence), for developers to study. */
export type EvidenceFinding = {
  resume: string
  family: string
  type: string
  requirement: string
  label: EvidenceLabel
  status: RequirementStatus
  /** What the posting parser made of the requirement line: the labels of the requirements it yielded. */
  parsedAs: string[]
  reason: string
  engineQuote: string
  labelQuote: string
}

export type EvidenceReport = {
  pairs: number
  resumes: number
  /**
   * Precision and recall of engine matched-or-partial against label demonstrated-or-claimed, over the pairs of a
   * screened type. Trait and logistics requirements are never screened (the product always answers "missing" and never
   * claims them), so counting them would only lower recall for a verdict the product does not make.
   */
  overall: EvidenceMetrics
  /** The pairs labelled with an unscreened type (trait, logistics), reported apart and left out of every other figure. */
  unscreened: EvidenceMetrics
  byType: Record<string, EvidenceMetrics>
  byFamily: Record<string, EvidenceMetrics>
  byKind: Record<string, EvidenceMetrics>
  /**
   * The screened pairs split by the parity of the resume's numeric id: two halves no rule was written for, so a change
   * that helps one and not the other is fitted to the labelled resumes rather than general.
   */
  byHalf: Record<string, EvidenceMetrics>
  /** Engine status (rows) by label (columns). */
  confusion: Confusion
  /** True positives whose engine evidence shares at least half the labelled quote's words. */
  relevance: { matched: Relevance; partial: Relevance; all: Relevance }
  /** Requirement lines the posting parser yielded no requirement for (each counts as engine "missing"). */
  unparsedRequirements: string[]
  /** Labelled quotes not found in the text the engine reads: a sign the labels and the extractor have drifted apart. */
  quotesNotFound: number
  /** Requirement lines whose parsed requirements include the labelled type (the type decides what a kit asks). */
  typeAgreement: { lines: number; agreeing: number; share: number }
  /** Requirement lines the parser typed otherwise than the labeller. */
  typeDisagreements: Array<{ requirement: string; labelled: string; parsed: string[] }>
  falsePositives: EvidenceFinding[]
  falseNegatives: EvidenceFinding[]
  /** True positives whose evidence does not overlap the labelled quote: right verdict, possibly wrong passage. */
  unrelatedEvidence: EvidenceFinding[]
  /** Every screened pair the engine called partial, right or wrong: the partial's precision is the weakest link. */
  partials: EvidenceFinding[]
  seconds: number
}

type PreparedResume = {
  text: string
  /** The text with whitespace runs collapsed, for the quote check. */
  collapsed: string
  profile: ResumeProfile
  chunks: ResumeChunk[]
  chunkVectors: Float64Array[]
}

type PreparedRequirement = { parsed: ParsedRequirement[]; vectors: Float64Array[] }

// Labellers copy quotes across line breaks with a space (part B) or the break itself (part A): compare either way.
const collapseWhitespace = (text: string): string => text.replace(/\s+/g, ' ').trim()

const STATUS_RANK: Record<RequirementStatus, number> = { missing: 0, partial: 1, matched: 2 }

/** The posting text the product would parse for one requirement line: the line under a heading of its kind. */
export function requirementPostingText(requirement: string, kind: EvidencePair['kind']): string {
  return `${kind === 'required' ? 'Requirements' : 'Nice to have'}\n- ${requirement}`
}

/** The half of the labelled set a resume falls in, by the parity of the last digit of its id ("HR/12345.pdf": odd). */
export function resumeHalf(resume: string): 'even' | 'odd' {
  const digits = resume.match(/(\d)\D*$/)
  return Number(digits?.[1] ?? 0) % 2 === 0 ? 'even' : 'odd'
}

/** True when the labelled type is one the product screens from a resume; the others are reported apart. */
export function isScreenedPair(pair: { type: string }): boolean {
  return isScreenedType(pair.type as RequirementType)
}

/** When the parser splits one line into several requirements, the pair is as strong as its strongest part. */
export function strongestResult(results: readonly RequirementResult[]): RequirementResult | null {
  return results.reduce<RequirementResult | null>(
    (best, next) =>
      !best ||
      STATUS_RANK[next.status] > STATUS_RANK[best.status] ||
      (next.status === best.status && next.credit > best.credit)
        ? next
        : best,
    null,
  )
}

function dot(left: Float64Array, right: Float64Array): number {
  let sum = 0
  for (let index = 0; index < left.length; index++) sum += (left[index] as number) * (right[index] as number)
  return sum
}

async function embedAll(embedder: Embedder, texts: string[]): Promise<Float64Array[]> {
  const vectors: Float64Array[] = []
  for (let index = 0; index < texts.length; index += 256) {
    const batch = await embedder.embed(texts.slice(index, index + 256))
    for (const vector of batch) vectors.push(Float64Array.from(vector))
  }
  return vectors
}

/** The nearest chunk per requirement, as the product's pgvector lookup returns it. */
function nearestChunks(
  resume: PreparedResume,
  requirementVectors: readonly Float64Array[],
  ids: readonly string[],
): SemanticMatch[] {
  const matches: SemanticMatch[] = []
  requirementVectors.forEach((vector, index) => {
    let best = -1
    let bestSimilarity = Number.NEGATIVE_INFINITY
    resume.chunkVectors.forEach((chunkVector, chunkIndex) => {
      const similarity = dot(vector, chunkVector)
      if (similarity > bestSimilarity) {
        bestSimilarity = similarity
        best = chunkIndex
      }
    })
    const chunk = resume.chunks[best]
    if (chunk) matches.push({ requirementId: ids[index] as string, chunk, similarity: bestSimilarity })
  })
  return matches
}

/**
 * The evidence task: for every hand-labelled (resume, requirement) pair, builds the requirement as the product does
 * (`parsePosting` on the line under a heading of its kind), scores the resume with `scoreCandidate` (semantic support
 * from the nearest resume chunk, as in the ranking task), and compares the engine's status with the label.
 */
export async function runEvidence(input: {
  dataDirectory: string
  pairs: readonly EvidencePair[]
  taxonomy: Taxonomy
  embedder: Embedder
  referenceDate: string
  onProgress?: (message: string) => void
}): Promise<EvidenceReport> {
  const started = performance.now()
  const { taxonomy, embedder } = input

  const resumes = new Map<string, PreparedResume>()
  for (const path of new Set(input.pairs.map((pair) => pair.resume))) {
    const bytes = new Uint8Array(readFileSync(join(input.dataDirectory, 'resumes', path)))
    const document = await extractDocument(bytes, { maxPages: 20, filename: path })
    const text = dropFirstLine(document.text)
    const profile = parseResume(text, taxonomy, { referenceDate: new Date(input.referenceDate) })
    const chunks = chunkResume(text, profile)
    const chunkVectors = await embedAll(
      embedder,
      chunks.map((chunk) => chunk.text),
    )
    resumes.set(path, { text, collapsed: collapseWhitespace(text), profile, chunks, chunkVectors })
  }
  input.onProgress?.(`evidence: prepared ${resumes.size} resumes`)

  const requirementKey = (pair: EvidencePair) => `${pair.kind}\u0000${pair.requirement}`
  const requirements = new Map<string, PreparedRequirement>()
  const typeDisagreements: EvidenceReport['typeDisagreements'] = []
  for (const pair of input.pairs) {
    const key = requirementKey(pair)
    if (requirements.has(key)) continue
    const parsed = parsePosting(requirementPostingText(pair.requirement, pair.kind), taxonomy).requirements
    const vectors = await embedAll(
      embedder,
      parsed.map((requirement) => describeRequirement(requirement, taxonomy)),
    )
    requirements.set(key, { parsed, vectors })
    if (!parsed.some((requirement) => requirement.type === pair.type))
      typeDisagreements.push({
        requirement: pair.requirement,
        labelled: pair.type,
        parsed: parsed.map((requirement) => requirement.type),
      })
  }

  const judged: JudgedPair[] = []
  const findings: Array<EvidenceFinding & { pair: JudgedPair }> = []
  let quotesNotFound = 0
  for (const pair of input.pairs) {
    const resume = resumes.get(pair.resume) as PreparedResume
    const requirement = requirements.get(requirementKey(pair)) as PreparedRequirement
    if (pair.quote.length > 0 && !resume.collapsed.includes(collapseWhitespace(pair.quote)))
      quotesNotFound += 1
    const ids = requirement.parsed.map((_, index) => `r${index}`)
    const inputs: RequirementInput[] = requirement.parsed.map((parsed, index) => ({
      id: ids[index] as string,
      label: parsed.label,
      kind: parsed.kind,
      type: parsed.type,
      screened: parsed.screened,
      weight: parsed.weight,
      skillIds: parsed.skillIds,
      minYears: parsed.minYears,
      keywords: parsed.keywords,
      source: parsed.source.text,
    }))
    const evaluation =
      inputs.length === 0
        ? null
        : scoreCandidate({
            requirements: inputs,
            resumeText: resume.text,
            profile: resume.profile,
            taxonomy,
            semanticMatches: nearestChunks(resume, requirement.vectors, ids),
          })
    const best = evaluation ? strongestResult(evaluation.requirements) : null
    const judgedPair: JudgedPair = {
      family: pair.family,
      type: pair.type,
      kind: pair.kind,
      half: resumeHalf(pair.resume),
      label: pair.label,
      status: best?.status ?? 'missing',
      labelQuote: pair.quote,
      engineQuotes: best?.evidence.map((evidence) => evidence.quote) ?? [],
    }
    judged.push(judgedPair)
    findings.push({
      pair: judgedPair,
      resume: pair.resume,
      family: pair.family,
      type: pair.type,
      requirement: pair.requirement,
      label: pair.label,
      status: judgedPair.status,
      parsedAs: requirement.parsed.map((parsed) => parsed.label),
      reason: best?.reason ?? 'The posting parser yielded no requirement for this line.',
      engineQuote: judgedPair.engineQuotes[0] ?? '',
      labelQuote: pair.quote,
    })
  }

  const strip = ({ pair: _pair, ...finding }: EvidenceFinding & { pair: JudgedPair }): EvidenceFinding =>
    finding
  const screened = judged.filter(isScreenedPair)
  return {
    pairs: judged.length,
    resumes: resumes.size,
    overall: evidenceMetrics(screened),
    unscreened: evidenceMetrics(judged.filter((pair) => !isScreenedPair(pair))),
    byType: evidenceMetricsBy(judged, (pair) => pair.type),
    byFamily: evidenceMetricsBy(screened, (pair) => pair.family),
    byKind: evidenceMetricsBy(screened, (pair) => pair.kind),
    byHalf: evidenceMetricsBy(screened, (pair) => pair.half),
    confusion: confusionTable(screened),
    relevance: evidenceRelevance(screened),
    unparsedRequirements: [...requirements.entries()]
      .filter(([, requirement]) => requirement.parsed.length === 0)
      .map(([key]) => key.split('\u0000')[1] as string),
    quotesNotFound,
    typeAgreement: {
      lines: requirements.size,
      agreeing: requirements.size - typeDisagreements.length,
      share: requirements.size === 0 ? 0 : (requirements.size - typeDisagreements.length) / requirements.size,
    },
    typeDisagreements,
    falsePositives: findings
      .filter(({ pair }) => isScreenedPair(pair))
      .filter(({ pair }) => isEnginePositive(pair.status) && !isLabelPositive(pair.label))
      .map(strip),
    falseNegatives: findings
      .filter(({ pair }) => isScreenedPair(pair))
      .filter(({ pair }) => !isEnginePositive(pair.status) && isLabelPositive(pair.label))
      .map(strip),
    unrelatedEvidence: findings
      .filter(
        ({ pair }) =>
          isEnginePositive(pair.status) &&
          isLabelPositive(pair.label) &&
          !evidenceOverlaps(pair.labelQuote, pair.engineQuotes),
      )
      .map(strip),
    partials: findings.filter(({ pair }) => isScreenedPair(pair) && pair.status === 'partial').map(strip),
    seconds: (performance.now() - started) / 1000,
  }
}
