import { describe, expect, it } from 'vitest'
import { parseArguments } from './parse-arguments'

describe('parseArguments', () => {
  it('resolves paths against the caller directory', () => {
    const parsed = parseArguments(['--data', '../shared/benchmark', '--limit', '20'], '/work/main')
    expect(parsed).toMatchObject({
      data: '/work/shared/benchmark',
      out: '/work/main/eval-report.json',
      limitPostings: 20,
      limitResumes: 20,
      limitFields: 20,
    })
    expect(parsed.tasks).toEqual([
      'split',
      'messy',
      'ranking',
      'fields',
      'pdf',
      'evidence',
      'kits',
      'examples',
    ])
  })

  it('lets a specific limit override --limit and accepts --name=value', () => {
    const parsed = parseArguments(
      ['--data=/data', '--limit=5', '--limit-resumes', '50', '--tasks', 'messy,split'],
      '/x',
    )
    expect(parsed).toMatchObject({
      data: '/data',
      limitPostings: 5,
      limitResumes: 50,
      tasks: ['messy', 'split'],
    })
  })

  it('rejects unknown options, tasks and missing data', () => {
    expect(() => parseArguments(['--data', 'd', '--fast'], '/')).toThrow(/unknown option --fast/)
    expect(() => parseArguments(['--data', 'd', '--tasks', 'magic'], '/')).toThrow(/unknown task magic/)
    expect(() => parseArguments([], '/')).toThrow(/--data is required/)
    expect(() => parseArguments(['--data', 'd', '--limit', '0'], '/')).toThrow(/positive integer/)
  })
})
