import type { RequirementInput, ResumeChunk, ResumeProfile, SemanticMatch, Taxonomy } from '@shortlist/core'
import {
  buildFamilyProfile,
  chunkResume,
  type FamilyProfile,
  measureFamilyFit,
  parsePosting,
  parseResume,
  scoreCandidate,
} from '@shortlist/core'
import type { Embedder } from '@shortlist/llm'
import type { BenchmarkPosting, BenchmarkResume } from '../data/read-benchmark'
import { createBm25Index, tokenizeForRetrieval } from '../metrics/bm25'
import { averagePrecision, mean, ndcgAtK, precisionAtK, rankByScore } from '../metrics/ranking-metrics'

export type RankingMetrics = { precisionAt10: number; ndcgAt10: number; map: number }

export type RankingReport = {
  postings: number
  resumes: number
  preselect: number
  /**
   * Job-family fit (with feedback from the best-fitting resumes) plus a little BM25 preselects; the preselected
   * candidates are re-ranked by that signal plus the evidence scorer's score.
   */
  engine: RankingMetrics
  /** The job-family preselect order alone, without the scorer. */
  familyOnly: RankingMetrics
  /** The scorer's order alone within the same preselect (ties: requirements met, then preselect rank). */
  scorerOnly: RankingMetrics
  /** The fused BM25 + embedding (reciprocal rank) order alone. */
  preselectOnly: RankingMetrics
  bm25: RankingMetrics
  embedding: RankingMetrics
  seconds: number
}

/** How many candidates the fused BM25 + embedding retrieval hands to the scorer per posting. */
export const DEFAULT_PRESELECT = 100

/** Weight of the scorer's 0..1 score beside the family signal (0..1) in the engine's final order. */
const SCORER_SHARE = 0.2

/** A posting title names the role outright, so its skills count this many times a body mention. */
const POSTING_TITLE_WEIGHT = 5

/** Pseudo-relevance feedback: the best-fitting resumes whose mean family profile is matched a second time. */
const FEEDBACK_DEPTH = 20
const FEEDBACK_SHARE = 0.5

/** Weight of max-normalised BM25 beside the family signal: breaks ties among resumes of the same family. */
const LEXICAL_SHARE = 0.1

/** Reciprocal-rank-fusion constant (the usual 60): damps the influence of the very top ranks. */
const FUSION_K = 60

type PreparedResume = {
  category: string
  text: string
  profile: ResumeProfile
  chunks: ResumeChunk[]
  chunkVectors: Float64Array[]
  documentVector: Float64Array
  terms: string[]
  family: FamilyProfile
}

/** Family fit of every resume, blended with its fit to the mean profile of the best-fitting ones (Rocchio). */
export function familyScores(posting: FamilyProfile, resumes: readonly FamilyProfile[]): number[] {
  const direct = resumes.map((resume) => measureFamilyFit(posting, resume))
  const centroid: FamilyProfile = new Map()
  const feedback = rankByScore(direct)
    .slice(0, FEEDBACK_DEPTH)
    .filter((index) => (direct[index] as number) > 0)
  for (const index of feedback) {
    const resume = resumes[index] as FamilyProfile
    const norm = Math.sqrt([...resume.values()].reduce((sum, value) => sum + value * value, 0)) || 1
    for (const [category, value] of resume)
      centroid.set(category, (centroid.get(category) ?? 0) + value / norm)
  }
  return direct.map(
    (fit, index) =>
      (1 - FEEDBACK_SHARE) * fit +
      FEEDBACK_SHARE * measureFamilyFit(centroid, resumes[index] as FamilyProfile),
  )
}

function maxNormalised(values: readonly number[]): number[] {
  const top = Math.max(0, ...values) || 1
  return values.map((value) => value / top)
}

/** Drops the first non-empty line, which in this dataset often names the resume's category. */
export function dropFirstLine(text: string): string {
  const trimmed = text.replace(/^\s+/, '')
  const newline = trimmed.indexOf('\n')
  return newline < 0 ? '' : trimmed.slice(newline + 1)
}

