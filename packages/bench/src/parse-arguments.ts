export type BenchArguments = {
  quick: boolean
  only: string[] | null
  output: string
  /** A checkout of the code before a change, with its dependencies installed: the same-run baseline of server benches. */
  baselineTree: string | null
}

/**
 * `--quick` for a short run, `--only a,b` to pick benchmarks, `--output <file>` for the JSON report,
 * `--baseline-tree <dir>` for the server benches' baseline code.
 */
export function parseArguments(argv: readonly string[]): BenchArguments {
  const result: BenchArguments = { quick: false, only: null, output: 'bench-report.json', baselineTree: null }
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
    } else if (argument === '--baseline-tree') {
      const value = argv[++index]
      if (!value) throw new Error('--baseline-tree needs a folder')
      result.baselineTree = value
    } else throw new Error(`unknown argument ${argument}`)
  }
  return result
}
