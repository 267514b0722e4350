import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import type { ParsedPosting } from '../types'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()

/** The kind of the requirement whose source holds the words, or undefined. */
function kindFrom(posting: ParsedPosting, words: string): string | undefined {
  return posting.requirements.find((requirement) => requirement.source.text.includes(words))?.kind
}

describe('parsePosting: where an optional scope ends', () => {
  it.each([
    [
      'EN',
      'Warehouse Lead\n\nWhat you need\n- Three years running a pick-and-pack floor\n- Counterbalance forklift ticket\n\nBonus points\n- Experience with Manhattan WMS\n\nThe physical side of it\n- Lift boxes of up to 23 kg all shift\n- Sunday to Thursday, 6 am to 2:30 pm\n',
      'Manhattan WMS',
      ['Lift boxes', 'Sunday to Thursday'],
    ],
    [
      'PT',
      'Técnico de Manutenção\n\nRequisitos\n- Curso técnico em eletromecânica\n- Leitura de diagramas elétricos\n\nDiferenciais\n- Conhecimento de CLP Siemens\n- Escala 6x1 com plantões noturnos alternados\n- Carregar peças de até 30 kg\n',
      'CLP Siemens',
      ['Escala 6x1', 'Carregar peças'],
    ],
    [
      'ES',
      'Técnico de Redes\n\nRequisitos\n- Técnico en telecomunicaciones\n- Manejo de fusionadora\n\nSuma puntos\n- Certificación Furukawa\n\nAdemás tienes que ser capaz de:\n- Viajar al interior hasta 6 días al mes\n- Trabajar en altura con arnés\n',
      'Furukawa',
      ['Viajar al interior', 'Trabajar en altura'],
    ],
  ])('keeps the terms of the work asked after a list of extras (%s)', (_language, text, extra, asked) => {
    const posting = parsePosting(text, taxonomy)
    expect(kindFrom(posting, extra)).toBe('nice_to_have')
    for (const words of asked) expect(kindFrom(posting, words)).toBe('required')
  })

  it('reads a list of the job terms after the required list as asked, and extras nobody is excluded without as optional', () => {
    const text =
      'Care Assistant\n\nAbout you\nYou have two years of paid care work with older adults, and you write clear daily notes.\n\nConditions of employment\n- A clear enhanced background check\n- Full driving licence and access to a car\n- Night shifts on a four-week rota\n\nBonus marks, though no one is excluded without them, for:\n- Experience with dementia care\n'
    const posting = parsePosting(text, taxonomy)
    expect(kindFrom(posting, 'background check')).toBe('required')
    expect(kindFrom(posting, 'Night shifts')).toBe('required')
    expect(kindFrom(posting, 'dementia care')).toBe('nice_to_have')
  })

  it.each([
    [
      'EN',
      'Bookkeeper\n\nRequirements\n- AAT level 3\n- Xero day to day\n- A round of applause from us if you have run payroll for a charity\n',
      'run payroll',
    ],
    [
      'PT',
      'Auxiliar de Cozinha\n\nRequisitos\n- Experiência em cozinha industrial\n- Se você já fez o curso de boas práticas, traga o certificado\n',
      'boas práticas',
    ],
    [
      'ES',
      'Cajero\n\nRequisitos\n- Secundaria completa\n- Te ganás un aplauso si manejás el sistema Tango\n',
      'Tango',
    ],
  ])('reads an ask under a condition on the reader having it as optional (%s)', (_language, text, words) => {
    expect(kindFrom(parsePosting(text, taxonomy), words)).toBe('nice_to_have')
  })
})
