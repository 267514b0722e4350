import { loadTaxonomy } from '@shortlist/core'
import { describe, expect, it } from 'vitest'
import type { ExpectedRequirement, MessyPosting } from '../data/read-messy-postings'
import { readMessyPostings } from '../data/read-messy-postings'
import {
  buildMessyReport,
  containsStem,
  type ExtractedRequirement,
  foldText,
  HOLDOUT_TAG,
  isHoldoutTag,
  matchRequirements,
  runMessyPostings,
  scorePosting,
} from './messy-postings.task'

const expected: ExpectedRequirement[] = [
  { text: 'Python', kind: 'required', type: 'skill', mustMatch: ['python'], minYears: 3 },
  { text: 'Go', kind: 'required', type: 'skill', mustMatch: ['go'] },
  { text: 'Inglês avançado', kind: 'nice_to_have', type: 'language', mustMatch: ['ingles'] },
]

function extraction(
  label: string,
  source: string,
  kind: 'required' | 'nice_to_have',
  type?: string,
  minYears: number | null = null,
) {
  return { label, kind, source: { text: source }, type, minYears } satisfies ExtractedRequirement
}

const posting: Pick<MessyPosting, 'id' | 'tags' | 'requirements' | 'furniture' | 'neutral'> = {
  id: 'tiny',
  tags: ['pt'],
  requirements: expected,
  furniture: ['Share this job'],
  neutral: ['Location: Remote'],
}

describe('stem matching', () => {
  it('folds accents and case, and keeps short stems to whole words', () => {
    expect(containsStem(foldText('INGLÊS Avançado'), 'ingles')).toBe(true)
    expect(containsStem(foldText('Kubernetes clusters'), 'kubernet')).toBe(true)
    expect(containsStem(foldText('a good engineer'), 'go')).toBe(false)
    expect(containsStem(foldText('Go or Rust'), 'go')).toBe(true)
    expect(containsStem(foldText('C++.Hands-on'), 'c++')).toBe(true)
    expect(containsStem(foldText('typescript'), 'script')).toBe(false)
  })

  it('accepts any of the alternatives a stem lists', () => {
    expect(containsStem(foldText('Google Sheets / Microsoft Excel'), 'planilha|sheets')).toBe(true)
    expect(containsStem(foldText('Planilhas avançadas'), 'planilha|sheets')).toBe(true)
    expect(containsStem(foldText('Power BI'), 'planilha|sheets')).toBe(false)
  })
})

describe('matching', () => {
  it('prefers label matches, so a shared source line does not steal a narrower requirement', () => {
    const line = 'Python and Go'
    const extracted = [extraction('Go', line, 'required'), extraction('Python', line, 'required')]
    expect(matchRequirements(extracted, expected)).toEqual([
      { extracted: 0, expected: 1 },
      { extracted: 1, expected: 0 },
    ])
  })

  it('reads a source that states several requirements by the label only, unless told otherwise', () => {
    const line = 'Python and Go'
    const extracted = [extraction('Payments', line, 'required')]
    expect(matchRequirements(extracted, expected)).toEqual([])
    expect(matchRequirements(extracted, expected, 'any')).toEqual([{ extracted: 0, expected: 0 }])
    // A source that states one requirement identifies it whatever the label says.
    expect(matchRequirements([extraction('English', 'Inglês avançado', 'required')], expected)).toEqual([
      { extracted: 0, expected: 2 },
    ])
  })

  it('reports a minimum read from the wrong part of the line', () => {
    const score = scorePosting(posting, [extraction('Python', 'Python', 'required', 'skill', 5)])
    expect(score).toMatchObject({ yearsStated: 1, yearsCorrect: 0 })
    expect(score.mislabelled).toContain('years 3 -> 5: Python')
  })

  it('matches one to one: a second extraction of the same requirement is junk', () => {
    const extracted = [
      extraction('Python', 'Python', 'required'),
      extraction('Python scripting', 'Python scripting', 'required'),
    ]
    const score = scorePosting(posting, extracted)
    expect(score.matched).toBe(1)
    expect(score.junk).toEqual(['Python scripting'])
  })
})

