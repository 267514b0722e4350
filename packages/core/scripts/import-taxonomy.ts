// Imports O*NET Technology Skills or ESCO skills into data/taxonomy/imported.json, reconciled with the
// curated skills. Usage:
//   pnpm --filter @shortlist/core taxonomy:import -- --format onet|esco --input <file> --output <file>
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parseEscoSkills } from '../src/taxonomy/import-esco'
import { parseOnetTechnologySkills } from '../src/taxonomy/import-onet'
import { readTaxonomyFiles } from '../src/taxonomy/load-taxonomy'
import { mergeImportedSkills } from '../src/taxonomy/merge-imported-skills'
import { mergeSkills } from '../src/taxonomy/merge-skills'
import { ZTaxonomyFile } from '../src/taxonomy/taxonomy-data.schema'
import { toTaxonomyFile } from '../src/taxonomy/to-taxonomy-file'
import type { Skill } from '../src/types'

// pnpm runs the script inside the package; paths on the command line are relative to where it was typed.
const invocationDirectory = process.env.INIT_CWD ?? process.cwd()
const fromInvocation = (path: string) => (isAbsolute(path) ? path : resolve(invocationDirectory, path))

const argumentsAfterSeparator = process.argv
  .slice(2)
  .filter((argument, index) => !(index === 0 && argument === '--'))
const { values } = parseArgs({
  args: argumentsAfterSeparator,
  options: {
    format: { type: 'string' },
    input: { type: 'string' },
    output: { type: 'string' },
  },
})

if ((values.format !== 'onet' && values.format !== 'esco') || !values.input) {
  console.error('usage: taxonomy:import -- --format onet|esco --input <file> [--output <imported.json>]')
  process.exit(2)
}

const inputPath = fromInvocation(values.input)
const packageData = resolve(import.meta.dirname, '../data/taxonomy')
const outputPath = values.output ? fromInvocation(values.output) : resolve(packageData, 'imported.json')
const text = readFileSync(inputPath, 'utf8')
const parsed = values.format === 'onet' ? parseOnetTechnologySkills(text) : parseEscoSkills(text)

const { curated } = readTaxonomyFiles(packageData)
// Earlier imports in the same output are kept, so O*NET and ESCO can both feed one imported.json.
const previousFile = existsSync(outputPath)
  ? ZTaxonomyFile.parse(JSON.parse(readFileSync(outputPath, 'utf8')))
  : null
const previous: Skill[] = Object.entries(previousFile?.categories ?? {}).flatMap(([category, records]) =>
  records.map((record) => ({ ...record, category })),
)
const sources = [...new Set([...(previousFile?.source?.split('+') ?? []), values.format])].join('+')
const result = mergeImportedSkills(parsed, [...curated, ...previous])
const combined = mergeSkills(new Map(previous.map((skill) => [skill.id, skill])), result.skills)
const file = toTaxonomyFile(combined.values(), 'imported', sources)
mkdirSync(dirname(outputPath), { recursive: true })
writeFileSync(outputPath, `${JSON.stringify(file, null, 2)}\n`)
console.log(
  `${values.format}: ${parsed.length} parsed, ${result.added} added, ${result.extended} existing skills extended, ` +
    `${result.droppedAliases} aliases dropped (owned elsewhere) -> ${outputPath}`,
)
