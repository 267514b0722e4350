import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()

const labels = (posting: string) => parsePosting(posting, taxonomy).requirements.map((r) => r.label)
const kinds = (posting: string) => parsePosting(posting, taxonomy).requirements.map((r) => r.kind)

describe('a label that only names the asks', () => {
  it('reads the qualities after "Profile:" / "Perfil:" one by one, not the label', () => {
    expect(
      labels(
        'Night porter\nRequirements\n- Profile: a calm person, able to handle complaints politely and real attention to detail',
      ),
    ).toEqual(['a calm person', 'able to handle complaints politely', 'real attention to detail'])
    expect(
      labels(
        'Cuidador\nRequisitos\n- Perfil: pessoa muito paciente, capacidade de ouvir as famílias e discrição total',
      ),
    ).toEqual(['muito paciente', 'capacidade de ouvir as famílias', 'discrição total'])
    expect(
      labels(
        'Monitor\nRequisitos\n- Competencias: calma ante imprevistos, trato amable con las familias, puntualidad',
      ),
    ).toEqual(['calma ante imprevistos', 'trato amable con las familias', 'puntualidad'])
  })
  it('on a paragraph of its own after an optional list, asks as its heading would', () => {
    const posting =
      'Recepcionista\nRequisitos\n- Ensino médio completo\n\nDiferenciais:\n- Espanhol\n\nPerfil: simpatia no atendimento, organização com a agenda e muita discrição com os pacientes.'
    expect(labels(posting)).toContain('organização com a agenda')
    expect(kinds(posting).slice(-3)).toEqual(['required', 'required', 'required'])
  })
  it('keeps a label that names a tool as the thing asked', () => {
    expect(labels('Analyst\nRequirements\n- Excel: pivot tables and macros').join(' ')).toMatch(/Excel/u)
  })
})

describe('codes under one taxonomy name', () => {
  it('asks each code apart, whatever the first one carries before the joint', () => {
    expect(
      labels('Montador\nRequisitos\n- NR-33 (espaço confinado) válida, e NR-10 também para os painéis;'),
    ).toEqual(['OSHA Safety (NR-33)', 'OSHA Safety (NR-10)'])
    expect(labels('Electricista\nRequisitos\n- NR-10 vigente y NR-35 para trabajos en altura')).toEqual([
      'OSHA Safety (NR-10)',
      'OSHA Safety (NR-35)',
    ])
  })
  it('labels a lone code with the code itself', () => {
    expect(labels('Operador\nRequisitos\n- NR-12 para operar as prensas')).toEqual(['OSHA Safety (NR-12)'])
  })
  it('keeps codes offered as a choice as one ask', () => {
    expect(labels('Operador\nRequisitos\n- NR-12 ou NR-11 em dia')).toHaveLength(1)
  })
})

describe('a second means of one quality', () => {
  it('keeps "by phone and e-mail" style means on the quality', () => {
    expect(labels('Despachador\nRequisitos\n- Comunicación clara por radio y teléfono, puntualidad')).toEqual(
      ['Comunicación clara por radio y teléfono', 'puntualidad'],
    )
  })
})
