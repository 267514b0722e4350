import { describe, expect, it } from 'vitest'
import { parseResume } from '../resume/parse-resume'
import { loadTaxonomy } from '../taxonomy'
import { findSkills } from '../taxonomy/find-skills'
import type { RequirementResult } from '../types'
import { assess, requirementsFrom, resume } from './assess-posting-line.test-helpers'
import { indexSentences } from './index-sentences'
import { loadWordNet } from './load-wordnet'
import { scoreCandidate } from './score-candidate'

// Passages that share words with a requirement but say nothing about it: each must leave the requirement missing,
// while the plain evidence beside it still counts. Phrasings are written for this file, not taken from the benchmark.

const taxonomy = loadTaxonomy()
const wordNet = loadWordNet()

describe('verbs that name almost any act are no verb kin', () => {
  it('leaves have, make and give out of supervise, and "made calls" is not supervising', () => {
    const kin = wordNet.verbKin('supervise')
    for (const light of ['make', 'have', 'give', 'hold']) expect(kin.has(light), light).toBe(false)
    expect(kin.has('lead')).toBe(true)
    const found = assess(
      'Experience supervising billing staff',
      resume(['Made follow-up calls to clients and kept total receivables current with an aging report.']),
    )
    expect(found.status).toBe('missing')
  })
})

describe('what a paraphrased verb acts on', () => {
  it('a noun past a pronoun or a preposition is where the object went, not the object', () => {
    const found = assess(
      'Experience supervising or leading a technical team',
      // As extracted from a PDF whose line break fell between "them" and "to".
      resume(['Greeted every visitor and directed themto the right employee or office.']),
    )
    expect(found.status).toBe('missing')
  })

  it('staff the work is ready for is not staff supervised, even in the posting’s own word', () => {
    const found = assess(
      'Experience supervising staff',
      resume([
        'Managed filing by compiling paperwork so the next morning it is ready for the staff and visitors.',
      ]),
    )
    expect(found.status).toBe('missing')
  })

  it('a verb form names the work, not people at work: cooking is not cooks', () => {
    const found = assess(
      'Training new kitchen employees',
      resume([
        'Opened the cafe each morning, preparing, cooking breakfast plates to order and setting tables.',
      ]),
    )
    expect(found.status).toBe('missing')
  })
})

describe('the doer of an action', () => {
  it('other teachers are not teaching English', () => {
    const found = assess(
      'Experience teaching English as a second language (ESL)',
      resume(['Worked beside other teachers to adapt reading materials for English language learners.']),
    )
    expect(found.status).toBe('missing')
  })

  it('a role named after the duty is a partial that quotes the title', () => {
    const found = assess(
      'Supervising a kitchen team',
      resume(
        ['Prepared sauces and plated dinner service for 120 covers.'],
        'Crew Leader, Bistro Norte, 03/2018 to 05/2022',
      ),
    )
    expect(found.status).toBe('partial')
    expect(found.reason).toContain('"Crew Leader"')
  })
})

describe('fields and compounds', () => {
  it('a field read of a duty still needs what the duty acts on', () => {
    const found = assess(
      'Proven track record of meeting or exceeding sales quotas',
      resume(['Built demonstration kits for sales meetings and regional trade shows.']),
    )
    expect(found.status).toBe('missing')
  })

  it('examples of machines are not a crew to stand in for', () => {
    const found = assess(
      'Experience operating heavy equipment (excavator, loader, forklift)',
      resume(['Versed in every aspect of operating, staffing and leasing retail units.']),
    )
    expect(found.status).toBe('missing')
  })

  it('the parts of a hyphenated word count only together', () => {
    const apart = assess(
      'Experience with month-end and year-end close',
      resume(['Reviewed open tasks at the end of each day, week, month and year to plan the next one.']),
    )
    expect(apart.status).toBe('missing')
  })
})

