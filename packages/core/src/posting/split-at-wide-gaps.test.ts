import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'
import { splitAtWideGaps } from './split-at-wide-gaps'

const indent = (lines: readonly string[]) => lines.map((line) => `          ${line}`).join('\n')

describe('splitAtWideGaps, after a wrap was undone', () => {
  it('keeps whole an indented paragraph whose joined lines left their indent between them', () => {
    const english = indent([
      'Requirements',
      'Whoever is appointed to the post of harbour pilot must be fully fit',
      'to board vessels from a launch at sea in all weathers and by night',
      'and must hold a current certificate of competency as master of a',
      'vessel of not less than three thousand gross tonnage for the port',
      'area.',
    ])
    const sources = parsePosting(english, loadTaxonomy()).requirements.map((item) => item.source.text)
    // No ask opens or closes where a line of the paste did.
    expect(sources.some((text) => /^must hold|^to board|^area/u.test(text.trim()))).toBe(false)
    expect(sources.some((text) => /harbour pilot.*fit\s+to board/su.test(text))).toBe(true)
  })

  it('still cuts a long line a copied page made of its lines, in Spanish too', () => {
    const spanish =
      'Lo que buscamos  Dos años de experiencia en panadería artesanal  Manejo de masa madre y fermentaciones largas  Disponibilidad para turnos de madrugada  Carnet de manipulador de alimentos vigente y en regla'
    const line = { start: 0, end: spanish.length, text: spanish, blankBefore: false, blankAfter: false }
    expect(splitAtWideGaps([line], spanish)).toHaveLength(5)
    // The same gaps where the paste broke its lines are wraps the reader undid: nothing to cut.
    const pasted = spanish.replace(/ {2}/gu, ' \n')
    expect(splitAtWideGaps([line], pasted)).toHaveLength(1)
  })
})
