import type { Skill } from '../types'
import type { TrieNode } from './build-skill-matcher'
import type { Taxonomy } from './load-taxonomy'
import { tokenizeText } from './tokenize-text'

/** The skill with this id, if the taxonomy has it. */
export function getSkill(taxonomy: Taxonomy, id: string): Skill | undefined {
  return taxonomy.skills.get(id)
}

/** Ids that can substitute for this skill: the symmetric closure of the curated "related" edges. */
export function relatedSkillIds(taxonomy: Taxonomy, id: string): string[] {
  return [...(taxonomy.skills.get(id)?.related ?? [])]
}

const narrowerIndex = new WeakMap<Taxonomy['skills'], Map<string, string[]>>()

/** Inverse of the `broader` edges, built once per skills map (edges to unknown ids are ignored). */
function narrowerMap(taxonomy: Taxonomy): Map<string, string[]> {
  let index = narrowerIndex.get(taxonomy.skills)
  if (index) return index
  index = new Map()
  for (const skill of taxonomy.skills.values()) {
    for (const parent of skill.broader ?? []) {
      if (parent === skill.id || !taxonomy.skills.has(parent)) continue
      const children = index.get(parent) ?? []
      children.push(skill.id)
      index.set(parent, children)
    }
  }
  for (const children of index.values()) children.sort()
  narrowerIndex.set(taxonomy.skills, index)
  return index
}

/**
 * Every skill that is a kind of this one, however deep (SQL -> MySQL, PostgreSQL, ...; CPR -> BLS -> ACLS), nearest
 * first, each once. Evidence of any of them is evidence of this skill.
 */
export function narrowerSkillIds(taxonomy: Taxonomy, id: string): string[] {
  const index = narrowerMap(taxonomy)
  const found: string[] = []
  const seen = new Set<string>([id])
  let frontier = [id]
  while (frontier.length > 0) {
    const next: string[] = []
    for (const parent of frontier) {
      for (const child of index.get(parent) ?? []) {
        if (seen.has(child)) continue
        seen.add(child)
        found.push(child)
        next.push(child)
      }
    }
    frontier = next
  }
  return found
}

/** The id of the skill whose name or alias is exactly this label ("k8s" -> "kubernetes"), if any. */
export function lookupSkillId(taxonomy: Taxonomy, label: string): string | undefined {
  const tokens = tokenizeText(label)
  if (tokens.length === 0) return undefined
  for (const matcher of taxonomy.matchers) {
    let node: TrieNode | undefined = matcher.root
    for (const token of tokens) node = node?.children.get(token.text)
    if (node?.entry) return node.entry.skillId
  }
  return undefined
}
