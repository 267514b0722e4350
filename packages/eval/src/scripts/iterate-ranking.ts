// The ranking task on a slice of the postings, for iterating on the shortlist order without a 20-minute run. The
// PDF text of every resume is extracted once and cached outside the repository (the benchmark's resumes must not
// be copied into it), so later runs start at parsing. The figures are the same as `pnpm eval --tasks ranking`
// with `--limit-postings N`; the full run stays the one that counts.
// Usage, from packages/eval (SHORTLIST_RANKING_SHARD=k/n runs every n-th posting from the k-th, for parallel runs):
//   pnpm exec tsx src/scripts/iterate-ranking.ts ../../../shared/benchmark [postings, default 40] [resumes, default all]
// Fewer resumes make each posting cheaper; the ratio to BM25 is then measured over that sample (BM25 too).
// Cache: $SHORTLIST_EVAL_CACHE or <tmp>/shortlist-eval-texts.json; delete it when the PDF extraction changes.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { loadTaxonomy } from '@shortlist/core'
import { createOfflineEmbedder } from '@shortlist/llm'
import { readCategoryMap, readPostings, readResumeIndex, spreadSample } from '../data/read-benchmark'
import { formatReport } from '../format-report'
import { runPdfRobustness } from '../tasks/pdf-robustness.task'
import { runRanking } from '../tasks/ranking.task'

const REFERENCE_DATE = '2026-01-01'

async function main(): Promise<void> {
  const data = resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2] ?? '../../../shared/benchmark')
  const limit = Number(process.argv[3] ?? 40)
  const cache = process.env.SHORTLIST_EVAL_CACHE ?? join(tmpdir(), 'shortlist-eval-texts.json')
  const log = (message: string) => process.stderr.write(`${message}\n`)
  const resumes = readResumeIndex(data)
  // One JSON line per posting with every application's rank score and required statuses, for studying orders.
  const dump = process.env.SHORTLIST_RANKING_DUMP ?? null
  if (dump) writeFileSync(dump, '')
  const resumeLimit = process.argv[4] ? Number(process.argv[4]) : null
  let texts: Map<string, string>
  if (existsSync(cache)) {
    texts = new Map(Object.entries(JSON.parse(readFileSync(cache, 'utf8')) as Record<string, string>))
  } else {
    texts = (await runPdfRobustness(data, resumes, (done) => done % 200 === 0 && log(`pdf: ${done}`))).texts
    writeFileSync(cache, JSON.stringify(Object.fromEntries(texts)))
  }
  const categoryMap = readCategoryMap(data)
  const mapped = readPostings(data).filter((posting) => categoryMap.has(posting.category))
  // "k/n": only every n-th posting from the k-th, so a long run can be split across processes (the dumps add up).
  const shard = /^(\d+)\/(\d+)$/.exec(process.env.SHORTLIST_RANKING_SHARD ?? '')
  const sample = spreadSample(mapped, limit).filter(
    (_, index) => !shard || index % Number(shard[2]) === Number(shard[1]),
  )
  const ranking = await runRanking({
    postings: sample,
    resumes: spreadSample(resumes, resumeLimit),
    texts,
    categoryMap,
    taxonomy: loadTaxonomy(),
    embedder: createOfflineEmbedder({ dimensions: 256 }),
    referenceDate: REFERENCE_DATE,
    onProgress: log,
    onPosting: (postingId, applications) => {
      if (dump) appendFileSync(dump, `${JSON.stringify({ postingId, applications })}\n`)
    },
  })
  process.stdout.write(
    `${formatReport({ generatedBy: 'iterate-ranking', options: {} as never, taxonomyVersion: '', ranking })}\n`,
  )
}

await main()
