import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  familyForOccupationCode,
  ISCO_FAMILIES,
  parseEscoOccupations,
  parseOnetAlternateTitles,
  reconcileOccupations,
  SOC_FAMILIES,
} from './import-occupations'
import { loadTaxonomy } from './load-taxonomy'

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8')

describe('familyForOccupationCode', () => {
  it('takes the longest listed prefix of the code', () => {
    expect(familyForOccupationCode('15-1252.00', 'soc')).toBe('software-engineering')
    expect(familyForOccupationCode('15-1253.00', 'soc')).toBe('testing-qa')
    expect(familyForOccupationCode('13-1071.00', 'soc')).toBe('hr')
    expect(familyForOccupationCode('13-1081.02', 'soc')).toBe('supply-chain')
    expect(familyForOccupationCode('2512', 'isco')).toBe('software-engineering')
    expect(familyForOccupationCode('2431', 'isco')).toBe('marketing')
  })

  it('leaves codes with no clear family out', () => {
    expect(familyForOccupationCode('51-4121.00', 'soc')).toBeNull()
    expect(familyForOccupationCode('8121', 'isco')).toBeNull()
    expect(familyForOccupationCode('', 'isco')).toBeNull()
  })

  it('only names families the curated taxonomy has', () => {
    const categories = new Set([...loadTaxonomy().skills.values()].map((skill) => skill.category))
    for (const [, family] of [...SOC_FAMILIES, ...ISCO_FAMILIES]) expect(categories).toContain(family)
  })
})

describe('parseOnetAlternateTitles', () => {
  it('makes one occupational skill per occupation, its titles as aliases, in its family', () => {
    const { skills, skipped } = parseOnetAlternateTitles(fixture('onet-alternate-titles.txt'))
    expect(skipped).toBe(1)
    expect(skills).toEqual([
      {
        id: 'occupation-software-developers',
        name: 'Software Developers',
        category: 'software-engineering',
        aliases: ['Application Developer', 'Java Developer', 'Systems Software Designer'],
        related: [],
      },
      {
        id: 'occupation-data-scientists',
        name: 'Data Scientists',
        category: 'data-science',
        aliases: ['Decision Scientist', 'Quantitative Modeler'],
        related: [],
      },
      {
        id: 'occupation-human-resources-specialists',
        name: 'Human Resources Specialists',
        category: 'hr',
        aliases: ['Talent Acquisition Specialist', 'TA Specialist', 'People Partner'],
        related: [],
      },
    ])
  })

  it('accepts Windows line endings and refuses files without the needed columns', () => {
    const text = fixture('onet-alternate-titles.txt').replace(/\n/g, '\r\n')
    expect(parseOnetAlternateTitles(text).skills).toHaveLength(3)
    expect(() => parseOnetAlternateTitles('Code\tTitle\n1\tx\n')).toThrow(/Alternate Title/)
    expect(parseOnetAlternateTitles('')).toEqual({ skills: [], skipped: 0 })
  })
})

describe('parseEscoOccupations', () => {
  it('places released occupations by their ISCO group and skips the rest', () => {
    const { skills, skipped } = parseEscoOccupations(fixture('esco-occupations.csv'))
    expect(skipped).toBe(1)
    expect(skills.map((skill) => [skill.id, skill.category, skill.aliases])).toEqual([
      ['occupation-brand-strategist', 'marketing', ['brand consultant', 'brand planner']],
      ['occupation-cloud-platform-operator', 'networking', ['platform reliability officer']],
    ])
    expect(() => parseEscoOccupations('conceptUri,preferredLabel\nx,y\n')).toThrow(/iscoGroup/)
  })
})

describe('reconcileOccupations', () => {
  const taxonomy = loadTaxonomy()

  it('adds titles without taking words from existing skills', () => {
    const { skills } = parseOnetAlternateTitles(fixture('onet-alternate-titles.txt'))
    const { skills: reconciled, skipped } = reconcileOccupations(skills, taxonomy)
    expect(skipped).toBe(0)
    // "Software Developers" already names software development (same family): the titles become its spellings;
    // "Java Developer" already names Java and stays with it.
    const software = reconciled.find((skill) => skill.aliases.includes('Application Developer'))
    expect(software?.id).toBe('software-development')
    expect(software?.aliases).toEqual(['Application Developer', 'Systems Software Designer'])
    // "Human Resources Specialists" names human resources; "Talent Acquisition Specialist" already names
    // recruiting and "People Partner" human resources, so only "TA Specialist" is new.
    expect(reconciled.find((skill) => skill.id === 'human-resources')).toMatchObject({
      category: 'hr',
      aliases: ['TA Specialist'],
    })
  })

  it('skips an occupation whose name is a skill of another family', () => {
    const { skills } = parseEscoOccupations(fixture('esco-occupations.csv'))
    const { skills: reconciled, skipped } = reconcileOccupations(skills, taxonomy)
    // "cloud platform operator" (filed under networking) names cloud computing.
    expect(skipped).toBe(1)
    expect(reconciled.map((skill) => skill.category)).toEqual(['marketing'])
  })
})
