import type { Skill } from '../types'
import { aliasKey } from './tokenize-text'

export type ImportResult = {
  /** Records for `imported.json`: new skills, and existing ids carrying only the spellings they gain. */
  skills: Skill[]
  added: number
  extended: number
  /** Aliases left out because another skill already owns them. */
  droppedAliases: number
}

/**
 * Reconciles imported skills with the existing taxonomy: a name or alias that already names a skill
 * extends that skill instead of creating a duplicate, and no alias ends up owned by two skills.
 */
export function mergeImportedSkills(imported: readonly Skill[], existing: Iterable<Skill>): ImportResult {
  const existingById = new Map<string, Skill>()
  const owners = new Map<string, string>()
  for (const skill of existing) {
    existingById.set(skill.id, skill)
    for (const label of [skill.name, ...skill.aliases]) {
      const key = aliasKey(label)
      if (key && !owners.has(key)) owners.set(key, skill.id)
    }
  }
  const output = new Map<string, Skill>()
  const idChanges = new Map<string, string>()
  let droppedAliases = 0
  for (const skill of imported) {
    const labels = [skill.name, ...skill.aliases]
    const known = labels.map((label) => owners.get(aliasKey(label))).find((id) => id !== undefined)
    let id = known ?? skill.id
    // A slug that an unrelated curated skill already uses gets a suffix instead of silently merging.
    while (!known && existingById.has(id)) id = `${id}-imported`
    idChanges.set(skill.id, id)
    const base = existingById.get(id)
    const record = output.get(id) ?? {
      id,
      name: base?.name ?? skill.name,
      category: base?.category ?? skill.category,
      aliases: [],
      related: [],
    }
    for (const label of labels) {
      const key = aliasKey(label)
      const owner = owners.get(key)
      if (!key || owner === id) continue
      if (owner) {
        droppedAliases++
        continue
      }
      owners.set(key, id)
      if (label !== record.name) record.aliases.push(label)
    }
    record.related.push(...skill.related)
    output.set(id, record)
  }
  const skills = [...output.values()]
    .map((record) => ({
      ...record,
      aliases: [...new Set(record.aliases)],
      related: [...new Set(record.related.map((relatedId) => idChanges.get(relatedId) ?? relatedId))].filter(
        (relatedId) => relatedId !== record.id,
      ),
    }))
    // An existing skill that gains nothing needs no record.
    .filter(
      (record) => !existingById.has(record.id) || record.aliases.length > 0 || record.related.length > 0,
    )
  const extended = skills.filter((record) => existingById.has(record.id)).length
  return { skills, added: skills.length - extended, extended, droppedAliases }
}
