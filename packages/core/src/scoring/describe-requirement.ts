import { getSkill, type Taxonomy } from '../taxonomy'

/** The text embedded for a requirement: its label plus the names of the skills that satisfy it. */
export function describeRequirement(
  requirement: { label: string; skillIds: string[]; keywords: string[] },
  taxonomy: Taxonomy,
): string {
  const skillNames = requirement.skillIds.map((id) => getSkill(taxonomy, id)?.name ?? id)
  return [requirement.label, ...skillNames].join('. ')
}
