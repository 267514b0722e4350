import { describe, expect, it } from 'vitest'
import { parseCsv } from './read-csv'

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and newlines', () => {
    const rows = parseCsv('id,text\n1,"a, b"\n2,"line one\nline ""two"""\r\n3,plain\n')
    expect(rows).toEqual([
      { id: '1', text: 'a, b' },
      { id: '2', text: 'line one\nline "two"' },
      { id: '3', text: 'plain' },
    ])
  })
})
