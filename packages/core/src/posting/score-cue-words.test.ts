import { describe, expect, it } from 'vitest'
import { readInlineKind } from './posting-cues'
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

  it('reads a heading that asks of the reader as required, and the terms of the contract as benefits', () => {
    expect(scoreHeadingWords('O que pedimos', false)).toBe('required')
    expect(scoreHeadingWords('Lo que te pedimos', true)).toBe('required')
    expect(scoreHeadingWords('What we ask of you', false)).toBe('required')
    expect(scoreHeadingWords('Condiciones del puesto', true)).toBe('benefits')
    expect(scoreHeadingWords('Condições', false)).toBe('benefits')
  })

  it("reads a page's other listings as the site speaking, not the role", () => {
    expect(scoreHeadingWords('Vagas semelhantes', true)).toBe('company')
    expect(scoreHeadingWords('Empleos recomendados', true)).toBe('company')
    expect(scoreHeadingWords('Similar roles', false)).toBe('company')
    expect(scoreHeadingWords('Related experience', true)).toBe('required')
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
    'Experience with Sage payroll will be viewed favourably.',
    'A forklift ticket counts positively.',
    'Pesa positivamente quem já trabalhou com estoque.',
    'Se valorará positivamente el carné de carretillero.',
    'Cuenta de manera favorable haber trabajado en hostelería.',
  ])('reads "%s" as optional', (line) => {
    expect(statesNiceToHave(line)).toBe(true)
  })

  it.each([
    'Experience with asset management systems.',
    'Go the extra mile for customers.',
    'Deliver desired outcomes with Python.',
    'Take advantage of modern tooling.',
    'The ideal candidate has 5 years of Java.',
    'Contribute positively to the ward team.',
    'Impactar positivamente a experiência do cliente.',
  ])('does not read "%s" as optional', (line) => {
    expect(statesNiceToHave(line)).toBe(false)
  })
})

describe('scoreHeadingWords: mood, refusal and rhythm', () => {
  it.each([
    'Things that would delight our team',
    'O que nos deixaria felizes',
    'Lo que nos podría sorprender',
  ])('reads the conditional "%s" as nice to have', (heading) => {
    expect(scoreHeadingWords(heading, true, true)).toBe('nice_to_have')
  })

  it.each(["Where we won't compromise", 'Do que não vamos abrir mão', 'A lo que no renunciamos'])(
    'reads the refused concession "%s" as required',
    (heading) => {
      expect(scoreHeadingWords(heading, true, true)).toBe('required')
    },
  )

  it.each(['A typical week', 'Sua rotina', 'Tu rutina diaria'])(
    'reads the rhythm of the work "%s" as responsibilities',
    (heading) => {
      expect(scoreHeadingWords(heading, true, true)).toBe('responsibilities')
    },
  )
})

describe('statesNiceToHave: earning points', () => {
  it.each([
    'Kafka experience counts in your favour.',
    'Experiência com Kafka conta a seu favor.',
    'Haber usado Kafka cuenta a tu favor.',
    'Knowing Kafka earns you extra points.',
  ])('reads "%s" as optional', (line) => {
    expect(statesNiceToHave(line)).toBe(true)
  })

  it('does not read a plain count as optional', () => {
    expect(statesNiceToHave('You will count stock at the end of each shift.')).toBe(false)
  })
})

describe('statesNiceToHave: asked where possible, said to help, said to set apart', () => {
  it.each([
    'Looker, if possible',
    'Looker, where possible.',
    'Conhecimento de Looker, se possível',
    'Experiencia con Looker, de ser posible',
    'Having used Looker helps',
    'Ter usado Looker ajuda.',
    'Looker would set you apart',
    'Saber Looker te diferencia',
  ])('reads "%s" as optional', (line) => {
    expect(statesNiceToHave(line)).toBe(true)
  })

  it('keeps a duty that helps someone, or a deadline "as soon as possible", as it is', () => {
    expect(statesNiceToHave('Experience in a role that helps customers choose plans')).toBe(false)
    expect(statesNiceToHave('Able to start as soon as possible')).toBe(false)
    expect(statesNiceToHave('Escribir SQL sin ayuda.')).toBe(false)
    expect(statesNiceToHave('Writes SQL without help')).toBe(false)
  })
})

describe('a polite request is asked for, a conditional of value is a wish', () => {
  it.each([
    'We would like you to have shipped a mobile app',
    "We'd like candidates to bring two years of field sales",
    'Nos gustaría que cuentes con experiencia en Kotlin',
    'Gostaríamos que você tivesse vivência com atendimento',
  ])('reads "%s" as required', (line) => {
    expect(statesNiceToHave(line)).toBe(false)
    expect(readInlineKind(line)).toBe('required')
  })

  it('reads a heading that wants the reader to have something as required', () => {
    expect(scoreHeadingWords('What we would like you to have', true)).toBe('required')
    expect(scoreHeadingWords('Lo que nos gustaría que tengas', true)).toBe('required')
  })

  it('keeps a conditional about the thing itself optional, and a cue elsewhere on the line', () => {
    expect(statesNiceToHave("We'd love it if you had used Kotlin")).toBe(true)
    expect(statesNiceToHave('It would be great if you knew Rust')).toBe(true)
    expect(statesNiceToHave("We'd like you to know SQL; Kafka is a plus")).toBe(true)
  })
})
