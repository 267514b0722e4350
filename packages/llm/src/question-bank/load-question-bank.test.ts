import { describe, expect, it } from 'vitest'
import { loadQuestionBank } from './load-question-bank'

describe('question bank', () => {
  const bank = loadQuestionBank()

  it('has the same behavioral competencies and question keys in en, pt and es', () => {
    const shape = (language: 'en' | 'pt' | 'es') =>
      bank.behavioral[language].competencies.map((competency) =>
        competency.questions.map((question) => question.key),
      )
    expect(shape('pt')).toEqual(shape('en'))
    expect(shape('es')).toEqual(shape('en'))
    expect(bank.behavioral.en.competencies.length).toBeGreaterThanOrEqual(8)
  })

  it('has generic templates for any skill in every language, with the same keys', () => {
    const keys = (language: 'en' | 'pt' | 'es') =>
      bank.generic[language].skill.map((template) => template.key)
    expect(keys('pt')).toEqual(keys('en'))
    expect(keys('es')).toEqual(keys('en'))
    for (const language of ['en', 'pt', 'es'] as const) {
      const difficulties = new Set(bank.generic[language].skill.map((template) => template.difficulty))
      expect(difficulties).toEqual(new Set(['foundational', 'intermediate', 'advanced']))
      for (const template of bank.generic[language].skill) expect(template.text).toContain('{skill}')
    }
  })

  it('covers the main technical areas with unique keys and only known placeholders', () => {
    const topics = bank.technical.en.map((topic) => topic.topic)
    for (const expected of [
      'concept drift',
      'batch vs real-time inference',
      'experiment tracking',
      'model serving',
      'feature stores',
      'Kubernetes',
      'Python',
      'payments',
      'security',
      'frontend',
      'mobile',
      'quality assurance',
      'databases',
      'distributed systems',
    ]) {
      expect(topics).toContain(expected)
    }
    const keys = bank.technical.en.flatMap((topic) => topic.questions.map((question) => question.key))
    expect(new Set(keys).size).toBe(keys.length)
    const everything = JSON.stringify(bank)
    const placeholders = new Set([...everything.matchAll(/\{([a-z_]+)\}/g)].map((match) => match[1]))
    expect([...placeholders].sort()).toEqual(['figure', 'requirement', 'responsibility', 'skill', 'title'])
    const kinds = new Set(
      bank.technical.en.flatMap((topic) => topic.questions.map((question) => question.kind)),
    )
    expect(kinds).toEqual(new Set(['concept', 'practical', 'scenario', 'system-design']))
  })
})
