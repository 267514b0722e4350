import type {
  RequirementInput,
  ResumeChunk,
  ResumeProfile,
  RoleFit,
  SemanticMatch,
  Taxonomy,
} from '@shortlist/core'
import {
  buildPostingFamilyProfile,
  buildResumeFamilyProfile,
  buildRolePosting,
  chunkResume,
  computeShortlistScore,
  describeRequirement,
  findCurrentRole,
  meanDirection,
  measurePoolFamilyFit,
  measurePoolScore,
  measureRoleFit,
  type PoolMember,
  parsePosting,
  parseResume,
  rankCandidates,
  scoreCandidate,
  selectPoolCandidates,
  toRequirementInputs,
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
   * The product's pool ranking (`findMatchingCandidates`): the union of the best family fits and the documents
   * nearest the requirements' mean embedding, scored exactly and ordered by core's `rankPool`.
   */
  engine: RankingMetrics
  /**
   * The shortlist order (`GET /v1/jobs/:id/shortlist`): every resume scored as if it had applied to the posting,
   * with role fit measured per application (no pool), ordered by core's `rankCandidates`.
   */
  shortlist: RankingMetrics
  /**
   * The shortlist's rank score alone, without the required-first tier: how much the tier costs or gains, since it
   * sorts by the required verdicts before the score.
   */
  shortlistScoreOnly: RankingMetrics
  /**
   * nDCG@10 of the shortlist and BM25 on the postings whose id ends in an even or an odd hex digit: two halves
   * drawn by the id alone, so a gain seen on both is not one half's accident.
   */
  halves: Array<{ half: 'even' | 'odd'; postings: number; shortlistNdcgAt10: number; bm25NdcgAt10: number }>
  /** The job-family fit (with pool feedback) alone, over every resume. */
  familyOnly: RankingMetrics
  /** The scorer's order alone within the same preselect (ties: requirements met, then id). */
  scorerOnly: RankingMetrics
  /** Nearest to the requirements' mean embedding alone: the order of the product's HNSW preselect, computed exactly. */
  nearestOnly: RankingMetrics
  bm25: RankingMetrics
  embedding: RankingMetrics
  /** nDCG@10 per posting category, engine beside BM25: where the engine wins and where it does not. */
  byCategory: Array<{
    category: string
    postings: number
    engineNdcgAt10: number
    shortlistNdcgAt10: number
    bm25NdcgAt10: number
  }>
  seconds: number
}

/** How many candidates each of the product's two preselects (family fit, nearest embedding) hands to the scorer. */
export const DEFAULT_PRESELECT = 100

