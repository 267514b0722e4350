import { listAnalyzedDocumentIds } from '@shortlist/db'
import { findMatchingCandidates, type RankedPoolMatch, rankPoolForJob } from '@shortlist/engine'
import { type BenchResult, timeRatio } from './bench-result'
import type { PoolFixture } from './create-pool-fixture'
import { addAnalyzedJob } from './load-pool'
import { mean, median, recall, timeMs } from './measure'

const TOP = 10

/**
 * Scores every analysed document of the organisation and puts them in the pool order: what a pool search costs,
 * and what it returns, without preselection.
 */
async function scoreWholePool(fixture: PoolFixture, jobId: string): Promise<RankedPoolMatch[]> {
  const { db } = fixture.handle
  const organizationId = fixture.ranking.organisation.id
  const documentIds = await listAnalyzedDocumentIds(db, organizationId)
  const ranked = await rankPoolForJob({ db }, { organizationId, jobId, documentIds })
  return ranked.slice(0, TOP)
}

/**
 * `findMatchingCandidates` (HNSW and family-fit preselects, then the exact scorer and the pool order on their
 * union) against exact scoring of the whole pool in the same order: wall time and how much of the exact top-10 the preselect path returns.
 */
export async function measurePreselectRerank(
  fixture: PoolFixture,
  options: { jobs: number; extraPreselects: number[] },
): Promise<BenchResult> {
  const { db } = fixture.handle
  const organisation = fixture.ranking.organisation
  const organizationId = organisation.id
  const jobIds: string[] = []
  // Postings after the retrieval benchmark's queries, one per archetype in turn; one more for the warm-up.
  for (let index = 0; index <= options.jobs; index++) {
    const { jobId } = await addAnalyzedJob(db, organisation, fixture.corpus.posting(100 + index), fixture)
    jobIds.push(jobId)
  }
  const [warmUp, ...measured] = jobIds as [string, ...string[]]
  await findMatchingCandidates({ db }, { organizationId, jobId: warmUp, limit: TOP })
  await scoreWholePool(fixture, warmUp)

  // The default preselect comes first; larger ones show what recall more re-ranking buys.
  const preselects = [Math.max(200, 5 * TOP), ...options.extraPreselects]
  const times = new Map<number, number[]>(preselects.map((size) => [size, []]))
  const overlaps = new Map<number, number[]>(preselects.map((size) => [size, []]))
  const sameScores = new Map<number, number[]>(preselects.map((size) => [size, []]))
  const exactTimes: number[] = []
  const scores = (matches: RankedPoolMatch[]) => matches.map((match) => match.score).join(',')
  for (const jobId of measured) {
    const exact = await timeMs(() => scoreWholePool(fixture, jobId))
    exactTimes.push(exact.ms)
    const expected = exact.value.map((match) => match.documentId)
    for (const preselect of preselects) {
      const found = await timeMs(() =>
        findMatchingCandidates({ db }, { organizationId, jobId, limit: TOP, preselect }),
      )
      times.get(preselect)?.push(found.ms)
      overlaps.get(preselect)?.push(
        recall(
          expected,
          found.value.map((match) => match.documentId),
        ),
      )
      sameScores.get(preselect)?.push(scores(exact.value) === scores(found.value) ? 1 : 0)
    }
  }
  const baseline = median(exactTimes)
  const quality: Record<string, number> = {}
  for (const preselect of preselects) {
    const jobOverlaps = overlaps.get(preselect) ?? []
    quality[`top10Overlap@preselect${preselect}`] = mean(jobOverlaps)
    quality[`jobsWithExactTop10@preselect${preselect}`] = mean(
      jobOverlaps.map((overlap) => (overlap === 1 ? 1 : 0)),
    )
    quality[`jobsWithSameTop10Scores@preselect${preselect}`] = mean(sameScores.get(preselect) ?? [])
  }
  return {
    name: 'preselect + re-rank',
    parameters: {
      pool: fixture.ranking.size,
      jobs: measured.length,
      top: TOP,
      preselects: preselects.join('/'),
    },
    rows: preselects.map((preselect) => {
      const value = median(times.get(preselect) ?? [])
      return {
        benchmark: 'preselect + re-rank',
        metric: `search time per job, top-${TOP}, preselect ${preselect}`,
        value,
        baseline,
        unit: 'ms',
        ratio: timeRatio(value, baseline),
        note: 'findMatchingCandidates vs scoring the whole pool',
      }
    }),
    quality,
  }
}
