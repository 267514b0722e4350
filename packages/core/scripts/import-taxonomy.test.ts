import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { findSkills } from '../src/taxonomy/find-skills'
import { loadTaxonomy } from '../src/taxonomy/load-taxonomy'
import { ZTaxonomyFile } from '../src/taxonomy/taxonomy-data.schema'

const packageDirectory = fileURLToPath(new URL('..', import.meta.url))
const fixtures = fileURLToPath(new URL('../src/taxonomy/__fixtures__/', import.meta.url))

function runImport(format: string, input: string, output: string) {
  return spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/import-taxonomy.ts',
      '--',
      '--format',
      format,
      '--input',
      input,
      '--output',
      output,
    ],
    { cwd: packageDirectory, encoding: 'utf8', env: { ...process.env, INIT_CWD: packageDirectory } },
  )
}

describe('import-taxonomy script', () => {
  it('writes O*NET and then ESCO skills into one imported file that loadTaxonomy reads', () => {
    const output = join(mkdtempSync(join(tmpdir(), 'taxonomy-import-')), 'nested', 'imported.json')
    const onet = runImport('onet', join(fixtures, 'onet-technology-skills.txt'), output)
    expect(onet.stderr).toBe('')
    expect(onet.status).toBe(0)
    expect(onet.stdout).toContain('onet: 6 parsed, 4 added, 2 existing skills extended')
    const esco = runImport('esco', join(fixtures, 'esco-skills.csv'), output)
    expect(esco.status).toBe(0)

    const file = ZTaxonomyFile.parse(JSON.parse(readFileSync(output, 'utf8')))
    expect(file.source).toBe('onet+esco')
    expect(file.categories['office-productivity']?.map((record) => record.id)).toEqual([
      'libreoffice-calc',
      'microsoft-excel',
    ])
    expect(file.categories.imported?.map((record) => record.id)).toEqual([
      'operate-a-quick-change-die-press',
      'prune-orchard-trees',
    ])
    // Existing curated skills are extended under their own id, never duplicated.
    expect(file.categories.databases?.find((record) => record.id === 'cassandra')?.related).toEqual([
      'couchbase-server',
    ])

    const taxonomy = loadTaxonomy({ dataDirectory: dirname(output) })
    expect(taxonomy.version).toMatch(/\+imported\.[0-9a-f]{12}$/)
    expect(
      findSkills('Skilled at orchard pruning and LibreOffice Calc', taxonomy).map((match) => match.skillId),
    ).toEqual(['prune-orchard-trees', 'libreoffice-calc'])
  })

  it('imports occupation titles next to the curated data, so a job title names its skill family', () => {
    // The real layout: imported.json beside the curated files.
    const data = mkdtempSync(join(tmpdir(), 'taxonomy-data-'))
    cpSync(join(packageDirectory, 'data', 'taxonomy'), data, { recursive: true })
    rmSync(join(data, 'imported.json'), { force: true })
    const output = join(data, 'imported.json')
    const before = loadTaxonomy()
    expect(findSkills('Application Developer', before)).toEqual([])
    expect(findSkills('Decision Scientist', before)).toEqual([])

    const onet = runImport('onet-titles', join(fixtures, 'onet-alternate-titles.txt'), output)
    expect(onet.stderr).toBe('')
    expect(onet.status).toBe(0)
    expect(onet.stdout).toContain('1 occupations skipped (no skill family for their code)')
    const esco = runImport('esco-occupations', join(fixtures, 'esco-occupations.csv'), output)
    expect(esco.status).toBe(0)
    expect(esco.stdout).toContain('1 skipped (their name is a skill of another family)')

    const taxonomy = loadTaxonomy({ dataDirectory: data })
    const familyOf = (title: string) =>
      findSkills(title, taxonomy).map((match) => taxonomy.skills.get(match.skillId)?.category)
    expect(familyOf('Application Developer')).toEqual(['software-engineering'])
    expect(familyOf('Decision Scientist')).toEqual(['data-science'])
    expect(familyOf('Brand Planner')).toEqual(['marketing'])
    // Text that named a skill before names the same skill after.
    for (const text of [
      'Java Developer',
      'Human Resources Specialist',
      'Cloud Platform Operator',
      'Recruiter',
    ]) {
      expect(findSkills(text, taxonomy).map((match) => match.skillId)).toEqual(
        findSkills(text, before).map((match) => match.skillId),
      )
    }
  })

  it('refuses an unknown format', () => {
    const result = runImport('csv', join(fixtures, 'esco-skills.csv'), join(tmpdir(), 'never.json'))
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('usage')
  })
})