type PreparedResume = {
  category: string
  text: string
  profile: ResumeProfile
  chunks: ResumeChunk[]
  chunkVectors: Float64Array[]
  documentVector: Float64Array
  terms: string[]
  member: PoolMember
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

/** The half a posting falls in, by the parity of its id's last hex digit (the benchmark's ids are hex). */
export function idHalf(id: string): 'even' | 'odd' {
  const digit = Number.parseInt(id.slice(-1), 16)
  return Number.isNaN(digit) || digit % 2 === 0 ? 'even' : 'odd'
}

/** Ids by descending value, ties by id: the same tie rule as the product's orders. */
function orderByValue(ids: readonly string[], value: (id: string) => number): string[] {
  return [...ids].sort((a, b) => value(b) - value(a) || (a < b ? -1 : a > b ? 1 : 0))
}

/**
 * Task 2: ranks every resume for every mapped posting, in the same run, with the product's pool ranking (the
 * core functions `findMatchingCandidates` calls, on the same inputs it reads from the database), BM25 alone, and
 * whole-document embedding cosine alone. The database holds nothing the ranking needs that is not computed here:
 * stored profiles are `parseResume` output, requirement vectors embed `describeRequirement`, and the HNSW preselect
 * is replaced by its exact equivalent (cosine to the requirements' mean direction).
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
  /**
   * Every application of a posting as the shortlist scores it, with the required items' statuses: for studying an
   * order offline (`scripts/iterate-ranking.ts` saves them).
   */
  onPosting?: (
    postingId: string,
    applications: ReadonlyArray<{
      id: string
      relevant: boolean
      rankScore: number
      allRequiredMet: boolean
      required: Array<{ type: string; status: string; basis: string }>
      /** The parts behind the rank score, and the pool's and BM25's views of the same resume. */
      parts: {
        category: string
        coverage: number
        roleFit: Omit<RoleFit, 'explanation'>
        poolFamilyFit: number
        bm25: number
      }
    }>,
  ) => void
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
      // What the product builds from `documents.profile` (listPoolSkills): the parsed profile's skill ids and the
      // title of its current role.
      member: {
        id: resume.id,
        family: buildResumeFamilyProfile(
          {
            skillIds: profile.skills.map((skill) => skill.skillId),
            currentTitle: findCurrentRole(profile)?.title ?? null,
          },
          taxonomy,
        ),
      },
    })
  }
  input.onProgress?.(`ranking: prepared ${prepared.length} resumes`)
  const bm25 = createBm25Index(prepared.map((resume) => resume.terms))

  const byId = new Map(prepared.map((resume, index) => [resume.member.id, index]))
  const indexOf = (id: string) => byId.get(id) as number
  const allIds = prepared.map((resume) => resume.member.id)
  const pool = prepared.map((resume) => resume.member)

  const engine: RankingMetrics[] = []
  const lexical: RankingMetrics[] = []
  const dense: RankingMetrics[] = []
  const familyMetrics: RankingMetrics[] = []
  const scorerMetrics: RankingMetrics[] = []
  const nearestMetrics: RankingMetrics[] = []
  const perCategory = new Map<string, { engine: number[]; shortlist: number[]; bm25: number[] }>()
  const shortlist: RankingMetrics[] = []
  const shortlistScoreOnly: RankingMetrics[] = []
  const halves = {
    even: { shortlist: [] as number[], bm25: [] as number[] },
    odd: { shortlist: [] as number[], bm25: [] as number[] },
  }
  let ranked = 0
  for (const posting of input.postings) {
    const relevantCategories = input.categoryMap.get(posting.category)
    if (!relevantCategories) continue
    const relevant = prepared.map((resume) => relevantCategories.has(resume.category))
    const totalRelevant = relevant.filter(Boolean).length
    if (totalRelevant === 0) continue
    const text = postingText(posting)

    const bm25Scores = bm25.score(tokenizeForRetrieval(text))
    const bm25Order = rankByScore(bm25Scores)
    const [postingVector] = await embedAll(embedder, [text])
    const denseOrder = rankByScore(
      prepared.map((resume) => dot(postingVector as Float64Array, resume.documentVector)),
    )

    // As job analysis stores them: parsed requirements, each embedded as `describeRequirement` text.
    const parsed = parsePosting(text, taxonomy)
    const requirements: RequirementInput[] = toRequirementInputs(parsed.requirements)
    const requirementVectors = await embedAll(
      embedder,
      parsed.requirements.map((requirement) => describeRequirement(requirement, taxonomy)),
    )

    // As findMatchingCandidates: family fit over the whole pool, the nearest documents to the requirements'
    // mean direction, the union of both preselects scored exactly, ordered by rankPool.
    const familyFit = measurePoolFamilyFit(
      buildPostingFamilyProfile({ title: posting.title, text }, taxonomy),
      pool,
    )
    const query = meanDirection(requirementVectors.map((vector) => [...vector]))
    const queryVector = query ? Float64Array.from(query) : null
    const nearestOrder = queryVector
      ? orderByValue(allIds, (id) =>
          dot(queryVector, (prepared[indexOf(id)] as PreparedResume).documentVector),
        )
      : []
    const familyOrder = orderByValue(allIds, (id) => familyFit.get(id) ?? 0)
    const candidates = queryVector
      ? selectPoolCandidates({ familyFit, nearest: nearestOrder.slice(0, preselect), size: preselect })
      : []
    const rolePosting = buildRolePosting({ title: posting.title, text, requirements }, taxonomy)
    // As scoreApplication stores it for one application: the scorer's result, role fit from the profile alone,
    // and the shortlist score. The pool order adds the pool's family fit on top (`measurePoolScore`).
    const evaluate = (id: string) => {
      const resume = prepared[indexOf(id)] as PreparedResume
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
      const roleFit = measureRoleFit({ posting: rolePosting, profile: resume.profile, taxonomy })
      const shortlistScore = computeShortlistScore({
        requirements,
        results: evaluation.requirements,
        roleFit,
      })
      const kinds = new Map(requirements.map((requirement) => [requirement.id, requirement]))
      return {
        id,
        required: evaluation.requirements.flatMap((result) => {
          const requirement = kinds.get(result.requirementId)
          return requirement?.kind === 'required' && requirement.screened
            ? [{ type: requirement.type, status: result.status, basis: result.basis ?? 'none' }]
            : []
        }),
        score: evaluation.score,
        requiredMet: evaluation.requiredMet,
        allRequiredMet: shortlistScore.allRequiredMet,
        rankScore: shortlistScore.rankScore,
        coverage: shortlistScore.coverage,
        roleFit,
      }
    }
    const scored = candidates.map((id) => {
      const evaluation = evaluate(id)
      return { ...evaluation, rankScore: measurePoolScore(evaluation.rankScore, familyFit.get(id) ?? 0) }
    })
    // The product returns only the ranked candidates; the rest follow in family order so every metric sees a
    // full ranking (nDCG@10 and P@10 never reach them while the preselect holds ten or more).
    const chosen = new Set(candidates)
    const rest = familyOrder.filter((id) => !chosen.has(id))
    const engineOrder = [...rankCandidates(scored).map((item) => item.id), ...rest]
    const applications = allIds.map((id) => evaluate(id))
    const shortlistOrder = rankCandidates(applications).map((item) => item.id)
    input.onPosting?.(
      posting.id,
      applications.map((item) => ({
        id: item.id,
        relevant: relevant[indexOf(item.id)] as boolean,
        rankScore: item.rankScore,
        allRequiredMet: item.allRequiredMet,
        required: item.required,
        parts: {
          category: (prepared[indexOf(item.id)] as PreparedResume).category,
          coverage: item.coverage,
          roleFit: (({ explanation: _explanation, ...rest }) => rest)(item.roleFit),
          poolFamilyFit: familyFit.get(item.id) ?? 0,
          bm25: bm25Scores[indexOf(item.id)] ?? 0,
        },
      })),
    )
    const scoreOnlyOrder = orderByValue(
      allIds,
      (id) => (applications[indexOf(id)] as (typeof applications)[number]).rankScore,
    )
    const byScore = [...scored].sort(
      (a, b) =>
        b.score - a.score || b.requiredMet - a.requiredMet || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    const scorerOrder = [...byScore.map((item) => item.id), ...rest]
    const indexes = (ids: string[]) => ids.map(indexOf)

    const engineMetrics = metricsFor(indexes(engineOrder), relevant, totalRelevant)
    const bm25Metrics = metricsFor(bm25Order, relevant, totalRelevant)
    const shortlistMetrics = metricsFor(indexes(shortlistOrder), relevant, totalRelevant)
    const category = perCategory.get(posting.category) ?? { engine: [], shortlist: [], bm25: [] }
    category.engine.push(engineMetrics.ndcgAt10)
    category.shortlist.push(shortlistMetrics.ndcgAt10)
    category.bm25.push(bm25Metrics.ndcgAt10)
    perCategory.set(posting.category, category)
    engine.push(engineMetrics)
    shortlist.push(shortlistMetrics)
    shortlistScoreOnly.push(metricsFor(indexes(scoreOnlyOrder), relevant, totalRelevant))
    const half = halves[idHalf(posting.id)]
    half.shortlist.push(shortlistMetrics.ndcgAt10)
    half.bm25.push(bm25Metrics.ndcgAt10)
    familyMetrics.push(metricsFor(indexes(familyOrder), relevant, totalRelevant))
    scorerMetrics.push(metricsFor(indexes(scorerOrder), relevant, totalRelevant))
    nearestMetrics.push(metricsFor(indexes(nearestOrder), relevant, totalRelevant))
    lexical.push(bm25Metrics)
    dense.push(metricsFor(denseOrder, relevant, totalRelevant))
    ranked += 1
    if (ranked % 25 === 0) input.onProgress?.(`ranking: ${ranked} postings`)
  }
  return {
    postings: ranked,
    resumes: prepared.length,
    preselect,
    engine: average(engine),
    shortlist: average(shortlist),
    shortlistScoreOnly: average(shortlistScoreOnly),
    halves: (['even', 'odd'] as const).map((name) => ({
      half: name,
      postings: halves[name].shortlist.length,
      shortlistNdcgAt10: mean(halves[name].shortlist),
      bm25NdcgAt10: mean(halves[name].bm25),
    })),
    familyOnly: average(familyMetrics),
    scorerOnly: average(scorerMetrics),
    nearestOnly: average(nearestMetrics),
    bm25: average(lexical),
    embedding: average(dense),
    byCategory: [...perCategory.entries()]
      .map(([category, values]) => ({
        category,
        postings: values.engine.length,
        engineNdcgAt10: mean(values.engine),
        shortlistNdcgAt10: mean(values.shortlist),
        bm25NdcgAt10: mean(values.bm25),
      }))
      .sort((a, b) => b.postings - a.postings || (a.category < b.category ? -1 : 1)),
    seconds: (performance.now() - started) / 1000,
  }
}
