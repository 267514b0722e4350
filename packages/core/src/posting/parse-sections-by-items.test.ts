import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'
import { classifyHeading } from './posting-cues'

// Headings the cue words cannot place still end the section above them, and what they open is told by what their
// lines contain; headings that ask in idiom, in the voseo or as a question are read for what they ask. Phrasings
// written for these tests.

const taxonomy = loadTaxonomy()

function read(text: string) {
  const parsed = parsePosting(text, taxonomy)
  return {
    asked: parsed.requirements.map((item) => [
      item.source.text.replace(/^[^\p{L}\p{N}]+/u, '').trim(),
      item.kind,
    ]),
    duties: parsed.responsibilities.map((line) => line.replace(/^[^\p{L}\p{N}]+/u, '').trim()),
  }
}

describe('parsePosting: a section decided by its lines', () => {
  it('reads asks under an unknown heading after a duties list as requirements (EN, PT, ES)', () => {
    for (const [duties, heading, asks] of [
      [
        ['Build custom cabinets for kitchen refits', 'Prepare cut lists from the drawings'],
        'Before you pick up a chisel here',
        [
          'Three years or more of joinery experience',
          'A full UK driving licence',
          'You are tidy and punctual',
        ],
      ],
      [
        ['Preparar lanches e porções do cardápio', 'Organizar o estoque da semana'],
        'Pra entrar no nosso time',
        [
          'Ensino médio completo',
          'Experiência de um ano em cozinha industrial',
          'Poder trabalhar aos domingos',
        ],
      ],
      [
        ['Amasar y hornear el pan del día', 'Ordenar la cámara de frío'],
        'Para sumarte al obrador',
        [
          'Dos años o más en panadería artesanal',
          'Carné de manipulación de alimentos vigente',
          'Que te guste madrugar',
        ],
      ],
    ] as const) {
      const text = `Acme\n\nThe role\n${duties.map((line) => `• ${line}`).join('\n')}\n\n${heading}\n${asks.map((line) => `▸ ${line}`).join('\n')}\n`
      const { asked, duties: read_ } = read(text)
      const sources = asked.map(([source]) => source)
      for (const ask of asks.slice(0, 2)) expect(sources.join('\n'), heading).toContain(ask)
      expect(sources, heading).not.toContain(heading)
      for (const duty of duties) {
        expect(read_, heading).toContain(duty)
        expect(sources, heading).not.toContain(duty)
      }
    }
  })

  it('keeps duties under an unknown heading after the requirements as duties (EN, PT, ES)', () => {
    for (const [asks, heading, duties] of [
      [
        ['Forklift licence', 'Two years in a busy warehouse'],
        'Out on the dock floor',
        ['Load and unload trailers', 'Build pallets for outbound orders', 'Keep the loading bays clear'],
      ],
      [
        ['Ensino médio completo', 'CNH categoria B'],
        'No balcão e na cozinha',
        ['Preparar lanches e porções', 'Organizar o estoque da semana', 'Fechar o caixa no fim do turno'],
      ],
      [
        ['Secundaria completa', 'Dos años como cocinero de línea'],
        'Entre fogones',
        ['Preparar la mise en place', 'Cocinar los platos del menú', 'Limpiar la estación al cierre'],
      ],
    ] as const) {
      const text = `Acme\n\nRequirements\n${asks.map((line) => `- ${line}`).join('\n')}\n${heading}\n${duties.map((line) => `- ${line}`).join('\n')}\n`
      const { asked, duties: read_ } = read(text)
      const sources = asked.map(([source]) => source)
      for (const duty of duties) {
        expect(sources, heading).not.toContain(duty)
        expect(read_, heading).toContain(duty)
      }
    }
  })

  it('reads prose paragraphs of asks under a heading of unknown words that follows the duties (EN)', () => {
    const text = [
      'Harbour Plumbing',
      '',
      'What the job involves',
      '',
      'Most days are spent on service calls across the city, fixing leaks and fitting boilers.',
      '',
      'Before you hit apply',
      'You will have at least three years of commercial plumbing behind you and a Gas Safe registration.',
      '',
      'A full driving licence matters to us because the van goes home with you.',
      '',
    ].join('\n')
    const sources = read(text).asked.map(([source]) => source)
    expect(sources.join('\n')).toContain('three years of commercial plumbing')
    expect(sources.join('\n')).toContain('driving licence')
  })
})

describe('classifyHeading: asks told in idiom, voseo and questions', () => {
  it('reads verbs of bringing or having put to the reader as what is required', () => {
    for (const heading of [
      'What you bring along',
      'What we hope you will bring',
      'Lo que necesitás traer',
      'Lo que tenés que saber',
      'O que você precisa trazer',
      'What will you need?',
      '¿Qué pedimos?',
      'O que você precisa ter?',
    ])
      expect(classifyHeading(heading, true), heading).toBe('required')
  })

  it('reads idioms of obligation as required and their denial or a condition of lacking as optional', () => {
    expect(classifyHeading('Make-or-break stuff', true)).toBe('required')
    expect(classifyHeading('Lo que va sí o sí', true)).toBe('required')
    for (const heading of [
      'Bonus points (nothing here is make-or-break)',
      'Extras (none of them are deal-breakers)',
      'Suma si lo tenés (si no, postulate igual)',
      'Conta a favor (se não tiver, mande mesmo assim)',
      'Also good to know, even if you lack some of it',
    ])
      expect(classifyHeading(heading, true, true), heading).toBe('nice_to_have')
  })

  it('leaves a line that opens with the verb as an item, and what we bring to the employer', () => {
    expect(classifyHeading('Tengas licencia de conducir', false)).toBeNull()
    expect(classifyHeading('What we bring', true)).not.toBe('required')
  })
})
