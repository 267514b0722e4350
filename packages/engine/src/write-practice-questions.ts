import type { InterviewQuestion, QuestionBank } from '@shortlist/llm'
import { questionId } from '@shortlist/llm'

export type PracticeQuestion = { id: string; type: 'behavioral' | 'technical'; text: string }
type Language = 'en' | 'pt' | 'es'

/** Lower-case, single-spaced, without punctuation: two wordings that differ only in those are the same question. */
const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

const fill = (text: string, values: { skill: string; title: string; requirement: string }): string | null => {
  // A template that needs a responsibility or a figure of the posting cannot be filled from a topic alone.
  if (/\{(responsibility|figure)\}/.test(text)) return null
  return text
    .replaceAll('{skill}', values.skill)
    .replaceAll('{title}', values.title)
    .replaceAll('{requirement}', values.requirement)
}

/**
 * Practice questions for the candidate's prep page: the same competencies and topics as the role kit, worded
 * differently. Each prompt comes from another template of the question bank for the same competency or topic,
 * and a prompt whose text matches any kit question (ignoring case and punctuation) is never used, so the
 * interviewers' exact questions stay with them.
 */
export function writePracticeQuestions(input: {
  kitQuestions: readonly InterviewQuestion[]
  bank: QuestionBank
  language: Language
  jobTitle: string
  limits: { behavioral: number; technical: number }
}): PracticeQuestion[] {
  const kitTexts = new Set(input.kitQuestions.map((question) => normalise(question.text)))
  const used = new Set<string>()
  const pick = (candidates: ReadonlyArray<string | null>): string | null => {
    for (const text of candidates) {
      if (!text) continue
      const key = normalise(text)
      if (kitTexts.has(key) || used.has(key)) continue
      used.add(key)
      return text
    }
    return null
  }
  const topicsOf = (type: 'behavioral' | 'technical') => [
    ...new Set(
      input.kitQuestions
        .filter((question) => question.type === type && question.difficulty !== 'advanced')
        .map((question) => question.topic),
    ),
  ]

  const behavioral: PracticeQuestion[] = []
  const competencies = input.bank.behavioral[input.language].competencies
  for (const topic of topicsOf('behavioral')) {
    if (behavioral.length >= input.limits.behavioral) break
    const competency = competencies.find((item) => normalise(item.competency) === normalise(topic))
    const values = { skill: topic, title: input.jobTitle, requirement: topic }
    const text = pick([
      ...(competency?.questions ?? [])
        .filter((question) => question.difficulty !== 'advanced')
        .map((question) => fill(question.text, values)),
      // A competency the bank does not know (a model-written kit): the bank's STAR prompt for a named trait.
      fill(input.bank.generic[input.language].trait.text, values),
    ])
    if (text) behavioral.push({ id: questionId('practice-behavioral', text), type: 'behavioral', text })
  }

  const technical: PracticeQuestion[] = []
  const topics = input.bank.technical[input.language]
  const generic = input.bank.generic[input.language].skill.filter(
    (template) => template.difficulty !== 'advanced',
  )
  for (const topic of topicsOf('technical')) {
    if (technical.length >= input.limits.technical) break
    const specific = topics.find((item) => normalise(item.topic) === normalise(topic))
    const values = { skill: topic, title: input.jobTitle, requirement: topic }
    const text = pick([
      ...(specific?.questions ?? [])
        .filter((template) => template.difficulty !== 'advanced')
        .map((template) => fill(template.text, values)),
      ...generic.map((template) => fill(template.text, values)),
    ])
    if (text) technical.push({ id: questionId('practice-technical', text), type: 'technical', text })
  }
  return [...behavioral, ...technical]
}
