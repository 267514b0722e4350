import { readdirSync, readFileSync } from 'node:fs'
import { loadTaxonomy, parsePosting } from '@shortlist/core'
import type { BenchResult } from './bench-result'
import { measureGrowth } from './measure-growth'

const DEMO_JOBS = new URL('../../../fixtures/demo/jobs/', import.meta.url)

// Posting texts at any size. The posting reader runs once per job in the analysis worker, over text of up to 100,000
// characters (the API's limit); these families stress its per-line, per-list and per-run paths, each of which grew
// stages this month (tables, marked runs, running headers, asked runs). Scale 16 stays under the API's limit.
function postingTexts(): Record<string, (scale: number) => string> {
  const demo = readdirSync(DEMO_JOBS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(new URL(name, DEMO_JOBS), 'utf8'))
    .join('\n\n')
    .slice(0, 6_000)
  return {
    // Real postings pasted one after another: every reader runs on ordinary text.
    'demo postings': (scale) => Array.from({ length: scale }, () => demo).join('\n\n'),
    // One list of asks, 100 bullets per step: the per-item readers and the section-by-items vote.
    'bullet list': (scale) =>
      `Requirements\n${'- 3+ years with Python and SQL, e.g. PostgreSQL or MySQL\n'.repeat(100 * scale)}`,
    // One line of marked items, as a pasted social post: the marked-run and asked-run splitters.
    'marked run': (scale) =>
      `Requisitos: ${'✔️ experiência com vendas, CNH B e disponibilidade '.repeat(100 * scale)}`,
    // A flattened table of many rows: the table reader's column alignment.
    'table rows': (scale) =>
      `Herramienta   Nivel   ¿Excluyente?\n${'Photoshop   Avanzado   Sí\n'.repeat(200 * scale)}`,
    // The same header line at every page break: the running-header count.
    'page headers': (scale) =>
      `${'ACME – Terms of Reference – Ref. 12/2026\nPage 1 of 9\n\nExcel and Power BI are required.\n\n'.repeat(70 * scale)}`,
  }
}

/**
 * Time of parsePosting at 1×, 4× and 16× of each family, and the growth per 4× step against the linear baseline of 4
 * (ratio 1 reads linear, 0.25 quadratic).
 */
export async function measurePostingParse(options: { repetitions: number }): Promise<BenchResult> {
  const taxonomy = loadTaxonomy()
  return measureGrowth({
    name: 'posting parse',
    families: postingTexts(),
    prepare: () => null,
    run: (text) => parsePosting(text, taxonomy),
    repetitions: options.repetitions,
    oneAtLargest: true,
    noteDigits: 0,
  })
}
