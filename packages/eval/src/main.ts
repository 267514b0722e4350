import { writeFileSync } from 'node:fs'
import { loadTaxonomy } from '@shortlist/core'
import {
  readAnnotatedResumes,
  readCategoryMap,
  readPostings,
  readResumeIndex,
  spreadSample,
} from './data/read-benchmark'
import { type EvalReport, formatReport } from './format-report'
import { parseArguments } from './parse-arguments'

// Tasks are imported when selected, so one task can run while another area of the engine is still missing.

// Years of experience are counted up to this date, so a rerun next year reproduces the same profiles.
const REFERENCE_DATE = '2026-01-01'

// Dev postings whose offline kits are linted, beside the example postings pasted from the web.
const KIT_POSTINGS = 20

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd())
  const log = (message: string) => process.stderr.write(`${message}\n`)
  const taxonomy = loadTaxonomy()
  const report: EvalReport = {
    generatedBy: '@shortlist/eval',
    options: { ...options, data: '<benchmark>' },
    taxonomyVersion: taxonomy.version,
  }

  const needsPostings = (['split', 'ranking', 'kits'] as const).some((task) => options.tasks.includes(task))
  const postings = needsPostings ? readPostings(options.data) : []
  if (options.tasks.includes('split')) {
    const { runRequirementSplit } = await import('./tasks/requirement-split.task')
    const sample = spreadSample(postings, options.limitPostings)
    report.splitHeaded = runRequirementSplit(sample, taxonomy, 'headed')
    report.splitInline = runRequirementSplit(sample, taxonomy, 'inline')
    report.splitBare = runRequirementSplit(sample, taxonomy, 'bare')
    report.splitNovel = runRequirementSplit(sample, taxonomy, 'novel')
    log('split: done')
  }

  if (options.tasks.includes('messy')) {
    // The hand-written set ships with this package; it is small, so --limit does not apply to it.
    const { readMessyPostings } = await import('./data/read-messy-postings')
    const { runMessyPostings } = await import('./tasks/messy-postings.task')
    report.messy = runMessyPostings(readMessyPostings(), taxonomy)
    log('messy: done')
  }

  let texts = new Map<string, string>()
  const resumes = spreadSample(readResumeIndex(options.data), options.limitResumes)
  if (options.tasks.includes('pdf') || options.tasks.includes('ranking')) {
    const { runPdfRobustness } = await import('./tasks/pdf-robustness.task')
    const result = await runPdfRobustness(options.data, resumes, (done) =>
      log(`pdf: ${done}/${resumes.length}`),
    )
    texts = result.texts
    if (options.tasks.includes('pdf')) report.pdf = result.report
  }

  if (options.tasks.includes('ranking')) {
    const { runRanking } = await import('./tasks/ranking.task')
    const { createOfflineEmbedder } = await import('@shortlist/llm')
    const categoryMap = readCategoryMap(options.data)
    const mapped = postings.filter((posting) => categoryMap.has(posting.category))
    report.ranking = await runRanking({
      postings: spreadSample(mapped, options.limitPostings),
      resumes,
      texts,
      categoryMap,
      taxonomy,
      embedder: createOfflineEmbedder({ dimensions: 256 }),
      preselect: options.preselect,
      referenceDate: REFERENCE_DATE,
      onProgress: log,
    })
  }

  if (options.tasks.includes('fields')) {
    const { runResumeFields } = await import('./tasks/resume-fields.task')
    const { resumes: annotated, skippedSpans } = readAnnotatedResumes(options.data)
    report.fields = runResumeFields(
      spreadSample(annotated, options.limitFields),
      skippedSpans,
      taxonomy,
      REFERENCE_DATE,
    )
    log('fields: done')
  }

  if (options.tasks.includes('kits')) {
    const { runKits, pastePosting } = await import('./tasks/kits.task')
    const { readExamplePostings } = await import('./data/read-benchmark')
    const examples = readExamplePostings(options.data)
    const dev = spreadSample(postings, KIT_POSTINGS).map((posting) => ({
      name: `posting ${posting.id}`,
      title: posting.title,
      text: pastePosting(posting),
    }))
    report.kits = await runKits({ postings: [...examples, ...dev], taxonomy })
    log('kits: done')
  }

  if (options.tasks.includes('examples')) {
    const { runExamples } = await import('./tasks/examples.task')
    const { readExamplePostings } = await import('./data/read-benchmark')
    report.examples = runExamples({
      postings: readExamplePostings(options.data),
      taxonomy,
      referenceDate: REFERENCE_DATE,
    })
    log('examples: done')
  }

  if (options.tasks.includes('evidence')) {
    const { runEvidence } = await import('./tasks/evidence.task')
    const { DEFAULT_EVIDENCE_DIRECTORY, readEvidenceLabels } = await import('./data/read-evidence-labels')
    const { createOfflineEmbedder } = await import('@shortlist/llm')
    report.evidence = await runEvidence({
      dataDirectory: options.data,
      pairs: readEvidenceLabels(DEFAULT_EVIDENCE_DIRECTORY),
      taxonomy,
      embedder: createOfflineEmbedder({ dimensions: 256 }),
      referenceDate: REFERENCE_DATE,
      onProgress: log,
    })
    log('evidence: done')
  }

  process.stdout.write(`${formatReport(report)}\n`)
  writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`)
  log(`report written to ${options.out}`)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
