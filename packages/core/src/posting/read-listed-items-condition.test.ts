import { describe, expect, it } from 'vitest'
import { readListedItems } from './read-listed-items'

const itemsOf = (sentence: string) =>
  readListedItems(sentence, [])?.items.map((item) => sentence.slice(item.start, item.end)) ?? null

describe('readListedItems, with a condition set off inside the list', () => {
  it('reads a phrase elided around a condition whole, in EN, PT and ES', () => {
    expect(itemsOf('estar em dia com os impostos municipais e, se empresário, estaduais;')).toBeNull()
    expect(itemsOf('estar al día con los aportes jubilatorios y, si corresponde, sindicales;')).toBeNull()
    expect(itemsOf('conhecer as normas regulamentadoras e, se for o caso, também as ambientais;')).toBeNull()
    expect(itemsOf('knowledge of state and, if you work across borders, federal;')).toBeNull()
  })

  it('keeps a list whose condition comes before a named item of its own', () => {
    expect(itemsOf('conhecimento de planilhas, bancos de dados e, se possível, Power BI;')).not.toBeNull()
  })
})
