import { MIN_DEEPER_QUESTIONS } from '@shortlist/llm'
import type { EvidenceMetrics } from './metrics/evidence-metrics'
import type { EvalArguments } from './parse-arguments'
import type { EvidenceReport } from './tasks/evidence.task'
import type { ExampleReport } from './tasks/examples.task'
import type { KitsReport } from './tasks/kits.task'
import type { MessyReport } from './tasks/messy-postings.task'
import type { PdfReport } from './tasks/pdf-robustness.task'
import type { RankingReport } from './tasks/ranking.task'
import type { SplitReport } from './tasks/requirement-split.task'
import { RESUME_FIELDS } from './tasks/resume-field-names'
import type { FieldsReport } from './tasks/resume-fields.task'

export type EvalReport = {
  generatedBy: string
  options: Omit<EvalArguments, 'data'> & { data: string }
  taxonomyVersion: string
  splitHeaded?: SplitReport
  splitInline?: SplitReport
  /** No headings and no cues: a floor, reported for honesty, with no target. */
  splitBare?: SplitReport
  /** Heading and cue phrasings the parser's cue lists do not contain. */
  splitNovel?: SplitReport
  messy?: MessyReport
  ranking?: RankingReport
  fields?: FieldsReport
  pdf?: PdfReport
  kits?: KitsReport
  examples?: ExampleReport[]
  evidence?: EvidenceReport
}

type Row = { task: string; metric: string; value: string; target: string; met: string }

/** The number of requirements in a row of the type confusion table. */
function total(row: Record<string, number>): number {
  return Object.values(row).reduce((sum, count) => sum + count, 0)
}

function fixed(value: number, digits = 3): string {
  return value.toFixed(digits)
}

function verdict(pass: boolean | null): string {
  return pass === null ? '' : pass ? 'yes' : 'NO'
}

