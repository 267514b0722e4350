import { beforeAll, describe, expect, it } from 'vitest'
import { loadTaxonomy, type Taxonomy } from '../taxonomy'
import { listSkillItems } from './list-skill-items'
import { parseResume } from './parse-resume'

let taxonomy: Taxonomy
beforeAll(() => {
  taxonomy = loadTaxonomy()
})

const items = (text: string) =>
  listSkillItems(text, parseResume(text, taxonomy, { referenceDate: new Date('2026-01-15T00:00:00Z') }))

describe('listSkillItems', () => {
  it('lists the items of a skills section without labels or durations', () => {
    const text = `Experience
Engineer, Northwind
2019 - 2021
• Wrote Python, Go and SQL services.

Skills
RADTool (Less than 1 year), Data Structures (3 years), Oracle (5 years),
Tools: Jdeveloper, WinSCP; Putty
Operating Systems:
Linux | Windows

Links
https://example.com/profile`
    expect(items(text)).toEqual([
      'RADTool',
      'Data Structures',
      'Oracle',
      'Jdeveloper',
      'WinSCP',
      'Putty',
      'Linux',
      'Windows',
    ])
  })

  it('skips sentences inside a skills section', () => {
    const text = 'Skills\nI enjoy learning new things every single day at work.\nExcel, Tally'
    expect(items(text)).toEqual(['Excel', 'Tally'])
  })

  it('stops at a dated line: a work history the heading did not announce follows', () => {
    const text = `Key Skills
Technologies: Oracle, D2K
Northwind Bank, Lisbon (Feb 2005 - June 2008)
• Review of requirements, test plans, defect triage
Tools: Winrunner, QTP`
    expect(items(text)).toEqual(['Oracle', 'D2K'])
  })

  it('joins lines the page wrapped before splitting them', () => {
    const text = `Skills
Architecture (Less than 1 year), BGP (Less than 1 year), DHCP (Less than 1 year), DNS (Less
than 1 year), EIGRP (Less than 1 year)
● Own and support RFPs, proposal walkthroughs and presentations and the transition of
knowledge from pre-sales to delivery, in case of a win`
    expect(items(text)).toEqual(['Architecture', 'BGP', 'DHCP', 'DNS', 'EIGRP'])
  })

  it('drops list labels written with a dash or as a table row', () => {
    const text = `Skills
Technologies - Visual Studio 2012, Azure, SQL Server 2012.
Operating Systems Windows 7, Ubuntu Linux
Tools: R&amp;D Tracker, Jira`
    expect(items(text)).toEqual([
      'Visual Studio 2012',
      'Azure',
      'SQL Server 2012',
      'Windows 7',
      'Ubuntu Linux',
      'R&D Tracker',
      'Jira',
    ])
  })

  it('keeps a skill that only starts with a label word', () => {
    expect(items('Skills\nPlatform Engineering\nDomain knowledge\nBuild Tools\nMaven, Gradle')).toEqual([
      'Platform Engineering',
      'Domain knowledge',
      'Maven',
      'Gradle',
    ])
  })

  it('takes the items written on the heading line', () => {
    expect(items('Objective\nTo grow.\nSKILL SET • ASP.NET, C# • QA tools')).toEqual([
      'ASP.NET',
      'C#',
      'QA tools',
    ])
  })

  it('keeps two sentences with commas out of the list', () => {
    const text =
      'Skills\nStrong in planning, budgeting, reporting, hiring. Led teams of five, then ten, then twenty.\nExcel, Tally, SAP'
    expect(items(text)).toEqual(['Excel', 'Tally', 'SAP'])
  })

  it('lists the items a parenthesis holds on their own', () => {
    const text = `Skills
WAN Optimization (WAAS) (2 years)
Cloud (AWS, Azure), Office Suite (Excel), Terraform`
    expect(items(text)).toEqual([
      'WAN Optimization',
      'WAAS',
      'Cloud',
      'AWS',
      'Azure',
      'Office Suite',
      'Excel',
      'Terraform',
    ])
  })

  it('returns nothing without a skills section', () => {
    expect(items('Experience\nEngineer, Northwind\n2019 - 2021\nPython, Go, SQL, Bash')).toEqual([])
  })
})
