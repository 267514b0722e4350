import { describe, expect, it } from 'vitest'
import { customSkillId, toCustomSkill, ZCustomSkill } from './custom-skill'
import { findSkills } from './find-skills'
import { loadTaxonomy } from './load-taxonomy'

describe('ZCustomSkill', () => {
  it('accepts a name with aliases and defaults the lists', () => {
    expect(ZCustomSkill.parse({ name: 'FlowBuilder' })).toEqual({
      name: 'FlowBuilder',
      aliases: [],
      related: [],
    })
  })

  it('rejects empty or symbol-only names and bad categories', () => {
    expect(ZCustomSkill.safeParse({ name: '  ' }).success).toBe(false)
    expect(ZCustomSkill.safeParse({ name: '---' }).success).toBe(false)
    expect(ZCustomSkill.safeParse({ name: 'Ok', category: 'Not Kebab' }).success).toBe(false)
  })
})

describe('toCustomSkill', () => {
  it('namespaces new skills under the organisation', () => {
    const skill = toCustomSkill(
      { name: 'FlowBuilder', aliases: ['Acme Flow', 'flowbuilder'], related: ['airflow'] },
      'Acme Corp',
    )
    expect(skill).toEqual({
      id: 'org:acme-corp:flowbuilder',
      name: 'FlowBuilder',
      category: 'custom',
      aliases: ['Acme Flow'],
      related: ['airflow'],
    })
    expect(customSkillId('0b6c-11', 'C++ Core')).toBe('org:0b6c-11:cpp-core')
  })

  it('reuses an existing id when the name is already known, so only spellings are added', () => {
    const base = loadTaxonomy()
    const skill = toCustomSkill({ name: 'k8s', aliases: ['kube platform'], related: [] }, 'acme', base)
    expect(skill.id).toBe('kubernetes')
    const taxonomy = loadTaxonomy({ extraSkills: [skill] })
    expect(findSkills('Runs on the Kube Platform', taxonomy).map((match) => match.skillId)).toEqual([
      'kubernetes',
    ])
  })
})
