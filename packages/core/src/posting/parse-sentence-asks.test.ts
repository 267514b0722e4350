import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import type { ParsedPosting } from '../types'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()

function sources(posting: ParsedPosting): string[] {
  return posting.requirements.map((requirement) => requirement.source.text)
}

describe('a prose sentence yields one requirement per ask', () => {
  it('asks apart what the person sought has and what they can do, verb by verb', () => {
    const english = parsePosting(
      'Roofer\nWe want someone with two years of commercial roofing who can read blueprints and estimate a small job before quoting it. You must hold an OSHA 10 card.',
      taxonomy,
    )
    expect(sources(english)).toEqual(
      expect.arrayContaining([
        'We want someone with two years of commercial roofing',
        'who can read blueprints',
        'estimate a small job before quoting it.',
      ]),
    )
    expect(english.requirements.find((requirement) => requirement.minYears !== null)?.minYears).toBe(2)
    const portuguese = parsePosting(
      'Eletricista\nProcuramos alguém com experiência em obras residenciais que saiba ler projetos elétricos e instalar quadros de distribuição sem supervisão.',
      taxonomy,
    )
    expect(sources(portuguese)).toEqual(
      expect.arrayContaining([
        'que saiba ler projetos elétricos',
        'instalar quadros de distribuição sem supervisão.',
      ]),
    )
    const spanish = parsePosting(
      'Soldador\nBuscamos una persona con experiencia en estructuras metálicas que sepa leer planos de taller y soldar con electrodo revestido sin ayuda.',
      taxonomy,
    )
    expect(sources(spanish)).toEqual(
      expect.arrayContaining(['que sepa leer planos de taller', 'soldar con electrodo revestido sin ayuda.']),
    )
    // Verbs that share one object stay one ask.
    const shared = parsePosting(
      'Developer\nWe are a small studio. You should be able to read and write Kotlin without help, and you can talk to clients.',
      taxonomy,
    )
    expect(sources(shared).some((source) => /^(?:You should )?be able to read$/u.test(source))).toBe(false)
    // A verb in another frame than the ability's stays with its sentence.
    const framed = parsePosting(
      'Buyer\nRequirements\n- Know the lumber market (or be able to learn it quickly) in order to advise site managers and make better orders.',
      taxonomy,
    )
    expect(sources(framed)).toHaveLength(1)
  })

  it('reads a second infinitive and a second clause with its own verb as asks of their own', () => {
    const posting = parsePosting(
      'Analyst\nWe would like you to have two years of reporting work in a finance team, and to be comfortable presenting numbers to directors. Some SQL would help, and a CPA licence would be a real plus.',
      taxonomy,
    )
    const cpa = posting.requirements.find((requirement) => requirement.source.text.includes('CPA'))
    expect(cpa?.source.text).toBe('a CPA licence would be a real plus.')
    expect(cpa?.kind).toBe('nice_to_have')
    expect(sources(posting)).toContain('to be comfortable presenting numbers to directors.')
  })

  it('reads a second "que" clause the frame governs as an ask of its own', () => {
    const spanish = parsePosting(
      'Electricista\nRequisitos\nEs imprescindible que tengas carné de instalador autorizado, y que domines el cálculo de secciones de cable.',
      taxonomy,
    )
    expect(sources(spanish)).toEqual([
      'Es imprescindible que tengas carné de instalador autorizado',
      'que domines el cálculo de secciones de cable.',
    ])
    const portuguese = parsePosting(
      'Eletricista\nRequisitos\nÉ essencial que você tenha NR-10 em dia, e que entenda diagramas unifilares sem ajuda.',
      taxonomy,
    )
    expect(sources(portuguese)).toEqual([
      'É essencial que você tenha NR-10 em dia',
      'que entenda diagramas unifilares sem ajuda.',
    ])
  })

  it('sets aside a sentence whose years are the employer’s history in a coordinate clause', () => {
    const posting = parsePosting(
      'Joiner\nOakline Carpentry & Joinery has been fitting kitchens around Leeds for 30 years, and the spring diary is filling up, so we need another joiner. You need a CSCS card and your own hand tools.',
      taxonomy,
    )
    expect(posting.requirements.some((requirement) => requirement.source.text.includes('30 years'))).toBe(
      false,
    )
    expect(posting.requirements.some((requirement) => requirement.minYears === 30)).toBe(false)
  })
})
