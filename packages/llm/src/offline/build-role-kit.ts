import type { RequirementInput } from '@shortlist/core'
import type { InterviewQuestion, RoleKitInput } from '../types'
import { describeRequirement, difficultyForTitle, type KitContext } from './kit-context'
import { pickBehavioralQuestions } from './pick-behavioral-questions'
import { pickTechnicalQuestion } from './pick-technical-question'

/** Behavioral questions in every role kit. */
export const ROLE_KIT_BEHAVIORAL_COUNT = 6
/** Required requirements (by weight) that also get a harder scenario or design question. */
const DEEPENED_REQUIREMENTS = 3
/** Nice-to-haves beyond this many (by weight) are not worth interview time. */
const MAX_NICE_TO_HAVES = 4

function byWeight(left: RequirementInput, right: RequirementInput): number {
  return right.weight - left.weight
}

/** The nice-to-haves worth a question: the heavier half, at most four. */
export function importantNiceToHaves(requirements: readonly RequirementInput[]): RequirementInput[] {
  const nice = requirements.filter((requirement) => requirement.kind === 'nice_to_have').sort(byWeight)
  return nice.slice(0, Math.min(MAX_NICE_TO_HAVES, Math.ceil(nice.length / 2)))
}

/** Builds the offline role kit: technical questions for every required and key nice-to-have requirement, then STAR. */
export async function buildRoleKit(input: RoleKitInput, context: KitContext): Promise<InterviewQuestion[]> {
  const titleDifficulty = difficultyForTitle(input.job.title)
  const required = input.requirements.filter((requirement) => requirement.kind === 'required')
  const requiredByWeight = [...required].sort(byWeight)

  for (const requirement of required) {
    const difficulty =
      (requirement.minYears ?? 0) >= 5
        ? 'advanced'
        : titleDifficulty === 'foundational'
          ? 'foundational'
          : 'intermediate'
    await pickTechnicalQuestion(context, describeRequirement(requirement, context.taxonomy), { difficulty })
  }
  for (const requirement of requiredByWeight.slice(0, DEEPENED_REQUIREMENTS)) {
    const difficulty = titleDifficulty === 'foundational' ? 'intermediate' : 'advanced'
    await pickTechnicalQuestion(context, describeRequirement(requirement, context.taxonomy), {
      difficulty,
      preferScenario: true,
    })
  }
  for (const requirement of importantNiceToHaves(input.requirements)) {
    await pickTechnicalQuestion(context, describeRequirement(requirement, context.taxonomy), {
      difficulty: 'foundational',
    })
  }
  await pickBehavioralQuestions(context, {
    count: ROLE_KIT_BEHAVIORAL_COUNT,
    difficulty: titleDifficulty,
    requirements: input.requirements.filter((requirement) => requirement.skillIds.length === 0),
    coreRequirements: requiredByWeight.length > 0 ? requiredByWeight : [...input.requirements].sort(byWeight),
    postingText: [input.job.title, input.job.description, ...input.responsibilities].join('\n'),
  })
  return context.set.questions
}
