import type { RequirementInput } from '@shortlist/core'
import { primaryQuestionType, QUESTION_TYPES_FOR } from '../capabilities/kit-rules'
import { type PoolProbe, planPoolProbing } from '../capabilities/plan-pool-probing'
import type { InterviewQuestion, QuestionDifficulty, RoleKitInput } from '../types'
import { describePool, explainQuestion } from './explain-question'
import {
  describeRequirement,
  difficultyForTitle,
  type KitContext,
  type RequirementProfile,
} from './kit-context'
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

const HARDER: Record<QuestionDifficulty, QuestionDifficulty> = {
  foundational: 'intermediate',
  intermediate: 'advanced',
  advanced: 'advanced',
}
const harder = (difficulty: QuestionDifficulty): QuestionDifficulty => HARDER[difficulty]

/**
 * The required items that get a second, harder question. Without a pool: the heaviest three. With one: every item
 * the pool plan probes deeper (weakest first), then the heaviest others up to three, skipping items most applicants
 * already prove in described work: their second question is better spent where the pool is weak.
 */
export function deepenedRequirements(
  requiredByWeight: readonly RequirementInput[],
  probes: ReadonlyMap<string, PoolProbe>,
  poolKnown: boolean,
): RequirementInput[] {
  if (!poolKnown) return requiredByWeight.slice(0, DEEPENED_REQUIREMENTS)
  const deeper = requiredByWeight
    .filter((requirement) => probes.get(requirement.id)?.deeper)
    .sort(
      (left, right) =>
        (probes.get(right.id)?.unproven ?? 0) * right.weight -
          (probes.get(left.id)?.unproven ?? 0) * left.weight || left.id.localeCompare(right.id),
    )
  const others = requiredByWeight.filter((requirement) => {
    const probe = probes.get(requirement.id)
    return !probe?.deeper && probe?.signal !== 'proven'
  })
  return [...deeper, ...others.slice(0, Math.max(0, DEEPENED_REQUIREMENTS - deeper.length))]
}

/**
 * The probing question of a requirement the pool is weak on: hands-on proof where most applicants only list the
 * skill, otherwise how far the candidate really goes in it. Both are the bank's `pool` templates.
 */
async function addPoolProbe(
  context: KitContext,
  profile: RequirementProfile,
  probe: PoolProbe,
  note: string,
): Promise<void> {
  const generic = context.bank.generic[context.language]
  const claimed = probe.signal === 'claimed' && profile.skillName !== null
  const template = claimed ? generic.pool.claimed : generic.pool.depth
  const { requirement } = profile
  await context.set.tryAdd(
    renderQuestion({
      type: 'technical',
      difficulty: template.difficulty,
      topic: profile.skillName ?? requirement.label,
      text: template.text,
      rubric: template,
      levelLabels: generic.levelLabels,
      values: {
        requirement: requirement.label,
        title: context.title,
        ...(profile.skillName ? { skill: profile.skillName } : {}),
      },
      requirementIds: [requirement.id],
      why: explainQuestion(context.language, { kind: 'pool', label: requirement.label, note }),
    }),
  )
}

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
 * competencies the posting signals. With an applicant pool, the second questions go where the pool is weakest or
 * least proven (`planPoolProbing`): those items get a harder first question, a harder second one and a probe, and
 * every technical question on an item the pool says something about gives that reason in its "why".
 */
export async function buildRoleKit(input: RoleKitInput, context: KitContext): Promise<InterviewQuestion[]> {
  const titleDifficulty = difficultyForTitle(input.job.title)
  const required = input.requirements.filter((requirement) => requirement.kind === 'required')
  const requiredTechnical = required.filter(technical)
  const requiredByWeight = [...requiredTechnical].sort(byWeight)

  const probes = planPoolProbing(input.requirements, input.pool)
  const poolNote = (requirementId: string): string | null => {
    const probe = probes.get(requirementId)
    return probe ? describePool(context.language, probe) : null
  }
  for (const requirement of requiredTechnical) {
    const usual =
      (requirement.minYears ?? 0) >= 5
        ? 'advanced'
        : titleDifficulty === 'foundational'
          ? 'foundational'
          : 'intermediate'
    const note = poolNote(requirement.id)
    await pickTechnicalQuestion(context, describeRequirement(requirement, context.taxonomy), {
      // Where the pool is weak or unproven, the first question already asks for more.
      difficulty: probes.get(requirement.id)?.deeper ? harder(usual) : usual,
      why: note
        ? explainQuestion(context.language, {
            kind: 'pool-covered',
            label: requirement.label,
            type: requirement.type,
            note,
          })
        : explainQuestion(context.language, {
            kind: 'required',
            label: requirement.label,
            type: requirement.type,
          }),
    })
  }
  for (const requirement of deepenedRequirements(requiredByWeight, probes, input.pool !== undefined)) {
    const difficulty = titleDifficulty === 'foundational' ? 'intermediate' : 'advanced'
    const probe = probes.get(requirement.id)
    const note = probe?.deeper ? poolNote(requirement.id) : null
    const profile = describeRequirement(requirement, context.taxonomy)
    await pickTechnicalQuestion(context, profile, {
      difficulty,
      preferScenario: true,
      why: note
        ? explainQuestion(context.language, { kind: 'pool', label: requirement.label, note })
        : explainQuestion(context.language, { kind: 'deepened', label: requirement.label }),
    })
    if (probe?.deeper && note) await addPoolProbe(context, profile, probe, note)
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
