import { beforeAll, describe, expect, it } from 'vitest'
import { findSkills, loadTaxonomy, type Taxonomy } from '../taxonomy'
import { buildFamilyProfile, buildFamilyProfileFromSkills } from './measure-family-fit'
import {
  buildFamilyFitDirection,
  buildPoolFeedback,
  buildPostingFamilyProfile,
  buildResumeFamilyProfile,
  meanDirection,
  measureMemberFamilyFit,
  measurePoolFamilyFit,
  POOL_RANKING,
  selectPoolCandidates,
} from './rank-pool'

let taxonomy: Taxonomy
beforeAll(() => {
  taxonomy = loadTaxonomy()
})

describe('buildFamilyProfileFromSkills', () => {
  it('equals the profile of the text the skills were found in', () => {
    const text = 'Built services in Python and Go on PostgreSQL; Python again. Fluent in Spanish.'
    const fromSkills = buildFamilyProfileFromSkills(
      findSkills(text, taxonomy).map((match) => match.skillId),
      taxonomy,
    )
    expect(fromSkills).toEqual(buildFamilyProfile(text, taxonomy))
    expect(buildFamilyProfileFromSkills(['no-such-skill'], taxonomy).size).toBe(0)
  })
})

describe('buildPostingFamilyProfile', () => {
  it('counts the title skills titleWeight more times than body mentions', () => {
    const body = buildPostingFamilyProfile({ title: 'Engineer', text: 'Python' }, taxonomy)
    const titled = buildPostingFamilyProfile({ title: 'Python engineer', text: 'Python' }, taxonomy)
    expect(body.get('programming-language')).toBe(1)
    expect(titled.get('programming-language')).toBe(1 + POOL_RANKING.titleWeight)
  })
})

describe('buildResumeFamilyProfile', () => {
  it('counts the skills of the current role title titleWeight more times, as a posting title', () => {
    const skillIds = ['recruiting', 'python']
    const plain = buildResumeFamilyProfile({ skillIds, currentTitle: null }, taxonomy)
    expect(plain).toEqual(buildFamilyProfileFromSkills(skillIds, taxonomy))
    const titled = buildResumeFamilyProfile({ skillIds, currentTitle: 'Senior Recruiter' }, taxonomy)
    expect(titled.get('hr')).toBe((plain.get('hr') ?? 0) + POOL_RANKING.titleWeight)
    expect(titled.get('programming-language')).toBe(plain.get('programming-language'))
    // The same role weighs the same on both sides of the fit.
    const posting = buildPostingFamilyProfile({ title: 'Senior Recruiter', text: '' }, taxonomy)
    expect(posting.get('hr')).toBe(POOL_RANKING.titleWeight)
  })
})

describe('measurePoolFamilyFit', () => {
  const posting = new Map([['finance-accounting', 3]])
  const pool = [
    { id: 'developer', family: new Map([['programming-language', 4]]) },
    {
      id: 'accountant',
      family: new Map([
        ['finance-accounting', 4],
        ['banking', 1],
      ]),
    },
    // No direct overlap with the posting, but shares a family with the best-fitting resume.
    { id: 'banker', family: new Map([['banking', 2]]) },
  ]

  it('puts the posting family first and lifts near neighbours of the best fits through feedback', () => {
    const fit = measurePoolFamilyFit(posting, pool)
    expect(fit.get('accountant')).toBeGreaterThan(fit.get('banker') as number)
    expect(fit.get('banker')).toBeGreaterThan(0)
    expect(fit.get('developer')).toBe(0)
    // Direct fit 1 for a profile proportional to the posting, and feedback from itself alone is 1 too.
    expect(
      measurePoolFamilyFit(posting, [{ id: 'x', family: new Map([['finance-accounting', 1]]) }]).get('x'),
    ).toBe(1)
  })

  it('does not depend on the order of the pool', () => {
    const forward = measurePoolFamilyFit(posting, pool)
    const backward = measurePoolFamilyFit(posting, [...pool].reverse())
    expect([...backward].sort()).toEqual([...forward].sort())
  })

  it('takes feedback from at most feedbackDepth members, ties by id', () => {
    const many = Array.from({ length: POOL_RANKING.feedbackDepth }, (_, index) => ({
      id: `a${String(index).padStart(2, '0')}`,
      family: new Map([
        ['finance-accounting', 1],
        ['banking', 1],
      ]),
    }))
    // As good a direct fit as the others, left out of the feedback only by its id; so its other category (and
    // the probe that only has that category) gets nothing from the feedback.
    const late = {
      id: 'z-late',
      family: new Map([
        ['finance-accounting', 1],
        ['tax', 1],
      ]),
    }
    const probe = { id: 'probe', family: new Map([['tax', 1]]) }
    const fit = measurePoolFamilyFit(posting, [late, probe, ...many])
    expect(fit.get('probe')).toBe(0)
    const withRoom = measurePoolFamilyFit(posting, [late, probe, ...many.slice(1)])
    expect(withRoom.get('probe')).toBeGreaterThan(0)
  })
})

