import type { FamilyProfile } from './measure-family-fit'

/**
 * The skill families (taxonomy categories) that make up most of the direct fit between a posting and a resume,
 * largest share first: each category's term of the cosine numerator, posting weight × resume weight. Only
 * categories both sides name can appear; `limit` caps the list a reviewer reads. Ties break on the category id,
 * so the same profiles always give the same list.
 */
export function explainFamilyFit(posting: FamilyProfile, resume: FamilyProfile, limit = 3): string[] {
  const shared: Array<{ category: string; weight: number }> = []
  for (const [category, postingWeight] of posting) {
    const resumeWeight = resume.get(category) ?? 0
    if (postingWeight > 0 && resumeWeight > 0) shared.push({ category, weight: postingWeight * resumeWeight })
  }
  return shared
    .sort((a, b) => b.weight - a.weight || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0))
    .slice(0, limit)
    .map((item) => item.category)
}
