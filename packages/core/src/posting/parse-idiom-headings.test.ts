import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'

// Extras announced in idiom rather than by a word of optional-ness: what would please someone at the company, what
// comes on top of the rest. And short unmarked items under such a heading. Phrasings written for these tests.

const taxonomy = loadTaxonomy()

function kinds(text: string): Array<[string, string]> {
  return parsePosting(text, taxonomy).requirements.map((item) => [item.source.text.trim(), item.kind])
}

describe('parsePosting: headings of extras in idiom', () => {
  it('reads a conditional about pleasing someone as a heading of extras (EN, PT, ES)', () => {
    for (const [asked, heading, extra] of [
      [
        'Valid driving licence',
        'Things that would make our head chef grin',
        'Experience with sous-vide cooking',
      ],
      [
        'Ensino médio completo',
        'Coisas que deixariam nossa gerente feliz',
        'Experiência com pães de fermentação natural',
      ],
      [
        'Secundaria completa',
        'Cosas que harían sonreír a nuestro jefe de taller',
        'Experiencia con soldadura TIG',
      ],
    ] as const) {
      const found = kinds(
        `Role\n\nRequirements\n${asked}\nTeam player with a positive attitude\n${heading}\n${extra}\nAbout us\n`,
      )
      expect(
        found.map(([text]) => text),
        heading,
      ).not.toContain(heading)
      expect(found, heading).toContainEqual([extra, 'nice_to_have'])
    }
  })

  it('reads an addition on top of the rest as a heading of extras (EN, PT, ES)', () => {
    for (const [heading, extra] of [
      ['And if on top of that...', '• you speak Italian, even better'],
      ['E se ainda por cima...', '• você fala italiano, melhor ainda'],
      ['Y si encima...', '• hablas italiano, mejor todavía'],
    ] as const) {
      const found = kinds(`Role\n\nRequirements\n• Two years in retail\n${heading}\n${extra}\n`)
      expect(
        found.map(([text]) => text),
        heading,
      ).not.toContain(heading)
      expect(
        found.some(([text, kind]) => extra.includes(text.replace(/^•\s*/u, '')) && kind === 'nice_to_have'),
        heading,
      ).toBe(true)
    }
  })
})

describe('parsePosting: short unmarked items under a heading', () => {
  it('keeps a line that names what an experience is of as an item, not a heading (EN, PT, ES)', () => {
    for (const [heading, item] of [
      ['Nice to have', 'Experience with kilns'],
      ['Diferenciais', 'Experiência com estufas'],
      ['Deseable', 'Experiencia con hornos'],
    ] as const) {
      const found = kinds(`Role\n\nRequirements\nHigh school diploma\n${heading}\n${item}\nFAQ\n`)
      expect(found, item).toContainEqual([item, 'nice_to_have'])
    }
  })

  it('keeps a short unmarked line naming a body by its acronym', () => {
    const found = kinds('Role\n\nRequirements\nHigh school diploma\nNice to have\nRHS or WSET coursework\n')
    expect(found).toContainEqual(['RHS or WSET coursework', 'nice_to_have'])
  })
})

describe('parsePosting: a list under no heading whose first item asks', () => {
  it('reads the items after the first as asked, and stops at the list end (EN, PT, ES)', () => {
    for (const [intro, first, item, after] of [
      [
        'Hey folks! We urgently need a tiler for a job in Leeds, please pass it on',
        'Must have at least three years laying floor tiles',
        'Mosaic and terrazzo finishes',
        'Call or text us on the number above',
      ],
      [
        'Oi pessoal! Estamos precisando de azulejista pra uma obra em Contagem, quem puder repassar agradeço',
        'Precisa ter no mínimo três anos assentando porcelanato',
        'Rejunte epóxi e pastilhas',
        'Interessados chamar no número acima',
      ],
      [
        '¡Hola a todos! Necesitamos un azulejero para una obra en Sevilla, compartid por favor',
        'Es imprescindible tener tres años colocando porcelánico',
        'Rejuntado epoxi y gresite',
        'Interesados llamar al número de arriba',
      ],
    ] as const) {
      const found = kinds(`Tiler\n\n${intro}\n👉 ${first}\n👉 ${item}\n${after}\n`)
      expect(
        found.map(([text]) => text),
        item,
      ).toContain(item)
      expect(
        found.map(([text]) => text),
        after,
      ).not.toContain(after)
    }
  })
})
