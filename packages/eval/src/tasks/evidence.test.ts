import type { RequirementResult } from '@shortlist/core'
import { loadTaxonomy, parsePosting } from '@shortlist/core'
import { describe, expect, it } from 'vitest'
import { isScreenedPair, requirementPostingText, resumeHalf, strongestResult } from './evidence.task'

function result(
  status: RequirementResult['status'],
  credit: number,
  requirementId: string,
): RequirementResult {
  return { requirementId, status, credit, evidence: [], yearsFound: null, reason: '' }
}

describe('evidence task', () => {
  it('splits resumes into halves by the parity of their id', () => {
    expect(resumeHalf('HR/12345678.pdf')).toBe('even')
    expect(resumeHalf('SALES/13348915.pdf')).toBe('odd')
  })

  it('puts a requirement line under a heading of its kind, so the parser gives it that kind', () => {
    const taxonomy = loadTaxonomy()
    const required = parsePosting(
      requirementPostingText('Experience with SQL databases', 'required'),
      taxonomy,
    )
    const nice = parsePosting(
      requirementPostingText('Experience with SQL databases', 'nice_to_have'),
      taxonomy,
    )
    expect(required.requirements.map((requirement) => requirement.kind)).toEqual(['required'])
    expect(nice.requirements.map((requirement) => requirement.kind)).toEqual(['nice_to_have'])
  })

  it('judges a line the parser split by its strongest part', () => {
    expect(strongestResult([result('missing', 0, 'a'), result('partial', 0.4, 'b')])?.requirementId).toBe('b')
    expect(strongestResult([result('partial', 0.4, 'a'), result('partial', 0.5, 'b')])?.requirementId).toBe(
      'b',
    )
    expect(strongestResult([result('matched', 0.7, 'a'), result('partial', 0.9, 'b')])?.requirementId).toBe(
      'a',
    )
    expect(strongestResult([])).toBeNull()
  })

  it('leaves unscreened types out of the figures, since the product never claims them', () => {
    expect(isScreenedPair({ type: 'activity' })).toBe(true)
    expect(isScreenedPair({ type: 'skill' })).toBe(true)
    expect(isScreenedPair({ type: 'trait' })).toBe(false)
    expect(isScreenedPair({ type: 'logistics' })).toBe(false)
  })
})
