export type BenchArguments = { quick: boolean; only: string[] | null; output: string }

/** `--quick` for a short run, `--only a,b` to pick benchmarks, `--output <file>` for the JSON report. */
export function parseArguments(argv: readonly string[]): BenchArguments {
  const result: BenchArguments = { quick: false, only: null, output: 'bench-report.json' }
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]
    if (argument === '--') continue
    if (argument === '--quick') result.quick = true
    else if (argument === '--only') {
      const value = argv[++index]
      if (!value) throw new Error('--only needs a comma-separated list of benchmark names')
      result.only = value.split(',').map((name) => name.trim())
    } else if (argument === '--output') {
      const value = argv[++index]
      if (!value) throw new Error('--output needs a file name')
      result.output = value
    } else throw new Error(`unknown argument ${argument}`)
  }
  return result
}