/** Posting text as a recruiter would paste it, with the benchmark's own headings. */
export function postingText(posting: BenchmarkPosting): string {
  return [
    posting.title,
    '',
    'Responsibilities',
    ...posting.responsibilities.map((line) => `- ${line}`),
    '',
    'Minimum qualifications',
    ...posting.minimum.map((line) => `- ${line}`),
    '',
    'Preferred qualifications',
    ...posting.preferred.map((line) => `- ${line}`),
  ].join('\n')
}

function dot(left: Float64Array, right: Float64Array): number {
  let sum = 0
  for (let index = 0; index < left.length; index++) sum += (left[index] as number) * (right[index] as number)
  return sum
}

function metricsFor(order: number[], relevant: boolean[], totalRelevant: number): RankingMetrics {
  const ranked = order.map((index) => relevant[index] as boolean)
  return {
    precisionAt10: precisionAtK(ranked, 10),
    ndcgAt10: ndcgAtK(ranked, 10, totalRelevant),
    map: averagePrecision(ranked, totalRelevant),
  }
}

function average(list: RankingMetrics[]): RankingMetrics {
  return {
    precisionAt10: mean(list.map((item) => item.precisionAt10)),
    ndcgAt10: mean(list.map((item) => item.ndcgAt10)),
    map: mean(list.map((item) => item.map)),
  }
}

async function embedAll(embedder: Embedder, texts: string[]): Promise<Float64Array[]> {
  const vectors: Float64Array[] = []
  for (let index = 0; index < texts.length; index += 256) {
    const batch = await embedder.embed(texts.slice(index, index + 256))
    for (const vector of batch) vectors.push(Float64Array.from(vector))
  }
  return vectors
}

/**
 * Task 2: ranks every resume for every mapped posting with three methods computed in the same run: the engine
 * (fused BM25 + embedding preselect, then the deterministic scorer with in-process semantic matches), BM25 alone,
 * and whole-document embedding cosine alone.
 */
