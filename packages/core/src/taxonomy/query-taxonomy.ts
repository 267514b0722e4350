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
