import type { RequirementInput } from '@shortlist/core'
import type { JobRequirementRecord } from '@shortlist/db'

/** What the scorer and the kit writers need of a stored requirement (no source span, no position). */
export const toRequirementInput = (requirement: JobRequirementRecord): RequirementInput => ({
  id: requirement.id,
  label: requirement.label,
  kind: requirement.kind,
  type: requirement.type,
  screened: requirement.screened,
  weight: requirement.weight,
  skillIds: requirement.skillIds,
  minYears: requirement.minYears,
  keywords: requirement.keywords,
  ...(requirement.source ? { source: requirement.source.text } : {}),
  ...(requirement.alternativeExperience !== null
    ? { alternativeExperience: requirement.alternativeExperience }
    : {}),
  ...(requirement.level !== null ? { level: requirement.level } : {}),
})
