import type { KitPool, KitRequirementPool, RequirementInput } from '@shortlist/core'
import { primaryQuestionType } from './kit-rules'

/**
 * What the pool says about one requirement:
 * - `claimed`: most applicants only list it, without described use: their claims need proving;
 * - `scarce`: most applicants show no evidence of it: the few who do need to be told apart;
 * - `uncertain`: most show it only partly or only list it;
 * - `proven`: most describe real use of it: one question is enough;
 * - `mixed`: none of the above.
 */
export type PoolSignal = 'claimed' | 'scarce' | 'uncertain' | 'proven' | 'mixed'

export type PoolProbe = {
  requirementId: string
  signal: PoolSignal
  /** The kit probes this requirement deeper: a harder first question, a harder second one and a probing one. */
  deeper: boolean
  /** Share (percent) of applicants not shown to have it in described work: the pool's weakness on it. */
  unproven: number
  shares: KitRequirementPool
}

/** A share at or above this (percent) makes the pool's picture of a requirement one-sided enough to act on. */
export const POOL_MAJORITY = 50
/** At least this share (percent) matched beyond a skills list, and one question is enough. */
export const POOL_PROVEN = 60
/** At most this many requirements get deeper probing, the weakest first, so the kit stays one interview long. */
export const MAX_DEEPER_REQUIREMENTS = 4
/** A requirement probed deeper carries at least this many questions (first, harder second, probe). */
export const MIN_DEEPER_QUESTIONS = 3

function readSignal(shares: KitRequirementPool): PoolSignal {
  if (shares.claimedOnly >= POOL_MAJORITY) return 'claimed'
  if (shares.missing >= POOL_MAJORITY) return 'scarce'
  if (shares.partial + shares.claimedOnly >= POOL_MAJORITY) return 'uncertain'
  if (shares.matched - shares.claimedOnly >= POOL_PROVEN) return 'proven'
  return 'mixed'
}

/** Share (percent) of the pool that does not show the requirement in described work: missing, partial or listed. */
function unprovenShare(shares: KitRequirementPool): number {
  return 100 - Math.max(0, shares.matched - shares.claimedOnly)
}

/**
 * Decides, from the applicant pool, where a role kit probes deeper. Only screened required requirements that a
 * technical question assesses can go deeper (a language segment or a recruiter check does not get harder). Those
 * whose pool is claimed, scarce or uncertain are ranked by how much of the pool is unproven times the
 * requirement's weight, and the first MAX_DEEPER_REQUIREMENTS are probed deeper. Both the offline kit and the
 * model's kit follow this plan, so it is one deterministic rule, not a model's opinion.
 */
export function planPoolProbing(
  requirements: readonly RequirementInput[],
  pool: KitPool | undefined,
): Map<string, PoolProbe> {
  const probes = new Map<string, PoolProbe>()
  if (!pool) return probes
  const shares = new Map(pool.requirements.map((entry) => [entry.requirementId, entry]))
  const ranked: Array<{ probe: PoolProbe; priority: number }> = []
  for (const requirement of requirements) {
    const entry = shares.get(requirement.id)
    if (!entry || !requirement.screened || requirement.kind !== 'required') continue
    if (primaryQuestionType(requirement.type) !== 'technical') continue
    const signal = readSignal(entry)
    const probe: PoolProbe = {
      requirementId: requirement.id,
      signal,
      deeper: false,
      unproven: unprovenShare(entry),
      shares: entry,
    }
    probes.set(requirement.id, probe)
    if (signal === 'claimed' || signal === 'scarce' || signal === 'uncertain')
      ranked.push({ probe, priority: probe.unproven * requirement.weight })
  }
  ranked.sort(
    (left, right) =>
      right.priority - left.priority || left.probe.requirementId.localeCompare(right.probe.requirementId),
  )
  for (const { probe } of ranked.slice(0, MAX_DEEPER_REQUIREMENTS)) probe.deeper = true
  return probes
}
