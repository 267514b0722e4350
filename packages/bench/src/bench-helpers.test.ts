import { loadTaxonomy } from '@shortlist/core'
import { describe, expect, it } from 'vitest'
import { createRandom } from './create-random'
import { buildNaiveSkillMatcher } from './find-skills-naively'
import { jaccard, median, percentile, recall } from './measure'
import { parseArguments } from './parse-arguments'
import { createCorpus } from './synthetic-corpus'

describe('measure', () => {
  it('computes medians, nearest-rank percentiles, recall and agreement', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    const hundred = Array.from({ length: 100 }, (_, index) => 100 - index)
    expect(percentile(hundred, 0.5)).toBe(50)
    expect(percentile(hundred, 0.95)).toBe(95)
    expect(recall(['a', 'b', 'c', 'd'], ['d', 'a', 'x'])).toBe(0.5)
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3, 10)
    expect(jaccard(new Set(), new Set())).toBe(1)
  })
})

describe('synthetic data', () => {
  it('is the same for the same seed and differs for another', () => {
    const first = createRandom(7)
    const second = createRandom(7)
    const draws = Array.from({ length: 5 }, () => first.next())
    expect(Array.from({ length: 5 }, () => second.next())).toEqual(draws)
    expect(createRandom(8).next()).not.toBe(draws[0])
    const taxonomy = loadTaxonomy()
    expect(createCorpus(taxonomy, 1).resume(3).text).toBe(createCorpus(taxonomy, 1).resume(3).text)
    expect(createCorpus(taxonomy, 1).resume(3).text).not.toBe(createCorpus(taxonomy, 1).resume(4).text)
  })

  it('builds long resumes on request and postings with requirement sections', () => {
    const corpus = createCorpus(loadTaxonomy(), 2)
    expect(corpus.resume(0, { minChars: 5_000 }).text.length).toBeGreaterThanOrEqual(4_700)
    const posting = corpus.posting(0).text
    expect(posting).toContain('Requirements')
    expect(posting).toContain('Nice to have')
  })
})

describe('naive skill matcher', () => {
  it('finds aliases on word boundaries only, symbols included', () => {
    const naive = buildNaiveSkillMatcher(loadTaxonomy())
    const found = naive('Wrote services in C++ and Python; deployed on kubernetes.')
    expect(found.has('python')).toBe(true)
    expect(found.has('kubernetes')).toBe(true)
    expect(found.has('cpp')).toBe(true)
    expect(naive('Pythonic scripts').has('python')).toBe(false)
  })
})

describe('parseArguments', () => {
  it('reads --quick, --only and --output and rejects unknown flags', () => {
    expect(parseArguments(['--', '--quick'])).toEqual({
      quick: true,
      only: null,
      output: 'bench-report.json',
      baselineTree: null,
      resumes: null,
      pool: null,
      poolKeep: false,
      poolName: null,
      poolData: null,
      poolIndexes: null,
      poolChunkIndex: false,
      poolQueries: null,
      poolRebuildChunkIndex: false,
      poolSearchOnly: false,
      endToEnd: null,
      endToEndRepetitions: null,
    })
    expect(parseArguments(['--only', 'retrieval,skills', '--output', 'x.json'])).toEqual({
      quick: false,
      only: ['retrieval', 'skills'],
      output: 'x.json',
      baselineTree: null,
      resumes: null,
      pool: null,
      poolKeep: false,
      poolName: null,
      poolData: null,
      poolIndexes: null,
      poolChunkIndex: false,
      poolQueries: null,
      poolRebuildChunkIndex: false,
      poolSearchOnly: false,
      endToEnd: null,
      endToEndRepetitions: null,
    })
    expect(parseArguments(['--baseline-tree', '/tmp/base']).baselineTree).toBe('/tmp/base')
    expect(parseArguments(['--resumes', '/tmp/resumes']).resumes).toBe('/tmp/resumes')
    expect(parseArguments(['--pool', 'postgres:100000, pglite:10000']).pool).toEqual([
      { engine: 'postgres', size: 100_000 },
      { engine: 'pglite', size: 10_000 },
    ])
    expect(() => parseArguments(['--pool', 'mysql:10'])).toThrow(/engine:size/)
    expect(() => parseArguments(['--pool', 'pglite:ten'])).toThrow(/engine:size/)
    expect(parseArguments(['--e2e', 'distributed:1, embedded:2']).endToEnd).toEqual([
      { mode: 'distributed', workers: 1 },
      { mode: 'embedded', workers: 2 },
    ])
    expect(() => parseArguments(['--e2e', 'cluster:1'])).toThrow(/mode:workers/)
    expect(() => parseArguments(['--e2e', 'embedded:0'])).toThrow(/mode:workers/)
    expect(parseArguments(['--e2e-repetitions', '4']).endToEndRepetitions).toBe(4)
    expect(() => parseArguments(['--e2e-repetitions', '0'])).toThrow(/at least 1/)
    expect(() => parseArguments(['--fast'])).toThrow(/unknown argument/)
  })

  it('reads the pool search fixture and sweep flags', () => {
    const parsed = parseArguments([
      '--pool-keep',
      '--pool-data',
      '/data/benchmark',
      '--pool-index',
      '16:64, 32:128',
      '--pool-chunk-index',
    ])
    expect(parsed.poolKeep).toBe(true)
    expect(parsed.poolData).toBe('/data/benchmark')
    expect(parsed.poolIndexes).toEqual([
      { m: 16, efConstruction: 64 },
      { m: 32, efConstruction: 128 },
    ])
    expect(parsed.poolChunkIndex).toBe(true)
    expect(() => parseArguments(['--pool-index', '16'])).toThrow(/m:ef_construction/)
    expect(() => parseArguments(['--pool-data'])).toThrow(/benchmark folder/)
    expect(parseArguments(['--pool-name', 'my_branch_pool']).poolName).toBe('my_branch_pool')
    // The prefix becomes a database name: only plain lower-case identifiers.
    expect(() => parseArguments(['--pool-name', 'Drop; table'])).toThrow(/name prefix/)
    expect(() => parseArguments(['--pool-name'])).toThrow(/name prefix/)
    const search = parseArguments([
      '--pool-queries',
      '40',
      '--pool-rebuild-chunk-index',
      '--pool-search-only',
    ])
    expect(search.poolQueries).toBe(40)
    expect(search.poolRebuildChunkIndex).toBe(true)
    expect(search.poolSearchOnly).toBe(true)
    expect(parseArguments([]).poolQueries).toBeNull()
    expect(() => parseArguments(['--pool-queries', '0'])).toThrow(/positive number/)
  })
})
