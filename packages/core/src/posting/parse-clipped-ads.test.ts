import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { namesContactNumber } from './names-contact-number'
import { parsePosting } from './parse-posting'
import { readsAsBareAsk } from './reads-as-bare-ask'

const taxonomy = loadTaxonomy()

function sources(text: string): string[] {
  return parsePosting(text, taxonomy).requirements.map((requirement) => requirement.source.text)
}

describe('classified ads that clip their asks into fragments', () => {
  it('goes on reading the bare fragments after the sentence that asks, in a paragraph that opened with the firm', () => {
    const spanish = sources(
      'Anuncios · Empleo · Murcia\n\n12/11/2026\nEMPRESA DE REFORMAS busca FONTANERO. Imprescindible experiencia de 3 años en obra nueva. Persona puntual, limpia y organizada. Residencia en Murcia. Incorporación inmediata. Contrato indefinido.\nRef. 1234 · Murcia · Contactar',
    )
    expect(spanish.some((source) => source.startsWith('Persona puntual'))).toBe(true)
    expect(spanish.some((source) => source.startsWith('Residencia en Murcia'))).toBe(true)
    expect(spanish.some((source) => source.startsWith('Incorporación inmediata'))).toBe(true)
    expect(spanish.some((source) => source.startsWith('EMPRESA'))).toBe(false)
    const portuguese = sources(
      'Classificados · Empregos\n\nPADARIA NO CENTRO contrata CONFEITEIRO. Obrigatório curso de confeitaria com certificado. Pessoa caprichosa e pontual. Disponibilidade aos domingos. Salário a combinar.\nCód. 5521 · Londrina',
    )
    expect(portuguese.some((source) => source.startsWith('Pessoa caprichosa'))).toBe(true)
    expect(portuguese.some((source) => source.startsWith('Disponibilidade aos domingos'))).toBe(true)
    const english = sources(
      'Classifieds · Jobs · Leeds\n\nFAMILY BAKERY hiring a NIGHT BAKER. Must have 2 years in a commercial bakery. Early riser, tidy and reliable. Own transport. Start next week.\nRef 7781 · Leeds',
    )
    expect(english.some((source) => source.startsWith('Own transport'))).toBe(true)
  })

  it('keeps the hours of a clipped schedule as one fragment, however many figures they are typed in', () => {
    expect(readsAsBareAsk('Horario continuo L-S 7-14:30 / 16-20, domingos libres.')).toBe(true)
    expect(readsAsBareAsk('Turno 06:00-14:00 / 14:00-22:00 seg a sáb.')).toBe(true)
  })

  it('tells the PT conjunction "e" from the copula "é" in a fragment', () => {
    expect(readsAsBareAsk('Pessoa caprichosa e pontual.')).toBe(true)
    expect(readsAsBareAsk('A vaga é presencial.')).toBe(false)
  })

  it('reads the number an ad gives to call as contact, not an ask', () => {
    expect(namesContactNumber('Tel. 915 44 21 07.')).toBe(true)
    expect(namesContactNumber('Whats (21) 98812-3344 falar c/ Rita.')).toBe(true)
    expect(namesContactNumber('Call 07700 900 461 after 6pm')).toBe(true)
    expect(namesContactNumber('Period 2019-2023 in a similar role')).toBe(false)
    expect(namesContactNumber('Disponibilidad de lunes a viernes 8-13.')).toBe(false)
    expect(namesContactNumber('Publicado 05.12.2026')).toBe(false)
    const ad = sources(
      'Anuncios · Empleo\n\n03/12/2026\nSe busca camarero/a con exp. en barra para bar en el centro. Imprescindible carnet de manipulador. Tel. 915 44 21 07.\nRef. 3321 · Madrid',
    )
    expect(ad.some((source) => source.includes('915'))).toBe(false)
  })
})
