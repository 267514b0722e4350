import { questionId } from '../hashing/stable-hash'
import type { RubricSpec } from '../question-bank/question-bank.schema'
import type { InterviewQuestion, QuestionDifficulty, QuestionType, RubricLevel } from '../types'

export type TemplateValues = Partial<
  Record<'skill' | 'title' | 'requirement' | 'responsibility' | 'figure', string>
>

/** Replaces `{name}` placeholders; unknown names are left alone so gaps are visible in review. */
export function fillTemplate(text: string, values: TemplateValues): string {
  return text.replace(
    /\{(skill|title|requirement|responsibility|figure)\}/g,
    (whole, name: keyof TemplateValues) => {
      const value = values[name]
      return value === undefined ? whole : value
    },
  )
}

/** Shapes a posting responsibility so it reads naturally inside a sentence. */
export function phraseResponsibility(responsibility: string): string {
  let text = responsibility
    .replace(/^[\s\-*•·–—\d.)]+/, '')
    .replace(/[\s.;:,!]+$/, '')
    .replace(/["“”]/g, "'")
    .replace(/\s+/g, ' ')
  if (text.length > 160) text = `${text.slice(0, 160).replace(/\s+\S*$/, '')}…`
  // Keep acronyms ("ML pipelines") but lower-case an ordinary leading capital ("Build" -> "build").
  if (/^\p{Lu}\p{Ll}/u.test(text)) text = text.charAt(0).toLowerCase() + text.slice(1)
  return text
}

export type RenderInput = {
  type: QuestionType
  difficulty: QuestionDifficulty
  topic: string
  text: string
  rubric: RubricSpec
  levelLabels: readonly [string, string, string, string]
  values: TemplateValues
  requirementIds: string[]
  /** One line: why this question is in the kit (see explainQuestion). */
  why: string
  quote?: string
}

/** Builds an interview question from a bank template: placeholders filled, rubric expanded, id hashed. */
export function renderQuestion(input: RenderInput): InterviewQuestion {
  const fill = (text: string) => fillTemplate(text, input.values)
  const text = fill(input.text)
  const levels: RubricLevel[] = input.rubric.levels.map((description, index) => ({
    level: (index + 1) as RubricLevel['level'],
    label: input.levelLabels[index] ?? String(index + 1),
    description: fill(description),
  }))
  const question: InterviewQuestion = {
    id: questionId(input.type, text),
    type: input.type,
    difficulty: input.difficulty,
    topic: fill(input.topic),
    text,
    requirementIds: [...input.requirementIds],
    why: fill(input.why),
    rubric: {
      levels,
      strongAnswer: input.rubric.strongAnswer.map(fill),
      redFlags: input.rubric.redFlags.map(fill),
      followUps: input.rubric.followUps.map(fill),
    },
  }
  if (input.quote !== undefined) question.quote = input.quote
  return question
}
