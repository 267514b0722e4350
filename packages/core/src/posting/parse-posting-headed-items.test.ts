import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()

const parse = (text: string) => parsePosting(text, taxonomy)
const labels = (text: string) => parse(text).requirements.map((requirement) => requirement.label)

describe('parsePosting: single items inside a headed list', () => {
  it('keeps an entry on a professional roll as a credential, not a call to sign up', () => {
    for (const line of [
      'Inscripción vigente en el Registro Municipal de Guías de Montaña',
      'Inscrição ativa no conselho regional de nutricionistas',
      'Registration with the national register of veterinary nurses',
      'Inscrição ativa no CRN',
    ]) {
      const requirements = parse(`Requisitos:\n- Experiência em nutrição clínica\n- ${line}\n`).requirements
      const entry = requirements.find((requirement) => requirement.source.text.includes(line))
      expect(entry?.type, line).toBe('certification')
    }
    // A call to sign up for the listing stays out.
    expect(
      labels('Requisitos:\n- Experiencia en ventas\nInscripción en esta oferta hasta el 10/03\n'),
    ).toHaveLength(1)
  })

  it('reads being put ahead in the selection as an optional cue, and drops the cue clause itself', () => {
    const pt = parse(
      'Requisitos:\n- Experiência com solda MIG\nQuem souber também operar a dobradeira ou a guilhotina sai na frente na seleção.\n',
    ).requirements
    expect(pt.find((requirement) => /dobradeira/u.test(requirement.label))?.kind).toBe('nice_to_have')
    expect(pt.some((requirement) => /sai na frente/u.test(requirement.label))).toBe(false)
    const es = parse(
      'Requisitos:\n- Experiencia en atención al público\nTendrás ventaja si manejas cajas registradoras.\n',
    ).requirements
    expect(es.filter((requirement) => requirement.kind === 'nice_to_have')).not.toHaveLength(0)
    const en = parse(
      'Requirements:\n- Two years in retail\nKnowing forklift safety rules will give you an edge.\n',
    ).requirements
    expect(en.find((requirement) => /forklift/iu.test(requirement.label))?.kind).toBe('nice_to_have')
  })

  it('splits a list of things after a frame of use, and of names joined by their prepositions', () => {
    expect(labels('Requisitos:\n- Uso de paquímetro, micrômetro e relógio comparador\n')).toEqual([
      'paquímetro',
      'micrômetro',
      'relógio comparador',
    ])
    expect(labels('Requisitos:\n- Manejo de básculas industriales y etiquetadoras\n')).toHaveLength(2)
    expect(
      labels(
        'Requisitos:\n- Noções de normas de segurança de trabalho em altura e manutenção de empilhadeiras\n',
      ),
    ).toEqual(['normas de segurança de trabalho em altura', 'manutenção de empilhadeiras'])
  })

  it('ends a list at what it singles out', () => {
    expect(
      labels('Requisitos:\n- Conocer la normativa de tránsito, en especial el Reglamento Vial.\n'),
    ).toHaveLength(1)
    expect(labels('Requisitos:\n- Conhecer as normas de higiene, em especial a RDC 216.\n')).toHaveLength(1)
  })

  it('reads each quality of a line of qualities graded by a word of character, and of bare English adjectives', () => {
    expect(
      labels('Requisitos:\n- Carácter paciente, capacidad de escucha y trato cordial con los huéspedes\n'),
    ).toEqual(['Carácter paciente', 'capacidad de escucha', 'trato cordial con los huéspedes'])
    expect(
      labels('Requisitos:\n- Caráter firme, capacidade de improviso e trato cordial com os hóspedes\n'),
    ).toHaveLength(3)
    expect(labels('Requirements:\n- Discreet, methodical and punctual\n')).toEqual([
      'Discreet',
      'methodical',
      'punctual',
    ])
  })

  it('reads availability for one thing and, with the preposition said again, for another as two conditions', () => {
    expect(
      labels('Requisitos:\n- Disponibilidade para o plantão da madrugada e para domingos alternados\n'),
    ).toHaveLength(2)
    expect(
      labels('Requisitos:\n- Disponibilidad para el turno de mañana y para domingos alternos\n'),
    ).toHaveLength(2)
    expect(labels('Requirements:\n- Available for the late shift and for every other Sunday\n')).toHaveLength(
      2,
    )
  })

  it('reads two checks passed, each named with its own article, as two conditions', () => {
    expect(
      labels(
        'Requirements:\n- Two years in retail\nThis job requires a credit check and a criminal record check.\n',
      ),
    ).toHaveLength(3)
    expect(
      labels(
        'Requisitos:\n- Experiência em vendas\n- Apresentar uma certidão de antecedentes criminais e um exame toxicológico\n',
      ),
    ).toHaveLength(3)
    // A licence and the record that goes with it are one condition.
    expect(
      labels(
        "Requirements:\n- Two years in retail\nA valid driver's licence and a spotless driving record are needed.\n",
      ),
    ).toHaveLength(2)
  })

  it('asks for a name offered with anything like it as a tool, beside the tools the taxonomy knows', () => {
    expect(
      labels('Requirements:\n- Can run Planswift or a similar estimating package, and is strong in Excel\n'),
    ).toContain('Planswift or a similar estimating package')
    expect(
      labels('Requisitos:\n- Saber usar o Promob ou um software similar de projeto, e Excel avançado\n'),
    ).toContain('Promob ou um software similar de projeto')
    expect(labels('Requisitos:\n- Manejo de Contpaqi o un sistema contable similar y de Excel\n')).toContain(
      'Contpaqi o un sistema contable similar',
    )
    // A bare "or equivalent" after a school offers another school, not another product.
    expect(labels('Requisitos:\n- Curso de caldeiraria pelo SENAI ou equivalente\n')).toHaveLength(1)
  })

  it('reads two practices each with its own complement as two items, a closing bracket of examples kept with the last', () => {
    expect(labels('Requisitos:\n- Poda de frutales y injerto de cítricos (limón, naranja)\n')).toEqual([
      'Poda de frutales',
      'injerto de cítricos (limón, naranja)',
    ])
    expect(labels('Requisitos:\n- Montagem de andaimes e leitura de projetos\n')).toHaveLength(2)
    expect(labels('Requirements:\n- Assembly of scaffolds and inspection of harnesses\n')).toHaveLength(2)
    // A word or two completing the object of the first phrase stays with it.
    expect(labels('Requisitos:\n- Técnicas de cocina al vacío y baja temperatura\n')).toHaveLength(1)
  })

  it('labels a Portuguese or Spanish field with the complement that says which part of it is asked', () => {
    expect(labels('Requisitos:\n- Experiencia en cobranza de seguros de vida o de autos\n')).toEqual([
      expect.stringContaining('cobranza de seguros de vida o de autos'),
    ])
    expect(labels('Requisitos:\n- Experiência em contabilidade de cooperativas\n')).toEqual([
      expect.stringContaining('contabilidade de cooperativas'),
    ])
  })

  it('reads "…, and some exposure to X" after an optional ask as a further optional ask', () => {
    const en = parse(
      'Requirements:\n- Two years in retail\nNot essential, but we would like to see a forklift ticket, and some exposure to cold-chain warehouses.\n',
    ).requirements
    expect(en.find((requirement) => /cold-chain/u.test(requirement.label))?.label).not.toMatch(/forklift/u)
    const pt = parse(
      'Requisitos:\n- Experiência em vendas\nNão é obrigatório, mas seria ótimo ter CNH categoria D, e alguma vivência em transporte escolar.\n',
    ).requirements
    expect(pt.find((requirement) => /transporte escolar/u.test(requirement.label))?.kind).toBe('nice_to_have')
    expect(pt.find((requirement) => /transporte escolar/u.test(requirement.label))?.label).not.toMatch(/CNH/u)
    const es = labels(
      'Requisitos:\n- Experiencia en ventas\nNo es excluyente, pero valoramos el curso de manipulador de alimentos, y algo de experiencia en banquetes.\n',
    )
    expect(es).toHaveLength(3)
  })
})
