import { describe, expect, it } from 'vitest'
import { readAliasShape } from './read-alias-shape'

describe('readAliasShape', () => {
  it('reads a name written in capitals as an acronym', () => {
    expect(readAliasShape('SEPA', 'SEPA')).toBe('acronym-name')
    expect(readAliasShape('SAP', 'SAP')).toBe('acronym-name')
  })

  it('reads an alias made of the initials or a capitalised part of the name as an acronym', () => {
    expect(readAliasShape('ai', 'Artificial Intelligence')).toBe('acronym-alias')
    expect(readAliasShape('dei', 'Diversity, Equity and Inclusion')).toBe('acronym-alias')
    expect(readAliasShape('tcp', 'TCP/IP')).toBe('acronym-part')
  })

  it('reads a single lower-case word for a longer name as a common word', () => {
    expect(readAliasShape('ledger', 'General Ledger')).toBe('common-word')
    expect(readAliasShape('tax', 'Taxation')).toBe('common-word')
  })

  it('leaves names, phrases and brands alone', () => {
    expect(readAliasShape('Python', 'Python')).toBe('other')
    expect(readAliasShape('general ledger accounting', 'General Ledger')).toBe('other')
    expect(readAliasShape('MATLAB', 'MATLAB')).toBe('other')
    expect(readAliasShape('go lang', 'Go')).toBe('other')
  })
})
