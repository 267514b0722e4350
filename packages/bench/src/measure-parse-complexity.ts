import { chunkResume, findSkills, loadTaxonomy, parseResume } from '@shortlist/core'
import type { BenchResult } from './bench-result'
import { HOSTILE_TEXTS } from './hostile-texts'
import { measureGrowth } from './measure-growth'

const RECEIVED = new Date('2026-11-01T00:00:00Z')

/**
 * Time of parseResume + chunkResume + findSkills (the work ingest does in the sandbox) on each hostile text family
 * at 1×, 4× and 16× its base size, and the growth per 4× step. Linear work grows about 4× per step, quadratic
 * about 16×; the same-run baseline of each step is 4 (linear), so the ratio column reads 1 for linear growth.
 */
export async function measureParseComplexity(options: { repetitions: number }): Promise<BenchResult> {
  const taxonomy = loadTaxonomy()
  const analyze = (text: string) => {
    const profile = parseResume(text, taxonomy, { referenceDate: RECEIVED })
    chunkResume(text, profile)
    findSkills(text, taxonomy)
  }
  return measureGrowth({
    name: 'parse complexity',
    families: HOSTILE_TEXTS,
    prepare: () => null,
    run: analyze,
    repetitions: options.repetitions,
    oneAtLargest: true,
    noteDigits: 0,
  })
}
