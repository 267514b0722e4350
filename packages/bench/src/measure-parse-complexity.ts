import { chunkResume, findSkills, loadTaxonomy, parseResume } from '@shortlist/core'
import { type BenchResult, type BenchRow, timeRatio } from './bench-result'
import { HOSTILE_SCALES, HOSTILE_TEXTS } from './hostile-texts'
import { median, timeMs } from './measure'

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
  const rows: BenchRow[] = []
  const quality: Record<string, number> = {}
  for (const [family, build] of Object.entries(HOSTILE_TEXTS)) {
    analyze(build(1)) // warm-up, so the 1× time is not the compiler's
    const times: number[] = []
    for (const scale of HOSTILE_SCALES) {
      const text = build(scale)
      const samples: number[] = []
      // The 16× texts take long enough that one sample is stable; repeat only the small ones.
      const repetitions = scale === 16 ? 1 : options.repetitions
      for (let repetition = 0; repetition < repetitions; repetition++)
        samples.push((await timeMs(() => analyze(text))).ms)
      times.push(median(samples))
      quality[`${family} ${scale}x ms`] = median(samples)
      quality[`${family} ${scale}x chars`] = text.length
    }
    for (let step = 1; step < times.length; step++) {
      const growth = (times[step] as number) / (times[step - 1] as number)
      rows.push({
        benchmark: 'parse complexity',
        metric: `${family}: growth ${HOSTILE_SCALES[step - 1]}× → ${HOSTILE_SCALES[step]}×`,
        value: growth,
        baseline: 4,
        unit: '×',
        ratio: timeRatio(growth, 4),
        note: `${(times[step - 1] as number).toFixed(0)} → ${(times[step] as number).toFixed(0)} ms`,
      })
    }
  }
  return {
    name: 'parse complexity',
    parameters: { scales: HOSTILE_SCALES.join('/'), repetitions: options.repetitions },
    rows,
    quality,
  }
}