/** Renders the report as one plain-text table with the targets beside each figure. */
export function formatReport(report: EvalReport): string {
  const rows: Row[] = []
  const add = (task: string, metric: string, value: string, target = '', met: boolean | null = null) =>
    rows.push({ task, metric, value, target, met: verdict(met) })

  for (const [name, split, target] of [
    ['split (headings)', report.splitHeaded, 0.9],
    ['split (inline cues)', report.splitInline, 0.75],
    ['split (no headings, no cues)', report.splitBare, null],
    ['split (novel phrasings)', report.splitNovel, 0.95],
  ] as const) {
    if (!split) continue
    if (target === null) add(name, 'accuracy', fixed(split.accuracy))
    else add(name, 'accuracy', fixed(split.accuracy), `>= ${target}`, split.accuracy >= target)
    add(name, 'macro-F1', fixed(split.macroF1))
    add(name, 'F1 required / nice', `${fixed(split.f1Required)} / ${fixed(split.f1NiceToHave)}`)
    add(name, 'requirements (postings)', `${split.requirements} (${split.postings})`)
    add(name, 'qualification lines covered', fixed(split.lineCoverage))
    add(name, 'from title/responsibilities', String(split.fromOtherBlocks))
    if (split.byLayout)
      add(
        name,
        'accuracy novel headings / novel cues',
        `${fixed(split.byLayout.headed)} / ${fixed(split.byLayout.inline)}`,
      )
  }

  const messy = report.messy
  if (messy) {
    const task = `messy postings (${messy.postings})`
    add(task, 'junk per posting', fixed(messy.junkPerPosting, 2), '<= 0.5', messy.junkPerPosting <= 0.5)
    add(task, 'recall of real requirements', fixed(messy.recall), '>= 0.90', messy.recall >= 0.9)
    add(
      task,
      'recall / junk if any source line counts',
      `${fixed(messy.anySource.recall)} / ${fixed(messy.anySource.junkPerPosting, 2)}`,
    )
    add(task, 'kind accuracy (matched)', fixed(messy.kindAccuracy))
    add(
      task,
      'minimum years right (matched, years stated)',
      messy.yearsAccuracy === null ? 'none stated' : fixed(messy.yearsAccuracy),
    )
    add(task, 'type accuracy (matched)', messy.typeAccuracy === null ? 'no types' : fixed(messy.typeAccuracy))
    // The confusion table, one row per type the key gives: how many of its matched requirements got each type, the
    // right one first. Shows which classes the type accuracy is lost on.
    for (const [expected, row] of Object.entries(messy.typeConfusion).sort(
      ([, a], [, b]) => total(b) - total(a),
    )) {
      const cells = Object.entries(row).sort(
        ([a, x], [b, y]) => Number(b === expected) - Number(a === expected) || y - x,
      )
      add(
        task,
        `type ${expected} (${total(row)}) read as`,
        cells.map(([extracted, count]) => `${extracted} ${count}`).join(' · '),
      )
    }
    add(task, 'extracted / expected / matched', `${messy.extracted} / ${messy.expected} / ${messy.matched}`)
    add(task, 'furniture leaks', String(messy.furnitureLeaks))
    for (const [group, summary] of [
      ['tuned on', messy.tunedOn],
      ['held out', messy.heldOut],
      ...Object.entries(messy.heldOutSets).map(([tag, set]) => [`held out: ${tag}`, set] as const),
    ] as const) {
      if (!summary) continue
      add(
        task,
        `[${group}] junk / recall / kind / type (postings)`,
        `${fixed(summary.junkPerPosting, 2)} / ${fixed(summary.recall)} / ${fixed(summary.kindAccuracy)} / ${summary.typeAccuracy === null ? 'no types' : fixed(summary.typeAccuracy)} (${summary.postings})`,
      )
    }
    for (const [tag, summary] of Object.entries(messy.byTag)) {
      add(
        task,
        `[${tag}] recall / junk per posting`,
        `${fixed(summary.recall)} / ${fixed(summary.junkPerPosting, 2)} (${summary.postings})`,
      )
    }
  }

  const ranking = report.ranking
  if (ranking) {
    const task = `ranking (${ranking.postings}x${ranking.resumes})`
    for (const [method, metrics] of [
      ['engine', ranking.engine],
      ['shortlist', ranking.shortlist],
      ['shortlist rank score alone (no required-first tier)', ranking.shortlistScoreOnly],
      ['family fit alone', ranking.familyOnly],
      ['scorer alone (same preselect)', ranking.scorerOnly],
      ['requirement-embedding nearest', ranking.nearestOnly],
      ['bm25', ranking.bm25],
      ['embedding', ranking.embedding],
    ] as const) {
      add(
        task,
        `${method} P@10 / nDCG@10 / MAP`,
        `${fixed(metrics.precisionAt10)} / ${fixed(metrics.ndcgAt10)} / ${fixed(metrics.map)}`,
      )
    }
    const ratio = ranking.bm25.ndcgAt10 === 0 ? 0 : ranking.engine.ndcgAt10 / ranking.bm25.ndcgAt10
    add(task, 'engine nDCG@10 / BM25', fixed(ratio, 2), '>= 1.5', ratio >= 1.5)
    const shortlistRatio =
      ranking.bm25.ndcgAt10 === 0 ? 0 : ranking.shortlist.ndcgAt10 / ranking.bm25.ndcgAt10
    add(task, 'shortlist nDCG@10 / BM25', fixed(shortlistRatio, 2), '>= 1.6', shortlistRatio >= 1.6)
    for (const half of ranking.halves)
      add(
        task,
        `shortlist nDCG@10 / BM25, ${half.half}-id postings (${half.postings})`,
        `${fixed(half.shortlistNdcgAt10)} / ${fixed(half.bm25NdcgAt10)} = ${fixed(half.bm25NdcgAt10 === 0 ? 0 : half.shortlistNdcgAt10 / half.bm25NdcgAt10, 2)}`,
      )
    add(
      task,
      'shortlist P@10 / MAP / BM25',
      `${fixed(ranking.bm25.precisionAt10 === 0 ? 0 : ranking.shortlist.precisionAt10 / ranking.bm25.precisionAt10, 2)} / ${fixed(ranking.bm25.map === 0 ? 0 : ranking.shortlist.map / ranking.bm25.map, 2)}`,
    )
    add(
      task,
      'engine nDCG@10 - embedding',
      fixed(ranking.engine.ndcgAt10 - ranking.embedding.ndcgAt10),
      '> 0',
      ranking.engine.ndcgAt10 > ranking.embedding.ndcgAt10,
    )
    add(task, 'seconds', fixed(ranking.seconds, 1))
  }

  const fields = report.fields
  if (fields) {
    const targets: Partial<Record<(typeof RESUME_FIELDS)[number], number>> = {
      email: 0.95,
      name: 0.85,
      skills: 0.8,
      companies: 0.75,
      designation: 0.75,
    }
    for (const field of RESUME_FIELDS) {
      const result = fields.fields[field]
      const target = targets[field]
      add(
        `fields (${fields.resumes})`,
        `${field} P / R / F1`,
        `${fixed(result.precision)} / ${fixed(result.recall)} / ${fixed(result.f1)}`,
        target === undefined ? '' : `F1 >= ${target}`,
        target === undefined ? null : result.f1 >= target,
      )
    }
    for (const field of ['designation', 'companies'] as const) {
      const result = fields.career[field]
      add(
        `fields (${fields.resumes})`,
        `${field} (whole career) P / R / F1`,
        `${fixed(result.precision)} / ${fixed(result.recall)} / ${fixed(result.f1)}`,
      )
    }
  }

  const pdf = report.pdf
  if (pdf) {
    const task = `pdf (${pdf.documents})`
    add(
      task,
      'ingested',
      `${pdf.ingested} (${fixed(pdf.ingestRate * 100, 1)}%)`,
      '>= 99%',
      pdf.ingestRate >= 0.99,
    )
    add(task, 'yield readable text', `${pdf.withText} (${fixed(pdf.textYieldRate * 100, 1)}%)`)
    add(
      task,
      'median / p95 ms',
      `${fixed(pdf.medianMs, 1)} / ${fixed(pdf.p95Ms, 1)}`,
      'median <= 50',
      pdf.medianMs <= 50,
    )
    add(task, 'peak RSS / heap MB', `${fixed(pdf.peakRssMb, 0)} / ${fixed(pdf.peakHeapMb, 0)}`)
    if (Object.keys(pdf.errors).length > 0) add(task, 'errors', JSON.stringify(pdf.errors))
  }

  const kits = report.kits
  if (kits) {
    const task = `kits (${kits.postings.length} postings)`
    add(task, 'linter violations', String(kits.totalViolations), '0', kits.totalViolations === 0)
    add(
      task,
      'technical questions on a language, trait or logistics',
      String(kits.totalTechnicalOnNonTechnical),
      '0',
      kits.totalTechnicalOnNonTechnical === 0,
    )
    add(
      task,
      'questions without a why line',
      String(kits.questionsWithoutWhy),
      '0',
      kits.questionsWithoutWhy === 0,
    )
    add(
      task,
      'linter violations, kits under claimed/scarce/proven pools',
      String(kits.totalPoolViolations),
      '0',
      kits.totalPoolViolations === 0,
    )
    add(
      task,
      `requirements probed deeper with < ${MIN_DEEPER_QUESTIONS} technical questions`,
      `${kits.totalPoolShortDeeper} / ${kits.totalPoolDeeper}`,
      '0',
      kits.totalPoolShortDeeper === 0,
    )
  }

  for (const example of report.examples ?? []) {
    const task = `example ${example.posting}`
    add(task, 'requirements (unscreened)', `${example.requirements} (${example.unscreened.length})`)
    add(
      task,
      'strong resume meets screened required',
      `${example.screenedRequiredMet} / ${example.screenedRequired}`,
      'all',
      example.meetsAllRequired,
    )
  }

  const evidence = report.evidence
  if (evidence) {
    const task = `evidence (${evidence.pairs} pairs, ${evidence.resumes} resumes)`
    const { overall } = evidence
    add(
      task,
      'pairs counted (screened types) / left apart (trait, logistics)',
      `${overall.pairs} / ${evidence.unscreened.pairs}`,
    )
    add(
      task,
      'precision (matched|partial vs labelled)',
      fixed(overall.precision),
      '>= 0.92',
      overall.precision >= 0.92,
    )
    add(task, 'recall (demonstrated|claimed)', fixed(overall.recall), '>= 0.85', overall.recall >= 0.85)
    add(
      task,
      'recall demonstrated / claimed',
      `${fixed(overall.recallDemonstrated)} / ${fixed(overall.recallClaimed)}`,
    )
    add(
      task,
      'TP / FP / FN / TN',
      `${overall.truePositives} / ${overall.falsePositives} / ${overall.falseNegatives} / ${overall.trueNegatives}`,
    )
    // A group with no engine positives has no precision, and one with no labelled positives has no recall.
    const precisionOf = (metrics: EvidenceMetrics) =>
      metrics.truePositives + metrics.falsePositives === 0 ? 'n/a' : fixed(metrics.precision)
    const recallOf = (metrics: EvidenceMetrics) =>
      metrics.truePositives + metrics.falseNegatives === 0 ? 'n/a' : fixed(metrics.recall)
    for (const [group, metrics] of [
      ...Object.entries(evidence.byType).map(([name, value]) => [`type ${name}`, value] as const),
      ...Object.entries(evidence.byFamily).map(([name, value]) => [`family ${name}`, value] as const),
      ...Object.entries(evidence.byKind).map(([name, value]) => [`kind ${name}`, value] as const),
      ...Object.entries(evidence.byHalf).map(([name, value]) => [`half ${name} ids`, value] as const),
    ]) {
      add(task, `${group} P / R (pairs)`, `${precisionOf(metrics)} / ${recallOf(metrics)} (${metrics.pairs})`)
    }
    for (const status of ['matched', 'partial', 'missing'] as const) {
      const row = evidence.confusion[status]
      add(
        task,
        `engine ${status}: demonstrated / claimed / absent`,
        `${row.demonstrated} / ${row.claimed} / ${row.absent}`,
      )
    }
    const { relevance } = evidence
    add(
      task,
      'evidence overlaps labelled quote: matched / partial / all',
      `${fixed(relevance.matched.share)} / ${fixed(relevance.partial.share)} / ${fixed(relevance.all.share)}`,
    )
    add(
      task,
      'requirement lines typed as labelled',
      `${evidence.typeAgreement.agreeing}/${evidence.typeAgreement.lines} (${fixed(evidence.typeAgreement.share)})`,
    )
    if (evidence.unparsedRequirements.length > 0)
      add(task, 'requirement lines parsed to nothing', String(evidence.unparsedRequirements.length))
    if (evidence.quotesNotFound > 0)
      add(task, 'labelled quotes not in extracted text', String(evidence.quotesNotFound))
    add(task, 'seconds', fixed(evidence.seconds, 1))
  }

  const headers: Row = { task: 'task', metric: 'metric', value: 'value', target: 'target', met: 'met' }
  const columns = Object.keys(headers) as Array<keyof Row>
  const widths = columns.map((column) => Math.max(...[headers, ...rows].map((row) => row[column].length)))
  const line = (row: Row) =>
    columns
      .map((column, index) => row[column].padEnd(widths[index] as number))
      .join(' | ')
      .trimEnd()
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.map(line)].join('\n')
}
