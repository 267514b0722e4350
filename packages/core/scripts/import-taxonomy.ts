// Imports O*NET Technology Skills or ESCO skills, or the job titles of O*NET or ESCO occupations, into
// data/taxonomy/imported.json, reconciled with the curated skills. Usage:
//   pnpm --filter @shortlist/core taxonomy:import -- --format <format> --input <file> [--output <file>]
// Formats: onet (Technology Skills.txt), esco (skills_en.csv), onet-titles (Alternate Titles.txt),
// esco-occupations (occupations_en.csv).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parseEscoSkills } from '../src/taxonomy/import-esco'
import {
  type OccupationImport,
  parseEscoOccupations,
  parseOnetAlternateTitles,
  reconcileOccupations,
} from '../src/taxonomy/import-occupations'
import { parseOnetTechnologySkills } from '../src/taxonomy/import-onet'
import { buildTaxonomy, readTaxonomyFiles } from '../src/taxonomy/load-taxonomy'
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

const FORMATS = ['onet', 'esco', 'onet-titles', 'esco-occupations'] as const
type Format = (typeof FORMATS)[number]
const isFormat = (value: unknown): value is Format => FORMATS.includes(value as Format)
if (!isFormat(values.format) || !values.input) {
  console.error(
    `usage: taxonomy:import -- --format ${FORMATS.join('|')} --input <file> [--output <imported.json>]`,
  )
  process.exit(2)
}
const format: Format = values.format

const inputPath = fromInvocation(values.input)
const packageData = resolve(import.meta.dirname, '../data/taxonomy')
const outputPath = values.output ? fromInvocation(values.output) : resolve(packageData, 'imported.json')
const text = readFileSync(inputPath, 'utf8')
const { curated } = readTaxonomyFiles(packageData)
// Earlier imports in the same output are kept, so O*NET and ESCO can both feed one imported.json.
const previousFile = existsSync(outputPath)
  ? ZTaxonomyFile.parse(JSON.parse(readFileSync(outputPath, 'utf8')))
  : null
const previous: Skill[] = Object.entries(previousFile?.categories ?? {}).flatMap(([category, records]) =>
  records.map((record) => ({ ...record, category })),
)
const occupations: OccupationImport | null =
  format === 'onet-titles'
    ? parseOnetAlternateTitles(text)
    : format === 'esco-occupations'
      ? parseEscoOccupations(text)
      : null
const reconciled = occupations
  ? reconcileOccupations(occupations.skills, buildTaxonomy([...curated, ...previous], 'import'))
  : null
const parsed: Skill[] = reconciled
  ? reconciled.skills
  : format === 'onet'
    ? parseOnetTechnologySkills(text)
    : parseEscoSkills(text)
const sources = [...new Set([...(previousFile?.source?.split('+') ?? []), format])].join('+')
const result = mergeImportedSkills(parsed, [...curated, ...previous])
const combined = mergeSkills(new Map(previous.map((skill) => [skill.id, skill])), result.skills)
const file = toTaxonomyFile(combined.values(), 'imported', sources)
mkdirSync(dirname(outputPath), { recursive: true })
writeFileSync(outputPath, `${JSON.stringify(file, null, 2)}\n`)
const skipped =
  occupations && reconciled
    ? `, ${occupations.skipped} occupations skipped (no skill family for their code), ` +
      `${reconciled.skipped} skipped (their name is a skill of another family)`
    : ''
console.log(
  `${format}: ${parsed.length} parsed, ${result.added} added, ${result.extended} existing skills extended, ` +
    `${result.droppedAliases} aliases dropped (owned elsewhere)${skipped} -> ${outputPath}`,
)
