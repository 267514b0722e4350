import { findSkills, getSkill, type Taxonomy } from '../taxonomy'

/** Taxonomy category -> weight of the distinct skills a text names in it: the job family a text speaks for. */
export type FamilyProfile = Map<string, number>

// Spoken languages and soft skills appear in every kind of resume and posting; they say nothing about the family.
const FAMILY_NEUTRAL_CATEGORIES = new Set(['spoken-language', 'soft-skill'])

/**
 * Adds to `into` (or a new profile) `weight` per distinct taxonomy skill the text names, under the skill's
 * category. A posting title can be added with a larger weight: it names the role directly.
 */
export function buildFamilyProfile(
  text: string,
  taxonomy: Taxonomy,
  weight = 1,
  into: FamilyProfile = new Map(),
): FamilyProfile {
  return buildFamilyProfileFromSkills(
    findSkills(text, taxonomy).map((match) => match.skillId),
    taxonomy,
    weight,
    into,
  )
}

/**
 * The same count from skill ids already found, such as a stored resume profile's `skills`: equal to
 * `buildFamilyProfile` of the text they were found in. Repeated ids count once; unknown ids are ignored.
 */
export function buildFamilyProfileFromSkills(
  skillIds: Iterable<string>,
  taxonomy: Taxonomy,
  weight = 1,
  into: FamilyProfile = new Map(),
): FamilyProfile {
  const seen = new Set<string>()
  for (const skillId of skillIds) {
    if (seen.has(skillId)) continue
    seen.add(skillId)
    const category = getSkill(taxonomy, skillId)?.category
    if (!category || FAMILY_NEUTRAL_CATEGORIES.has(category)) continue
    into.set(category, (into.get(category) ?? 0) + weight)
  }
  return into
}

/** Cosine similarity of two family profiles: 1 when they spread over the categories alike, 0 when disjoint. */
export function measureFamilyFit(left: FamilyProfile, right: FamilyProfile): number {
  let product = 0
  let leftNorm = 0
  let rightNorm = 0
  for (const [category, value] of left) {
    leftNorm += value * value
    product += value * (right.get(category) ?? 0)
  }
  for (const value of right.values()) rightNorm += value * value
  return leftNorm === 0 || rightNorm === 0 ? 0 : product / Math.sqrt(leftNorm * rightNorm)
}
