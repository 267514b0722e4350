import { loadTaxonomy } from '@shortlist/core'
import { createOfflineEmbedder } from '@shortlist/llm'
import { describe, expect, it } from 'vitest'
import type { BenchmarkPosting, BenchmarkResume } from '../data/read-benchmark'
import { dropFirstLine, postingText, runRanking } from './ranking.task'

// Invented resumes: the first line names the category, as in the benchmark, and is dropped before ranking.
const RESUMES: Record<string, { category: string; text: string }> = {
  a1: {
    category: 'ACCOUNTANT',
    text: 'ACCOUNTANT\nStaff accountant. Accounts payable, bookkeeping, payroll and tax returns in QuickBooks.',
  },
  a2: {
    category: 'ACCOUNTANT',
    text: 'ACCOUNTANT\nSenior accountant: general ledger, financial reporting, audit and tax. Excel, QuickBooks.',
  },
  d1: {
    category: 'DEVELOPER',
    text: 'DEVELOPER\nBackend developer. Built services in Python and Go on PostgreSQL, deployed with Docker.',
  },
  d2: {
    category: 'DEVELOPER',
    text: 'DEVELOPER\nFrontend developer building React and TypeScript applications, tested with Jest.',
  },
  s1: {
    category: 'SALES',
    text: 'SALES\nAccount executive. Negotiated contracts, managed a sales pipeline in Salesforce, cold calling.',
  },
}

const posting = (id: string, title: string, category: string, minimum: string[]): BenchmarkPosting => ({
  id,
  title,
  category,
  responsibilities: [],
  minimum,
  preferred: [],
})

const POSTINGS = [
  posting('p1', 'Senior Accountant', 'Finance', [
    'Experience with accounts payable and tax returns',
    'QuickBooks',
  ]),
  posting('p2', 'Software Engineer', 'Engineering', ['Experience with Python and PostgreSQL', 'Docker']),
]

describe('runRanking', () => {
  it('ranks with the product pool ranking and puts each posting family first', async () => {
    const resumes: BenchmarkResume[] = Object.entries(RESUMES).map(([id, resume]) => ({
      id,
      category: resume.category,
      path: `${id}.pdf`,
    }))
    const report = await runRanking({
      postings: POSTINGS,
      resumes,
      texts: new Map(Object.entries(RESUMES).map(([id, resume]) => [id, resume.text])),
      categoryMap: new Map([
        ['Finance', new Set(['ACCOUNTANT'])],
        ['Engineering', new Set(['DEVELOPER'])],
      ]),
      taxonomy: loadTaxonomy(),
      embedder: createOfflineEmbedder({ dimensions: 64 }),
      preselect: 3,
      referenceDate: '2026-01-01',
    })
    expect(report.postings).toBe(2)
    expect(report.resumes).toBe(5)
    // Two relevant resumes per posting, both ranked above the other families.
    expect(report.engine.map).toBeCloseTo(1)
    expect(report.familyOnly.map).toBeCloseTo(1)
    // The shortlist order, every resume scored as an applicant, puts the posting's family first too.
    expect(report.shortlist.map).toBeCloseTo(1)
    expect(report.engine.precisionAt10).toBeCloseTo(0.2)
    expect(report.byCategory.map(({ category, postings }) => [category, postings])).toEqual([
      ['Engineering', 1],
      ['Finance', 1],
    ])
    expect(report.byCategory.every((row) => row.engineNdcgAt10 === 1)).toBe(true)
  }, 60_000)
})

describe('benchmark text helpers', () => {
  it('drops the category line and lays a posting out with headings', () => {
    expect(dropFirstLine('\n  HR\nPeople partner')).toBe('People partner')
    expect(dropFirstLine('one line')).toBe('')
    const text = postingText(POSTINGS[0] as BenchmarkPosting)
    expect(text.startsWith('Senior Accountant\n')).toBe(true)
    expect(text).toContain('Minimum qualifications\n- Experience with accounts payable')
  })
})
