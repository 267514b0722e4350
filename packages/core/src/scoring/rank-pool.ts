import type { Taxonomy } from '../taxonomy'
import {
  buildFamilyProfile,
  buildFamilyProfileFromSkills,
  type FamilyProfile,
  measureFamilyFit,
} from './measure-family-fit'

/** Bumped whenever the pool order below changes, so a stored or reported pool ranking says which rules made it. */
export const POOL_RANKING_VERSION = 'pool-3'

/** The constants of the pool order; `scoring/README.md` says why each has its value. */
export const POOL_RANKING = {
  /**
   * A title names the role outright, so each skill it names counts this many times a body mention: the posting's
   * title on one side, the resume's current role on the other.
   */
  titleWeight: 5,
  /** How many of the best directly fitting resumes form the feedback profile. */
  feedbackDepth: 20,
  /** Share of the fit to the feedback profile in the family fit; the rest is the fit to the posting. */
  feedbackShare: 0.5,
  /** Weight of the pool's 0..1 family fit, in units of the whole 0..1 rank score, added on top of it. */
  familyWeight: 1,
} as const

/** One resume of the pool with its family profile; ids break every tie, so the order never depends on input order. */
export type PoolMember = { id: string; family: FamilyProfile }

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The job family a posting speaks for: the skills of its text, plus those of its title counted `titleWeight` times. */
export function buildPostingFamilyProfile(
  posting: { title: string; text: string },
  taxonomy: Taxonomy,
): FamilyProfile {
  const profile = buildFamilyProfile(posting.text, taxonomy)
  return buildFamilyProfile(posting.title, taxonomy, POOL_RANKING.titleWeight, profile)
}

/**
 * The job family a resume speaks for: the skill ids of its stored profile, plus those the title of its current role
 * (`findCurrentRole`) names, counted `titleWeight` times more, as a posting's title is. `titleProfiles` caches the
 * title's part by title across one pool (titles repeat, and matching text is the costly step).
 */
export function buildResumeFamilyProfile(
  resume: { skillIds: Iterable<string>; currentTitle: string | null },
  taxonomy: Taxonomy,
  titleProfiles?: Map<string, FamilyProfile>,
): FamilyProfile {
  const profile = buildFamilyProfileFromSkills(resume.skillIds, taxonomy)
  if (!resume.currentTitle) return profile
  let title = titleProfiles?.get(resume.currentTitle)
  if (!title) {
    title = buildFamilyProfile(resume.currentTitle, taxonomy, POOL_RANKING.titleWeight)
    titleProfiles?.set(resume.currentTitle, title)
  }
  for (const [category, weight] of title) profile.set(category, (profile.get(category) ?? 0) + weight)
  return profile
}

/**
 * The pool's feedback profile: the sum of the unit-length profiles of the `feedbackDepth` best direct fits (cosine
 * of the posting's and the resume's family profiles; ties by id, zero fits left out). `pool` may be any subset that
 * holds those best direct fits, such as the nearest rows of an indexed query: the result is the same.
 */
export function buildPoolFeedback(posting: FamilyProfile, pool: readonly PoolMember[]): FamilyProfile {
  const feedback: FamilyProfile = new Map()
  const best = pool
    .map((member) => ({ member, fit: measureFamilyFit(posting, member.family) }))
    .filter((item) => item.fit > 0)
    .sort((a, b) => b.fit - a.fit || compareIds(a.member.id, b.member.id))
    .slice(0, POOL_RANKING.feedbackDepth)
  for (const { member } of best) {
    const norm = Math.sqrt([...member.family.values()].reduce((sum, value) => sum + value * value, 0))
    for (const [category, value] of member.family)
      feedback.set(category, (feedback.get(category) ?? 0) + value / norm)
  }
  return feedback
}

/** One resume's family fit (0..1) against the posting and the pool's feedback profile (`buildPoolFeedback`). */
export function measureMemberFamilyFit(
  posting: FamilyProfile,
  feedback: FamilyProfile,
  family: FamilyProfile,
): number {
  const share = POOL_RANKING.feedbackShare
  return (1 - share) * measureFamilyFit(posting, family) + share * measureFamilyFit(feedback, family)
}

/**
 * The direction whose cosine with a resume's family profile orders resumes as their family fit does: fit =
 * (1 − feedbackShare) · cos(posting, resume) + feedbackShare · cos(feedback, resume) is the dot product of the
 * resume's unit profile with (1 − feedbackShare) · unit(posting) + feedbackShare · unit(feedback), so a vector index
 * can rank a pool by it. Empty when both profiles are.
 */
export function buildFamilyFitDirection(posting: FamilyProfile, feedback: FamilyProfile): FamilyProfile {
  const share = POOL_RANKING.feedbackShare
  const direction: FamilyProfile = new Map()
  for (const [profile, weight] of [
    [posting, 1 - share],
    [feedback, share],
  ] as const) {
    const norm = Math.sqrt([...profile.values()].reduce((sum, value) => sum + value * value, 0))
    if (norm === 0) continue
    for (const [category, value] of profile)
      direction.set(category, (direction.get(category) ?? 0) + (weight * value) / norm)
  }
  return direction
}

/**
 * Family fit (0..1) of every pool member, by id. Direct fit is the cosine of the posting's and the resume's
 * family profiles; the feedback profile is the sum of the unit-length profiles of the `feedbackDepth` best direct
 * fits (ties by id, zero fits left out). fit = (1 − feedbackShare) · direct + feedbackShare · cosine(feedback, resume).
 */
export function measurePoolFamilyFit(
  posting: FamilyProfile,
  pool: readonly PoolMember[],
): Map<string, number> {
  const feedback = buildPoolFeedback(posting, pool)
  return new Map(pool.map((member) => [member.id, measureMemberFamilyFit(posting, feedback, member.family)]))
}

/**
 * The resumes worth scoring exactly: the `size` best family fits (ties by id), then those of the `size` nearest
 * by embedding (in the order given) not already in, so a resume whose skills the taxonomy misses can still come in.
 */
export function selectPoolCandidates(input: {
  familyFit: ReadonlyMap<string, number>
  nearest: readonly string[]
  size: number
}): string[] {
  const byFamily = [...input.familyFit]
    .filter(([, fit]) => fit > 0)
    .sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]))
    .slice(0, input.size)
    .map(([id]) => id)
  const selected = new Set(byFamily)
  for (const id of input.nearest.slice(0, input.size)) selected.add(id)
  return [...selected]
}

/**
 * The pool score of a resume: the shortlist's rank score (0..100, role fit measured per resume) plus the pool's
 * family fit (with feedback) on top, `familyWeight` times the whole rank score's range. Ordered by `rankCandidates`.
 */
export function measurePoolScore(rankScore: number, familyFit: number): number {
  return Math.round((rankScore + 100 * POOL_RANKING.familyWeight * familyFit) * 100) / 100
}

/** The job's query vector: the normalised mean of its requirement embeddings, or null when there is none. */
export function meanDirection(embeddings: readonly (readonly number[])[]): number[] | null {
  const [first] = embeddings
  if (!first) return null
  const sum = new Array<number>(first.length).fill(0)
  for (const embedding of embeddings) {
    for (let index = 0; index < sum.length; index++) sum[index] = (sum[index] ?? 0) + (embedding[index] ?? 0)
  }
  const norm = Math.sqrt(sum.reduce((total, value) => total + value * value, 0))
  // Requirements pointing in exactly opposite directions cancel out and leave no direction to search along.
  if (norm === 0) return null
  return sum.map((value) => value / norm)
}
