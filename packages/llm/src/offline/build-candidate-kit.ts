import type { RequirementInput, RequirementResult } from '@shortlist/core'
import { primaryQuestionType } from '../capabilities/kit-rules'
import type { CandidateKitInput, InterviewQuestion } from '../types'
import { addTypedQuestion } from './build-role-kit'
import { explainQuestion } from './explain-question'
import { findImpactClaims, lineAround } from './find-resume-claims'
import { describeRequirement, difficultyForTitle, type KitContext } from './kit-context'
import { pickBehavioralQuestions } from './pick-behavioral-questions'
import { pickTechnicalQuestion } from './pick-technical-question'
import { renderQuestion } from './render-question'

const MAX_GAP_QUESTIONS = 8
const MAX_LISTED_CLAIMS = 3
const MAX_IMPACT_CLAIMS = 2
const MAX_DEEP_QUESTIONS = 2
const CANDIDATE_BEHAVIORAL_COUNT = 4

type Scored = { requirement: RequirementInput; result: RequirementResult }

function byImportance(left: Scored, right: Scored): number {
  const kind = (entry: Scored) => (entry.requirement.kind === 'required' ? 0 : 1)
  return kind(left) - kind(right) || right.requirement.weight - left.requirement.weight
}

async function addGapQuestions(context: KitContext, scored: Scored[]): Promise<void> {
  const generic = context.bank.generic[context.language]
  const [missingTemplate, partialTemplate] = generic.gap
  // Traits and logistics are never screened, so they are no gap in the resume: the role kit covers them.
  const gaps = scored
    .filter((entry) => entry.requirement.screened && entry.result.status !== 'matched')
    .sort(byImportance)
    .slice(0, MAX_GAP_QUESTIONS)
  for (const { requirement, result } of gaps) {
    // A language, a degree or a licence is checked the way its type calls for, not with a technical gap probe.
    if (primaryQuestionType(requirement.type) !== 'technical') {
      await addTypedQuestion(context, requirement)
      continue
    }
    const template = result.status === 'missing' ? missingTemplate : partialTemplate
    if (!template) continue
    await context.set.addOrMerge(
      renderQuestion({
        type: 'technical',
        difficulty: template.difficulty,
        topic: requirement.label,
        text: template.text,
        rubric: template,
        levelLabels: generic.levelLabels,
        values: { requirement: requirement.label, title: context.title },
        requirementIds: [requirement.id],
        why: explainQuestion(context.language, {
          kind: result.status === 'missing' ? 'gap-missing' : 'gap-partial',
          label: requirement.label,
        }),
      }),
    )
    // A partly met required skill also gets a real technical probe at the level the role needs.
    if (result.status === 'partial' && requirement.kind === 'required') {
      await pickTechnicalQuestion(context, describeRequirement(requirement, context.taxonomy), {
        difficulty: 'intermediate',
        why: explainQuestion(context.language, { kind: 'gap-partial', label: requirement.label }),
      })
    }
  }
}

async function addListedSkillClaims(
  context: KitContext,
  scored: Scored[],
  resumeText: string,
): Promise<void> {
  const generic = context.bank.generic[context.language]
  const template = generic.claim.listed
  let added = 0
  for (const { requirement, result } of [...scored].sort(byImportance)) {
    if (added >= MAX_LISTED_CLAIMS) break
    const evidence = result.evidence.filter((item) => item.source !== 'semantic')
    if (primaryQuestionType(requirement.type) !== 'technical') continue
    if (evidence.length === 0 || evidence.some((item) => item.source === 'described_work')) continue
    const first = evidence[0]
    if (!first) continue
    const profile = describeRequirement(
      {
        ...requirement,
        skillIds: first.skillId ? [first.skillId, ...requirement.skillIds] : requirement.skillIds,
      },
      context.taxonomy,
    )
    if (!profile.skillName) continue
    const quote = resumeText.slice(first.start, first.end).trim()
      ? lineAround(resumeText, first.start, first.end)
      : first.quote
    const question = renderQuestion({
      type: 'technical',
      difficulty: template.difficulty,
      topic: profile.skillName,
      text: template.text,
      rubric: template,
      levelLabels: generic.levelLabels,
      values: { skill: profile.skillName, title: context.title },
      requirementIds: [requirement.id],
      why: explainQuestion(context.language, { kind: 'claim-listed', label: profile.skillName }),
      quote,
    })
    if (await context.set.tryAdd(question)) added++
  }
}

