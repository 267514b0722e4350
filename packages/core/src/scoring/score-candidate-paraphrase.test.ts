import { describe, expect, it } from 'vitest'
import { parseResume } from '../resume/parse-resume'
import { loadTaxonomy } from '../taxonomy'
import type { RequirementInput } from '../types'
import { keywordTerms, objectHeads } from './assess-keywords'
import { assess, requirementsFrom } from './assess-posting-line.test-helpers'
import { findDefinedAcronyms } from './find-defined-acronyms'
import { indexSentences } from './index-sentences'
import { loadWordNet } from './load-wordnet'
import { specificSkillIds } from './score-candidate'

const taxonomy = loadTaxonomy()

/** Requirements as job analysis stores them, with the posting line they came from. */

function resume(lines: string[], education = 'High School Diploma, Lincoln High School, 2012'): string {
  return [
    'Jordan Reyes',
    'jordan@example.org',
    '',
    'Experience',
    'Store Manager, Harbor Foods, 01/2016 to 12/2023',
    ...lines.map((line) => `- ${line}`),
    '',
    'Education',
    education,
  ].join('\n')
}

describe('WordNet ties for paraphrases', () => {
  const wordNet = loadWordNet()

  it('knows people at work by the hypernyms of their common sense', () => {
    for (const word of [
      'staff',
      'team',
      'crew',
      'employee',
      'associate',
      'clinician',
      'laborer',
      'colleague',
    ])
      expect(wordNet.isWorkforce(word), word).toBe(true)
    for (const word of ['customer', 'patient', 'student', 'budget', 'inventory', 'company'])
      expect(wordNet.isWorkforce(word), word).toBe(false)
  })

  it('relates a verb to the kinds of its parent, but only words whose common sense that is', () => {
    const train = wordNet.verbKin('train')
    expect(train.has('instruct')).toBe(true)
    expect(train.has('coach')).toBe(true)
    // "learn" sits in teach's synset, but learning is not training anyone.
    expect(train.has('learn')).toBe(false)
  })

  it('gives the words formed from a word, not its synonyms', () => {
    const derived = wordNet.derivations('communicate')
    expect(derived.has('communication')).toBe(true)
    expect(derived.has('pass')).toBe(false)
  })
})

describe('activity paraphrases (scorer-4)', () => {
  it('supervising staff is met, as a paraphrase, by managing people named by their role', () => {
    const result = assess(
      'Experience supervising staff',
      resume(['Managed a team of six sales associates and an assistant manager.']),
    )
    expect(result).toMatchObject({ status: 'partial', basis: 'paraphrase' })
    expect(result.evidence[0]?.quote).toMatch(/Managed a team of six sales associates/)
  })

  it('training new employees is met by coaching or instructing them', () => {
    const result = assess(
      'Experience training new employees',
      resume(['Instructed new cooks and other workers in the preparation of food.']),
    )
    expect(result.status).not.toBe('missing')
    expect(result.basis).not.toBe('none')
  })

  it('a word formed from the posting word is the word itself; a light noun is met by any verb of making', () => {
    const parents = assess(
      'Experience communicating with parents and guardians',
      resume(['Communication with parents, administration and colleagues.']),
    )
    expect(parents.status).toBe('matched')
    const menu = assess(
      'Menu development',
      resume(['Created and explored new menu items and specialty items.']),
    )
    expect(menu).toMatchObject({ status: 'partial', basis: 'paraphrase' })
  })

  it('one of two coordinated duties shown is a partial that names the part', () => {
    const result = assess(
      'Preparing cost estimates and bids',
      resume(['Assisted in budgeting, bidding and the award of subcontractors.']),
    )
    expect(result).toMatchObject({ status: 'partial' })
    expect(result.reason).toMatch(/Shows part of/)
    // Two verbs of one object are one duty: "exceeding expectations" is not part of exceeding sales quotas.
    const quotas = assess(
      'Proven track record of meeting or exceeding sales quotas',
      resume(['Retail sales professional focused on exceeding expectations and building customer loyalty.']),
    )
    expect(quotas.status).toBe('missing')
  })

  it('synonyms alone, without one of the posting words, are no evidence ("entered" is not recruiting)', () => {
    const result = assess(
      'Full-cycle recruiting experience',
      resume(['Entered payroll data into HR systems and raised purchase orders.']),
    )
    expect(result.status).toBe('missing')
  })

  it('a word in other words counts only beside another: a verb far from the people it would govern is not it', () => {
    const result = assess(
      'Experience supervising staff',
      resume([
        'Managed the budget by compiling invoices so that the next day everything is ready for the staff.',
      ]),
    )
    expect(result.status).toBe('missing')
  })

  it('the head of what the verb acts on must be there: organising sales resources is not leading a sales team', () => {
    const result = assess(
      'Experience leading a sales team',
      resume(['Led concept development and organized sales and operations resources.']),
    )
    expect(result.status).toBe('missing')
    const [requirement] = requirementsFrom('Experience leading a sales team') as [RequirementInput]
    const wordNet = loadWordNet()
    const context = {
      text: '',
      profile: parseResume('', taxonomy, { referenceDate: new Date('2026-01-01') }),
      sentences: indexSentences('', wordNet),
      wordNet,
      acronyms: findDefinedAcronyms(''),
      semanticMatches: [],
    }
    const heads = objectHeads(requirement, keywordTerms(requirement.keywords, requirement, context))
    expect(heads.map((term) => term.keyword)).toEqual(['team'])
  })

  it('a skill fallback must name the duty: accounting described is not supervising accounting staff', () => {
    const result = assess(
      'Experience supervising accounting staff',
      resume(['Seasoned accountant with extensive experience in financial accounting.']),
    )
    expect(result.status).toBe('missing')
  })
})

