import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { headsThingsToSend } from './find-proof-documents'
import { findRunningFurniture } from './find-running-furniture'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()
const sources = (text: string) => parsePosting(text, taxonomy).requirements.map((r) => r.source.text)
const asks = (text: string, words: string) =>
  parsePosting(text, taxonomy).requirements.some((requirement) =>
    `${requirement.label} ${requirement.source.text}`.toLowerCase().includes(words.toLowerCase()),
  )

describe('findRunningFurniture: a footer whose fields end in the page counter', () => {
  it('sets aside a footer split by bars or dashes, and the header repeated after it (EN, PT, ES)', () => {
    const lines = [
      'HARBOUR FREIGHT COOPERATIVE',
      'Vacancy Notice HFC/07',
      '',
      'Requirements',
      '- Forklift licence',
      'Harbour Freight Cooperative | Vacancy Notice HFC/07 | Page 1 of 2',
      'Vacancy Notice HFC/07',
      '- Night shifts',
      'Cooperativa do Porto – Edital 12/2027 – Página 2 de 3',
      'Clínica Norte · Convocatoria 5 · Pág. 1/4',
    ].map((text) => ({ text }))
    const found = findRunningFurniture(lines)
    expect(found.has(5)).toBe(true)
    expect(found.has(6)).toBe(true)
    expect(found.has(1)).toBe(true)
    expect(found.has(8)).toBe(true)
    expect(found.has(9)).toBe(true)
    expect(found.has(4)).toBe(false)
    expect(found.has(7)).toBe(false)
  })

  it('keeps a list of tools split by bars', () => {
    const items = [{ text: 'Excel | Word | PowerPoint' }, { text: 'Requirements' }]
    expect(findRunningFurniture(items).size).toBe(0)
  })
})

describe('parsePosting: a numbered outline past its asks', () => {
  it('ends the extras at the next top-level clause, whatever its words (EN)', () => {
    const text = [
      'Regional Water Board',
      '',
      '1. THE ROLE',
      'The surveyor maps pipe networks across the region.',
      '',
      '2. WHAT YOU NEED',
      '2.1 Essential:',
      '  a) A diploma in surveying.',
      '  b) Three years of field survey work.',
      '2.2 Desirable:',
      '  a) Experience with drone photogrammetry.',
      '',
      '3. WORKING ALONGSIDE',
      'Inside: planners, pipe crews, GIS officers.',
      'Outside: contractors, landowners, the regional council.',
      '',
      '4. SIGN-OFF',
      'This description may be revised as the board needs change.',
    ].join('\n')
    expect(asks(text, 'photogrammetry')).toBe(true)
    expect(asks(text, 'diploma in surveying')).toBe(true)
    expect(sources(text).some((source) => /planners|contractors|revised/.test(source))).toBe(false)
  })
})

describe('headsThingsToSend: a heading of papers to send', () => {
  it('reads such headings in EN, PT and ES, and not asks or sentences', () => {
    expect(headsThingsToSend('Papers to submit')).toBe(true)
    expect(headsThingsToSend('Documentos a apresentar:')).toBe(true)
    expect(headsThingsToSend('Documentos que hay que adjuntar')).toBe(false)
    expect(headsThingsToSend('Documentación a entregar')).toBe(true)
    expect(headsThingsToSend('Please submit your CV to jobs@example.org.')).toBe(false)
    expect(headsThingsToSend('Requirements')).toBe(false)
    expect(headsThingsToSend('What you will need to bring')).toBe(false)
    expect(headsThingsToSend('Lo que tienes que presentar')).toBe(false)
  })

  it('does not read the papers under it as asks (PT)', () => {
    const text = [
      'Vaga: Técnico de Enfermagem',
      '',
      'Requisitos',
      '- Curso técnico em enfermagem',
      '- Registro ativo no COREN',
      '',
      'Documentos a apresentar',
      'Ficha de inscrição preenchida e assinada.',
      'Comprovante de residência recente.',
    ].join('\n')
    expect(asks(text, 'COREN')).toBe(true)
    expect(sources(text).some((source) => /Ficha de inscri|Comprovante/.test(source))).toBe(false)
  })
})