export async function runRanking(input: {
  postings: readonly BenchmarkPosting[]
  resumes: readonly BenchmarkResume[]
  texts: ReadonlyMap<string, string>
  categoryMap: ReadonlyMap<string, ReadonlySet<string>>
  taxonomy: Taxonomy
  embedder: Embedder
  preselect?: number
  referenceDate: string
  onProgress?: (message: string) => void
}): Promise<RankingReport> {
  const started = performance.now()
  const { taxonomy, embedder } = input
  const preselect = input.preselect ?? DEFAULT_PRESELECT

  const prepared: PreparedResume[] = []
  for (const resume of input.resumes) {
    const raw = input.texts.get(resume.id)
    if (raw === undefined) continue
    const text = dropFirstLine(raw)
    const profile = parseResume(text, taxonomy, { referenceDate: new Date(input.referenceDate) })
    const chunks = chunkResume(text, profile)
    const [documentVector, ...chunkVectors] = await embedAll(embedder, [
      text,
      ...chunks.map((chunk) => chunk.text),
    ])
    prepared.push({
      category: resume.category,
      text,
      profile,
      chunks,
      chunkVectors,
      documentVector: documentVector as Float64Array,
      terms: tokenizeForRetrieval(text),
      family: buildFamilyProfile(text, taxonomy),
    })
  }
  input.onProgress?.(`ranking: prepared ${prepared.length} resumes`)
  const bm25 = createBm25Index(prepared.map((resume) => resume.terms))

  const engine: RankingMetrics[] = []
  const lexical: RankingMetrics[] = []
  const dense: RankingMetrics[] = []
  const familyMetrics: RankingMetrics[] = []
  const scorerMetrics: RankingMetrics[] = []
  const retrievalMetrics: RankingMetrics[] = []
  let ranked = 0
  for (const posting of input.postings) {
    const relevantCategories = input.categoryMap.get(posting.category)
    if (!relevantCategories) continue
    const relevant = prepared.map((resume) => relevantCategories.has(resume.category))
    const totalRelevant = relevant.filter(Boolean).length
    if (totalRelevant === 0) continue
    const text = postingText(posting)

    const bm25Scores = bm25.score(tokenizeForRetrieval(text))
    const [postingVector] = await embedAll(embedder, [text])
    const denseScores = prepared.map((resume) => dot(postingVector as Float64Array, resume.documentVector))
    const bm25Order = rankByScore(bm25Scores)
    const denseOrder = rankByScore(denseScores)

    const fused = new Array<number>(prepared.length).fill(0)
    bm25Order.forEach((resumeIndex, rank) => {
      fused[resumeIndex] = (fused[resumeIndex] as number) + 1 / (FUSION_K + rank + 1)
    })
    denseOrder.forEach((resumeIndex, rank) => {
      fused[resumeIndex] = (fused[resumeIndex] as number) + 1 / (FUSION_K + rank + 1)
    })
    const fusedOrder = rankByScore(fused)

    const postingFamily = buildFamilyProfile(text, taxonomy)
    buildFamilyProfile(posting.title, taxonomy, POSTING_TITLE_WEIGHT, postingFamily)
    const bm25Normalised = maxNormalised(bm25Scores)
    const family = familyScores(
      postingFamily,
      prepared.map((resume) => resume.family),
    ).map((value, index) => value + LEXICAL_SHARE * (bm25Normalised[index] as number))
    const familyOrder = rankByScore(family)
    const shortlist = familyOrder.slice(0, preselect)

    const parsed = parsePosting(text, taxonomy)
    const requirements: RequirementInput[] = parsed.requirements.map((requirement, index) => ({
      id: `r${index}`,
      label: requirement.label,
      kind: requirement.kind,
      weight: requirement.weight,
      skillIds: requirement.skillIds,
      minYears: requirement.minYears,
      keywords: requirement.keywords,
    }))
    const requirementVectors = await embedAll(
      embedder,
      parsed.requirements.map((requirement) => requirement.source.text),
    )
    const scored = shortlist.map((resumeIndex, familyRank) => {
      const resume = prepared[resumeIndex] as PreparedResume
      const semanticMatches: SemanticMatch[] = []
      requirementVectors.forEach((vector, requirementIndex) => {
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
        if (chunk)
          semanticMatches.push({ requirementId: `r${requirementIndex}`, chunk, similarity: bestSimilarity })
      })
      const evaluation = scoreCandidate({
        requirements,
        resumeText: resume.text,
        profile: resume.profile,
        taxonomy,
        semanticMatches,
      })
      return {
        resumeIndex,
        familyRank,
        score: evaluation.score,
        requiredMet: evaluation.requiredMet,
        combined: (family[resumeIndex] as number) + SCORER_SHARE * (evaluation.score / 100),
      }
    })
    const rest = familyOrder.slice(preselect)
    // Each order is total and reproducible: ties fall back to requirements met, then the preselect rank.
    const byScore = [...scored].sort(
      (a, b) => b.score - a.score || b.requiredMet - a.requiredMet || a.familyRank - b.familyRank,
    )
    const byCombined = [...scored].sort((a, b) => b.combined - a.combined || a.familyRank - b.familyRank)
    const engineOrder = [...byCombined.map((item) => item.resumeIndex), ...rest]
    const scorerOrder = [...byScore.map((item) => item.resumeIndex), ...rest]
    familyMetrics.push(metricsFor(familyOrder, relevant, totalRelevant))
    scorerMetrics.push(metricsFor(scorerOrder, relevant, totalRelevant))
    retrievalMetrics.push(metricsFor(fusedOrder, relevant, totalRelevant))

    engine.push(metricsFor(engineOrder, relevant, totalRelevant))
    lexical.push(metricsFor(bm25Order, relevant, totalRelevant))
    dense.push(metricsFor(denseOrder, relevant, totalRelevant))
    ranked += 1
    if (ranked % 25 === 0) input.onProgress?.(`ranking: ${ranked} postings`)
  }
  return {
    postings: ranked,
    resumes: prepared.length,
    preselect,
    engine: average(engine),
    familyOnly: average(familyMetrics),
    scorerOnly: average(scorerMetrics),
    preselectOnly: average(retrievalMetrics),
    bm25: average(lexical),
    embedding: average(dense),
    seconds: (performance.now() - started) / 1000,
  }
}
