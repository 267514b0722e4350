import { describe, expect, it } from 'vitest'
import { findSkills } from './find-skills'
import { loadTaxonomy } from './load-taxonomy'

const taxonomy = loadTaxonomy()

function ids(text: string): string[] {
  return findSkills(text, taxonomy).map((match) => match.skillId)
}

describe('findSkills: letters written as another kind of token', () => {
  it('reads no skill in an e-mail address or a web address', () => {
    // A fellow acronym ("CV") would confirm a lower-case acronym in a sentence; in a mailbox it is a name of the box.
    expect(ids('Send your CV and two references to hr@northfieldroofing.ca by Friday.')).not.toContain(
      'human-resources',
    )
    expect(ids('Veja as vagas em https://example.org/python/jobs')).not.toContain('python')
    // The same letters as words of the sentence still count.
    expect(ids('Send your CV to our HR team; experience with Python.')).toEqual(
      expect.arrayContaining(['human-resources', 'python']),
    )
  })

  it('reads no acronym in a lower-case word cut short after a count', () => {
    expect(ids('Alugamos apartamento de 3 qts. mobiliado perto da obra')).not.toContain(
      'teacher-certification',
    )
    expect(ids('Teachers must hold QTS.')).toContain('teacher-certification')
  })

  it('reads no acronym in a short word whose accent makes it another word', () => {
    expect(ids('Somos de Salto y acá se trabaja en cuadrilla con la ACCA al lado')).toEqual(['acca'])
    expect(ids('Venite que acá se carga bolsas de 25 kilos')).not.toContain('acca')
  })
})

describe('findSkills: a product word heading a complement', () => {
  it('reads the common noun when "of" or "to" and a noun phrase follow', () => {
    expect(ids('Reports in Excel. Access to a reliable vehicle for site visits.')).not.toContain('ms-access')
    expect(ids('Excel and Outlook daily. Word of mouth brings most of our clients.')).not.toContain(
      'microsoft-word',
    )
  })

  it('keeps the product before a verb or standing alone', () => {
    expect(ids('Excel and Access to build the monthly stock reports.')).toContain('ms-access')
    expect(ids('Excel, Word and Outlook.')).toContain('microsoft-word')
  })
})

describe('findSkills: a common word after an acronym that modifies it', () => {
  it('reads the compound as about the thing the acronym names', () => {
    expect(ids('Safe handling of acids for PCB etching')).not.toContain('printmaking')
  })

  it('keeps the word alone, beside its field, or naming a person of the field', () => {
    expect(ids('Experience in etching')).toContain('printmaking')
    expect(ids('ICU nurse with BLS')).toContain('nursing')
  })
})
