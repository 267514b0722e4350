import type { Skill } from '../types'
import { IMPORTED_CATEGORY } from './import-onet'
import { slugify } from './slugify'

/** Parses RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"'
        index++
      } else if (character === '"') {
        quoted = false
      } else {
        field += character
      }
    } else if (character === '"') {
      quoted = true
    } else if (character === ',') {
      row.push(field)
      field = ''
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index++
      row.push(field)
      if (row.some((cell) => cell !== '')) rows.push(row)
      row = []
      field = ''
    } else {
      field += character
    }
  }
  row.push(field)
  if (row.some((cell) => cell !== '')) rows.push(row)
  return rows
}

/**
 * Parses the ESCO skills CSV (`conceptUri, preferredLabel, altLabels, skillType, ...`; alternative labels
 * newline-separated) into skills; rows whose `status` is present and not "released" are skipped.
 */
export function parseEscoSkills(csv: string): Skill[] {
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''))
  if (!header) return []
  const columns = header.map((name) => name.trim())
  const labelColumn = columns.indexOf('preferredLabel')
  const altColumn = columns.indexOf('altLabels')
  const statusColumn = columns.indexOf('status')
  if (labelColumn < 0) throw new Error('ESCO file needs a "preferredLabel" column')
  const skills = new Map<string, Skill>()
  for (const row of rows) {
    const name = row[labelColumn]?.trim()
    if (!name) continue
    const status = statusColumn >= 0 ? row[statusColumn]?.trim() : undefined
    if (status && status !== 'released') continue
    const id = slugify(name)
    if (!id) continue
    const aliases = (altColumn >= 0 ? (row[altColumn] ?? '') : '')
      .split(/\r?\n|\|/)
      .map((alias) => alias.trim())
      .filter((alias) => alias !== '' && alias.toLowerCase() !== name.toLowerCase())
    const existing = skills.get(id)
    if (existing) {
      existing.aliases = [...new Set([...existing.aliases, ...aliases])]
      continue
    }
    skills.set(id, { id, name, category: IMPORTED_CATEGORY, aliases: [...new Set(aliases)], related: [] })
  }
  return [...skills.values()]
}