async function addImpactClaims(context: KitContext, resumeText: string): Promise<void> {
  const generic = context.bank.generic[context.language]
  const template = generic.claim.impact
  for (const claim of findImpactClaims(resumeText, MAX_IMPACT_CLAIMS)) {
    await context.set.tryAdd(
      renderQuestion({
        type: 'technical',
        difficulty: template.difficulty,
        topic: claim.figure,
        text: template.text,
        rubric: template,
        levelLabels: generic.levelLabels,
        values: { figure: claim.figure, title: context.title },
        requirementIds: [],
        why: explainQuestion(context.language, { kind: 'claim-impact', label: claim.figure }),
        quote: claim.line,
      }),
    )
  }
}

async function addDeepQuestions(context: KitContext, scored: Scored[]): Promise<void> {
  const strong = scored
    .filter(
      (entry) =>
        entry.result.status === 'matched' &&
        entry.requirement.skillIds.length > 0 &&
        primaryQuestionType(entry.requirement.type) === 'technical',
    )
    .sort((left, right) => right.result.credit - left.result.credit || byImportance(left, right))
    .slice(0, MAX_DEEP_QUESTIONS)
  for (const { requirement } of strong) {
    const profile = describeRequirement(requirement, context.taxonomy)
    // A specific advanced bank question when one fits; otherwise the "hardest problem" template.
    const options = {
      difficulty: 'advanced',
      preferScenario: true,
      mergeOnRepeat: false,
      why: explainQuestion(context.language, { kind: 'deep', label: requirement.label }),
    } as const
    const bankQuestion = await pickTechnicalQuestion(context, profile, { ...options, only: 'bank' })
    if (bankQuestion?.difficulty === 'advanced') continue
    await pickTechnicalQuestion(context, profile, { ...options, only: 'deep' })
  }
}

/**
 * Builds the offline candidate kit: probes for partial and missing requirements, verification of claims
 * (skills only listed, quantified impact) quoting the resume line, deeper questions where the candidate is strong,
 * and a few STAR questions. Resume text only ever appears as a quote, never inside question text.
 */
export async function buildCandidateKit(
  input: CandidateKitInput,
  context: KitContext,
): Promise<InterviewQuestion[]> {
  const requirements = new Map(input.requirements.map((requirement) => [requirement.id, requirement]))
  const scored: Scored[] = []
  for (const result of input.results) {
    const requirement = requirements.get(result.requirementId)
    if (requirement) scored.push({ requirement, result })
  }
  await addGapQuestions(context, scored)
  await addListedSkillClaims(context, scored, input.resumeText)
  await addImpactClaims(context, input.resumeText)
  await addDeepQuestions(context, scored)
  await pickBehavioralQuestions(context, {
    count: CANDIDATE_BEHAVIORAL_COUNT,
    difficulty: difficultyForTitle(input.job.title),
    requirements: input.requirements.filter(
      (requirement) => requirement.type === 'trait' || requirement.type === 'activity',
    ),
    coreRequirements: input.requirements
      .filter(
        (requirement) =>
          requirement.kind === 'required' && primaryQuestionType(requirement.type) === 'technical',
      )
      .sort((left, right) => right.weight - left.weight),
    postingText: [input.job.title, input.job.description, ...input.responsibilities].join('\n'),
  })
  return context.set.questions
}
