import { describe, expect, it } from 'vitest'
import { parseResume } from '../resume/parse-resume'
import { loadTaxonomy } from '../taxonomy'
import type { RequirementResult } from '../types'
import { assess, requirementsFrom, resume } from './assess-posting-line.test-helpers'
import { loadWordNet } from './load-wordnet'
import { formatLanguageLevel, rankLanguageLevel, readLanguageLevelRank } from './read-language-level'
import { readsAsOrganization } from './reads-as-organization'
import { scoreCandidate } from './score-candidate'

// Evidence rules of scorer-7: stated language levels, organisations named like products, words negated by "non",
// people-at-work words read as things among things. Phrasings are written for this file, not taken from the benchmark.

const taxonomy = loadTaxonomy()
const wordNet = loadWordNet()

function languages(line: string): string {
  return resume(
    [
      'Prepared monthly reports for the finance team and reviewed them with the managers every week.',
      'Reconciled vendor accounts and wrote short summaries of the results for the leadership team.',
    ],
    'Office Coordinator, Lakeside Partners, 02/2015 to 11/2023',
  ).concat(`\n\nLanguages\n${line}\n`)
}

describe('readLanguageLevelRank', () => {
  it('reads the level beside a language as a CEFR rank, in words or codes, and not past another clause', () => {
    expect(readLanguageLevelRank('Spanish (B1)', 0, 7)).toBe(3)
    expect(readLanguageLevelRank('Fluent Spanish', 7, 14)).toBe(5)
    expect(readLanguageLevelRank('Inglês avançado', 0, 6)).toBe(5)
    expect(readLanguageLevelRank('English: native', 0, 7)).toBe(6)
    expect(readLanguageLevelRank('Fluent English and basic Spanish', 25, 32)).toBe(2)
    expect(readLanguageLevelRank('Spanish', 0, 7)).toBeNull()
    expect(rankLanguageLevel('conversational')).toBe(3)
    expect(formatLanguageLevel(5)).toBe('C1')
  })

  it('reads "bilingual" as a level on a resume only when asked to', () => {
    expect(readLanguageLevelRank('Bilingual English/Spanish', 18, 25)).toBe(6)
    expect(readLanguageLevelRank('Bilingual English/Spanish', 18, 25, false)).toBeNull()
  })
})

describe('a language level the posting states', () => {
  it('is not met by a lower level the resume states, and the reason names both levels and the resume’s words', () => {
    const found = assess('Fluent Spanish', languages('Spanish (B1)'))
    expect(found.status).toBe('missing')
    expect(found.reason).toContain('B1')
    expect(found.reason).toContain('C1')
    expect(found.reason).toContain('"Spanish (B1)"')
  })

  it('is met by the same level or above, and a low level asked is met by a low level stated', () => {
    expect(assess('Fluent Spanish', languages('Spanish (native)')).status).toBe('matched')
    expect(assess('Spanish (B2 or above)', languages('Spanish: advanced')).status).toBe('matched')
    expect(assess('Basic Spanish', languages('Spanish (conversational)')).status).not.toBe('missing')
  })

  it('is not met by the resume being written in English when the resume states its English lower', () => {
    const found = assess('C1 English', languages('English (B1)'))
    expect(found.status).toBe('missing')
    expect(assess('C1 English', languages('English')).status).toBe('matched')
  })

  it('leaves a line without a level to the working-level rule', () => {
    expect(assess('Spanish', languages('Spanish (conversational)')).status).toBe('missing')
    expect(assess('Bilingual English/Spanish preferred', languages('Fluent in Spanish')).status).not.toBe(
      'missing',
    )
  })
})

describe('a recruiter’s level', () => {
  function assessAt(line: string, level: string, resumeText: string): RequirementResult {
    const requirements = requirementsFrom(line).map((requirement) => ({ ...requirement, level }))
    const profile = parseResume(resumeText, taxonomy, { referenceDate: new Date('2026-01-01') })
    const [result] = scoreCandidate({
      requirements,
      resumeText,
      profile,
      taxonomy,
      semanticMatches: [],
    }).requirements
    return result as RequirementResult
  }

  it('stands over the line: C1 set on "Spanish" is not met by B1, basic set on "Fluent Spanish" is met by conversational', () => {
    expect(assessAt('Spanish', 'C1', languages('Spanish (B1)')).status).toBe('missing')
    expect(assessAt('Fluent Spanish', 'basic', languages('Spanish (conversational)')).status).not.toBe(
      'missing',
    )
  })

  it('a native level set for English is more than writing shows', () => {
    expect(assessAt('English', 'native', languages('Portuguese (native)')).status).toBe('partial')
  })
})

describe('a product named as an organisation', () => {
  it('working for a vendor, or the vendor buying the employer, is not using its product', () => {
    const found = assess(
      'Experience with electronic medical records (EMR) systems',
      resume([
        'Provided revenue consulting to hospital clients, employed through the acquisition of Midland Health Services by Cerner in 2014.',
        'Data Center Operations, Shared Hospital Systems (Cerner), Malvern, PA.',
      ]),
    )
    expect(found.status).toBe('missing')
    expect(readsAsOrganizationFor('Worked with Cerner Corporation on billing interfaces.', 'Cerner')).toBe(
      true,
    )
  })

  it('using the product still counts', () => {
    const found = assess(
      'Experience with electronic medical records (EMR) systems',
      resume(['Charted patient visits and medication orders in Cerner for a 30-bed unit.']),
    )
    expect(found.status).not.toBe('missing')
  })
})

