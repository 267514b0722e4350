import { findSkills, loadTaxonomy } from '@shortlist/core'
import { type BenchResult, rateRatio } from './bench-result'
import { buildNaiveSkillMatcher } from './find-skills-naively'
import { jaccard, mean, median, timeMs } from './measure'
import { createCorpus } from './synthetic-corpus'

/**
 * The taxonomy matcher (`findSkills`: one tokenisation, an alias index, ambiguity rules) against one RegExp per
 * alias, on resumes of about 5,000 characters: throughput and agreement of the skill sets found.
 */
export async function measureSkillMatching(options: {
  resumes: number
  repetitions: number
}): Promise<BenchResult> {
  const taxonomy = loadTaxonomy()
  const corpus = createCorpus(taxonomy, 5_000)
  const texts = Array.from(
    { length: options.resumes },
    (_, index) => corpus.resume(index, { minChars: 5_000 }).text,
  )
  const naive = buildNaiveSkillMatcher(taxonomy)
  const matcher = (text: string) => new Set(findSkills(text, taxonomy).map((match) => match.skillId))

  // One untimed pass over everything so both paths run JIT-compiled when measured.
  for (const text of texts) {
    matcher(text)
    naive(text)
  }
  const matcherTimes: number[] = []
  const naiveTimes: number[] = []
  for (let repetition = 0; repetition < options.repetitions; repetition++) {
    matcherTimes.push((await timeMs(() => texts.map(matcher))).ms)
    naiveTimes.push((await timeMs(() => texts.map(naive))).ms)
  }
  const agreements: number[] = []
  const naiveFindsMatcher: number[] = []
  const matcherFindsNaive: number[] = []
  for (const text of texts) {
    const ours = matcher(text)
    const theirs = naive(text)
    agreements.push(jaccard(ours, theirs))
    naiveFindsMatcher.push(ours.size === 0 ? 1 : [...ours].filter((id) => theirs.has(id)).length / ours.size)
    matcherFindsNaive.push(
      theirs.size === 0 ? 1 : [...theirs].filter((id) => ours.has(id)).length / theirs.size,
    )
  }
  const perSecond = (ms: number) => (options.resumes * 1000) / ms
  const value = perSecond(median(matcherTimes))
  const baseline = perSecond(median(naiveTimes))
  return {
    name: 'skill matching',
    parameters: {
      resumes: options.resumes,
      meanChars: Math.round(mean(texts.map((text) => text.length))),
      aliases: [...taxonomy.skills.values()].reduce((sum, skill) => sum + 1 + skill.aliases.length, 0),
      repetitions: options.repetitions,
    },
    rows: [
      {
        benchmark: 'skill matching',
        metric: 'resumes per second (~5k chars)',
        value,
        baseline,
        unit: 'resumes/s',
        ratio: rateRatio(value, baseline),
        note: 'findSkills vs one RegExp per alias',
      },
    ],
    quality: {
      meanJaccardAgreement: mean(agreements),
      shareOfFindSkillsAlsoFoundByNaive: mean(naiveFindsMatcher),
      shareOfNaiveAlsoFoundByFindSkills: mean(matcherFindsNaive),
    },
  }
}
