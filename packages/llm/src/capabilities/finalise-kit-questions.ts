import type { PostingLanguage, RequirementInput } from '@shortlist/core'
import type { z } from 'zod'
import { questionId } from '../hashing/stable-hash'
import { QuestionSet } from '../offline/dedupe-questions'
import { explainQuestion } from '../offline/explain-question'
import { LlmOutputError } from '../openai/llm-errors'
import { PROMPT_CANARY } from '../prompts/load-prompt'
import type { Embedder, InterviewQuestion, RubricLevel } from '../types'
import type { ZKitQuestionOutput } from './kit-question.schema'
import { enforceKitRules } from './kit-rules'

type ModelQuestion = z.infer<typeof ZKitQuestionOutput> & { quote?: string | null }

export type FinaliseOptions = {
  requirements: readonly RequirementInput[]
  language: PostingLanguage
  /** Undoes candidate redaction in every text field. */
  restore?: (text: string) => string
  /** When set, a quote is kept only if it really occurs in this text (whitespace-insensitive). */
  resumeText?: string
  dedupeEmbedder: Embedder
  maxSimilarity?: number
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase()
}

/**
 * Turns validated model output into kit questions: refuses output that leaks the prompt canary, restores
 * redacted values, drops unknown requirement ids (and technical questions left with none), keeps only verbatim
 * quotes, assigns ids locally, drops near-duplicates, gives every question its "why" line (the model's, or one
 * derived from the requirement it covers) and enforces the type rules (kit-rules.ts).
 */
export async function finaliseKitQuestions(
  questions: ModelQuestion[],
  options: FinaliseOptions,
): Promise<InterviewQuestion[]> {
  const restore = options.restore ?? ((text: string) => text)
  const byId = new Map(options.requirements.map((requirement) => [requirement.id, requirement]))
  const resume = options.resumeText === undefined ? null : squash(options.resumeText)
  const set = new QuestionSet(options.dedupeEmbedder, options.maxSimilarity)
  for (const raw of questions) {
    if (JSON.stringify(raw).includes(PROMPT_CANARY)) {
      throw new LlmOutputError('Model output contains the system prompt marker; refusing the kit')
    }
    const requirementIds = [...new Set(raw.requirementIds)].filter((id) => byId.has(id))
    const quote = raw.quote ? restore(raw.quote).trim() : ''
    const quoteIsReal = quote.length > 0 && (resume === null || resume.includes(squash(quote)))
    const hadIds = raw.requirementIds.length > 0
    if (hadIds && requirementIds.length === 0) continue
    if (raw.type === 'technical' && requirementIds.length === 0 && !quoteIsReal) continue
    const text = restore(raw.text).trim()
    const levels: RubricLevel[] = [...raw.rubric.levels]
      .sort((left, right) => left.level - right.level)
      .map((level) => ({
        level: level.level as RubricLevel['level'],
        label: restore(level.label),
        description: restore(level.description),
      }))
    const first = requirementIds[0] ? byId.get(requirementIds[0]) : undefined
    const why = raw.why
      ? restore(raw.why).trim()
      : first
        ? explainQuestion(options.language, {
            kind: first.kind === 'required' ? 'required' : 'nice',
            label: first.label,
            type: first.type,
          })
        : explainQuestion(options.language, {
            kind: 'competency',
            competency: restore(raw.topic).trim(),
            signal: null,
            label: null,
          })
    const question: InterviewQuestion = {
      id: questionId(raw.type, text),
      type: raw.type,
      difficulty: raw.difficulty,
      topic: restore(raw.topic).trim(),
      text,
      requirementIds,
      why,
      rubric: {
        levels,
        strongAnswer: raw.rubric.strongAnswer.map(restore),
        redFlags: raw.rubric.redFlags.map(restore),
        followUps: raw.rubric.followUps.map(restore),
      },
    }
    if (quoteIsReal) question.quote = quote
    await set.addOrMerge(question)
  }
  // The model is asked to fit question types to requirement types; what it gets wrong is unlinked or dropped here.
  return enforceKitRules(set.questions, options.requirements)
}
