import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { couldBeQuality } from './could-be-quality'
import { findClosingPredicate, findQualityLeadIn } from './find-quality-lead-in'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()
const read = (text: string) =>
  parsePosting(text, taxonomy).requirements.map((requirement) => `${requirement.type}:${requirement.label}`)
const item = (line: string) => read(`Requirements:\n- ${line}`)
const requisito = (line: string) => read(`Requisitos:\n- ${line}`)

describe('couldBeQuality: the shape of a quality beside a certain one', () => {
  it('takes mass nouns of attribute, feeling or cognition, and words of character before a noun', () => {
    expect(couldBeQuality('stamina')).toBe(true)
    expect(couldBeQuality('a keen sense of fairness')).toBe(true)
    expect(couldBeQuality('a strong hygiene mindset')).toBe(true)
    expect(couldBeQuality('meticulous personal grooming')).toBe(true)
  })

  it('takes a singular Portuguese or Spanish noun, or one held with "ter" / "tener"', () => {
    expect(couldBeQuality('esmero')).toBe(true)
    expect(couldBeQuality('mucho tino con los vecinos')).toBe(true)
    expect(couldBeQuality('ter jogo de cintura')).toBe(true)
  })

  it('refuses things, tasks, names and figures', () => {
    expect(couldBeQuality('ladders')).toBe(false)
    expect(couldBeQuality('mopping floors')).toBe(false)
    expect(couldBeQuality('parafusadeiras')).toBe(false)
    expect(couldBeQuality('soldar')).toBe(false)
    expect(couldBeQuality('manejo de SAP')).toBe(false)
    expect(couldBeQuality('2 años de oficio')).toBe(false)
  })
})

describe('findQualityLeadIn and findClosingPredicate: the frame around a run of qualities', () => {
  it('finds a verb of wanting or a copula among the first words', () => {
    expect(findQualityLeadIn('More than anything we value poise and tact')).toEqual({
      at: 'More than anything we value '.length,
      copula: false,
    })
    expect(findQualityLeadIn('Es clave ser prolijo y cumplidor')).toEqual({
      at: 'Es clave ser '.length,
      copula: true,
    })
    // A comma before the verb puts it in a clause of its own.
    expect(findQualityLeadIn('In the shop, we need tact')).toBeNull()
  })

  it('cuts a predicate said of the whole run, or its reason, but not a relative clause', () => {
    const run = 'Tact, poise and a tidy bench are a must'
    expect(run.slice(0, findClosingPredicate(run))).toBe('Tact, poise and a tidy bench')
    const reason = 'Persona prolija y callada, porque atendemos oficinas'
    expect(reason.slice(0, findClosingPredicate(reason))).toBe('Persona prolija y callada')
    const relative = 'Someone calm and tidy, who is glad to work alone'
    expect(findClosingPredicate(relative)).toBe(relative.length)
    const aside = 'Calm with a till (ours is old)'
    expect(findClosingPredicate(aside)).toBe(aside.length)
  })
})

describe('parsePosting: a run of qualities with few certain ones is still one trait per quality', () => {
  it('reads a Portuguese or Spanish list with one certain quality and others of its shape', () => {
    expect(requisito('Pontualidade, esmero e jogo de cintura com os moradores')).toEqual([
      'trait:Pontualidade',
      'trait:esmero',
      'trait:jogo de cintura com os moradores',
    ])
    expect(requisito('Capacidad de organización y temple')).toEqual([
      'trait:Capacidad de organización',
      'trait:temple',
    ])
    // A plural names things: a quality among tools is not a list of qualities.
    expect(requisito('Honestidade, parafusadeiras e esquadros')).not.toContain('trait:parafusadeiras')
  })

  it('reads an English list with one certain quality and nouns of attribute or cognition', () => {
    expect(item('Tact, stamina and a keen sense of fairness')).toEqual([
      'trait:Tact',
      'trait:stamina',
      'trait:a keen sense of fairness',
    ])
    expect(item('Cheerfulness and meticulous personal grooming')).toEqual([
      'trait:Cheerfulness',
      'trait:meticulous personal grooming',
    ])
  })

  it('reads the run after a verb of wanting or a copula, and leaves out a predicate said of it', () => {
    expect(item('More than anything we value poise, tact and a calm bedside manner.')).toEqual([
      'trait:poise',
      'trait:tact',
      'trait:a calm bedside manner',
    ])
    expect(requisito('Es clave ser prolijo, callado y cumplidor con los horarios')).toEqual([
      'trait:prolijo',
      'trait:callado',
      'trait:cumplidor con los horarios',
    ])
    expect(requisito('A vaga pede esmero, discrição e jogo de cintura')).toEqual([
      'trait:esmero',
      'trait:discrição',
      'trait:jogo de cintura',
    ])
    expect(item('Tact, stamina and a strong hygiene mindset are a must.')).toEqual([
      'trait:Tact',
      'trait:stamina',
      'trait:a strong hygiene mindset',
    ])
  })

  it('reads a person described after any verb of the employer in the first person plural', () => {
    expect(requisito('Requerimos alguien tranquilo y prolijo.')).toEqual(['trait:tranquilo', 'trait:prolijo'])
    expect(
      read(
        'Taller en Heredia. Contratamos mecánico con dos años de oficio. Requerimos una persona callada, prolija y puntual.',
      ),
    ).toEqual(expect.arrayContaining(['trait:callada', 'trait:prolija', 'trait:puntual']))
  })

  it('reads the qualities of a person beside a skill, and leaves out the reason given for them', () => {
    expect(requisito('Persona callada, con tino y buena negociación')).toEqual(
      expect.arrayContaining(['trait:callada', 'trait:con tino']),
    )
    expect(requisito('Persona prolija y callada, porque atendemos oficinas.')).toEqual([
      'trait:prolija',
      'trait:callada',
    ])
  })
})
