import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCsv, parseEscoSkills } from './import-esco'

const fixture = readFileSync(new URL('./__fixtures__/esco-skills.csv', import.meta.url), 'utf8')

describe('parseCsv', () => {
  it('handles quoted commas, doubled quotes and newlines inside fields', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nthere"\r\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ])
  })
})

describe('parseEscoSkills', () => {
  it('maps preferred labels to skills and newline-separated alternative labels to aliases', () => {
    const skills = parseEscoSkills(fixture)
    expect(skills).toEqual([
      {
        id: 'prune-orchard-trees',
        name: 'prune orchard trees',
        category: 'imported',
        aliases: ['trim fruit trees', 'orchard pruning'],
        related: [],
      },
      {
        id: 'machine-learning',
        name: 'machine learning',
        category: 'imported',
        aliases: ['ML', 'statistical learning'],
        related: [],
      },
      {
        id: 'operate-a-quick-change-die-press',
        name: 'operate a "quick-change" die press',
        category: 'imported',
        aliases: ['die press operation'],
        related: [],
      },
    ])
  })

  it('refuses a file without preferred labels', () => {
    expect(() => parseEscoSkills('conceptUri,altLabels\nx,y\n')).toThrow(/preferredLabel/)
  })
})
