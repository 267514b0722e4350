import { describe, expect, it } from 'vitest'
import { findOtherAds } from './find-other-ads'
import { readPageLines } from './find-page-furniture'
import { readsAsAdTitle } from './reads-as-ad-title'

describe('findOtherAds', () => {
  it('keeps the ad that says the most on a classifieds page and sets the others aside', () => {
    const page = [
      'NEW',
      'PASTRY COOK Bakery in the old town hires a pastry cook. Needs three years in a bakery, food hygiene level 2 and early starts from 5 am, plus a clean uniform record.',
      'Posted 1 day ago · Leeds',
      '',
      'DELIVERY DRIVER with own van for parcels round Headingley. Paid per drop.',
      'Posted 4 days ago · Leeds',
      '',
      'CUIDADORA p/ senhora idosa, pernoite, Moema. Tratar c/ a filha pelo telefone.',
    ].join('\n')
    const lines = readPageLines(page)
    const found = [...findOtherAds(lines)].map((index) => lines[index]?.text.slice(0, 15))
    expect(found).toEqual(['DELIVERY DRIVER', 'Posted 4 days a', 'CUIDADORA p/ se'])
  })

  it('leaves a posting whose paragraphs open on headings in capitals whole', () => {
    const posting = [
      'ABOUT US We are a family bakery that has baked in the old town since 1980.',
      '',
      'REQUIREMENTS Three years in a bakery and food hygiene level 2.',
    ].join('\n')
    expect(findOtherAds(readPageLines(posting)).size).toBe(0)
  })

  it('reads the title in capitals an ad opens with as its title', () => {
    const line = 'SOLDADOR TIG. Metalúrgica de Contagem contrata soldador com experiência em inox.'
    expect(readsAsAdTitle('SOLDADOR TIG.', line)).toBe(true)
    expect(readsAsAdTitle('Metalúrgica de Contagem contrata soldador com experiência em inox.', line)).toBe(
      false,
    )
    expect(readsAsAdTitle('SQL.', 'SQL. Also Python for scripts and reports.')).toBe(false)
  })
})
