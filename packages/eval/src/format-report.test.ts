import { describe, expect, it } from 'vitest'
import type { MessyPosting } from './data/read-messy-postings'
import { formatReport } from './format-report'
import { buildMessyReport } from './tasks/messy-postings.task'

function messyPosting(id: string, tags: string[]): MessyPosting {
  return {
    id,
    text: '',
    language: 'en',
    tags,
    requirements: [{ text: 'Python', kind: 'required', type: 'skill', mustMatch: ['python'] }],
    furniture: [],
    neutral: [],
  }
}

describe('formatReport', () => {
  it('prints a junk / recall / kind / type row for each held-out set', () => {
    const python = { label: 'Python', kind: 'required' as const, source: { text: 'Python' }, type: 'skill' }
    const messy = buildMessyReport(
      [
        messyPosting('tuned', ['en']),
        messyPosting('first', ['holdout']),
        messyPosting('second', ['holdout-2']),
      ],
      [[python], [python], []],
    )
    const text = formatReport({ generatedBy: 'test', options: {} as never, taxonomyVersion: '', messy })
    const row = (label: string) => text.split('\n').find((line) => line.includes(`[${label}] junk / recall`))
    expect(row('tuned on')).toContain('0.00 / 1.000 / 1.000 / 1.000 (1)')
    expect(row('held out')).toContain('(2)')
    expect(row('held out: holdout')).toContain('0.00 / 1.000 / 1.000 / 1.000 (1)')
    expect(row('held out: holdout-2')).toContain('0.00 / 0.000 / 0.000 / no types (1)')
  })

  it('prints a row of the type confusion table per type the key gives, the right type first', () => {
    const typed = (type: string) => ({
      label: 'Python',
      kind: 'required' as const,
      source: { text: 'Python' },
      type,
    })
    const messy = buildMessyReport(
      [messyPosting('a', ['en']), messyPosting('b', ['en']), messyPosting('c', ['en'])],
      [[typed('knowledge')], [typed('skill')], [typed('knowledge')]],
    )
    const text = formatReport({ generatedBy: 'test', options: {} as never, taxonomyVersion: '', messy })
    const row = text.split('\n').find((line) => line.includes('read as'))
    expect(row).toContain('skill 1 · knowledge 2')
  })
})
