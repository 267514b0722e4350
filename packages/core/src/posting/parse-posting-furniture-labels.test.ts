import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { sentenceFurniture } from './find-page-furniture'
import { parsePosting } from './parse-posting'
import { classifyHeading } from './posting-cues'

const taxonomy = loadTaxonomy()

const parse = (text: string) => parsePosting(text, taxonomy)
const asks = (text: string, words: string) =>
  parse(text).requirements.some((requirement) =>
    `${requirement.label} ${requirement.source.text}`.toLowerCase().includes(words.toLowerCase()),
  )
const find = (text: string, words: string) =>
  parse(text).requirements.find((requirement) =>
    `${requirement.label} ${requirement.source.text}`.toLowerCase().includes(words.toLowerCase()),
  )

describe('classifyHeading: the reader receiving, and harm denied', () => {
  it('reads a heading of what the reader gets as the offer, in EN, PT and ES', () => {
    expect(classifyHeading('What you get')).toBe('benefits')
    expect(classifyHeading("What's in it for you")).toBe('benefits')
    expect(classifyHeading('O que você recebe')).toBe('benefits')
    expect(classifyHeading('Lo que recibirás')).toBe('benefits')
    // Getting to do something is the work; needing is still the ask.
    expect(classifyHeading("What you'll get to do")).toBe('responsibilities')
    expect(classifyHeading('What you need')).toBe('required')
  })

  it('reads a heading that denies harm as optional, in EN, PT and ES', () => {
    expect(classifyHeading("It can't hurt to have")).toBe('nice_to_have')
    expect(classifyHeading('Não custa ter')).toBe('nice_to_have')
    expect(classifyHeading('No estaría de más que tengas')).toBe('nice_to_have')
  })

  it('makes the list under such a heading optional', () => {
    const text = [
      'Warehouse Supervisor',
      'Requirements',
      'Three years supervising a pick-and-pack team',
      'Forklift licence',
      "Wouldn't hurt if you have",
      'Experience with a WMS such as Manhattan',
    ].join('\n')
    expect(find(text, 'Manhattan')?.kind).toBe('nice_to_have')
    expect(find(text, 'Forklift')?.kind).toBe('required')
  })
})

describe('sentenceFurniture: a label of the offer, the work or the contract with its content', () => {
  it('sets aside a label of what the reader gets with its list, in EN, PT and ES', () => {
    expect(sentenceFurniture('What you get: 30 days off, a cycle-to-work scheme and free lunches.')).toBe(
      'benefits',
    )
    expect(sentenceFurniture('O que você recebe: vale-refeição, day off e academia.')).toBe('benefits')
    expect(sentenceFurniture('Lo que recibirás: comedor, seguro y bono anual.')).toBe('benefits')
  })

  it('sets aside a label of duties inside a paragraph, in EN, PT and ES, and keeps a label of what is asked', () => {
    const page = (title: string, asked: string, heading: string, paragraph: string, button: string) =>
      [title, asked.split(' | ')[0], `- ${asked.split(' | ')[1]}`, heading, paragraph, button].join('\n')
    const en = page(
      'Kitchen Porter – Harbour Grill',
      'Requirements | Food hygiene level 2',
      'Description',
      'We need two kitchen porters for the summer season. Your duties: pot washing, delivery checks, yard sweeping and bin rotation.',
      'Apply below',
    )
    expect(asks(en, 'pot washing')).toBe(false)
    expect(asks(en, 'Food hygiene')).toBe(true)
    const es = page(
      'Ayudante de cocina – Parrilla del Puerto',
      'Requisitos | Carné de manipulador de alimentos',
      'Descripción',
      'Necesitamos dos ayudantes para la temporada de verano. Tus funciones: limpieza de ollas, recepción de mercadería y orden de cámaras.',
      'Postularme',
    )
    expect(asks(es, 'limpieza de ollas')).toBe(false)
    const pt = page(
      'Auxiliar de cozinha – Grelha do Porto',
      'Requisitos | Curso de manipulação de alimentos',
      'Descrição',
      'Precisamos de dois auxiliares para a temporada de verão. Suas atividades: lavagem de panelas, conferência de entregas e organização das câmaras.',
      'Candidatar-se',
    )
    expect(asks(pt, 'lavagem de panelas')).toBe(false)
    const kept =
      'We are hiring a kitchen porter. What we need: a food hygiene certificate and weekend availability.'
    expect(asks(kept, 'food hygiene')).toBe(true)
  })

  it('sets aside a row of the contract under its field label, in EN, PT and ES', () => {
    expect(sentenceFurniture('Job type: Full-time, Permanent')).toBe('benefits')
    expect(sentenceFurniture('Tipo de contrato: Por tiempo indeterminado')).toBe('benefits')
    expect(sentenceFurniture('Regime: CLT, prazo indeterminado')).toBe('benefits')
    expect(sentenceFurniture('Requirements: full-time availability')).toBe(null)
  })

  it("sets aside a board's job-details box glued into one span, in EN, PT and ES", () => {
    expect(
      sentenceFurniture(
        'Job Type: Part-time Salary: £12.50 an hour Benefits: Staff meals, Free parking Schedule: Day shift, Weekends',
      ),
    ).toBe('benefits')
    expect(
      sentenceFurniture('Tipo de vaga: Efetivo Salário: R$ 2.400 Benefícios: VT, VR Horário: Escala 6x1'),
    ).toBe('benefits')
    expect(
      sentenceFurniture(
        'Tipo de empleo: Temporal Sueldo: $900 Horario: Turno noche Lugar de trabajo: Planta Norte',
      ),
    ).toBe('benefits')
  })
})

