import type { PostingLanguage, RequirementInput } from '@shortlist/core'
import { describePool } from '../offline/explain-question'
import { escapeDataBlock } from '../prompts/delimit-data'
import type { RoleKitInput } from '../types'
import { planPoolProbing } from './plan-pool-probing'

const LANGUAGE_NAMES: Record<PostingLanguage, string> = {
  en: 'English',
  pt: 'Portuguese (Brazilian)',
  es: 'Spanish',
}

/** Display name of the kit language for the prompt. */
export function languageName(language: PostingLanguage): string {
  return LANGUAGE_NAMES[language]
}

/** One JSON object per line, so ids stay exact and the model sees kind and weight. */
export function formatRequirements(requirements: readonly RequirementInput[]): string {
  return requirements
    .map((requirement) =>
      JSON.stringify({
        id: requirement.id,
        label: requirement.label,
        kind: requirement.kind,
        type: requirement.type,
        screened: requirement.screened,
        weight: requirement.weight,
        skills: requirement.skillIds,
        minYears: requirement.minYears,
      }),
    )
    .join('\n')
}

/** The posting's description and responsibilities as one data block body. */
export function formatPosting(input: RoleKitInput): string {
  const responsibilities = input.responsibilities.map((line) => `- ${line}`).join('\n')
  return [input.job.description.trim(), responsibilities ? `Responsibilities:\n${responsibilities}` : '']
    .filter(Boolean)
    .join('\n\n')
}

/** Values shared by both kit prompts; untrusted text is escaped so it cannot close its data block. */
export function roleKitPromptValues(input: RoleKitInput, outputSchema: string): Record<string, string> {
  return {
    title: escapeDataBlock(input.job.title.replace(/\s+/g, ' ').slice(0, 200)),
    language: languageName(input.locale ?? input.job.language),
    posting: escapeDataBlock(formatPosting(input)),
    requirements: escapeDataBlock(formatRequirements(input.requirements)),
    output_schema: outputSchema,
  }
}

/**
 * The applicant pool as the role kit prompt's data block: one JSON line per requirement the pool plan read, with
 * the shares, the signal, whether to probe deeper, and the note its "why" lines carry (in the kit's language).
 */
export function formatPool(input: RoleKitInput): string {
  const probes = planPoolProbing(input.requirements, input.pool)
  if (!input.pool || probes.size === 0)
    return 'No applicant pool yet: fewer than five applicants are scored. Write the kit from the posting alone.'
  const language = input.locale ?? input.job.language
  const applicants = `${input.pool.applicantsAtLeast}+`
  return [...probes.values()]
    .map((probe) =>
      JSON.stringify({
        id: probe.requirementId,
        applicants,
        matched: probe.shares.matched,
        partial: probe.shares.partial,
        missing: probe.shares.missing,
        claimedOnly: probe.shares.claimedOnly,
        signal: probe.signal,
        probe: probe.deeper ? 'deeper' : 'standard',
        note: describePool(language, probe),
      }),
    )
    .join('\n')
}
