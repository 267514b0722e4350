import type { Skill } from '../types'

function union(first: readonly string[], second: readonly string[]): string[] {
  return [...new Set([...first, ...second])]
}

/**
 * Adds skills to a map: a new id is inserted, an existing id gains the new aliases, related and broader ids
 * while its curated name and category stay.
 */
export function mergeSkills(target: Map<string, Skill>, additions: Iterable<Skill>): Map<string, Skill> {
  for (const addition of additions) {
    const existing = target.get(addition.id)
    if (!existing) {
      target.set(addition.id, {
        ...addition,
        aliases: [...addition.aliases],
        related: [...addition.related],
        ...(addition.broader ? { broader: [...addition.broader] } : {}),
      })
      continue
    }
    const broader = union(existing.broader ?? [], addition.broader ?? [])
    const aliases = union(
      existing.aliases,
      addition.name === existing.name ? addition.aliases : [addition.name, ...addition.aliases],
    )
    target.set(addition.id, {
      ...existing,
      aliases,
      related: union(existing.related, addition.related),
      ...(broader.length > 0 ? { broader } : {}),
    })
  }
  return target
}