describe('selectPoolCandidates', () => {
  it('unites the best family fits with the nearest documents, without duplicates', () => {
    const familyFit = new Map([
      ['a', 0.9],
      ['b', 0.5],
      ['c', 0.5],
      ['d', 0],
    ])
    expect(selectPoolCandidates({ familyFit, nearest: ['d', 'a', 'e'], size: 2 })).toEqual(['a', 'b', 'd'])
    // A zero fit is no family evidence: it comes in only through the nearest list.
    expect(selectPoolCandidates({ familyFit, nearest: [], size: 10 })).toEqual(['a', 'b', 'c'])
  })
})

describe('meanDirection', () => {
  it('normalises the mean and has no direction for nothing or vectors that cancel', () => {
    const diagonal = meanDirection([
      [1, 0],
      [0, 1],
    ])
    expect(diagonal?.[0]).toBeCloseTo(Math.SQRT1_2, 12)
    expect(meanDirection([])).toBeNull()
    expect(
      meanDirection([
        [1, 0],
        [-1, 0],
      ]),
    ).toBeNull()
  })
})

describe('the family fit from a subset of the pool', () => {
  const family = (entries: Array<[string, number]>) => new Map(entries)
  const posting = family([
    ['data-engineering', 5],
    ['databases', 2],
    ['cloud', 1],
  ])
  // Several alike, so the feedback's best direct fits tie.
  const pool = [
    {
      id: 'a',
      family: family([
        ['data-engineering', 6],
        ['databases', 1],
      ]),
    },
    {
      id: 'b',
      family: family([
        ['data-engineering', 6],
        ['databases', 1],
      ]),
    },
    {
      id: 'c',
      family: family([
        ['databases', 5],
        ['cloud', 2],
      ]),
    },
    {
      id: 'd',
      family: family([
        ['web-frontend', 4],
        ['cloud', 1],
      ]),
    },
    { id: 'e', family: family([['hr', 3]]) },
    {
      id: 'f',
      family: family([
        ['cloud', 3],
        ['devops', 3],
        ['data-engineering', 1],
      ]),
    },
  ]
  const dot = (left: Map<string, number>, right: Map<string, number>) =>
    [...left].reduce((sum, [category, value]) => sum + value * (right.get(category) ?? 0), 0)
  const norm = (profile: Map<string, number>) => Math.sqrt(dot(profile, profile))

  it('gives each member the fit the whole pool gives it, from the feedback of the best direct fits alone', () => {
    const whole = measurePoolFamilyFit(posting, pool)
    const feedback = buildPoolFeedback(posting, pool)
    for (const member of pool)
      expect(measureMemberFamilyFit(posting, feedback, member.family)).toBe(whole.get(member.id))
    // The feedback needs only the best direct fits (here every positive one): a subset holding them gives the same.
    const best = pool.filter((member) => member.id !== 'e')
    expect(buildPoolFeedback(posting, best)).toEqual(feedback)
    expect(buildPoolFeedback(posting, [])).toEqual(new Map())
  })

  it('orders the pool by cosine with one direction exactly as by family fit', () => {
    const whole = measurePoolFamilyFit(posting, pool)
    const direction = buildFamilyFitDirection(posting, buildPoolFeedback(posting, pool))
    for (const member of pool) {
      // fit = the direction's dot product with the member's unit profile.
      expect(dot(direction, member.family) / norm(member.family)).toBeCloseTo(whole.get(member.id) ?? -1, 12)
    }
    expect(buildFamilyFitDirection(new Map(), new Map()).size).toBe(0)
  })
})
