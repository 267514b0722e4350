import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'

const taxonomy = loadTaxonomy()

const labels = (text: string) =>
  parsePosting(text, taxonomy).requirements.map((requirement) => requirement.label)

describe('parsePosting: a listed ask that ends by saying what it also covers', () => {
  it('keeps "inclusive" / "incluso" / "even" with the ask it widens, never as an ask of its own', () => {
    for (const line of [
      'Saber lavar e tosar cães de porte grande, inclusive os mais bravos',
      'Saber podar árboles frutales, incluso los de gran porte',
      'Conocimiento de poda y injerto, incluso en altura',
      'Working knowledge of pruning and grafting, even on tall trees',
    ]) {
      const found = labels(`Requisitos:\n- ${line}\n`)
      expect(found.length).toBeGreaterThan(0)
      for (const label of found) expect(label).not.toMatch(/^(?:inclusive|incluso|even)\b/iu)
    }
  })

  it('still asks each thing of the list before the widening tail', () => {
    const found = labels('Requisitos:\n- Conocimiento de poda y injerto, incluso en altura\n')
    expect(found.some((label) => /poda/u.test(label))).toBe(true)
    expect(found.some((label) => /injerto/u.test(label))).toBe(true)
  })
})
