import { describe, expect, it } from 'vitest'
import { DEFAULT_EVIDENCE_DIRECTORY, parseEvidenceLabels, readEvidenceLabels } from './read-evidence-labels'

const line = (fields: Record<string, string>) =>
  JSON.stringify({
    resume: 'HR/1.pdf',
    family: 'HR',
    requirement: 'Payroll processing experience',
    kind: 'required',
    type: 'activity',
    label: 'demonstrated',
    quote: 'Processed payroll',
    ...fields,
  })

describe('evidence labels', () => {
  it('reads one pair per line and skips blank lines', () => {
    const pairs = parseEvidenceLabels(
      `${line({})}\n\n${line({ label: 'absent', quote: '' })}\n`,
      'part.jsonl',
    )
    expect(pairs).toHaveLength(2)
    expect(pairs[1]).toMatchObject({ label: 'absent', quote: '', origin: 'part.jsonl:3' })
  })

  it('rejects a line that breaks the format, naming where it is', () => {
    expect(() => parseEvidenceLabels(line({ label: 'maybe' }), 'part.jsonl')).toThrow(/part\.jsonl:1.*label/)
    expect(() => parseEvidenceLabels(line({ type: 'vibe' }), 'part.jsonl')).toThrow(/type/)
    expect(() => parseEvidenceLabels(line({ label: 'claimed', quote: ' ' }), 'part.jsonl')).toThrow(/quote/)
  })

  it('keeps the shipped labels valid: every file parses, quotes are short, absent pairs carry none', () => {
    const pairs = readEvidenceLabels(DEFAULT_EVIDENCE_DIRECTORY)
    expect(pairs.length).toBeGreaterThanOrEqual(220)
    for (const pair of pairs) {
      expect(pair.quote.length).toBeLessThanOrEqual(200)
      if (pair.label === 'absent') expect(pair.quote).toBe('')
    }
  })
})
