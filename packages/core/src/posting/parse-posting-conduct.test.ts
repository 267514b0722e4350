import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { describesConduct, findConductQualities } from './find-conduct-qualities'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()
const read = (text: string) =>
  parsePosting(text, taxonomy).requirements.map((requirement) => `${requirement.type}:${requirement.label}`)
const predicates = (sentence: string) =>
  findConductQualities(sentence)?.predicates.map((span) => sentence.slice(span.from, span.to)) ?? null
const words = (predicate: string) => predicate.split(' ')

describe('describesConduct: a predicate that says how the person works or is', () => {
  it('takes a linking verb and a state, a thing kept in a state, and a light verb with a quality', () => {
    expect(describesConduct(words('remain courteous with guests'))).toBe(true)
    expect(describesConduct(words('keep the bench uncluttered'))).toBe(true)
    expect(describesConduct(words('shows patience with trainees'))).toBe(true)
    expect(describesConduct(words('mantenga la calma'))).toBe(true)
  })

  it('takes a verb of liking, and a verb with an adverb or a quality of manner', () => {
    expect(describesConduct(words('enjoys teaching beginners'))).toBe(true)
    expect(describesConduct(words('le encante resolver problemas'))).toBe(true)
    expect(describesConduct(words('explain things patiently'))).toBe(true)
    expect(describesConduct(words('atienda a los huéspedes con amabilidad'))).toBe(true)
  })

  it('refuses capacities, conditions, things offered and tasks', () => {
    expect(describesConduct(words('be able to lift heavy boxes'))).toBe(false)
    expect(describesConduct(words('be available most evenings'))).toBe(false)
    expect(describesConduct(words('be willing to relocate'))).toBe(false)
    expect(describesConduct(words('enjoy a company car'))).toBe(false)
    expect(describesConduct(words('cares for residents'))).toBe(false)
    expect(describesConduct(words('travel regularly'))).toBe(false)
    expect(describesConduct(words('have dependable transport'))).toBe(false)
    expect(describesConduct(words('be confident on the lathe'))).toBe(false)
  })
})

describe('findConductQualities: the predicates of conduct a sentence asks', () => {
  it('cuts an imperative run after a lead-in, without cutting a predicate at its own "and"', () => {
    expect(
      predicates(
        'Here is what matters to us: stay polite with guests, keep the pass clean and tidy and enjoy working a busy service.',
      ),
    ).toEqual(['stay polite with guests', 'keep the pass clean and tidy', 'enjoy working a busy service'])
    expect(predicates('What we ask: be courteous with patients and stay unhurried.')).toEqual([
      'courteous with patients',
      'stay unhurried',
    ])
  })

  it('cuts a run after a person wanted and its relatives', () => {
    expect(
      predicates(
        'We need somebody who shows patience with nervous riders and young kids and who stays cheerful in the rain.',
      ),
    ).toEqual(['shows patience with nervous riders and young kids', 'stays cheerful in the rain'])
  })

  it('cuts a run after the reader as subject', () => {
    expect(
      predicates('You stay composed during a rush, and you explain prices honestly to every buyer.'),
    ).toEqual(['stay composed during a rush', 'explain prices honestly to every buyer'])
  })

  it('reads Portuguese and Spanish runs of the subjunctive and the infinitive', () => {
    expect(
      predicates('Procuramos alguém que curta ensinar e que mantenha a oficina limpa e organizada.'),
    ).toEqual(['curta ensinar', 'mantenha a oficina limpa e organizada'])
    expect(predicates('Que sea amable y que atienda a los vecinos con paciencia.')).toEqual([
      'amable',
      'atienda a los vecinos con paciencia',
    ])
    expect(
      predicates('O que pedimos: manter o balcão arrumado e tratar os fregueses com cordialidade'),
    ).toEqual(['manter o balcão arrumado', 'tratar os fregueses com cordialidade'])
  })

  it('reads an imperative with no frame as a quality only when it states one, since duties are told so too', () => {
    expect(findConductQualities('Be patient with first-time buyers')?.framed).toBe(false)
    expect(findConductQualities('You are patient with first-time buyers')?.framed).toBe(true)
    expect(predicates('Stay good-humoured under pressure')).toEqual(['Stay good-humoured under pressure'])
    expect(predicates('Tener paciencia con los pacientes mayores')).toEqual([
      'Tener paciencia con los pacientes mayores',
    ])
    expect(predicates('Work closely with the buying team')).toBeNull()
    expect(predicates('Keep the stockroom tidy and labelled')).toBeNull()
    expect(predicates('Manter o balcão arrumado e tratar os fregueses com cordialidade')).toBeNull()
    expect(describesConduct(words('resolve highly urgent tickets'))).toBe(false)
  })

  it('leaves runs with a task, a tool or a list of qualities to the other readers', () => {
    expect(predicates('You stay calm and you know Figma.')).toBeNull()
    expect(predicates('Be calm with clients and use Square for payments.')).toBeNull()
    expect(predicates('Send your CV and enjoy our open days.')).toBeNull()
    expect(predicates('Ser atento com os hóspedes, discreto e prestativo')).toBeNull()
    expect(predicates('Operar a empilhadeira e conferir as notas')).toBeNull()
  })
})

describe('parsePosting: predicates of conduct in prose', () => {
  it('asks each predicate of conduct as a trait, in the employer-voiced sentence too', () => {
    const found = read(
      'Dog walker - Leeds\n' +
        'Paws & Co has walked dogs across Leeds since 2015 and we are growing fast. We want someone who takes pride in ' +
        'happy, tired dogs and who keeps every lead and harness tidy. You must hold a full driving licence.',
    )
    expect(found).toContain('trait:takes pride in happy, tired dogs')
    expect(found).toContain('trait:keeps every lead and harness tidy')
  })

  it('reads a run of the reader as two traits, not one line of knowledge', () => {
    const found = read(
      'Requirements:\n- You stay patient when a delivery runs late, and you speak kindly with anxious callers.',
    )
    expect(found).toEqual([
      'trait:stay patient when a delivery runs late',
      'trait:speak kindly with anxious callers',
    ])
  })

  it('reads a Spanish infinitive of conduct as a trait', () => {
    expect(read('Requisitos:\n- Tener mucha paciencia con los alumnos nuevos')).toEqual([
      'trait:Tener mucha paciencia con los alumnos nuevos',
    ])
  })
})
