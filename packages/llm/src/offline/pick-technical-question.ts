import type { Template } from '../question-bank/question-bank.schema'
import type { InterviewQuestion, QuestionDifficulty } from '../types'
import {
  closestResponsibility,
  difficultyDistance,
  type KitContext,
  type RequirementProfile,
  scoreTopic,
  tieBreak,
} from './kit-context'
import { renderQuestion, type TemplateValues } from './render-question'

type Candidate = {
  template: Template
  topic: string
  usageKey: string
  source: 'bank' | 'skill' | 'requirement'
}

/** Bank topics score at least this to count as a match; one skill-name hit (3) always does. */
const MIN_TOPIC_SCORE = 2

export type PickOptions = {
  difficulty: QuestionDifficulty
  /** Favour scenario and system-design questions (the second question of a key requirement). */
  preferScenario?: boolean
  /** Restrict the sources: only curated bank questions, or only the "deep" templates for a strong skill. */
  only?: 'bank' | 'deep'
  /** When every option repeats an accepted question, tie the requirement to that question (default true). */
  mergeOnRepeat?: boolean
  /** The "why this question" line. */
  why: string
}

function candidatesFor(context: KitContext, profile: RequirementProfile, options: PickOptions): Candidate[] {
  const { requirement, skillName } = profile
  const bank: { candidate: Candidate; score: number; distance: number; rank: number }[] = []
  if (options.only !== 'deep') {
    for (const topic of context.bank.technical[context.language]) {
      const score = scoreTopic(topic.terms, profile)
      if (score < MIN_TOPIC_SCORE) continue
      for (const template of topic.questions) {
        const scenarioPenalty = options.preferScenario && template.kind === 'concept' ? 1 : 0
        bank.push({
          candidate: { template, topic: topic.topic, usageKey: template.key, source: 'bank' },
          score,
          distance: difficultyDistance(template.difficulty, options.difficulty) + scenarioPenalty,
          rank: tieBreak(context, `${requirement.id}:${template.key}`),
        })
      }
    }
  }
  bank.sort(
    (left, right) => right.score - left.score || left.distance - right.distance || left.rank - right.rank,
  )

  const generic = context.bank.generic[context.language]
  const genericPool: Candidate[] = []
  const templates =
    options.only === 'bank' ? [] : options.only === 'deep' ? generic.deep : skillName ? generic.skill : []
  for (const template of templates) {
    genericPool.push({
      template,
      topic: skillName ?? requirement.label,
      usageKey: `${template.key}:${skillName}`,
      source: 'skill',
    })
  }
  if (options.only === undefined) {
    for (const template of generic.requirement) {
      genericPool.push({
        template,
        topic: requirement.label,
        usageKey: `${template.key}:${requirement.id}`,
        source: 'requirement',
      })
    }
  }
  const scored = genericPool.map((candidate) => ({
    candidate,
    // Requirement templates are the last resort when a skill is known.
    sourceRank: candidate.source === 'requirement' && skillName ? 1 : 0,
    used: context.templateUse.get(candidate.template.key) ?? 0,
    distance:
      difficultyDistance(candidate.template.difficulty, options.difficulty) +
      (options.preferScenario && candidate.template.kind === 'concept' ? 1 : 0),
    rank: tieBreak(context, `${requirement.id}:${candidate.template.key}`),
  }))
  scored.sort(
    (left, right) =>
      left.sourceRank - right.sourceRank ||
      left.distance - right.distance ||
      left.used - right.used ||
      left.rank - right.rank,
  )
  return [...bank.map((entry) => entry.candidate), ...scored.map((entry) => entry.candidate)]
}

function topicLabel(topic: string): string {
  return topic.length > 80 ? `${topic.slice(0, 80).replace(/\s+\S*$/, '')}…` : topic
}

/** Renders a candidate template for a requirement, weaving in the closest responsibility when the template allows. */
function render(
  context: KitContext,
  profile: RequirementProfile,
  candidate: Candidate,
  why: string,
  extra: TemplateValues = {},
) {
  const { template } = candidate
  const values: TemplateValues = {
    title: context.title,
    requirement: profile.requirement.label,
    ...(profile.skillName ? { skill: profile.skillName } : {}),
    ...extra,
  }
  let text = template.text
  if (template.contextText) {
    const responsibility = closestResponsibility(
      context,
      `${profile.requirement.label} ${profile.skillName ?? ''} ${candidate.topic}`,
    )
    if (responsibility) {
      text = template.contextText
      values.responsibility = responsibility
    }
  }
  return renderQuestion({
    type: 'technical',
    difficulty: template.difficulty,
    topic: topicLabel(candidate.topic),
    text,
    rubric: template,
    levelLabels: context.bank.generic[context.language].levelLabels,
    values,
    requirementIds: [profile.requirement.id],
    why,
  })
}

/**
 * Adds one technical question for the requirement: the best unused bank or template question that does not
 * repeat an accepted one. When every option repeats, the requirement joins the nearest existing question.
 */
export async function pickTechnicalQuestion(
  context: KitContext,
  profile: RequirementProfile,
  options: PickOptions,
): Promise<InterviewQuestion | null> {
  const candidates = candidatesFor(context, profile, options)
  for (const candidate of candidates) {
    if (context.usedKeys.has(candidate.usageKey)) continue
    const question = render(context, profile, candidate, options.why)
    if (await context.set.tryAdd(question)) {
      context.usedKeys.add(candidate.usageKey)
      context.templateUse.set(
        candidate.template.key,
        (context.templateUse.get(candidate.template.key) ?? 0) + 1,
      )
      return question
    }
  }
  const fallback = candidates[0]
  if (!fallback || options.mergeOnRepeat === false) return null
  return context.set.addOrMerge(render(context, profile, fallback, options.why))
}
