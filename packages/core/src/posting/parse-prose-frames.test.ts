import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import type { ParsedPosting } from '../types'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()

function sources(posting: ParsedPosting): string[] {
  return posting.requirements.map((requirement) => requirement.source.text)
}

function asks(posting: ParsedPosting, words: string): boolean {
  return sources(posting).some((source) => source.includes(words))
}

describe('frames of asking in prose with no headings', () => {
  it('reads the person to be hired as the subject of a need when a relative clause says who is meant', () => {
    const english = parsePosting(
      'Roofer\nWe have roofed homes in Leeds for three generations.\nThe person who joins our crew must hold a CSCS card and a working-at-height ticket.',
      taxonomy,
    )
    expect(asks(english, 'CSCS card')).toBe(true)
    const portuguese = parsePosting(
      'Garçom\nNosso bistrô abriu as portas em 2004 na Savassi.\nA pessoa que vier a integrar o salão deve ter curso de garçom e certificado de manipulação de alimentos.',
      taxonomy,
    )
    expect(asks(portuguese, 'curso de garçom')).toBe(true)
    const spanish = parsePosting(
      'Mozo de almacén\nNuestra bodega abrió en 1990 en Valencia.\nLa persona que se sume al turno de noche debe tener carnet de carretillero vigente.',
      taxonomy,
    )
    expect(asks(spanish, 'carnet de carretillero')).toBe(true)
  })

  it('reads a modal with the one to be hired left unsaid as asking', () => {
    const portuguese = parsePosting(
      'Recepcionista\nSomos uma clínica odontológica no centro de Curitiba.\nTambém deve dominar o sistema de agendamento Clinicorp.',
      taxonomy,
    )
    expect(asks(portuguese, 'Clinicorp')).toBe(true)
    const spanish = parsePosting(
      'Recepcionista\nSomos una clínica dental en el centro de Rosario.\nTambién debe manejar la central telefónica y conocer el software Dentalink.',
      taxonomy,
    )
    expect(asks(spanish, 'central telefónica')).toBe(true)
    expect(asks(spanish, 'Dentalink')).toBe(true)
    const english = parsePosting(
      'Kitchen Porter\nWe are a seafood restaurant on the harbour.\nYou should know your way around a commercial dishwasher and be able to fillet fish.',
      taxonomy,
    )
    expect(asks(english, 'commercial dishwasher')).toBe(true)
  })

  it('keeps asking a clause that opens with a bare verb of having or knowing after "and"', () => {
    const portuguese = parsePosting(
      'Técnico de manutenção\nA fábrica fica em Joinville desde 1978.\nÉ importante conhecer a NR-10, e ter prática na leitura de diagramas elétricos.',
      taxonomy,
    )
    expect(asks(portuguese, 'leitura de diagramas')).toBe(true)
    const spanish = parsePosting(
      'Operario de planta\nLa planta está en Querétaro desde 1985.\nLa persona que contratemos debe ser técnico en mecatrónica con cédula vigente, y contar con curso de seguridad industrial.',
      taxonomy,
    )
    expect(asks(spanish, 'curso de seguridad industrial')).toBe(true)
    const english = parsePosting(
      'Warehouse Lead\nOur warehouse opened in Bristol in 1995.\nThe person we hire must be a qualified first aider, and hold a counterbalance forklift licence.',
      taxonomy,
    )
    expect(asks(english, 'counterbalance forklift licence')).toBe(true)
  })

  it('asks apart what a relative clause of knowing adds to the person sought', () => {
    const english = parsePosting(
      'Scaffolder\nWe need someone with three years of tube-and-fitting work, who understands load tables and can read a scaffold design.',
      taxonomy,
    )
    expect(sources(english)).toEqual([
      'We need someone with three years of tube-and-fitting work',
      'who understands load tables',
      'can read a scaffold design.',
    ])
    const portuguese = parsePosting(
      'Motorista\nBuscamos alguém com CNH categoria D, que conheça as rodovias do interior paulista.',
      taxonomy,
    )
    expect(sources(portuguese)).toEqual([
      'Buscamos alguém com CNH categoria D',
      'que conheça as rodovias do interior paulista.',
    ])
    const spanish = parsePosting(
      'Chofer\nBuscamos alguien con licencia profesional A3, que conozca las rutas de la región del Maule.',
      taxonomy,
    )
    expect(sources(spanish)).toEqual([
      'Buscamos alguien con licencia profesional A3',
      'que conozca las rutas de la región del Maule.',
    ])
  })

  it('asks each predicate of a series one subject governs', () => {
    const english = parsePosting(
      'Glazier\nThe right person has at least three years fitting curtain walling, holds a CSCS card, and is happy working at height on a MEWP.',
      taxonomy,
    )
    expect(asks(english, 'holds a CSCS card')).toBe(true)
    expect(sources(english).some((source) => source.startsWith('is happy working at height'))).toBe(true)
    const portuguese = parsePosting(
      'Vidraceiro\nA pessoa que contratarmos deve ter três anos de obra, tenha NR-35 em dia, e saiba ler projeto de esquadrias.',
      taxonomy,
    )
    expect(sources(portuguese).some((source) => source.startsWith('tenha NR-35'))).toBe(true)
    const spanish = parsePosting(
      'Vidriero\nLa persona que contratemos debe tener tres años de obra, tenga curso de altura vigente, y sepa leer planos de aluminio.',
      taxonomy,
    )
    expect(sources(spanish).some((source) => source.startsWith('tenga curso de altura'))).toBe(true)
  })

  it("reads the reader's future with a bare quality as the person described, and with a verb form as the work", () => {
    const english = parsePosting(
      "Florist\nWe are a small flower shop by the station.\nYou'll be cheerful and tidy, and have a steady hand with ribbon.\nYou'll be working Saturdays from 7am.",
      taxonomy,
    )
    const traits = english.requirements.filter((item) => item.type === 'trait').map((item) => item.label)
    expect(traits).toEqual(expect.arrayContaining(['cheerful', 'tidy']))
    expect(traits.some((label) => label.includes('working'))).toBe(false)
    const portuguese = parsePosting(
      'Florista\nSomos uma floricultura pequena perto da estação.\nVocê será caprichoso e paciente com os clientes.',
      taxonomy,
    )
    expect(portuguese.requirements.filter((item) => item.type === 'trait').map((item) => item.label)).toEqual(
      expect.arrayContaining(['caprichoso']),
    )
    const spanish = parsePosting(
      'Florista\nSomos una florería pequeña junto a la estación.\nSerás cuidadoso y amable con los clientes.',
      taxonomy,
    )
    expect(spanish.requirements.filter((item) => item.type === 'trait').map((item) => item.label)).toEqual(
      expect.arrayContaining(['cuidadoso']),
    )
  })
})