describe('sentenceFurniture: notices of the employer and calls to act', () => {
  it("sets aside the employer's disclosure of the part it plays, in EN, PT and ES", () => {
    expect(sentenceFurniture('Harbourside Joinery Ltd is acting as an employer.')).not.toBe(null)
    expect(sentenceFurniture('A Vértice Obras atua como empregadora nesta vaga.')).not.toBe(null)
    expect(sentenceFurniture('Talento Sur actúa como agencia de empleo.')).not.toBe(null)
  })

  it('sets aside a contact line after a condition, and keeps contacting customers as work', () => {
    expect(
      sentenceFurniture('If you require adjustments during the process, email talent@example.org.'),
    ).toBe('call-to-action')
    expect(sentenceFurniture('Se precisar de adaptações, escreva para rh@exemplo.com.br.')).toBe(
      'call-to-action',
    )
    expect(sentenceFurniture('Si necesitas ajustes, escríbenos a rrhh@ejemplo.es.')).toBe('call-to-action')
    expect(sentenceFurniture('Contact customers about overdue invoices')).toBe(null)
  })

  it('sets aside an imperative to apply with what to send, and keeps applying methods as work', () => {
    expect(
      sentenceFurniture('✉️ Apply now with your portfolio and a short note about your favourite project.'),
    ).toBe('call-to-action')
    expect(sentenceFurniture('Postúlate con tu hoja de vida y dos cartas de referencia.')).toBe(
      'call-to-action',
    )
    expect(sentenceFurniture('Apply statistical sampling to audit findings')).toBe(null)
    expect(sentenceFurniture('Apply on-site lockout procedures before any repair')).toBe(null)
  })
})

describe('parsePosting: fragments cut at a street form or a destination', () => {
  it('keeps a street abbreviation inside its sentence on a page pasted without breaks (ES)', () => {
    const text =
      'Repartidor en moto – Quito. Distribuidora Andina busca repartidores para la zona norte. Requisitos: licencia tipo A vigente; moto propia; vivir cerca de la Av. Eloy Alfaro. Ofrecemos: sueldo fijo, comisiones y seguro. Postúlate con tu hoja de vida actualizada.'
    expect(asks(text, 'la Av. Eloy Alfaro')).toBe(true)
  })

  it('keeps a destination after "e a" / "y a" with the travel it completes (PT, ES)', () => {
    const pt = ['Requisitos:', 'Disponibilidade para visitas ao centro de distribuição e a Jundiaí.'].join(
      '\n',
    )
    expect(asks(pt, 'Disponibilidade para visitas ao centro de distribuição e a Jundiaí')).toBe(true)
    const es = ['Requisitos:', 'Disponibilidad para viajes cortos al puerto de Paita y a Piura.'].join('\n')
    expect(asks(es, 'Disponibilidad para viajes cortos al puerto de Paita y a Piura')).toBe(true)
  })

  it('keeps a requirement whose named opening joins a second thing with "e", not a verb "é" (PT)', () => {
    const text = [
      'Requisitos:',
      'Domínio do Código Civil 2002 e da rotina de cartório (escrituras, registros, certidões).',
    ].join('\n')
    expect(asks(text, 'Código Civil')).toBe(true)
  })

  it('keeps a registration held in a body, which is no call to sign up (ES, PT)', () => {
    const es = ['Requisitos:', '- Inscripción en el Colegio de Enfermeras de Lima', '- Dos años en UCI'].join(
      '\n',
    )
    expect(asks(es, 'Colegio de Enfermeras')).toBe(true)
    const pt = ['Requisitos:', '- Inscrição ativa no Conselho Regional de Nutrição', '- CNH B'].join('\n')
    expect(asks(pt, 'Conselho Regional')).toBe(true)
  })
})
