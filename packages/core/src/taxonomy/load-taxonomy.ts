import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import type { Skill } from '../types'
import { buildSkillMatcher, type SkillMatcher } from './build-skill-matcher'
import { mergeSkills } from './merge-skills'
import { ZTaxonomyFile } from './taxonomy-data.schema'
import { TAXONOMY_VERSION } from './taxonomy-version'

export type Taxonomy = {
  /** Data version; extra or imported skills add a content hash so scores stay reproducible. */
  readonly version: string
  /** Every skill by id; `related` already holds the symmetric closure of the curated edges. */
  readonly skills: ReadonlyMap<string, Skill>
  /**
   * Token tries, searched together; the first holds the built-in data and wins ties, later ones hold an
   * organisation's extra skills so adding them does not rebuild the large trie.
   */
  readonly matchers: readonly SkillMatcher[]
}

export type LoadTaxonomyOptions = {
  /** An organisation's own skills; an existing id gains the aliases and related ids. */
  extraSkills?: Skill[]
  /** Folder of taxonomy JSON files; defaults to the package's `data/taxonomy`. */
  dataDirectory?: string | URL
}

/** File written by the import command; merged into the curated data rather than checked as curated. */
export const IMPORTED_FILE_NAME = 'imported.json'

const DEFAULT_DATA_DIRECTORY = new URL('../../data/taxonomy/', import.meta.url)

/** Reads the curated files of a data folder into skills, refusing duplicate ids. */
export function readTaxonomyFiles(directory: string | URL = DEFAULT_DATA_DIRECTORY): {
  curated: Skill[]
  imported: Skill[]
  importedHash: string | null
} {
  const directoryUrl =
    typeof directory === 'string' ? pathToFileURL(`${directory.replace(/\/+$/, '')}/`) : directory
  const names = readdirSync(directoryUrl)
    .filter((name) => name.endsWith('.json'))
    .sort()
  const curated: Skill[] = []
  const imported: Skill[] = []
  let importedHash: string | null = null
  const seen = new Map<string, string>()
  for (const name of names) {
    const raw = readFileSync(new URL(name, directoryUrl), 'utf8')
    const parsed = ZTaxonomyFile.safeParse(JSON.parse(raw))
    if (!parsed.success) throw new Error(`Invalid taxonomy file ${name}: ${parsed.error.message}`)
    const isImported = name === IMPORTED_FILE_NAME
    if (isImported) importedHash = createHash('sha256').update(raw).digest('hex').slice(0, 12)
    for (const [category, records] of Object.entries(parsed.data.categories)) {
      for (const record of records) {
        const skill: Skill = { ...record, category }
        if (isImported) {
          imported.push(skill)
          continue
        }
        const previous = seen.get(record.id)
        if (previous) throw new Error(`Duplicate skill id "${record.id}" in ${previous} and ${name}`)
        seen.set(record.id, name)
        curated.push(skill)
      }
    }
  }
  return { curated, imported, importedHash }
}

function closeRelated(skills: Map<string, Skill>): Map<string, Skill> {
  const edges = new Map<string, Set<string>>()
  const link = (from: string, to: string) => {
    const set = edges.get(from) ?? new Set<string>()
    set.add(to)
    edges.set(from, set)
  }
  for (const skill of skills.values()) {
    for (const relatedId of skill.related) {
      // Edges to unknown ids (an imported or organisation skill pointing nowhere) are dropped.
      if (relatedId === skill.id || !skills.has(relatedId)) continue
      link(skill.id, relatedId)
      link(relatedId, skill.id)
    }
  }
  const closed = new Map<string, Skill>()
  for (const skill of skills.values()) {
    closed.set(skill.id, { ...skill, related: [...(edges.get(skill.id) ?? [])].sort() })
  }
  return closed
}

/** Builds a taxonomy from skills: related edges closed, matcher index built once. */
export function buildTaxonomy(skills: Iterable<Skill>, version: string): Taxonomy {
  const merged = closeRelated(mergeSkills(new Map(), skills))
  return { version, skills: merged, matchers: [buildSkillMatcher(merged.values())] }
}

/** Adds skills to a built taxonomy; only the additions are indexed, in a trie of their own. */
export function extendTaxonomy(base: Taxonomy, additions: readonly Skill[], version: string): Taxonomy {
  const merged = closeRelated(mergeSkills(new Map(base.skills), additions))
  const indexed = additions.map((addition) => merged.get(addition.id) ?? addition)
  return { version, skills: merged, matchers: [...base.matchers, buildSkillMatcher(indexed)] }
}

let builtIn: Taxonomy | null = null

function hashSkills(skills: readonly Skill[]): string {
  return createHash('sha256').update(JSON.stringify(skills)).digest('hex').slice(0, 12)
}

/** Loads the curated taxonomy (memoised), plus `imported.json` when present and any extra skills. */
export function loadTaxonomy(options: LoadTaxonomyOptions = {}): Taxonomy {
  const { extraSkills = [], dataDirectory } = options
  let base: Taxonomy
  if (dataDirectory !== undefined) {
    base = buildFromDirectory(dataDirectory)
  } else {
    builtIn ??= buildFromDirectory(DEFAULT_DATA_DIRECTORY)
    base = builtIn
  }
  if (extraSkills.length === 0) return base
  return extendTaxonomy(base, extraSkills, `${base.version}+org.${hashSkills(extraSkills)}`)
}

function buildFromDirectory(directory: string | URL): Taxonomy {
  if (typeof directory === 'string' && !existsSync(directory)) {
    throw new Error(`Taxonomy data folder not found: ${directory}`)
  }
  const { curated, imported, importedHash } = readTaxonomyFiles(directory)
  const version = importedHash ? `${TAXONOMY_VERSION}+imported.${importedHash}` : TAXONOMY_VERSION
  return buildTaxonomy([...curated, ...imported], version)
}
