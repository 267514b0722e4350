import { describe, expect, it } from 'vitest'
import { AMBIGUITY_RULES } from './ambiguity-rules'
import { readTaxonomyFiles } from './load-taxonomy'
import { aliasKey } from './tokenize-text'

const { curated } = readTaxonomyFiles()

describe('curated taxonomy data', () => {
  it('holds at least 1,500 skills', () => {
    expect(curated.length).toBeGreaterThanOrEqual(1500)
  })

  it('has unique kebab-case ids', () => {
    const ids = curated.map((skill) => skill.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  })

  it('never maps one alias to two skills', () => {
    const owners = new Map<string, Set<string>>()
    for (const skill of curated) {
      for (const alias of [skill.name, ...skill.aliases]) {
        const key = aliasKey(alias)
        const set = owners.get(key) ?? new Set<string>()
        set.add(skill.id)
        owners.set(key, set)
      }
    }
    const clashes = [...owners]
      .filter(([, set]) => set.size > 1)
      .map(([key, set]) => `${key}: ${[...set].join(', ')}`)
    expect(clashes).toEqual([])
  })

  it('only relates to ids that exist', () => {
    const ids = new Set(curated.map((skill) => skill.id))
    const dangling = curated.flatMap((skill) =>
      skill.related.filter((id) => !ids.has(id) || id === skill.id).map((id) => `${skill.id} -> ${id}`),
    )
    expect(dangling).toEqual([])
  })

  it('points broader edges only at ids that exist, without cycles', () => {
    const byId = new Map(curated.map((skill) => [skill.id, skill]))
    const dangling = curated.flatMap((skill) =>
      (skill.broader ?? [])
        .filter((id) => !byId.has(id) || id === skill.id)
        .map((id) => `${skill.id} -> ${id}`),
    )
    expect(dangling).toEqual([])
    const cyclic = curated.filter((skill) => {
      const seen = new Set<string>()
      let frontier = skill.broader ?? []
      while (frontier.length > 0) {
        if (frontier.includes(skill.id)) return true
        frontier = frontier
          .filter((id) => !seen.has(id))
          .flatMap((id) => {
            seen.add(id)
            return byId.get(id)?.broader ?? []
          })
      }
      return false
    })
    expect(cyclic.map((skill) => skill.id)).toEqual([])
  })

  it('has an ambiguity rule only for aliases that exist, remapping only to skills that exist', () => {
    const keys = new Set(curated.flatMap((skill) => [skill.name, ...skill.aliases].map(aliasKey)))
    const ids = new Set(curated.map((skill) => skill.id))
    const deadRules = [...AMBIGUITY_RULES.keys()].filter((key) => !keys.has(key))
    const missingTargets = [...AMBIGUITY_RULES.values()]
      .map((rule) => rule.remap?.skillId)
      .filter((id): id is string => id !== undefined && !ids.has(id))
    expect(deadRules).toEqual([])
    expect(missingTargets).toEqual([])
  })

  it('gives every alias at least one token to match on', () => {
    const empty = curated.flatMap((skill) =>
      [skill.name, ...skill.aliases].filter((alias) => aliasKey(alias) === ''),
    )
    expect(empty).toEqual([])
  })

  it('covers the job families the engine screens for', () => {
    const categories = new Set(curated.map((skill) => skill.category))
    for (const category of [
      'programming-language',
      'mlops',
      'cloud',
      'devops',
      'databases',
      'security',
      'mobile',
      'testing-qa',
      'design-ux',
      'product-management',
      'finance-accounting',
      'payments',
      'banking',
      'sales',
      'marketing',
      'digital-media',
      'public-relations',
      'hr',
      'healthcare',
      'teaching',
      'legal',
      'agriculture',
      'apparel-fashion',
      'aviation',
      'automotive',
      'customer-service',
      'construction',
      'culinary',
      'fitness',
      'spoken-language',
      'soft-skill',
    ]) {
      expect(categories, category).toContain(category)
    }
  })
})
