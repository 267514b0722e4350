// Prints the text the engine extracts from benchmark resumes, as the evidence task sees it (first line dropped),
// so labellers quote exactly what the scorer reads. Usage, from packages/eval:
//   pnpm exec tsx src/scripts/print-resume-text.ts ../../../shared/benchmark HR/12345.pdf [...more]
// Prints to the terminal only: resume text must never be committed.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractDocument } from '@shortlist/core'
import { dropFirstLine } from '../tasks/ranking.task'

async function printResumeText(dataDirectory: string, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    const bytes = new Uint8Array(readFileSync(join(dataDirectory, 'resumes', path)))
    const document = await extractDocument(bytes, { maxPages: 20, filename: path })
    process.stdout.write(`===== ${path}\n${dropFirstLine(document.text)}\n`)
  }
}

const [dataDirectory, ...paths] = process.argv.slice(2)
if (!dataDirectory || paths.length === 0) {
  process.stderr.write(
    'usage: tsx src/scripts/print-resume-text.ts <benchmark folder> <CATEGORY/id.pdf> [...]\n',
  )
  process.exitCode = 1
} else {
  printResumeText(dataDirectory, paths).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  })
}
