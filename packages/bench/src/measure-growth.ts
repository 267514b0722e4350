import { type BenchResult, type BenchRow, timeRatio } from './bench-result'
import { HOSTILE_SCALES } from './hostile-texts'
import { median, timeMs } from './measure'

/**
 * Times `run` on each family's text at 1×, 4× and 16× its base size and reports the growth per 4× step against the
 * linear baseline of 4 (ratio 1 reads linear, 0.25 quadratic); the per-size times and lengths go in the quality
 * table. `prepare` is work done once per text outside the timing (a parse the measured path finds stored).
 * Shared by the complexity benches, which differ only in the work they time.
 */
export async function measureGrowth<Prepared>(options: {
  name: string
  families: Record<string, (scale: number) => string>
  prepare: (text: string) => Prepared
  run: (text: string, prepared: Prepared) => unknown
  repetitions: number
  /** One sample at the largest scale: its texts take long enough that one is stable. */
  oneAtLargest: boolean
  /** Decimals of the times in each row's note. */
  noteDigits: number
}): Promise<BenchResult> {
  const rows: BenchRow[] = []
  const quality: Record<string, number> = {}
  const largest = HOSTILE_SCALES[HOSTILE_SCALES.length - 1]
  for (const [family, build] of Object.entries(options.families)) {
    const warm = build(1)
    options.run(warm, options.prepare(warm)) // warm-up, so the 1× time is not the compiler's
    const times: number[] = []
    for (const scale of HOSTILE_SCALES) {
      const text = build(scale)
      const prepared = options.prepare(text)
      const samples: number[] = []
      const repetitions = options.oneAtLargest && scale === largest ? 1 : options.repetitions
      for (let repetition = 0; repetition < repetitions; repetition++)
        samples.push((await timeMs(() => options.run(text, prepared))).ms)
      times.push(median(samples))
      quality[`${family} ${scale}x ms`] = median(samples)
      quality[`${family} ${scale}x chars`] = text.length
    }
    for (let step = 1; step < times.length; step++) {
      const growth = (times[step] as number) / (times[step - 1] as number)
      rows.push({
        benchmark: options.name,
        metric: `${family}: growth ${HOSTILE_SCALES[step - 1]}× → ${HOSTILE_SCALES[step]}×`,
        value: growth,
        baseline: 4,
        unit: '×',
        ratio: timeRatio(growth, 4),
        note: `${(times[step - 1] as number).toFixed(options.noteDigits)} → ${(times[step] as number).toFixed(options.noteDigits)} ms`,
      })
    }
  }
  return {
    name: options.name,
    parameters: { scales: HOSTILE_SCALES.join('/'), repetitions: options.repetitions },
    rows,
    quality,
  }
}
