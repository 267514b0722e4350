import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseOnetTechnologySkills } from './import-onet'

const fixture = readFileSync(new URL('./__fixtures__/onet-technology-skills.txt', import.meta.url), 'utf8')

describe('parseOnetTechnologySkills', () => {
  it('makes one skill per product, categorised by commodity', () => {
    const skills = parseOnetTechnologySkills(fixture)
    expect(skills.map((skill) => skill.id)).toEqual([
      'microsoft-excel',
      'libreoffice-calc',
      'apache-cassandra',
      'couchbase-server',
      'acme-ledgerly',
      'medacme-charting',
    ])
    expect(skills.find((skill) => skill.id === 'libreoffice-calc')).toMatchObject({
      name: 'LibreOffice Calc',
      category: 'office-productivity',
      related: ['microsoft-excel'],
    })
    expect(skills.find((skill) => skill.id === 'couchbase-server')?.category).toBe('databases')
    expect(skills.find((skill) => skill.id === 'acme-ledgerly')).toMatchObject({
      category: 'finance-accounting',
      related: [],
    })
    expect(skills.find((skill) => skill.id === 'medacme-charting')?.category).toBe('healthcare')
  })

  it('accepts Windows line endings and refuses files without the needed columns', () => {
    expect(parseOnetTechnologySkills(fixture.replace(/\n/g, '\r\n'))).toHaveLength(6)
    expect(() => parseOnetTechnologySkills('Code\tTitle\n1\tx\n')).toThrow(/Example/)
    expect(parseOnetTechnologySkills('')).toEqual([])
  })
})
