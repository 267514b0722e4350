import { beforeAll, describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'

// Asks a loose post states in one run: a phone post opened by an emoji and written as a paragraph, a chain of
// relatives after the one wanted (", que sepa…, que tenga…"), one bonus said among many plain sentences. Phrasings
// written for these tests, in EN, PT and ES.

const taxonomy = loadTaxonomy()

beforeAll(() => {
  parsePosting('Cook\n\nRequirements\n- Two years in a kitchen\n- Food safety certificate', taxonomy)
}, 60_000)

function sources(text: string): Array<[string, string]> {
  return parsePosting(text, taxonomy).requirements.map((item) => [item.source.text.trim(), item.kind])
}

function has(found: Array<[string, string]>, fragment: string): boolean {
  return found.some(([source]) => source.includes(fragment))
}

// An ask read on its own: its source opens with the words, not a whole sentence that holds them among others.
function opens(found: Array<[string, string]>, fragment: string): boolean {
  return found.some(([source]) => source.startsWith(fragment))
}

const PAGE = (post: string) =>
  `Grupo de Empregos da Região\nGrupo público · 9 mil membros\n\nCarla Souza ▸ Grupo de Empregos da Região\n3 h · 🌐\n\n${post}\n\n👍 12 · 4 comentários\n\nCurtir · Comentar · Compartilhar\n\nMais relevantes ▾\n\nAna Gómez\nAinda está disponível?\nCurtir · Responder · 2 h`

describe('a phone post written as one paragraph under an emoji', () => {
  it('reads each sentence of the paragraph apart (PT)', () => {
    const found = sources(
      PAGE(
        '🔧🚗 Oficina mecânica no centro da cidade, perto da rodoviária, contrata mecânico com experiência em motor diesel de caminhões leves. Horário de segunda a sexta, das 8h às 18h. Quem tiver curso de injeção eletrônica sai na frente. Salário a combinar mais vale-transporte. Interessados chamar no privado com currículo.',
      ),
    )
    expect(found.find(([source]) => source.includes('injeção'))?.[1]).toBe('nice_to_have')
    // The one bonus said among the plain sentences does not make them all optional: the hours stay a condition to
    // meet, and the call to apply asks nothing.
    expect(found.find(([source]) => source.startsWith('Horário de segunda a sexta'))?.[1]).toBe('required')
    expect(has(found, 'chamar no privado')).toBe(false)
  })
})

describe('a chain of relatives after the one wanted', () => {
  it('asks each relative a comma opens, in a post with page furniture around it (ES)', () => {
    const found = sources(
      PAGE(
        'Buen día grupo, en la panadería del mercado estamos buscando panadero con dos años de oficio, que hornee pan de masa madre sin receta, que maneje la amasadora industrial y que llegue a las cinco de la mañana.',
      ),
    )
    expect(opens(found, 'que hornee pan de masa madre')).toBe(true)
    expect(opens(found, 'que maneje la amasadora industrial')).toBe(true)
    expect(opens(found, 'que llegue a las cinco')).toBe(true)
  })

  it('asks each relative of an English chain as well (EN)', () => {
    const found = sources(
      PAGE(
        "Morning all, we're looking for a roofer with three years on pitched roofs, who cuts slate by hand, and who reads a roof plan without help.",
      ),
    )
    expect(opens(found, 'who cuts slate by hand')).toBe(true)
    expect(opens(found, 'who reads a roof plan')).toBe(true)
  })
})
