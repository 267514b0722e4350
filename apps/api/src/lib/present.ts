// Maps engine records to the HTTP contract. Kept in one place so every route shows the same shapes.
import { getSkill, readRequirementDetails, type Taxonomy } from '@shortlist/core'
import type { JobRecord, JobRequirementRecord, StoredRequirementResult } from '@shortlist/db'

/** A recruiter's level and equivalence where set, else the parser's reading of the posting line. */
function presentDetails(requirement: JobRequirementRecord, taxonomy: Taxonomy) {
  const read = readRequirementDetails(
    { type: requirement.type, skillIds: requirement.skillIds, source: requirement.source?.text ?? null },
    taxonomy,
  )
  return {
    level: requirement.level ?? read.level,
    alternativeExperience: requirement.alternativeExperience ?? read.alternativeExperience,
  }
}

export function presentRequirement(requirement: JobRequirementRecord, taxonomy: Taxonomy) {
  const skills = requirement.skillIds.map((id) => ({ id, name: getSkill(taxonomy, id)?.name ?? id }))
  return {
    id: requirement.id,
    label: requirement.label,
    kind: requirement.kind,
    type: requirement.type,
    screened: requirement.screened,
    weight: requirement.weight,
    ...(skills[0] ? { skill: skills[0] } : {}),
    skills,
    minYears: requirement.minYears,
    ...presentDetails(requirement, taxonomy),
    source: requirement.source,
  }
}

export function presentJob(job: JobRecord, requirements: JobRequirementRecord[], taxonomy: Taxonomy) {
  return {
    id: job.id,
    title: job.title,
    status: job.status,
    description: job.description,
    language: job.language,
    createdAt: job.createdAt.toISOString(),
    requirements: requirements.map((requirement) => presentRequirement(requirement, taxonomy)),
  }
}

/** Joins stored results with the job's current requirements (labels may have been edited since). */
export function presentResults(results: StoredRequirementResult[], requirements: JobRequirementRecord[]) {
  const byId = new Map(requirements.map((requirement) => [requirement.id, requirement]))
  return results.flatMap((result) => {
    const requirement = byId.get(result.requirementId)
    if (!requirement) return []
    return [
      {
        requirementId: result.requirementId,
        label: requirement.label,
        kind: requirement.kind,
        type: requirement.type,
        screened: requirement.screened,
        status: result.status,
        credit: result.credit,
        reason: result.reason,
        ...(result.basis ? { basis: result.basis } : {}),
        evidence: result.evidence.map((evidence) => ({
          quote: evidence.quote,
          start: evidence.start,
          end: evidence.end,
          section: evidence.section,
          source: evidence.source as 'skills_list' | 'described_work' | 'semantic',
        })),
      },
    ]
  })
}

/** CSV cell: quoted, and defused so spreadsheet apps never evaluate it as a formula. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return `"${text.replaceAll('"', '""')}"`
}
