import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { REQUIREMENT_TYPES, type RequirementKind, type RequirementType } from '@shortlist/core'

export type ExpectedRequirement = {
  /** A short phrase a developer recognises the requirement by. */
  text: string
  kind: RequirementKind
  type: RequirementType
  /** Lower-case stems that every reasonable extraction of this requirement contains (all of them). */
  mustMatch: string[]
  /** The minimum years the posting asks for this requirement, when it states a number; compared when present. */
  minYears?: number
}

export type MessyPosting = {
  id: string
  text: string
  language: 'en' | 'pt' | 'es'
  /** What makes the posting hard ("web-page", "no-headings", "emoji", "run-together", ...), for per-tag figures. */
  tags: string[]
  requirements: ExpectedRequirement[]
  /** Snippets of lines that must not become requirements. */
  furniture: string[]
  /**
   * Snippets of lines a careful reader could take either way (a job board's "Location: Remote" header line):
   * requirements extracted from them count neither as junk nor as hits. Kept rare on purpose.
   */
  neutral: string[]
}

/** The hand-written set shipped with this package. */
export const MESSY_POSTINGS_DIRECTORY = fileURLToPath(new URL('../../data/messy-postings/', import.meta.url))

function fail(id: string, message: string): never {
  throw new Error(`messy posting ${id}: ${message}`)
}

function stringList(id: string, field: string, value: unknown): string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))
    fail(id, `${field} must be a list of strings`)
  return value as string[]
}

function readExpected(id: string, value: unknown, index: number): ExpectedRequirement {
  const item = (value ?? {}) as Record<string, unknown>
  const where = `requirements[${index}]`
  if (typeof item.text !== 'string' || item.text.length === 0) fail(id, `${where}.text is missing`)
  if (item.kind !== 'required' && item.kind !== 'nice_to_have') fail(id, `${where}.kind is invalid`)
  if (!(REQUIREMENT_TYPES as readonly unknown[]).includes(item.type)) fail(id, `${where}.type is invalid`)
  const mustMatch = stringList(id, `${where}.mustMatch`, item.mustMatch)
  if (mustMatch.length === 0 || mustMatch.length > 3) fail(id, `${where}.mustMatch needs 1 to 3 stems`)
  if (mustMatch.some((stem) => stem !== stem.toLowerCase() || stem.trim() !== stem || stem.length === 0))
    fail(id, `${where}.mustMatch stems must be trimmed and lower-case`)
  if (item.minYears !== undefined && (typeof item.minYears !== 'number' || item.minYears <= 0))
    fail(id, `${where}.minYears must be a positive number`)
  return {
    text: item.text,
    kind: item.kind,
    type: item.type as RequirementType,
    mustMatch,
    ...(typeof item.minYears === 'number' ? { minYears: item.minYears } : {}),
  }
}

/**
 * Reads every `<id>.txt` posting with its `<id>.json` answer key. The key is validated here so a typo in a
 * hand-written file fails loudly instead of quietly lowering recall.
 */
export function readMessyPostings(directory = MESSY_POSTINGS_DIRECTORY): MessyPosting[] {
  const files = readdirSync(directory)
  const ids = files
    .filter((file) => file.endsWith('.txt'))
    .map((file) => file.slice(0, -'.txt'.length))
    .sort()
  return ids.map((id) => {
    if (!files.includes(`${id}.json`)) fail(id, 'has no .json answer key')
    const key = JSON.parse(readFileSync(join(directory, `${id}.json`), 'utf8')) as Record<string, unknown>
    if (key.language !== 'en' && key.language !== 'pt' && key.language !== 'es')
      fail(id, 'language must be en, pt or es')
    if (!Array.isArray(key.requirements) || key.requirements.length === 0)
      fail(id, 'requirements are missing')
    return {
      id,
      text: readFileSync(join(directory, `${id}.txt`), 'utf8'),
      language: key.language,
      tags: stringList(id, 'tags', key.tags ?? []),
      requirements: key.requirements.map((item, index) => readExpected(id, item, index)),
      furniture: stringList(id, 'furniture', key.furniture ?? []),
      neutral: stringList(id, 'neutral', key.neutral ?? []),
    }
  })
}
