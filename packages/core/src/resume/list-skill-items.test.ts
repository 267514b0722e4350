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

  it('skips sentences and date lines inside a skills section', () => {
    const text =
      'Skills\nI enjoy learning new things every single day at work.\nJanuary 2018 to Present\nExcel, Tally'
    expect(items(text)).toEqual(['Excel', 'Tally'])
  })

  it('returns nothing without a skills section', () => {
    expect(items('Experience\nEngineer, Northwind\n2019 - 2021\nPython, Go, SQL, Bash')).toEqual([])
  })
})
