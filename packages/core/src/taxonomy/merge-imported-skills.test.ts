import { describe, expect, it } from 'vitest'
import type { Skill } from '../types'
import { mergeImportedSkills } from './merge-imported-skills'

const existing: Skill[] = [
  {
    id: 'machine-learning',
    name: 'Machine Learning',
    category: 'machine-learning',
    aliases: ['ml'],
    related: [],
  },
  {
    id: 'microsoft-excel',
    name: 'Microsoft Excel',
    category: 'office-productivity',
    aliases: ['excel'],
    related: [],
  },
  {
    id: 'statistics',
    name: 'Statistics',
    category: 'data-science',
    aliases: ['statistical learning'],
    related: [],
  },
]

const skill = (id: string, name: string, aliases: string[] = [], related: string[] = []): Skill => ({
  id,
  name,
  category: 'imported',
  aliases,
  related,
})

describe('mergeImportedSkills', () => {
  it('extends a known skill found by name or alias instead of duplicating it', () => {
    const result = mergeImportedSkills(
      [
        skill('machine-learning-2', 'machine learning', [
          'ML',
          'aprendizagem de máquina',
          'statistical learning',
        ]),
      ],
      existing,
    )
    expect(result.skills).toEqual([
      {
        id: 'machine-learning',
        name: 'Machine Learning',
        category: 'machine-learning',
        aliases: ['aprendizagem de máquina'],
        related: [],
      },
    ])
    expect(result).toMatchObject({ added: 0, extended: 1, droppedAliases: 1 })
  })

  it('adds new skills, renames slugs taken by unrelated skills and follows renamed related ids', () => {
    const result = mergeImportedSkills(
      [
        skill('statistics', 'Statistics Canada reporting', [], ['libreoffice-calc']),
        skill('libreoffice-calc', 'LibreOffice Calc', [], ['microsoft-excel', 'statistics']),
      ],
      existing,
    )
    expect(result.skills.map((record) => [record.id, record.related])).toEqual([
      ['statistics-imported', ['libreoffice-calc']],
      ['libreoffice-calc', ['microsoft-excel', 'statistics-imported']],
    ])
    expect(result).toMatchObject({ added: 2, extended: 0 })
  })

  it('drops records that would add nothing to a known skill', () => {
    expect(mergeImportedSkills([skill('excel', 'Excel')], existing).skills).toEqual([])
  })
})