describe('scoring', () => {
  const extracted = [
    extraction('Python', 'Python (3+ years)', 'required', 'skill', 3),
    extraction('Inglês avançado', 'Inglês avançado', 'required', 'skill'),
    extraction('Share this job', 'Share this job on LinkedIn', 'required'),
    extraction('Remote', 'Location: Remote (Brazil)', 'required'),
  ]

  it('counts junk, furniture leaks, misses, and kind and type agreement', () => {
    const score = scorePosting(posting, extracted)
    expect(score).toMatchObject({
      expected: 3,
      extracted: 4,
      matched: 2,
      junk: ['Share this job on LinkedIn'],
      furnitureLeaks: ['Share this job on LinkedIn'],
      missed: ['required: Go'],
      kindCorrect: 1,
      typed: 2,
      typeCorrect: 1,
      yearsStated: 1,
      yearsCorrect: 1,
    })
    expect(score.mislabelled).toEqual([
      'kind nice_to_have -> required: Inglês avançado',
      'type language -> skill: Inglês avançado',
    ])
  })

  it('counts each typed match in a confusion table, by the type in the key and then the type given', () => {
    const score = scorePosting(posting, extracted)
    const total = Object.values(score.typeConfusion).flatMap((row) => Object.values(row))
    expect(total.reduce((sum, count) => sum + count, 0)).toBe(score.typed)
    expect(score.typeConfusion.language).toEqual({ skill: 1 })
    const report = buildMessyReport(
      [{ ...posting } as MessyPosting, { ...posting } as MessyPosting],
      [extracted, extracted],
    )
    expect(report.typeConfusion.language).toEqual({ skill: 2 })
  })

  it('summarises recall, mean junk per posting, and leaves type accuracy empty without types', () => {
    const untyped = extracted.map(({ type: _type, ...rest }) => rest)
    const report = buildMessyReport(
      [
        { ...posting, text: '', language: 'pt' } as MessyPosting,
        { ...posting, id: 'empty', text: '' } as MessyPosting,
      ],
      [untyped, []],
    )
    expect(report.postings).toBe(2)
    expect(report.recall).toBeCloseTo(2 / 6, 10)
    expect(report.junkPerPosting).toBeCloseTo(0.5, 10)
    expect(report.kindAccuracy).toBeCloseTo(0.5, 10)
    expect(report.typeAccuracy).toBeNull()
    expect(report.anySource.recall).toBeCloseTo(2 / 6, 10)
    expect(report.yearsAccuracy).toBe(1)
    expect(report.byTag.pt?.postings).toBe(2)
  })

  it('reports the held-out postings apart from the ones the parser was tuned on', () => {
    const report = buildMessyReport(
      [
        { ...posting, text: '' } as MessyPosting,
        { ...posting, id: 'unseen', text: '', tags: [...posting.tags, HOLDOUT_TAG] } as MessyPosting,
      ],
      [extracted, []],
    )
    expect(report.tunedOn.postings).toBe(1)
    expect(report.tunedOn.recall).toBeCloseTo(report.recall * 2, 10)
    expect(report.heldOut?.postings).toBe(1)
    expect(report.heldOut?.recall).toBe(0)
    expect(buildMessyReport([{ ...posting, text: '' } as MessyPosting], [extracted]).heldOut).toBeNull()
  })

  it('keeps a later held-out set out of the tuned-on figures and reports each set on its own', () => {
    const report = buildMessyReport(
      [
        { ...posting, text: '' } as MessyPosting,
        { ...posting, id: 'first', text: '', tags: [...posting.tags, HOLDOUT_TAG] } as MessyPosting,
        { ...posting, id: 'second', text: '', tags: [...posting.tags, `${HOLDOUT_TAG}-2`] } as MessyPosting,
      ],
      [extracted, extracted, []],
    )
    expect(report.tunedOn.postings).toBe(1)
    expect(report.heldOut?.postings).toBe(2)
    expect(Object.keys(report.heldOutSets)).toEqual([HOLDOUT_TAG, `${HOLDOUT_TAG}-2`])
    expect(report.heldOutSets[HOLDOUT_TAG]?.recall).toBeCloseTo(2 / 3, 10)
    expect(report.heldOutSets[`${HOLDOUT_TAG}-2`]?.recall).toBe(0)
    // A tag that merely starts with the same letters is not a held-out set.
    expect(isHoldoutTag('holdouts')).toBe(false)
  })
})

describe('the shipped messy postings', () => {
  const postings = readMessyPostings()

  // Over three hundred keyed postings take seconds to check on a loaded runner, past vitest's 5 s default; the
  // problems are gathered so one failure names every typo at once.
  it('are at least 36, and every answer can be found in its posting', { timeout: 60_000 }, () => {
    expect(postings.length).toBeGreaterThanOrEqual(36)
    const problems: string[] = []
    for (const item of postings) {
      const lines = item.text.split('\n').map(foldText)
      for (const wanted of item.requirements) {
        const found = lines.some((line) => wanted.mustMatch.every((stem) => containsStem(line, stem)))
        if (!found) problems.push(`${item.id}: no line holds ${wanted.mustMatch.join(', ')}`)
      }
      const folded = foldText(item.text)
      for (const snippet of [...item.furniture, ...item.neutral])
        if (!folded.includes(foldText(snippet))) problems.push(`${item.id}: snippet "${snippet}" not in text`)
    }
    expect(problems).toEqual([])
  })

  it('run through the current parser and produce a report', () => {
    const report = runMessyPostings(postings.slice(0, 3), loadTaxonomy())
    expect(report.perPosting).toHaveLength(3)
    expect(report.expected).toBe(
      postings.slice(0, 3).reduce((sum, item) => sum + item.requirements.length, 0),
    )
  })
})