describe('specific skills, languages, degrees and years (scorer-4)', () => {
  it('a line naming a skill and a narrower one asks for the narrower ("ESL Teaching", not any teaching)', () => {
    expect(specificSkillIds(['teaching', 'esl-teaching'], taxonomy)).toEqual(['esl-teaching'])
    expect(specificSkillIds(['docker', 'kubernetes'], taxonomy)).toEqual(['docker', 'kubernetes'])
    const result = assess(
      'Experience teaching English as a second language (ESL)',
      resume(['Taught math and science lessons to fifth graders.']),
    )
    expect(result.status).toBe('missing')
  })

  it('a skill the posting qualifies ("linear algebra algorithms") is met by the qualifier named outright', () => {
    const education = 'MSc in Applied Mathematics (linear algebra, statistics, optimisation), UNAM, 2019'
    const result = assess(
      'Deep understanding of linear algebra algorithms',
      resume(['Ran the store.'], education),
    )
    expect(result.status).toBe('matched')
    expect(result.reason).toMatch(/linear algebra/)
    // A frame word in front of a skill ("Experience onboarding") is no qualifier.
    const text = [
      'Jordan Reyes',
      '',
      'Professional Experience',
      'Store Manager, Harbor Foods, 01/2016 to 12/2023',
    ].join('\n')
    expect(assess('Experience onboarding new hires', text).status).toBe('missing')
  })

  it('a licence is shown by its own name, not by its field ("Nursing" is not a Registered Nurse licence)', () => {
    const line = 'Registered Nurse (RN) license'
    const cna = resume(
      ['Cared for patients.'],
      'Certified Nursing Assistant Certificate: Nursing Practice, 1999',
    )
    expect(assess(line, cna).status).toBe('missing')
    const rn = resume(['Cared for patients.'], 'Certifications\nRegistered Nurse, State of Texas, 2015')
    expect(assess(line, rn).status).toBe('matched')
  })

  it('bilingual with no language named is met by a second spoken language at a working level', () => {
    expect(assess('Bilingual candidates preferred', resume(['Fluent in English and Spanish.'])).status).toBe(
      'matched',
    )
    expect(assess('Bilingual candidates preferred', resume(['Basic Spanish.'])).status).toBe('missing')
    // A level belongs to its own item of a list, and holds for the language everywhere in the resume.
    const languages = `${resume(['Ran the store.'])}\n\nLanguages\nMandarin Chinese (native), Spanish (basic)\n\nSkills\nSAP, Spanish, staffing`
    expect(assess('Bilingual candidates preferred', languages).status).toBe('matched')
    expect(assess('Fluent in Spanish', languages).status).toBe('missing')
  })

  it('a degree line keeps its other fields and "or a related field" although its label is a skill name', () => {
    const line = "Bachelor's degree in Human Resources, Business Administration or related field"
    const education = 'Bachelor of Science, Business Management, Metropolitan State College, 1995'
    expect(assess(line, resume(['Ran the store.'], education))).toMatchObject({ status: 'matched' })
  })

  it('a degree still being studied for ("Present" on the date line before it) is not held', () => {
    const education = ['Present', "Bachelor's degree: Elementary Education, Grand Canyon University"].join(
      '\n',
    )
    const result = assess(
      "Bachelor's degree in Education or related field",
      resume(['Ran the store.'], education),
    )
    expect(result.status).toBe('missing')
  })

  it('years of a field come from the roles titled in it when there are such roles', () => {
    const text = [
      'Jordan Reyes',
      '',
      'Experience',
      'Sales Associate, Harbor Foods, 01/2021 to 12/2023',
      '- Sold garden furniture to walk-in customers.',
      'Teacher, Lincoln School, 01/2010 to 12/2020',
      '- Raised book fair sales by a third.',
    ].join('\n')
    const result = assess('5+ years of experience in sales', text)
    expect(result.status).toBe('partial')
    expect(result.yearsFound).toBeLessThan(5)
  })
})

