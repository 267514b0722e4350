import { createHash } from 'node:crypto'
import type { JobRequirementRecord } from '@shortlist/db'

/** A short fingerprint of what scoring depends on; it names the scoring jobs so an edit is new work. */
export function computeRequirementsRevision(requirements: JobRequirementRecord[]): string {
  const material = requirements.map((requirement) => [
    requirement.id,
    requirement.kind,
    requirement.weight,
    requirement.skillIds,
    requirement.minYears,
    requirement.keywords,
    requirement.label,
    // A recruiter's settings change what is asked; null (as the line reads) keeps older revisions unchanged.
    ...(requirement.level !== null || requirement.alternativeExperience !== null
      ? [requirement.level, requirement.alternativeExperience]
      : []),
  ])
  return createHash('sha256').update(JSON.stringify(material)).digest('hex').slice(0, 20)
}
