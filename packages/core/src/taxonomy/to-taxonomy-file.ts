import type { Skill } from '../types'
import type { TaxonomyFile } from './taxonomy-data.schema'

/** Groups skills by category, sorted by id, in the shape of a `data/taxonomy` file. */
export function toTaxonomyFile(skills: Iterable<Skill>, group: string, source?: string): TaxonomyFile {
  const categories: TaxonomyFile['categories'] = {}
  const sorted = [...skills].sort((first, second) => first.id.localeCompare(second.id))
  for (const { category, ...record } of sorted) {
    const list = categories[category] ?? []
    list.push(record)
    categories[category] = list
  }
  const ordered = Object.fromEntries(
    Object.entries(categories).sort(([first], [second]) => first.localeCompare(second)),
  )
  return source ? { group, source, categories: ordered } : { group, categories: ordered }
}