describe('leading people in other words', () => {
  it('reads "Led a crew of 3 laborers" and "Directed … teams" as supervising, with the people as the object', () => {
    const crew = assess(
      'Supervising subcontractors and field crews',
      resume(['Led a crew of 3 general construction laborers.']),
    )
    expect(crew.status).toBe('partial')
    expect(crew.basis).toBe('paraphrase')
    const teams = assess(
      'Experience supervising staff',
      resume(['Directed and mentored cross-functional teams on product launches.']),
    )
    expect(teams.status).not.toBe('missing')
  })

  it('does not read whom the work is for as what it is done to', () => {
    const forWhom = assess(
      'Experience scheduling staff',
      resume(['Scheduled appointments for designated personnel and reminded them of commitments.']),
    )
    expect(forWhom.status).toBe('missing')
  })
})

describe('the ask of a line, without its frame and illustration', () => {
  it('reads "Strong debugging chops, especially in …" as debugging: a frame noun after the gerund and an example after "especially" are not asked', () => {
    const found = assess(
      'Strong debugging chops, especially in distributed, resource-constrained environments.',
      resume(['Debugged compute-heavy jobs on Linux from the command line: memory leaks, stuck GPUs.']),
    )
    expect(found.status).toBe('matched')
    expect(found.evidence[0]?.quote).toContain('Debugged')
  })

  it('still needs the gerund itself', () => {
    const found = assess(
      'Strong debugging chops, especially in distributed, resource-constrained environments.',
      resume(['Ran distributed training jobs in resource-constrained environments.']),
    )
    expect(found.status).toBe('missing')
  })
})

describe('a word before the action that WordNet knows names which action it is', () => {
  it('"cold calling" is not met by inbound calls, while "full-cycle" recruiting may leave its qualifier out', () => {
    const inbound = assess(
      'Cold calling and prospecting for new clients',
      resume(['Answered daily inbound calls and entered orders for assigned accounts and clients.']),
    )
    expect(inbound.status).toBe('missing')
    const cold = assess(
      'Cold calling and prospecting for new clients',
      resume(['Made 80 cold calls a day to new clients.']),
    )
    expect(cold.status).not.toBe('missing')
    const recruiting = assess(
      'Full-cycle recruiting experience',
      resume(['Recruited and onboarded 40 hourly associates.']),
    )
    expect(recruiting.status).not.toBe('missing')
  })
})
