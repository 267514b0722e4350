import type { ParsedRequirement, RequirementInput } from '../types'

/** Parsed requirements as the scorer and the kit writers see them once stored, with ids r0, r1, … in order. */
export function toRequirementInputs(requirements: readonly ParsedRequirement[]): RequirementInput[] {
  return requirements.map((requirement, index) => ({
    id: `r${index}`,
    label: requirement.label,
    kind: requirement.kind,
    type: requirement.type,
    screened: requirement.screened,
    weight: requirement.weight,
    skillIds: requirement.skillIds,
    minYears: requirement.minYears,
    keywords: requirement.keywords,
    source: requirement.source.text,
  }))
}
