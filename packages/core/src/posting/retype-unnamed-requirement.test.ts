import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import type { ParsedRequirement } from '../types'
import { classifyRequirement } from './classify-requirement'
import { parsePosting } from './parse-posting'
import { retypeUnnamedRequirement } from './retype-unnamed-requirement'

const taxonomy = loadTaxonomy()

/** A requirement as the reader leaves it when it names no known skill and has no cue: typed `knowledge`. */
const fallback = (label: string, source = label): ParsedRequirement => ({
  label,
  kind: 'required',
  type: 'knowledge',
  screened: true,
  weight: 1,
  skillIds: [],
  minYears: null,
  keywords: [],
  source: { start: 0, end: source.length, text: source },
  section: 'required',
})
const retyped = (label: string, source?: string) => retypeUnnamedRequirement(fallback(label, source)).type

describe('retypeUnnamedRequirement', () => {
  it('reads a tool, an instrument or a technique the taxonomy does not list as a skill (EN/PT/ES)', () => {
    expect(retyped('Torque wrench and borescope')).toBe('skill')
    expect(retyped('Soldagem por arco submerso')).toBe('skill')
    expect(retyped('Manejo de grúa horquilla')).toBe('skill')
    expect(retyped('Experience with label printers such as Zebra')).toBe('skill')
  })

  it('keeps knowledge where the ask says so or names a body of rules or a market (EN/PT/ES)', () => {
    expect(retyped('Familiar with maritime customs procedures')).toBe('knowledge')
    expect(retyped('Noções de contabilidade de custos')).toBe('knowledge')
    expect(retyped('Normativa de protección de datos vigente')).toBe('knowledge')
    expect(retyped('Mercado de seguros agrícolas')).toBe('knowledge')
    // A listed item takes the frame before it in its line.
    expect(retyped('cadeia do frio', 'Conhecimentos desejados: rotulagem e cadeia do frio')).toBe('knowledge')
    // A conjunct that repeats its preposition continues a frame cut off before it.
    expect(retyped('de la flora nativa')).toBe('knowledge')
  })

  it('reads credentials, school levels and languages by their class nouns (EN/PT/ES)', () => {
    expect(retyped('Forklift safety training')).toBe('certification')
    expect(retyped('Formação em socorrismo')).toBe('certification')
    expect(retyped('Especialização em saúde da família')).toBe('degree')
    expect(retyped('Estudios universitarios en turismo')).toBe('degree')
    expect(retyped('Hablar aimara')).toBe('language')
  })

  it('reads conditions of the body, the place and the paperwork as logistics (EN/PT/ES)', () => {
    expect(retyped('Trabalho em pé durante o turno')).toBe('logistics')
    expect(retyped('Sin miedo a las alturas')).toBe('logistics')
    expect(retyped('Your own hand tools')).toBe('logistics')
  })

  it('reads conduct and the kind of person sought as a trait, not a skill (EN/PT/ES)', () => {
    expect(retyped('Keeps calm with difficult callers')).toBe('trait')
    expect(retyped('Bom relacionamento com fornecedores')).toBe('trait')
    expect(retyped('Buscamos alguien serio y cumplidor')).toBe('trait')
    expect(retyped('Explains billing to people outside finance')).toBe('trait')
  })

  it('tells a track record or a setting worked in from a duty done before (EN/PT/ES)', () => {
    expect(retyped('Experiência em hospitais de grande porte')).toBe('experience')
    expect(retyped('Haber trabajado en una ferretería')).toBe('experience')
    expect(retyped('A portfolio of finished kitchens')).toBe('experience')
    expect(retyped('Experience with pediatric patients')).toBe('experience')
    expect(retyped('You have negotiated supplier contracts')).toBe('activity')
    expect(retyped('Que haya coordinado inventarios anuales')).toBe('activity')
    expect(retyped('Experiencia organizando ferias comerciales')).toBe('activity')
  })

  it('leaves other types, named skills and tenures as the reader typed them', () => {
    expect(retypeUnnamedRequirement({ ...fallback('Calm'), type: 'trait', screened: false }).type).toBe(
      'trait',
    )
    expect(retypeUnnamedRequirement({ ...fallback('Forklift training'), skillIds: ['x'] }).type).toBe(
      'knowledge',
    )
    expect(retypeUnnamedRequirement({ ...fallback('Torque wrench'), minYears: 2 }).type).toBe('knowledge')
  })

  it('sets screened by the new type: a trait or a condition never gates', () => {
    expect(retypeUnnamedRequirement(fallback('Keeps calm with difficult callers')).screened).toBe(false)
    expect(retypeUnnamedRequirement(fallback('Torque wrench and borescope')).screened).toBe(true)
  })
})

describe('classifyRequirement: licences to drive and tenures in a role', () => {
  const classify = (text: string, minYears: number | null = null) =>
    classifyRequirement({ text, skillIds: [], minYears, taxonomy })

  it('types a licence to drive as a certification, in EN, PT and ES', () => {
    expect(classify('Valid heavy goods driving licence')).toBe('certification')
    expect(classify('Commercial driver’s license')).toBe('certification')
    expect(classify('Carteira de habilitação categoria D')).toBe('certification')
    expect(classify('CNH tipo E')).toBe('certification')
    expect(classify('Licencia de manejo profesional')).toBe('certification')
    expect(classify('Carné de conducir C1')).toBe('certification')
  })

  it('keeps the logistics a licence is asked beside', () => {
    expect(classify('Driving licence and willing to relocate')).toBe('logistics')
    expect(classify('CNH e disponibilidade para viagens')).toBe('logistics')
  })

  it('reads years as someone in a role as experience, in EN, PT and ES', () => {
    expect(classify('3 years as a site supervisor', 3)).toBe('experience')
    expect(classify('2 anos como almoxarife', 2)).toBe('experience')
    expect(classify('18 meses como recepcionista', 1.5)).toBe('experience')
  })

  it('a parsed line with a licence and another ask types each on its own', () => {
    const types = parsePosting('Requisitos:\n- Licencia de conducir vigente\n', taxonomy).requirements.map(
      (requirement) => requirement.type,
    )
    expect(types).toEqual(['certification'])
  })
})

describe('retypeUnnamedRequirement: a quality by its head', () => {
  it('types an ask headed by a quality of the person as a trait, not a tool (EN/PT/ES)', () => {
    expect(retyped('Shows up dependably')).toBe('trait')
    expect(retyped('Postura calma com o paciente')).toBe('trait')
    expect(retyped('Gusto por los animales')).toBe('trait')
    expect(retyped('Hydraulic press brake')).toBe('skill')
  })
})
