import {
  loadTaxonomy,
  loadWordNet,
  parsePosting,
  parseResume,
  type RequirementInput,
  type ResumeProfile,
  scoreCandidate,
  toRequirementInputs,
} from '@shortlist/core'
import { type BenchResult, rateRatio } from './bench-result'
import { median, timeMs } from './measure'
import { scoreCandidateScorer1 } from './score-candidate-scorer-1'
import { createCorpus } from './synthetic-corpus'

/**
 * Scoring throughput: `scoreCandidate` (per-type evidence: lemmas, WordNet, skill hierarchy) against the scorer-1
 * rules (prefix stems and semantic partials), frozen in this package, on the same resumes and postings. WordNet's
 * one-time load is reported apart: it happens once per process, on the first score.
 */
export async function measureScoring(options: {
  resumes: number
  postings: number
  repetitions: number
}): Promise<BenchResult> {
  const taxonomy = loadTaxonomy()
  const corpus = createCorpus(taxonomy, 7_000)
  const referenceDate = new Date('2026-01-01')
  const resumes: Array<{ text: string; profile: ResumeProfile }> = Array.from(
    { length: options.resumes },
    (_, index) => {
      const text = corpus.resume(index, { minChars: 3_000 }).text
      return { text, profile: parseResume(text, taxonomy, { referenceDate }) }
    },
  )
  const postings: RequirementInput[][] = Array.from({ length: options.postings }, (_, index) =>
    toRequirementInputs(parsePosting(corpus.posting(index).text, taxonomy).requirements),
  )
  const load = await timeMs(() => loadWordNet())
  const run = (score: typeof scoreCandidate) => () => {
    for (const requirements of postings)
      for (const resume of resumes)
        score({
          requirements,
          resumeText: resume.text,
          profile: resume.profile,
          taxonomy,
          semanticMatches: [],
        })
  }
  // One untimed pass each so both run JIT-compiled (and WordNet's synset cache is warm) when measured.
  run(scoreCandidate)()
  run(scoreCandidateScorer1)()
  const current: number[] = []
  const baseline: number[] = []
  for (let repetition = 0; repetition < options.repetitions; repetition++) {
    current.push((await timeMs(run(scoreCandidate))).ms)
    baseline.push((await timeMs(run(scoreCandidateScorer1))).ms)
  }
  const pairs = options.resumes * options.postings
  const perSecond = (ms: number) => (pairs * 1000) / ms
  const value = perSecond(median(current))
  const old = perSecond(median(baseline))
  const requirements = postings.reduce((sum, list) => sum + list.length, 0)
  return {
    name: 'scoring',
    parameters: {
      resumes: options.resumes,
      postings: options.postings,
      requirementsPerPosting: Math.round(requirements / Math.max(1, options.postings)),
      repetitions: options.repetitions,
    },
    rows: [
      {
        benchmark: 'scoring',
        metric: 'resume × posting pairs per second',
        value,
        baseline: old,
        unit: 'pairs/s',
        ratio: rateRatio(value, old),
        note: 'scoreCandidate (scorer-7) vs scorer-1 rules; ratio < 1 means slower',
      },
    ],
    quality: { wordNetLoadMs: load.value.loadMs, wordNetFirstCallMs: load.ms },
  }
}
