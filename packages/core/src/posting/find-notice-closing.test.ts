import { describe, expect, it } from 'vitest'
import { findNoticeClosing, isDateline } from './find-notice-closing'
import { readPageLines } from './find-page-furniture'

const closingOf = (text: string) => {
  const lines = readPageLines(text)
  return [...findNoticeClosing(lines)].map((index) => lines[index]?.text.trim())
}

describe('findNoticeClosing', () => {
  it('reads a place and a date alone on a line as a dateline, in EN, PT and ES', () => {
    expect(isDateline('Campina Grande, 3 de julho de 2026.')).toBe(true)
    expect(isDateline('Bristol, 12 May 2026')).toBe(true)
    expect(isDateline('Rosario, 4 de agosto de 2026')).toBe(true)
    expect(isDateline('Start date: 12 May 2026, full time')).toBe(false)
  })

  it('sets aside the dateline and the signature under it, and leaves the clauses above', () => {
    const notice = [
      '4.1 Ter disponibilidade para plantões noturnos.',
      '',
      'Campina Grande, 3 de julho de 2026.',
      'Rui Barros Neto – Secretário de Saúde',
    ].join('\n')
    expect(closingOf(notice)).toEqual([
      'Campina Grande, 3 de julho de 2026.',
      'Rui Barros Neto – Secretário de Saúde',
    ])
  })

  it('sets aside a signature set at the right at the notice end', () => {
    const notice = [
      '1. Candidates must hold a diploma in nursing.',
      '2. Candidates must be willing to work nights.',
      '3. Applications close on 4 June.',
      '',
      '                                        Maria Okafor (Ms.)',
      '                                        Chief Nursing Officer',
    ].join('\n')
    expect(closingOf(notice)).toEqual(['Maria Okafor (Ms.)', 'Chief Nursing Officer'])
  })
})
