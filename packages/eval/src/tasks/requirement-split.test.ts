import { loadTaxonomy } from '@shortlist/core'
import { describe, expect, it } from 'vitest'
import type { BenchmarkPosting } from '../data/read-benchmark'
import { buildPostingText, NOVEL_PHRASINGS, runRequirementSplit } from './requirement-split.task'

const posting: BenchmarkPosting = {
  id: 'p1',
  title: 'Data Engineer',
  category: 'Software Engineering',
  responsibilities: ['Build pipelines for the billing team.'],
  minimum: ['3 years of experience with Python.', "Bachelor's degree in a technical field."],
  preferred: ['Experience with Kubernetes.'],
}

describe('requirement split task', () => {
  it('records where every block sits in the built text', () => {
    for (const mode of ['headed', 'inline', 'bare', 'novel'] as const) {
      const built = buildPostingText(posting, 0, mode)
      const required = built.blocks.filter((block) => block.block === 'required')
      expect(required).toHaveLength(2)
      expect(built.text.slice(required[0]?.start, required[0]?.end)).toContain(
        '3 years of experience with Python.',
      )
      expect(built.text.slice(built.blocks[0]?.start, built.blocks[0]?.end)).toBe('Data Engineer')
    }
  })

  it('scores headed and cued postings, and reports the bare floor', () => {
    const taxonomy = loadTaxonomy()
    const headed = runRequirementSplit([posting], taxonomy, 'headed')
    expect(headed).toMatchObject({ postings: 1, accuracy: 1, fromOtherBlocks: 0, lineCoverage: 1 })
    const inline = runRequirementSplit([posting], taxonomy, 'inline')
    expect(inline.accuracy).toBe(1)
    // With neither headings nor cues the nice-to-have line falls back to required.
    const bare = runRequirementSplit([posting], taxonomy, 'bare')
    expect(bare.accuracy).toBeCloseTo(2 / 3, 10)
  })

  it('builds novel postings with unseen headings on even variants and unseen cues on odd ones', () => {
    expect(NOVEL_PHRASINGS.requiredHeadings.length).toBeGreaterThanOrEqual(12)
    expect(NOVEL_PHRASINGS.niceHeadings.length).toBeGreaterThanOrEqual(12)
    expect(NOVEL_PHRASINGS.requiredCues.length).toBeGreaterThanOrEqual(8)
    expect(NOVEL_PHRASINGS.niceCues.length).toBeGreaterThanOrEqual(8)
    const headed = buildPostingText(posting, 0, 'novel')
    expect(headed.text).toContain(`${NOVEL_PHRASINGS.requiredHeadings[0]}\n- 3 years`)
    expect(headed.text).toContain(`${NOVEL_PHRASINGS.niceHeadings[0]}\n- Experience with Kubernetes.`)
    const cued = buildPostingText(posting, 1, 'novel')
    const nice = cued.blocks.find((block) => block.block === 'nice_to_have')
    expect(cued.text.slice(nice?.start, nice?.end)).toBe(
      (NOVEL_PHRASINGS.niceCues[1] as (line: string) => string)('Experience with Kubernetes.'),
    )
    const report = runRequirementSplit([posting, posting], loadTaxonomy(), 'novel')
    expect(report.byLayout).toBeDefined()
    expect(report.postings).toBe(2)
  })
})
