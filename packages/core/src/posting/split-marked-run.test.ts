import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { findPageFurniture, readPageLines } from './find-page-furniture'
import { isPageWidget } from './find-page-widgets'
import { parsePosting } from './parse-posting'
import { splitMarkedRuns } from './split-marked-run'

const taxonomy = loadTaxonomy()

/** The lines the splitter makes of one text, checked to keep their offsets into it. */
function split(text: string): string[] {
  const lines = splitMarkedRuns(readPageLines(text))
  for (const line of lines) expect(text.slice(line.start, line.end)).toBe(line.text)
  return lines.map((line) => line.text)
}

const asked = (text: string) =>
  parsePosting(text, taxonomy).requirements.map((requirement) => ({
    kind: requirement.kind,
    text: requirement.source.text,
  }))

describe('splitMarkedRuns: a list pasted onto one line', () => {
  it('cuts before each repeated emoji mark and sets an inline heading on its own line (PT)', () => {
    const text =
      'Padaria no centro contrata atendente. 🧾 Requisitos: ✅ Ensino fundamental completo ✅ Experiência com balcão ✅ Saber usar balança eletrônica 🌟 Diferencial: ✅ Curso de manipulação de alimentos'
    expect(split(text)).toEqual([
      'Padaria no centro contrata atendente.',
      '🧾 Requisitos:',
      '✅ Ensino fundamental completo',
      '✅ Experiência com balcão',
      '✅ Saber usar balança eletrônica',
      '🌟 Diferencial:',
      '✅ Curso de manipulação de alimentos',
    ])
  })

  it('cuts a label that follows the last item of a list on the same mark (EN)', () => {
    const text =
      'Warehouse team in Leeds is hiring pickers ► Forklift licence ► Steel-toe boots ► Able to lift 20 kg Nice to have: ► Experience with handheld scanners'
    expect(split(text)).toEqual([
      'Warehouse team in Leeds is hiring pickers',
      '► Forklift licence',
      '► Steel-toe boots',
      '► Able to lift 20 kg',
      'Nice to have:',
      '► Experience with handheld scanners',
    ])
  })

  it('reads items numbered inline, in order (ES)', () => {
    const text =
      'Buscamos cajero para tienda de barrio. Requisitos: 1) Secundaria completa 2) Manejo de caja registradora 3) Disponibilidad para fines de semana'
    expect(split(text)).toEqual([
      'Buscamos cajero para tienda de barrio.',
      'Requisitos:',
      '1) Secundaria completa',
      '2) Manejo de caja registradora',
      '3) Disponibilidad para fines de semana',
    ])
  })

  it('opens a section at a heading written in capitals in the middle of a paragraph', () => {
    const text =
      'Oficina mecânica em Campinas procura ajudante. REQUISITOS ter CNH categoria B e vontade de aprender. DIFERENCIAL curso técnico em mecânica automotiva.'
    expect(split(text)).toEqual([
      'Oficina mecânica em Campinas procura ajudante.',
      'REQUISITOS',
      'ter CNH categoria B e vontade de aprender.',
      'DIFERENCIAL',
      'curso técnico em mecânica automotiva.',
    ])
  })

  it('leaves prose whole: a single bullet, an emoji ending a sentence, marks inside brackets, a stray number', () => {
    for (const text of [
      'Our kitchen serves breakfast and lunch • we close at four, so evenings are always yours and weekends rotate fairly.',
      'Trabalhamos com muita alegria 😊 Venha conhecer nossa equipe e tomar um café com a gente antes de decidir qualquer coisa.',
      'Se valora experiencia con herramientas de oficina (✔ hojas de cálculo ✔ procesadores de texto ✔ correo) y buena letra.',
      'We moved to version 2. Then the team doubled and the office in 3. Street became too small for all of us, sadly.',
    ])
      expect(split(text)).toEqual([text])
  })

  it('leaves a row of fields parted by middle dots alone, whatever labels it holds', () => {
    const text =
      'Salario: 1.200€ brutos al mes · Experiencia mínima: Al menos un año · Contrato indefinido, jornada completa y turnos rotativos'
    expect(split(text)).toEqual([text])
  })
})

describe('a one-line social post read whole', () => {
  it('asks each item of a list that lost its breaks, under the heading inside the line (PT)', () => {
    const text = [
      'Vagas Região Sul',
      '🔥 VAGA DE AUXILIAR DE COZINHA 🔥 Restaurante no bairro Menino Deus contratando com urgência! 📋 O QUE PEDIMOS: ✔️ Experiência mínima de 1 ano em cozinha industrial ✔️ Disponibilidade para trabalhar aos sábados ✔️ Saber higienizar hortifruti ✔️ Residir próximo ao bairro 💡 Diferencial: ✔️ Curso de boas práticas na manipulação de alimentos',
      '📲 Currículo pelo WhatsApp (51) 9 9999-0000',
    ].join('\n')
    const found = asked(text)
    expect(found.some((item) => item.kind === 'required' && /cozinha industrial/u.test(item.text))).toBe(true)
    expect(found.some((item) => item.kind === 'required' && /sábados/u.test(item.text))).toBe(true)
    expect(found.some((item) => item.kind === 'required' && /hortifruti/u.test(item.text))).toBe(true)
    expect(found.some((item) => item.kind === 'nice_to_have' && /boas práticas/u.test(item.text))).toBe(true)
    expect(found.some((item) => /AUXILIAR DE COZINHA|WhatsApp/u.test(item.text))).toBe(false)
  })

  it('asks each numbered item of a one-line post (EN)', () => {
    const text =
      'We are a family bakery hiring a morning baker. What you need: 1) Two years baking bread at scale 2) Food hygiene certificate 3) Happy to start at 4am. Apply with your CV at the counter.'
    const found = asked(text)
    expect(found.some((item) => /baking bread/u.test(item.text))).toBe(true)
    expect(found.some((item) => /hygiene certificate/u.test(item.text))).toBe(true)
    expect(found.some((item) => /4am/u.test(item.text))).toBe(true)
  })

  it('sets aside the controls, hashtags and tagged replies a social network shows under a post', () => {
    expect(isPageWidget('👍 Like   💬 Comment   ↪ Share')).toBe(true)
    expect(isPageWidget('Me gusta · Comentar · Compartir')).toBe(true)
    expect(isPageWidget('Escreva um comentário...')).toBe(true)
    expect(isPageWidget('Share your knowledge of stock rotation with new staff')).toBe(false)
    const lines = readPageLines(
      [
        'Buscamos repartidor con moto propia.',
        '#empleo #reparto #trabajo',
        'Lucía Pérez: @Andrés Gómez mira esto',
      ].join('\n'),
    )
    const furniture = findPageFurniture(lines, taxonomy)
    expect(furniture.has(1)).toBe(true)
    expect(furniture.has(2)).toBe(true)
    expect(furniture.has(0)).toBe(false)
  })
})