describe('extraction artefacts and loose names', () => {
  it('reads apart words a lost line break glued, but not a lower-case product name', () => {
    const [sentence] = indexSentences('Led a teamof six. ClassroomManagement, intermapper', wordNet)
    const words = indexSentences('Led a teamof six; ClassroomManagement intermapper', wordNet).flatMap(
      (unit) => unit.words.map((word) => word.text),
    )
    expect(sentence?.words.map((word) => word.text)).toEqual(['led', 'a', 'team', 'of', 'six'])
    expect(words).toEqual(expect.arrayContaining(['classroom', 'management', 'intermapper']))
  })

  it('a blank line ends a skill name: two list items are not "construction safety"', () => {
    const found = findSkills('Commercial Construction\n\nSafety and compliance', taxonomy).map(
      (skill) => skill.skillId,
    )
    expect(found).not.toContain('osha')
    expect(findSkills('Construction safety audits', taxonomy).map((skill) => skill.skillId)).toContain('osha')
  })

  it('first aid is not CPR', () => {
    const certificates = (line: string) =>
      `${resume(['Supervised the front desk.'])}\n\nCertifications\n${line}`
    const found = assess(
      'CPR and First Aid certification',
      certificates('First aid certificate, Red Cross, 2023'),
    )
    expect(found.status).toBe('missing')
    const cpr = assess('CPR and First Aid certification', certificates('CPR certified, Red Cross, 2023'))
    expect(cpr.status).not.toBe('missing')
  })
})

describe("a recruiter's equivalence setting", () => {
  const noDegree = [
    'Sam Ortega',
    'sam@example.org',
    '',
    'Experience',
    'Accounts Payable Clerk, Vale Foods, 01/2016 to 12/2023',
    '- Reconciled vendor statements and posted invoices every week.',
  ].join('\n')
  const degreeOnly = (line: string, alternativeExperience?: boolean) => {
    const requirements = requirementsFrom(line)
      .filter((requirement) => requirement.type === 'degree')
      .map((requirement) =>
        alternativeExperience === undefined ? requirement : { ...requirement, alternativeExperience },
      )
    expect(requirements).toHaveLength(1)
    const profile = parseResume(noDegree, taxonomy, { referenceDate: new Date('2026-01-01') })
    return scoreCandidate({ requirements, resumeText: noDegree, profile, taxonomy, semanticMatches: [] })
      .requirements[0] as RequirementResult
  }

  it('overrides what the posting line says, either way', () => {
    expect(degreeOnly("Bachelor's degree in Accounting").status).toBe('missing')
    expect(degreeOnly("Bachelor's degree in Accounting", true).basis).toBe('equivalent')
    expect(degreeOnly("Bachelor's degree in Accounting or equivalent experience").basis).toBe('equivalent')
    expect(degreeOnly("Bachelor's degree in Accounting or equivalent experience", false).status).toBe(
      'missing',
    )
  })
})

describe('English joined to other languages', () => {
  const prose = [
    'Managed the weekly schedule for a team of twelve cashiers and stock clerks in a busy store.',
    'Wrote the opening and closing checklists that the regional manager later used in every branch.',
  ]
  const line = 'Ability to speak and write in English and Danish, Norwegian, Swedish or Finnish fluently.'

  it('a resume written in English, or naming English alone, does not meet English and one of several others', () => {
    const text = resume(prose)
    const found = assess(line, text)
    expect(found.status).toBe('missing')
    expect(found.reason).toMatch(/English and Danish or Norwegian or Swedish or Finnish/)
    expect(assess('Fluent English required', text).status).toBe('matched')
    expect(assess(line, `${text}\n\nLanguages\nEnglish (fluent)`).status).toBe('missing')
  })

  it('one of the others, beside English, meets it', () => {
    const found = assess(line, `${resume(prose)}\n\nLanguages\nEnglish (fluent), Norwegian (fluent)`)
    expect(found.status).toBe('matched')
    expect(found.evidence[0]?.quote).toMatch(/Norwegian/)
  })
})
