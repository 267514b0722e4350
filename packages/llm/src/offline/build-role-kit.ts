import type { RequirementInput } from '@shortlist/core'
import { primaryQuestionType, QUESTION_TYPES_FOR } from '../capabilities/kit-rules'
import type { InterviewQuestion, RoleKitInput } from '../types'
import { explainQuestion } from './explain-question'
import { describeRequirement, difficultyForTitle, type KitContext } from './kit-context'
import { pickBehavioralQuestions } from './pick-behavioral-questions'
import { pickTechnicalQuestion } from './pick-technical-question'
import { renderQuestion } from './render-question'

/** Behavioral questions in every role kit. */
export const ROLE_KIT_BEHAVIORAL_COUNT = 6
/** Required requirements (by weight) that also get a harder scenario or design question. */
const DEEPENED_REQUIREMENTS = 3
/** Nice-to-haves beyond this many (by weight) are not worth interview time. */
const MAX_NICE_TO_HAVES = 4

function byWeight(left: RequirementInput, right: RequirementInput): number {
  return right.weight - left.weight
}

const technical = (requirement: RequirementInput) => primaryQuestionType(requirement.type) === 'technical'

/** The nice-to-haves worth a technical question: the heavier half, at most four. */
export function importantNiceToHaves(requirements: readonly RequirementInput[]): RequirementInput[] {
  const nice = requirements
    .filter((requirement) => requirement.kind === 'nice_to_have' && technical(requirement))
    .sort(byWeight)
  return nice.slice(0, Math.min(MAX_NICE_TO_HAVES, Math.ceil(nice.length / 2)))
}

/**
 * One question of the type a non-technical requirement calls for: a STAR question on a trait, a walk-through of
 * years in a role, a part of the interview held in a required language, or a recruiter check for logistics,
 * degrees and licences. Templates come from the generic bank in the kit's language.
 */
export async function addTypedQuestion(
  context: KitContext,
  requirement: RequirementInput,
): Promise<InterviewQuestion> {
  const generic = context.bank.generic[context.language]
  const type = primaryQuestionType(requirement.type)
  const [template, why] =
    requirement.type === 'trait'
      ? [generic.trait, explainQuestion(context.language, { kind: 'trait', label: requirement.label })]
      : requirement.type === 'experience'
        ? [
            generic.experience,
            explainQuestion(context.language, { kind: 'experience', label: requirement.label }),
          ]
        : type === 'language'
          ? [
              generic.languageSegment,
              explainQuestion(context.language, { kind: 'language', label: requirement.label }),
            ]
          : [generic.check, explainQuestion(context.language, { kind: 'check', label: requirement.label })]
  return context.set.addOrMerge(
    renderQuestion({
      type,
      difficulty: template.difficulty,
      topic: requirement.label,
      text: template.text,
      rubric: template,
      levelLabels: generic.levelLabels,
      values: { requirement: requirement.label, title: context.title },
      requirementIds: [requirement.id],
      why,
    }),
  )
}

/**
 * Builds the offline role kit. Each requirement gets the kind of question its type calls for: technical questions
 * for skills, domains and activities (the heaviest required ones twice), STAR questions for traits, a language
 * segment for spoken languages, recruiter checks for logistics, degrees and licences; then STAR questions on the
 * competencies the posting signals.
 */
export async function buildRoleKit(input: RoleKitInput, context: KitContext): Promise<InterviewQuestion[]> {
  const titleDifficulty = difficultyForTitle(input.job.title)
  const required = input.requirements.filter((requirement) => requirement.kind === 'required')
  const requiredTechnical = required.filter(technical)
  const requiredByWeight = [...requiredTechnical].sort(byWeight)

  for (const requirement of requiredTechnical) {
    const difficulty =
      (requirement.minYears ?? 0) >= 5
        ? 'advanced'
        : titleDifficulty === 'foundational'
          ? 'foundational'
          : 'intermediate'
    await pickTechnicalQuestion(context, describeRequirement(requirement, context.taxonomy), {
      difficulty,
      why: explainQuestion(context.language, {
        kind: 'required',
        label: requirement.label,
        type: requirement.type,
      }),
    })
  }
  for (const requirement of requiredByWeight.slice(0, DEEPENED_REQUIREMENTS)) {
    const difficulty = titleDifficulty === 'foundational' ? 'intermediate' : 'advanced'
    await pickTechnicalQuestion(context, describeRequirement(requirement, context.taxonomy), {
      difficulty,
      preferScenario: true,
      why: explainQuestion(context.language, { kind: 'deepened', label: requirement.label }),
    })
  }
  for (const requirement of importantNiceToHaves(input.requirements)) {
    await pickTechnicalQuestion(context, describeRequirement(requirement, context.taxonomy), {
      difficulty: 'foundational',
      why: explainQuestion(context.language, { kind: 'nice', label: requirement.label }),
    })
  }
  // Required non-technical items, then traits and logistics of either kind: each needs its own kind of question.
  const typed = input.requirements.filter(
    (requirement) => !technical(requirement) && (requirement.kind === 'required' || !requirement.screened),
  )
  for (const requirement of typed) await addTypedQuestion(context, requirement)
  await pickBehavioralQuestions(context, {
    count: ROLE_KIT_BEHAVIORAL_COUNT,
    difficulty: titleDifficulty,
    requirements: input.requirements.filter(
      (requirement) => requirement.type === 'trait' || requirement.type === 'activity',
    ),
    coreRequirements: (requiredByWeight.length > 0
      ? requiredByWeight
      : [...input.requirements].sort(byWeight)
    ).filter((requirement) => QUESTION_TYPES_FOR[requirement.type].includes('behavioral')),
    postingText: [input.job.title, input.job.description, ...input.responsibilities].join('\n'),
  })
  return context.set.questions
}
