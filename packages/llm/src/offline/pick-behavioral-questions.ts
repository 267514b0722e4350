import type { RequirementInput } from '@shortlist/core'
import type { InterviewQuestion, QuestionDifficulty } from '../types'
import { explainQuestion } from './explain-question'
import { difficultyDistance, type KitContext, tieBreak } from './kit-context'
import { hasTerm, toHaystack } from './match-terms'
import { renderQuestion } from './render-question'

export type BehavioralOptions = {
  count: number
  difficulty: QuestionDifficulty
  /** Skill-less requirements ("strong communication") a competency can be tied to. */
  requirements: RequirementInput[]
  /**
   * Required requirements, heaviest first. A competency no soft-skill requirement names is assessed through the
   * work the role exists for: its question is tied to the core requirements its woven-in responsibility mentions,
   * or else to the next one in turn, so every question answers to at least one requirement.
   */
  coreRequirements: RequirementInput[]
  postingText: string
}

/**
 * Adds `count` STAR questions, one per competency, most relevant competencies first
 * (their signal words appear in the posting), each with the competency's full rubric.
 */
export async function pickBehavioralQuestions(
  context: KitContext,
  options: BehavioralOptions,
): Promise<InterviewQuestion[]> {
  const bank = context.bank.behavioral[context.language]
  const posting = toHaystack(options.postingText)
  const ranked = bank.competencies
    .map((competency) => {
      const signals = competency.signals.filter((signal) => hasTerm(posting, signal))
      return {
        competency,
        signal: signals[0] ?? null,
        relevance: signals.length,
        rank: tieBreak(context, `behavioral:${competency.competency}`),
      }
    })
    .sort((left, right) => right.relevance - left.relevance || left.rank - right.rank)

  const unusedResponsibilities = [...context.responsibilities]
  const added: InterviewQuestion[] = []
  let nextCore = 0
  for (const { competency, signal } of ranked) {
    if (added.length >= options.count) break
    const namedBy = options.requirements
      .filter((requirement) => {
        const haystack = toHaystack(`${requirement.label} ${requirement.keywords.join(' ')}`)
        return competency.signals.some((signal) => hasTerm(haystack, signal))
      })
      .map((requirement) => requirement.id)
    const questions = [...competency.questions].sort(
      (left, right) =>
        difficultyDistance(left.difficulty, options.difficulty) -
          difficultyDistance(right.difficulty, options.difficulty) ||
        tieBreak(context, left.key) - tieBreak(context, right.key),
    )
    for (const template of questions) {
      const responsibility = template.contextText ? unusedResponsibilities[0] : undefined
      const requirementIds =
        namedBy.length > 0 ? namedBy : coreRequirementIds(options.coreRequirements, responsibility, nextCore)
      const anchor = [...options.requirements, ...options.coreRequirements].find(
        (requirement) => requirement.id === requirementIds[0],
      )
      const question = renderQuestion({
        type: 'behavioral',
        difficulty: template.difficulty,
        topic: competency.competency,
        text: responsibility && template.contextText ? template.contextText : template.text,
        rubric: competency.rubric,
        levelLabels: bank.levelLabels,
        values: { title: context.title, ...(responsibility ? { responsibility } : {}) },
        requirementIds,
        why: explainQuestion(context.language, {
          kind: 'competency',
          competency: competency.competency,
          signal,
          label: anchor?.label ?? null,
        }),
      })
      if (await context.set.tryAdd(question)) {
        if (responsibility) unusedResponsibilities.shift()
        if (namedBy.length === 0) nextCore += 1
        added.push(question)
        break
      }
    }
  }
  return added
}

function coreRequirementIds(
  core: RequirementInput[],
  responsibility: string | undefined,
  turn: number,
): string[] {
  if (core.length === 0) return []
  if (responsibility) {
    const haystack = toHaystack(responsibility)
    const mentioned = core.filter((requirement) =>
      [requirement.label, ...requirement.keywords].some((term) => term.length > 2 && hasTerm(haystack, term)),
    )
    if (mentioned.length > 0) return mentioned.slice(0, 2).map((requirement) => requirement.id)
  }
  const pick = core[turn % core.length]
  return pick ? [pick.id] : []
}
