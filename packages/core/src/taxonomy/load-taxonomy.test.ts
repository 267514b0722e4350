import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findSkills } from './find-skills'
import { loadTaxonomy } from './load-taxonomy'
import { getSkill, lookupSkillId, relatedSkillIds } from './query-taxonomy'
import { TAXONOMY_VERSION } from './taxonomy-version'

describe('loadTaxonomy', () => {
  it('memoises the built-in taxonomy', () => {
    const first = loadTaxonomy()
    expect(loadTaxonomy()).toBe(first)
    expect(first.version).toBe(TAXONOMY_VERSION)
    expect(first.skills.size).toBeGreaterThanOrEqual(1500)
  })

  it('closes related edges symmetrically', () => {
    const taxonomy = loadTaxonomy()
    expect(relatedSkillIds(taxonomy, 'mlflow')).toEqual(
      expect.arrayContaining(['weights-and-biases', 'neptune', 'comet-ml']),
    )
    expect(relatedSkillIds(taxonomy, 'comet-ml')).toContain('mlflow')
    expect(relatedSkillIds(taxonomy, 'opentofu')).toEqual(expect.arrayContaining(['terraform', 'pulumi']))
    expect(relatedSkillIds(taxonomy, 'airflow')).toEqual(
      expect.arrayContaining(['argo-workflows', 'prefect', 'dagster', 'luigi']),
    )
    expect(relatedSkillIds(taxonomy, 'apache-spark')).toEqual(
      expect.arrayContaining(['ray', 'dask', 'horovod']),
    )
    expect(relatedSkillIds(taxonomy, 'gcp')).toEqual(expect.arrayContaining(['aws', 'azure']))
    expect(relatedSkillIds(taxonomy, 'jax')).toEqual(expect.arrayContaining(['pytorch', 'tensorflow']))
    expect(relatedSkillIds(taxonomy, 'mysql')).toContain('postgresql')
    expect(relatedSkillIds(taxonomy, 'kinesis')).toEqual(expect.arrayContaining(['kafka', 'pulsar']))
    expect(relatedSkillIds(taxonomy, 'no-such-skill')).toEqual([])
  })

  it('looks skills up by id and by exact alias', () => {
    const taxonomy = loadTaxonomy()
    expect(getSkill(taxonomy, 'kubernetes')?.name).toBe('Kubernetes')
    expect(getSkill(taxonomy, 'nope')).toBeUndefined()
    expect(lookupSkillId(taxonomy, 'K8s')).toBe('kubernetes')
    expect(lookupSkillId(taxonomy, 'aprendizaje automático')).toBe('machine-learning')
    expect(lookupSkillId(taxonomy, 'made-up tool')).toBeUndefined()
  })

  it('merges extra skills: new ids are added, existing ids gain aliases', () => {
    const taxonomy = loadTaxonomy({
      extraSkills: [
        {
          id: 'org:acme:flowbuilder',
          name: 'FlowBuilder',
          category: 'custom',
          aliases: ['acme flow'],
          related: ['airflow'],
        },
        {
          id: 'python',
          name: 'Python',
          category: 'programming-language',
          aliases: ['snake lang'],
          related: [],
        },
      ],
    })
    expect(taxonomy).not.toBe(loadTaxonomy())
    expect(taxonomy.version).toMatch(new RegExp(`^${TAXONOMY_VERSION}\\+org\\.[0-9a-f]{12}$`))
    expect(
      findSkills('Pipelines in Acme Flow and snake lang', taxonomy).map((match) => match.skillId),
    ).toEqual(['org:acme:flowbuilder', 'python'])
    expect(relatedSkillIds(taxonomy, 'airflow')).toContain('org:acme:flowbuilder')
    expect(getSkill(taxonomy, 'python')?.aliases).toContain('snake lang')
    expect(getSkill(loadTaxonomy(), 'python')?.aliases).not.toContain('snake lang')
  })

  it('includes imported.json from a data folder and versions it by content', () => {
    const directory = mkdtempSync(join(tmpdir(), 'taxonomy-'))
    writeFileSync(
      join(directory, 'base.json'),
      JSON.stringify({
        group: 'base',
        categories: { databases: [{ id: 'postgresql', name: 'PostgreSQL', aliases: ['postgres'] }] },
      }),
    )
    expect(loadTaxonomy({ dataDirectory: directory }).version).toBe(TAXONOMY_VERSION)
    writeFileSync(
      join(directory, 'imported.json'),
      JSON.stringify({
        group: 'imported',
        categories: {
          databases: [
            { id: 'postgresql', name: 'PostgreSQL', aliases: ['pgsql'] },
            { id: 'couchbase-server', name: 'Couchbase Server', related: ['postgresql'] },
          ],
        },
      }),
    )
    const taxonomy = loadTaxonomy({ dataDirectory: directory })
    expect(taxonomy.version).toMatch(/\+imported\.[0-9a-f]{12}$/)
    expect(findSkills('pgsql, Couchbase Server', taxonomy).map((match) => match.skillId)).toEqual([
      'postgresql',
      'couchbase-server',
    ])
    expect(relatedSkillIds(taxonomy, 'postgresql')).toEqual(['couchbase-server'])
  })

  it('refuses duplicate ids across curated files', () => {
    const directory = mkdtempSync(join(tmpdir(), 'taxonomy-'))
    const file = { group: 'x', categories: { databases: [{ id: 'redis', name: 'Redis' }] } }
    writeFileSync(join(directory, 'a.json'), JSON.stringify(file))
    writeFileSync(join(directory, 'b.json'), JSON.stringify(file))
    expect(() => loadTaxonomy({ dataDirectory: directory })).toThrow(/Duplicate skill id "redis"/)
  })
})
