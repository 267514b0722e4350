import { describe, expect, it } from 'vitest'
import { findIdentifyingSpans, MASK, maskSpans } from './find-identifying-spans'
import { blindCandidateLabel, isBlindReview, resolveBlindReviewPolicy } from './is-blind-review'

// Written for this test; every person, address and number is invented.
const RESUME = [
  'Ana Paula da Silva',
  'ana.silva@mail.test | +55 (11) 98765-4321 | linkedin.com/in/ana-silva-42 | São Paulo, SP',
  'Rua Augusta, 1500 - 01304-001',
  'Date of birth: 12/03/1990',
  '',
  'Summary',
  'Data engineer, 34 years old. Silva led the migration; Ana mentored three engineers. Will lead more.',
  'Portfolio: https://anasilva.dev/projects',
  '',
  'Experience',
  'Data Engineer — Nubank, São Paulo — 2019 – 2024',
  'Built Spark pipelines in Python.',
  '',
  'Education',
  'B.Sc. Computer Science, Universidade de São Paulo, 2008 – 2012',
  'Class of 2012',
].join('\n')

describe('findIdentifyingSpans and maskSpans', () => {
  const spans = findIdentifyingSpans(RESUME, {
    names: ['Ana Paula da Silva', null],
    emails: ['ana.silva@mail.test'],
  })
  const masked = maskSpans(RESUME, spans)

  it('masks names, contact details, links, addresses, birth dates, ages and graduation years', () => {
    for (const secret of [
      'Ana',
      'Paula',
      'Silva',
      'ana.silva@mail.test',
      '98765-4321',
      'linkedin.com',
      'anasilva.dev',
      'Augusta',
      '01304-001',
      '12/03/1990',
      '34 years old',
      '2008',
      '2012',
      'São Paulo, SP',
    ]) {
      expect(masked).not.toContain(secret)
    }
    expect(masked).toContain(MASK)
  })

  it('keeps the length, the line breaks and what the scorer reads', () => {
    expect(masked).toHaveLength(RESUME.length)
    expect(masked.split('\n')).toHaveLength(RESUME.split('\n').length)
    for (const kept of [
      'Data Engineer — Nubank, São Paulo — 2019 – 2024',
      'Built Spark pipelines in Python.',
      'B.Sc. Computer Science, Universidade de',
      'Will lead more',
      'Summary',
      'da',
    ]) {
      expect(masked).toContain(kept)
    }
    // An offset into the original still points at the same words in the masked text.
    const start = RESUME.indexOf('Spark pipelines')
    expect(masked.slice(start, start + 15)).toBe('Spark pipelines')
  })

  it('finds nothing in text without personal details', () => {
    expect(findIdentifyingSpans('Wrote Python for 5 years.', { names: [], emails: [] })).toEqual([])
    expect(maskSpans('abc', [])).toBe('abc')
  })
})

describe('isBlindReview', () => {
  const pipeline = ['applied', 'screening', 'interview', 'offer', 'hired', 'rejected']
  const on = { enabled: true, untilStage: 'interview' }

  it('hides identity before the chosen stage and shows it from there on', () => {
    expect(isBlindReview(on, pipeline, 'applied')).toBe(true)
    expect(isBlindReview(on, pipeline, 'screening')).toBe(true)
    expect(isBlindReview(on, pipeline, 'interview')).toBe(false)
    expect(isBlindReview(on, pipeline, 'hired')).toBe(false)
    expect(isBlindReview(on, pipeline, 'rejected')).toBe(true)
    expect(isBlindReview({ ...on, enabled: false }, pipeline, 'applied')).toBe(false)
    // A pipeline without the chosen stage never reveals.
    expect(isBlindReview({ enabled: true, untilStage: 'panel' }, pipeline, 'offer')).toBe(true)
  })

  it('lets a job override the organisation field by field', () => {
    expect(resolveBlindReviewPolicy(on, { enabled: null, untilStage: null })).toEqual(on)
    expect(resolveBlindReviewPolicy(on, { enabled: false, untilStage: null })).toEqual({
      enabled: false,
      untilStage: 'interview',
    })
    expect(resolveBlindReviewPolicy(on, { enabled: null, untilStage: 'offer' })).toEqual({
      enabled: true,
      untilStage: 'offer',
    })
  })

  it('labels a blinded application by its id', () => {
    expect(blindCandidateLabel('7f3a91c2-0000-4000-8000-000000000000')).toBe('Candidate 7F3A')
  })
})
