import { describe, expect, it } from 'vitest'
import { scoreHeadingWords, statesNiceToHave } from './score-cue-words'

describe('scoreHeadingWords', () => {
  it.each([
    "It's a plus if you have",
    'Even better if you have',
    'What would make you stand out',
    'Helpful but not required',
    'Será um diferencial',
    'Conhecimentos desejáveis',
    'Sería genial que tengas',
    'Lo que valoramos',
    'Requisitos deseables',
    'Preferred qualifications',
  ])('reads "%s" as nice to have', (heading) => {
    expect(scoreHeadingWords(heading, true)).toBe('nice_to_have')
  })

  it.each([
    'What we expect from you',
    'The ideal candidate',
    'Perfil ideal',
    'Qué necesitas',
    'O que buscamos',
    'Requisitos indispensables',
  ])('reads "%s" as required', (heading) => {
    expect(scoreHeadingWords(heading, true)).toBe('required')
  })

  it('tells duties, benefits and the company apart', () => {
    expect(scoreHeadingWords('In this role you will', false)).toBe('responsibilities')
    expect(scoreHeadingWords('Tus funciones', false)).toBe('responsibilities')
    expect(scoreHeadingWords('O que oferecemos', false)).toBe('benefits')
    expect(scoreHeadingWords('Our mission', false)).toBe('company')
  })

  it('reads WordNet synonyms of the anchors', () => {
    expect(scoreHeadingWords('Compulsory skills', false)).toBe('required')
    expect(scoreHeadingWords('Elective extras', false)).toBe('nice_to_have')
    expect(scoreHeadingWords('Non-negotiables', false)).toBe('required')
    expect(scoreHeadingWords('Not a must, but', false)).toBe('nice_to_have')
  })

  it('lets a line that opens a list carry a few words of its own', () => {
    expect(scoreHeadingWords("You'll thrive here if you have", false)).toBeNull()
    expect(scoreHeadingWords("You'll thrive here if you have", false, true)).toBe('required')
  })

  it('does not take content for a heading', () => {
    expect(scoreHeadingWords('Python preferred', false)).toBeNull()
    expect(scoreHeadingWords('Strong Kafka skills required for this position today', false)).toBeNull()
    expect(scoreHeadingWords('Role', false)).toBeNull()
  })
})

describe('statesNiceToHave', () => {
  it.each([
    'Rust knowledge would help.',
    'AWS experience is highly regarded.',
    'Terraform: a nice extra.',
    'Kotlin no es excluyente.',
    'Vivência com Go será valorizada.',
    'Experiencia con Rust suma puntos.',
    "We'd love to see some Elixir.",
  ])('reads "%s" as optional', (line) => {
    expect(statesNiceToHave(line)).toBe(true)
  })

  it.each([
    'Experience with asset management systems.',
    'Go the extra mile for customers.',
    'Deliver desired outcomes with Python.',
    'Take advantage of modern tooling.',
    'The ideal candidate has 5 years of Java.',
  ])('does not read "%s" as optional', (line) => {
    expect(statesNiceToHave(line)).toBe(false)
  })
})
