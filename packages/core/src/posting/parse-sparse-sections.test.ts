import { beforeAll, describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { findCausativeEffect } from './find-causative-effect'
import { parsePosting } from './parse-posting'
import { classifyHeading, readHeadingLine } from './posting-cues'
import { readsCompanyByPronounOnly } from './score-cue-words'

// Sections a reader set aside or left unread although their asks are plain: a heading that names the lack of the
// things as a stop, the employer giving or choosing, a causative heading with the person after "of", a list whose
// every line has its own emoji, a hook question over the list of asks, a social post's byline. Phrasings written for
// these tests, in EN, PT and ES.

const taxonomy = loadTaxonomy()

// The first parse loads WordNet and the cue tables; it is no part of any test's reading.
beforeAll(() => {
  parsePosting('Cook\n\nRequirements\n- Two years in a kitchen\n- Food safety certificate', taxonomy)
}, 60_000)

function sources(text: string): Array<[string, string]> {
  return parsePosting(text, taxonomy).requirements.map((item) => [
    item.source.text.replace(/^[^\p{L}\p{N}]+/u, '').trim(),
    item.kind,
  ])
}

function kindOf(found: Array<[string, string]>, fragment: string): string | undefined {
  return found.find(([source]) => source.includes(fragment))?.[1]
}

describe('classifyHeading: what the lack of the things stops', () => {
  it('reads a heading that says nothing goes on without the things as required', () => {
    for (const heading of [
      'Without these we cannot go any further',
      "Without this, don't bother applying",
      'Sem isso não dá pra seguir',
      'Sin esto no seguimos adelante',
    ])
      expect(classifyHeading(heading, true), heading).toBe('required')
  })

  it('keeps an absence that still lets the reader apply as an extra', () => {
    expect(classifyHeading('Without it you can still apply', true, true)).toBe('nice_to_have')
    expect(classifyHeading('Sin esto igual puedes postular', true)).toBe('nice_to_have')
  })
})

describe('classifyHeading: the employer giving the reader', () => {
  it('reads what the employer gives the reader as the benefits', () => {
    for (const heading of ['What we give you', 'Lo que te brindamos', 'O que a gente te dá', 'Esto te damos'])
      expect(classifyHeading(heading, true), heading).toBe('benefits')
  })
})

describe('readsCompanyByPronounOnly: the employer acting on a person', () => {
  it('lets the lines decide under a heading whose employer acts on the person asked about', () => {
    for (const heading of ['Who we will hire', 'Quem nós vamos contratar', 'A quién nosotros llamamos'])
      expect(readsCompanyByPronounOnly(heading), heading).toBe(true)
  })

  it('keeps the employer describing itself as the employer', () => {
    for (const heading of ['Who we are', 'Quem nós somos', 'Quiénes somos', 'What we do'])
      expect(readsCompanyByPronounOnly(heading), heading).toBe(false)
  })

  it('reads the credentials under "Who we will hire" as required', () => {
    const found = sources(
      [
        'Night Nurse',
        '',
        'What the shift looks like',
        '• Admit patients from the emergency department',
        '• Hand over to the morning team',
        '',
        'Who we will hire',
        '• Registered nurse licence in good standing',
        '• Three years or more on a medical ward',
        '• Current ACLS certification',
        '• Able to work twelve-hour night shifts',
      ].join('\n'),
    )
    expect(kindOf(found, 'Registered nurse licence')).toBe('required')
    expect(kindOf(found, 'ACLS')).toBe('required')
  })
})

describe('findCausativeEffect: the person named after "of"', () => {
  it('finds the effect when the thing moved is the person\'s, named with "of" after it', () => {
    expect(findCausativeEffect('faz o coração da gente bater mais forte'.split(' ')).size).toBeGreaterThan(0)
    expect(findCausativeEffect('hace los ojos de todos brillar'.split(' ')).size).toBeGreaterThan(0)
    expect(findCausativeEffect('makes the day of everyone better'.split(' ')).size).toBeGreaterThan(0)
  })

  it('finds no effect in a thing made that belongs to no person', () => {
    expect(findCausativeEffect('faz o corte da madeira'.split(' ')).size).toBe(0)
  })
})

describe('parsePosting: a list whose every line has its own emoji', () => {
  it('reads the first line of each block as its heading when its words name a section', () => {
    const found = sources(
      [
        'Padeiro(a) - turno da madrugada',
        '',
        '🥖 O que você vai fazer',
        '🔥 Cuidar do forno e da fermentação',
        '🧺 Organizar as entregas das 6h',
        '',
        '📋 O que a gente precisa que você tenha',
        '⏳ 2 anos em padaria artesanal',
        '🧑‍🍳 Curso de panificação',
        '🌙 Disponibilidade para trabalhar de madrugada',
        '',
        '🎁 O que a gente oferece',
        '🍞 Pão fresco todo dia',
        '🚌 Vale-transporte',
      ].join('\n'),
    )
    expect(kindOf(found, '2 anos em padaria')).toBe('required')
    expect(kindOf(found, 'Curso de panificação')).toBe('required')
    expect(kindOf(found, 'Vale-transporte')).toBeUndefined()
  })

  it('keeps the first item of a block as an item when its words name no section', () => {
    const lines = [
      '🧰 Caja de herramientas propia',
      '🪚 Manejo de sierra circular',
      '🪵 Tres años en carpintería',
    ]
    expect(readHeadingLine(lines[0] ?? '', false)).toBeNull()
    const found = sources(['Carpintero', '', 'Requisitos:', ...lines].join('\n'))
    expect(kindOf(found, 'Tres años en carpintería')).toBe('required')
  })
})

describe('parsePosting: a hook question before the list of asks', () => {
  it('reads the list under a heading of asks after a question put to the reader', () => {
    const found = sources(
      [
        'Panadería La Espiga',
        '',
        '¿Te imaginás sacando el pan antes que salga el sol? Estamos armando el turno de la madrugada',
        'y nos falta un panadero con ganas.',
        'Esto es lo que tenés que traer 👉',
        '🥐 Dos años en panadería de oficio',
        '🥐 Carnet de manipulación de alimentos vigente',
        '🥐 Que sepás manejar horno a leña',
      ].join('\n'),
    )
    expect(kindOf(found, 'Dos años en panadería')).toBe('required')
    expect(kindOf(found, 'manipulación de alimentos')).toBe('required')
  })

  it('still sets aside the answer to a question the applicant asks', () => {
    const found = sources(
      [
        'Warehouse Associate',
        '',
        'Requirements',
        '- Forklift certification',
        '- One year in a warehouse',
        '',
        'Can I apply if I live far away?',
        'Yes, but we do not pay for relocation.',
      ].join('\n'),
    )
    expect(found.some(([source]) => source.includes('relocation'))).toBe(false)
  })
})

describe('parsePosting: a social post byline', () => {
  it('does not take a byline with the post age for a heading of the post under it', () => {
    for (const byline of [
      'Top contributor · 3 h · 🌐',
      'Membro destacado · 2 d',
      'Colaboradora destacada · 45 min · 🌎',
    ]) {
      const posting = parsePosting(
        [
          'Carpenters of the Valley',
          byline,
          '',
          '🔨 Looking for a finish carpenter with 5 years of trim work and a valid driver licence. Message me.',
        ].join('\n'),
        taxonomy,
      )
      expect(
        posting.setAside.some((aside) => aside.text === byline && aside.reason === 'metadata'),
        byline,
      ).toBe(true)
      expect(posting.sections.some((section) => section.heading === byline)).toBe(false)
    }
  })
})
