import type { Skill } from '../types'

function union(first: readonly string[], second: readonly string[]): string[] {
  return [...new Set([...first, ...second])]
}

/**
 * Adds skills to a map: a new id is inserted, an existing id gains the new aliases and related ids
 * while its curated name and category stay.
 */
export function mergeSkills(target: Map<string, Skill>, additions: Iterable<Skill>): Map<string, Skill> {
  for (const addition of additions) {
    const existing = target.get(addition.id)
    if (!existing) {
      target.set(addition.id, { ...addition, aliases: [...addition.aliases], related: [...addition.related] })
      continue
    }
    const aliases = union(
      existing.aliases,
      addition.name === existing.name ? addition.aliases : [addition.name, ...addition.aliases],
    )
    target.set(addition.id, { ...existing, aliases, related: union(existing.related, addition.related) })
  }
  return target
}
