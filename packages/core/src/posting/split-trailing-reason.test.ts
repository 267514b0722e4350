import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'
import { splitTrailingReason } from './split-trailing-reason'

// A reason or a concession closing an ask is comment, not a second ask. Phrasings written for these tests.

const taxonomy = loadTaxonomy()

function cut(line: string): { parts: string[]; reasons: string[]; kinds: Array<string | undefined> } {
  const split = splitTrailingReason(line, 0, line.length)
  return {
    parts: split.parts.map((part) => line.slice(part.start, part.end)),
    reasons: split.reasons.map((reason) => line.slice(reason.start, reason.end)),
    kinds: split.parts.map((part) => part.kind),
  }
}

describe('splitTrailingReason', () => {
  it('sets aside the reason after an ask in EN, PT and ES', () => {
    expect(cut('Patience with elderly clients, because most of our visits are to care homes').parts).toEqual([
      'Patience with elderly clients',
    ])
    expect(cut('Boa letra e organização, porque as fichas ainda são em papel').parts).toEqual([
      'Boa letra e organização',
    ])
    expect(cut('Manejo de montacargas, ya que el almacén recibe camiones a diario').parts).toEqual([
      'Manejo de montacargas',
    ])
  })

  it('reads a chat abbreviation after an emoji as a reason', () => {
    expect(cut('Saber trocar fechadura 👍 pq muito cliente pede isso').parts).toEqual([
      'Saber trocar fechadura ',
    ])
  })

  it('sets aside a concession and keeps the cue it carries as the ask kind', () => {
    const read = cut('Conversational French, though it is not required for the role')
    expect(read.parts).toEqual(['Conversational French'])
    expect(read.kinds).toEqual(['nice_to_have'])
    expect(cut('Se valora el portugués, aunque los partes se escriben en castellano.').parts).toEqual([
      'Se valora el portugués',
    ])
  })

  it('keeps what follows the reason sentence as an ask of its own', () => {
    expect(cut('Forklift ticket, because the yard is big. Own boots.').parts).toEqual([
      'Forklift ticket',
      ' Own boots.',
    ])
  })

  it('keeps a line whose clause heads a list, admits other proof, or goes on to more asks', () => {
    const lead = 'Extras that help, though none is needed: a forklift ticket and first aid'
    expect(cut(lead).parts).toEqual([lead])
    const degree = 'Degree in Nursing, although equivalent experience will be considered'
    expect(cut(degree).parts).toEqual([degree])
    const more = 'Carpentry is not needed, though it helps, and the same goes for tiling'
    expect(cut(more).parts).toEqual([more])
    const between = 'Se valora, aunque no es excluyente, experiencia con barcos de pesca'
    expect(cut(between).parts).toEqual([between])
  })

  it('leaves a lone word or a reason inside a bracket alone', () => {
    const bracket = 'Night work (paid extra, because it is hard) and weekends'
    expect(cut(bracket).parts).toEqual([bracket])
    expect(cut('Fit, because of stairs').parts).toEqual(['Fit, because of stairs'])
  })
})

describe('splitTrailingReason: "as" and "since" opening a reason', () => {
  it('sets aside a clause that opens with "as" or "since" and a subject', () => {
    expect(cut('Neat handwriting, as you will fill in the delivery logs by hand').parts).toEqual([
      'Neat handwriting',
    ])
    expect(cut("A head for heights, since we'll have you on the scaffold most days").parts).toEqual([
      'A head for heights',
    ])
    expect(cut('Basic Spanish, as most of our tenants speak it').reasons).toEqual([
      ', as most of our tenants speak it',
    ])
  })

  it('keeps "as" of manner or role inside the ask', () => {
    expect(cut('Two years working as a line cook').parts).toEqual(['Two years working as a line cook'])
    expect(cut('Experience on site, as a labourer or apprentice').parts).toEqual([
      'Experience on site, as a labourer or apprentice',
    ])
  })
})

describe('parsePosting: a reason opened by "as"', () => {
  it('reads no ask from the reason', () => {
    const parsed = parsePosting(
      "Requirements:\n- Two years in a busy dental practice\n- Clear spoken English, as you'll phone patients to confirm bookings\n- A calm manner",
      taxonomy,
    )
    expect(parsed.requirements.some((item) => /phone patients/iu.test(item.label))).toBe(false)
    expect(parsed.requirements.find((item) => item.label === 'English')?.source.text).toBe(
      'Clear spoken English',
    )
  })
})

describe('parsePosting: the reason after an ask', () => {
  it('reads no language or field from the reason', () => {
    const parsed = parsePosting(
      'Requisitos:\n- Se valora el portugués, aunque los partes se escriben en castellano.\n- Carné B',
      taxonomy,
    )
    const labels = parsed.requirements.map((item) => item.label)
    expect(labels).not.toContain('Spanish')
    expect(parsed.requirements.find((item) => item.label === 'Portuguese')?.kind).toBe('nice_to_have')
    expect(parsed.setAside.some((item) => item.text.includes('aunque los partes'))).toBe(true)
  })

  it('sets aside a clause of regret spoken to those the ask leaves out, in EN, PT and ES', () => {
    expect(cut('3 yrs min on a tower crane, sorry apprentices our site insurer says no').parts).toEqual([
      '3 yrs min on a tower crane',
    ])
    expect(cut('Carteira de soldador válida, infelizmente quem não tem não dá pra pegar').parts).toEqual([
      'Carteira de soldador válida',
    ])
    expect(cut('Licencia de buzo vigente, lo siento, sin ella la aseguradora no cubre').parts).toEqual([
      'Licencia de buzo vigente',
    ])
  })

  it('reads the ask before a clause of regret with its years and no label from the regret', () => {
    const parsed = parsePosting(
      'Requirements:\n- Min 4 yrs exp framing houses, sorry students our bonding company will not cover u\n- Own tools',
      taxonomy,
    )
    const framing = parsed.requirements.find((item) => /framing/iu.test(item.label))
    expect(framing?.minYears).toBe(4)
    expect(parsed.requirements.some((item) => /bonding|students|cover/iu.test(item.label))).toBe(false)
  })

  it('gives the ask the optional kind of its concession', () => {
    const parsed = parsePosting(
      'What you need:\n- A forklift licence\n- Knowledge of Excel, though it is not required for the role',
      taxonomy,
    )
    const excel = parsed.requirements.find((item) => /excel/iu.test(item.label))
    expect(excel?.kind).toBe('nice_to_have')
    expect(excel?.source.text).not.toContain('though')
  })
})

describe('parsePosting: a language asked at the level of its use', () => {
  it('reads no quality from the use that names the level', () => {
    for (const line of [
      'Inglés a nivel de comunicación con clientes',
      'Inglês em nível de conversação com fornecedores',
      'English at a conversation level with suppliers',
    ]) {
      const labels = parsePosting(`Requisitos:\n- ${line}`, taxonomy).requirements.map((item) => item.label)
      expect(labels).toEqual(['English'])
    }
  })
})
