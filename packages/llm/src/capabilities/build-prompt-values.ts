import type { PostingLanguage, RequirementInput } from '@shortlist/core'
import { escapeDataBlock } from '../prompts/delimit-data'
import type { RoleKitInput } from '../types'

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
