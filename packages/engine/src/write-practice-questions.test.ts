import { type InterviewQuestion, loadQuestionBank } from '@shortlist/llm'
import { describe, expect, it } from 'vitest'
import { writePracticeQuestions } from './write-practice-questions'

const bank = loadQuestionBank()
const rubric = { levels: [], strongAnswer: [], redFlags: [], followUps: [] }
const question = (
  type: 'behavioral' | 'technical',
  topic: string,
  text: string,
  difficulty: InterviewQuestion['difficulty'] = 'intermediate',
): InterviewQuestion => ({
  id: text,
  type,
  difficulty,
  topic,
  text,
  requirementIds: [],
  why: '',
  rubric: rubric as unknown as InterviewQuestion['rubric'],
})

describe('writePracticeQuestions', () => {
  for (const language of ['en', 'pt', 'es'] as const) {
    it(`covers the kit's competencies and topics without repeating a kit question (${language})`, () => {
      const competencies = bank.behavioral[language].competencies.slice(0, 3)
      const fill = (text: string, skill: string) =>
        text.replaceAll('{skill}', skill).replaceAll('{title}', 'Data Engineer')
      // The kit uses the first bank question of each competency and the first generic skill templates, as the
      // offline provider would; a model-written kit may use any wording.
      const kit = [
        ...competencies.map((item) =>
          question('behavioral', item.competency, fill(item.questions[0]?.text ?? '', '')),
        ),
        ...['Kubernetes', 'Python'].flatMap((skill) =>
          bank.generic[language].skill
            .slice(0, 3)
            .map((template) => question('technical', skill, fill(template.text, skill), template.difficulty)),
        ),
      ]
      const practice = writePracticeQuestions({
        kitQuestions: kit,
        bank,
        language,
        jobTitle: 'Data Engineer',
        limits: { behavioral: 4, technical: 6 },
      })
      const kitTexts = new Set(kit.map((item) => item.text))
      expect(practice.length).toBeGreaterThanOrEqual(4)
      for (const item of practice) {
        expect(kitTexts.has(item.text)).toBe(false)
        expect(item.text).not.toMatch(/\{\w+\}/)
      }
      expect(practice.filter((item) => item.type === 'behavioral')).toHaveLength(3)
      const technical = practice.filter((item) => item.type === 'technical')
      expect(technical.some((item) => item.text.includes('Kubernetes'))).toBe(true)
      expect(technical.some((item) => item.text.includes('Python'))).toBe(true)
    })
  }

  it('never repeats a kit question that differs only in case or punctuation', () => {
    const template = bank.generic.en.skill[0]?.text ?? ''
    const kitText = `${template.replaceAll('{skill}', 'Rust').toUpperCase()}!!`
    const practice = writePracticeQuestions({
      kitQuestions: [question('technical', 'Rust', kitText)],
      bank,
      language: 'en',
      jobTitle: 'Engineer',
      limits: { behavioral: 4, technical: 6 },
    })
    expect(practice).toHaveLength(1)
    expect(practice[0]?.text.toLowerCase()).not.toBe(template.replaceAll('{skill}', 'Rust').toLowerCase())
  })
})
