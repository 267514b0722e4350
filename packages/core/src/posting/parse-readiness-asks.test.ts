import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import type { ParsedPosting } from '../types'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()

function labels(posting: ParsedPosting): string[] {
  return posting.requirements.map((requirement) => requirement.label)
}

function sources(posting: ParsedPosting): string[] {
  return posting.requirements.map((requirement) => requirement.source.text)
}

describe('asks told by an adjective of readiness', () => {
  it('asks apart a second predicate that opens on an adjective of readiness', () => {
    const english = parsePosting(
      'Bookkeeper\nOur office is in Leeds.\nYou should be at ease with month-end accruals and able to explain variances to owners.',
      taxonomy,
    )
    expect(sources(english)).toEqual([
      'You should be at ease with month-end accruals',
      'able to explain variances to owners.',
    ])
    const portuguese = parsePosting(
      'Eletricista\nA nossa fábrica fica em Betim.\nVocê precisa estar à vontade com quadros de comando e capaz de ler diagramas unifilares.',
      taxonomy,
    )
    expect(sources(portuguese)).toEqual([
      'Você precisa estar à vontade com quadros de comando',
      'capaz de ler diagramas unifilares.',
    ])
    const spanish = parsePosting(
      'Electricista\nNuestra planta está en Rosario.\nDebes estar familiarizado con tableros eléctricos y dispuesto a trabajar en altura.',
      taxonomy,
    )
    expect(sources(spanish)).toEqual([
      'Debes estar familiarizado con tableros eléctricos',
      'dispuesto a trabajar en altura.',
    ])
  })

  it('keeps as an ask a clause that only states the reader at ease with something', () => {
    const english = parsePosting(
      'Bookkeeper\nOur office is in Leeds.\nYou will need two years of bookkeeping.\nYou should be at ease with month-end accruals.\nBenefits\n- Pension',
      taxonomy,
    )
    expect(sources(english)).toContain('You should be at ease with month-end accruals.')
    const company = parsePosting(
      'Bookkeeper\nOur office is in Leeds.\nYou will need two years of bookkeeping.\nWe are confident in our growth this year.\nBenefits\n- Pension',
      taxonomy,
    )
    expect(sources(company).some((source) => source.includes('confident'))).toBe(false)
    const imperative = parsePosting(
      'Account Manager\nOur agency is in Leeds.\nYou will need two years of account management.\nYou will brief the sales team so that they are able to pitch the product.\nBe ready to make our service better for clients.\nBenefits\n- Pension',
      taxonomy,
    )
    expect(sources(imperative)).toEqual(['You will need two years of account management.'])
  })

  it('asks apart a tenure added to a diploma with "plus"', () => {
    const english = parsePosting(
      'Bookkeeper\nOur office is in Leeds.\nYou need a certificate in Bookkeeping or a similar field, plus at least three years doing month-end close for small firms.',
      taxonomy,
    )
    expect(sources(english)).toEqual([
      'You need a certificate in Bookkeeping or a similar field',
      'at least three years doing month-end close for small firms.',
    ])
    const portuguese = parsePosting(
      'Analista\nNossa empresa cresce.\nVocê precisa de um técnico em Logística ou Administração, mais pelo menos dois anos em almoxarifado.',
      taxonomy,
    )
    expect(sources(portuguese)).toEqual([
      'Você precisa de um técnico em Logística ou Administração',
      'pelo menos dois anos em almoxarifado.',
    ])
    const spanish = parsePosting(
      'Analista\nNuestra empresa crece.\nNecesitas un título técnico en Logística o Administración, más al menos dos años en almacenes.',
      taxonomy,
    )
    expect(sources(spanish)).toEqual([
      'Necesitas un título técnico en Logística o Administración',
      'al menos dos años en almacenes.',
    ])
  })

  it('keeps an aside in brackets with the quality it follows', () => {
    const english = parsePosting(
      'Receptionist\nOur clinic is in Bath.\nYou are confident using a booking tool (we use Cliniko, but Jane is fine).',
      taxonomy,
    )
    expect(labels(english)).toEqual(['confident using a booking tool (we use Cliniko, but Jane is fine)'])
  })
  it('asks apart a second ask that opens on a noun of knowing with its article', () => {
    const english = parsePosting(
      'Surveyor\nOur firm is in Perth.\nWe expect solid AutoCAD Civil 3D for road design and an understanding of survey datums.',
      taxonomy,
    )
    expect(sources(english)).toContain('an understanding of survey datums.')
    const portuguese = parsePosting(
      'Técnico\nNossa empresa fica em Contagem.\nEsperamos domínio de AutoCAD para projetos elétricos e um bom conhecimento de normas de aterramento.',
      taxonomy,
    )
    expect(sources(portuguese)).toContain('um bom conhecimento de normas de aterramento.')
    const spanish = parsePosting(
      'Técnico\nNuestra empresa está en Quito.\nBuscamos manejo de AutoCAD para planos eléctricos y un buen conocimiento de normas de puesta a tierra.',
      taxonomy,
    )
    expect(sources(spanish)).toContain('un buen conocimiento de normas de puesta a tierra.')
  })
  it('asks apart a capacity or a registration joined to another ask', () => {
    const english = parsePosting(
      'Cashier\nRequirements\n- Speed at the till and the ability to count a float quickly\n- Diploma in Dental Nursing and registration with the dental council',
      taxonomy,
    )
    expect(sources(english)).toEqual([
      'Speed at the till',
      'the ability to count a float quickly',
      'Diploma in Dental Nursing',
      'registration with the dental council',
    ])
    const portuguese = parsePosting(
      'Caixa\nRequisitos\n- Agilidade no caixa e a capacidade de conferir o troco',
      taxonomy,
    )
    expect(sources(portuguese)).toEqual(['Agilidade no caixa', 'a capacidade de conferir o troco'])
    const spanish = parsePosting(
      'Cajero\nRequisitos\n- Rapidez en caja y la capacidad de cuadrar la caja al cierre\n- Título de Enfermería y colegiatura en el colegio profesional',
      taxonomy,
    )
    expect(sources(spanish)).toEqual([
      'Rapidez en caja',
      'la capacidad de cuadrar la caja al cierre',
      'Título de Enfermería',
      'colegiatura en el colegio profesional',
    ])
  })
  it('reads the qualities after a verb of staying one by one', () => {
    const english = parsePosting(
      'Dispatcher\nRequirements\n- Stays calm and focused through tense or highly technical meetings',
      taxonomy,
    )
    expect(english.requirements.map((requirement) => `${requirement.type}:${requirement.label}`)).toEqual([
      'trait:Stays calm',
      'trait:focused through tense or highly technical meetings',
    ])
  })
  it('asks apart "any knowledge of" joined to a sentence before it', () => {
    const english = parsePosting(
      'Groundskeeper\nOur park is in Leeds.\nA tree surgery certificate would be a real plus, though we can train you, and any knowledge of drainage systems is welcome too.',
      taxonomy,
    )
    expect(sources(english)).toContain('any knowledge of drainage systems is welcome too.')
    const portuguese = parsePosting(
      'Jardineiro\nNosso parque fica em Curitiba.\nUm curso de poda seria um diferencial, embora possamos treinar, e qualquer conhecimento de sistemas de drenagem também é bem-vindo.',
      taxonomy,
    )
    expect(sources(portuguese)).toContain('qualquer conhecimento de sistemas de drenagem também é bem-vindo.')
    const spanish = parsePosting(
      'Jardinero\nNuestro parque está en Lima.\nUn curso de poda sería un plus, aunque podemos capacitarte, y cualquier conocimiento de sistemas de drenaje también suma.',
      taxonomy,
    )
    expect(sources(spanish)).toContain('cualquier conocimiento de sistemas de drenaje también suma.')
  })

  it('reads a contracted denial of need as optional', () => {
    const english = parsePosting(
      "Teacher\nWe teach adults in Leeds.\nYou need a CELTA.\nSpeaking some French or Italian helps with beginners but isn't necessary.\nA degree in Education won't be required, but it will put you near the top of the list.",
      taxonomy,
    )
    expect(english.requirements.map((requirement) => requirement.kind)).toEqual([
      'required',
      'nice_to_have',
      'nice_to_have',
    ])
  })
})