function readsAsOrganizationFor(text: string, name: string): boolean {
  const profile = parseResume(text, taxonomy, { referenceDate: new Date('2026-01-01') })
  const start = text.indexOf(name)
  return readsAsOrganization(text, { start, end: start + name.length }, profile, taxonomy)
}

describe('a word negated by "non"', () => {
  it('non-clinical roles are not a clinical setting, written joined or apart', () => {
    for (const negated of ['Non-clinical', 'Non clinical']) {
      const found = assess(
        '2+ years of experience in a clinical setting',
        resume(
          [`Provided ${negated.toLowerCase()} support to the hospital billing office.`],
          `${negated} Support Specialist, Mercy Hospital, 01/2014 to 12/2019`,
        ),
      )
      expect(found.status, negated).toBe('missing')
    }
  })

  it('a clinical role still counts', () => {
    const found = assess(
      '2+ years of experience in a clinical setting',
      resume(
        ['Provided clinical support to the outpatient unit.'],
        'Clinical Support Specialist, Mercy Hospital, 01/2014 to 12/2019',
      ),
    )
    expect(found.status).toBe('matched')
  })
})

describe('people at work and things', () => {
  it('a word that names a person and a machine, in a list of machines, is a machine', () => {
    expect(wordNet.namesArtifact('server')).toBe(true)
    expect(wordNet.namesArtifact('employee')).toBe(false)
    const found = assess(
      'Experience supervising or leading a technical team',
      resume(['Monitored all switches servers and lab workstations around the clock.']),
    )
    expect(found.status).toBe('missing')
  })

  it('a verb of the kind inside a noun phrase opened by "to" or an article qualifies the noun: operating personnel are not led', () => {
    const found = assess(
      'Experience supervising accounting staff',
      resume(['Answered the front desk and referred callers to the operating personnel.']),
    )
    expect(found.status).toBe('missing')
    const further = assess(
      'Experience supervising accounting staff',
      resume(['Answered the front desk and referred callers to senior or appropriate operating personnel.']),
    )
    expect(further.status).toBe('missing')
  })

  it('"to" right before the -ing word is a gerund’s: committed to leading teams is leading them', () => {
    const found = assess(
      'Experience supervising accounting staff',
      resume(['Committed to leading accounting teams through two system migrations.']),
    )
    expect(found.status).not.toBe('missing')
  })

  it('a thing that names the kind of people is no list of things: operating room staff are people', () => {
    const found = assess(
      'Experience supervising a team',
      resume(['Supervised the operating room staff during night shifts.']),
    )
    expect(found.status).not.toBe('missing')
  })

  it('the same word among people is people', () => {
    const found = assess(
      'Experience supervising a restaurant team',
      resume(['Supervised hosts, servers and bussers during weekend dinner service.']),
    )
    expect(found.status).not.toBe('missing')
  })
})

describe('a skill the line qualifies by other skills', () => {
  it('"Linux or Unix system administration" is not met by administering Windows servers', () => {
    const found = assess(
      'Experience with Linux or Unix system administration',
      resume(['Performed system administration for 40 Windows servers and the Active Directory domain.']),
    )
    expect(found.status).toBe('missing')
  })

  it('is met by the qualifying skill itself', () => {
    const found = assess(
      'Experience with Linux or Unix system administration',
      resume(['Administered Linux build servers and patched them every month.']),
    )
    expect(found.status).toBe('matched')
  })
})

describe('a trade named as a person', () => {
  it('someone the candidate worked on is not the candidate: certifications of a crane operator', () => {
    const found = assess(
      'Experience operating heavy equipment (excavator, loader, forklift)',
      resume(['Checked the site logs and the certifications of every crane operator before each lift.']),
    )
    expect(found.status).toBe('missing')
  })

  it('the candidate’s own role still counts, after "as" or in a role title', () => {
    const own = assess(
      'Experience operating heavy equipment (excavator, loader, forklift)',
      resume(['Worked as a crane operator on three high-rise sites.']),
    )
    expect(own.status).toBe('matched')
    const titled = assess(
      'Experience operating heavy equipment (excavator, loader, forklift)',
      resume(
        ['Lifted steel and precast panels for three high-rise sites.'],
        'Crane Operator, Skyline Builders, 03/2016 to 08/2021',
      ),
    )
    expect(titled.status).toBe('matched')
  })
})

describe('a trade named as the candidate’s own role, with modifiers', () => {
  it('"served as lead crane operator" and "reliable tower crane operator" are the candidate’s own', () => {
    const served = assess(
      'Experience operating heavy equipment (excavator, loader, forklift)',
      resume(['Served as lead crane operator on three high-rise sites.']),
    )
    expect(served.status).toBe('matched')
    const modified = assess(
      'Experience operating heavy equipment (excavator, loader, forklift)',
      resume(['Reliable tower crane operator with a clean safety record.']),
    )
    expect(modified.status).toBe('matched')
    const described = assess(
      'Experience operating heavy equipment (excavator, loader, forklift)',
      resume(['Top-rated, hard-working crane operator with a clean safety record.']),
    )
    expect(described.status).toBe('matched')
  })

  it('"assisted the lead crane operator" is someone else', () => {
    const found = assess(
      'Experience operating heavy equipment (excavator, loader, forklift)',
      resume(['Assisted the lead crane operator with rigging and hand signals.']),
    )
    expect(found.status).toBe('missing')
  })
})
