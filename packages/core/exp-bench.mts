import { readFileSync } from 'node:fs'
import { execSync } from 'node:child_process'
import { extractDocument } from './src/extraction/extract-document'
const files = execSync(`find ${process.argv[2]} -name '*.pdf' | sort | awk 'NR % 40 == 1'`).toString().trim().split('\n')
const times: number[] = []; const codes: Record<string, number> = {}; let pages = 0; let hidden = 0; let cols = 0
await extractDocument(readFileSync(files[0]!), { maxPages: 20 }).catch(() => 0)
for (const f of files) {
  const b = readFileSync(f); const t = performance.now()
  try { const d = await extractDocument(b, { maxPages: 20 }); pages += d.pages; hidden += d.hidden.length ? 1 : 0; codes.ok = (codes.ok ?? 0) + 1 }
  catch (e: any) { codes[e.code ?? e.message] = (codes[e.code ?? e.message] ?? 0) + 1 }
  times.push(performance.now() - t)
}
times.sort((a, b) => a - b)
console.log({ n: files.length, median: times[Math.floor(times.length / 2)], p90: times[Math.floor(times.length * 0.9)], max: times.at(-1), codes, pagesAvg: pages / files.length, withHidden: hidden, rssMb: process.memoryUsage().rss / 1e6, maxRssMb: process.resourceUsage().maxRSS / 1024 })
