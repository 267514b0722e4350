import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import type { ParsedPosting } from '../types'
import { parsePosting } from './parse-posting'
import { readInlineLabel } from './posting-cues'

const taxonomy = loadTaxonomy()

function sources(posting: ParsedPosting): string[] {
  return posting.requirements.map((requirement) => requirement.source.text)
}

describe('a verb left before "or" without its object', () => {
  it('keeps the modal verb with the object it shares across "or"', () => {
    const english = sources(
      parsePosting(
        'Forklift driver\nYou should hold or be ready to get a forklift licence and have two years in a warehouse.',
        taxonomy,
      ),
    )
    expect(english).toContain('You should hold or be ready to get a forklift licence')
    expect(english.some((source) => /^You should hold$/u.test(source.trim()))).toBe(false)
    const portuguese = sources(
      parsePosting(
        'Motorista\nVocê precisa obter ou já ter a CNH categoria D e ter dois anos de estrada.',
        taxonomy,
      ),
    )
    expect(portuguese).toContain('Você precisa obter ou já ter a CNH categoria D')
    const spanish = sources(
      parsePosting(
        'Chofer\nDebes obtener o ya tener el carné de conducir tipo C y tener dos años de ruta.',
        taxonomy,
      ),
    )
    expect(spanish).toContain('Debes obtener o ya tener el carné de conducir tipo C')
  })
})

describe('a label before a colon that only says the list after it is optional', () => {
  it('reads the label as heading its own line as optional', () => {
    expect(readInlineLabel('Would put you ahead of the rest: Dutch and a crane ticket.')?.section).toBe(
      'nice_to_have',
    )
    expect(readInlineLabel('Vai contar a seu favor: inglês e curso de NR-11.')?.section).toBe('nice_to_have')
    expect(readInlineLabel('Jugaría a tu favor: el euskera y un curso de gruista.')?.section).toBe(
      'nice_to_have',
    )
    const english = parsePosting(
      'Crane operator\nWould put you ahead of the rest: a rigging ticket.\n\nPay is weekly; some Saturdays can be swapped.',
      taxonomy,
    )
    expect(sources(english)).toContain('a rigging ticket.')
    expect(english.requirements.every((requirement) => requirement.kind === 'nice_to_have')).toBe(true)
  })

  it('leaves a plain clause before a colon, and a label of other searches, heading nothing', () => {
    expect(readInlineLabel('People also looked for: crane jobs · rigger jobs')).toBeNull()
    expect(readInlineLabel('Buscar otros empleos: gruista · aparejador')).toBeNull()
    expect(readInlineLabel('Nós ligamos para você: de segunda a sexta')).toBeNull()
  })
})
