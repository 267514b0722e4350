import type { SkillMatch } from '../types'
import { normalizeText } from './normalize-text'
import { findPersonQualities } from './reads-as-traits'

// A head noun of ability: "negotiation skills", "habilidades de negociación", "capacidade de negociação".
const ABILITY_HEAD =
  /\b(?:skills?|abilit(?:y|ies)|habilidad(?:es)?|habilidades?|capacidad(?:es)?|capacidades?|dotes)\b/u

/** True when a conjunct names its skill as an ability ("habilidades de negociación"), not as a bare tool name. */
export function namesAbility(words: string): boolean {
  const folded = normalizeText(words)
  return (
    ABILITY_HEAD.test(folded) &&
    !/\b(?:abilit(?:y|ies)|capacidad|capacidade|habilidad|habilidade)\s+(?:to|para|de\s+\p{L}+(?:ar|er|ir))\b/u.test(
      folded,
    )
  )
}

/**
 * True when a line lists three or more short conjuncts with one taxonomy skill among them, told as an ability
 * ("Excellent presentation, negotiation skills and tolerance for frustration").
 */
export function listsQualitiesWithOneAbility(sentence: string, matches: readonly SkillMatch[]): boolean {
  if (new Set(matches.map((match) => match.skillId)).size !== 1) return false
  const conjuncts = sentence.split(/\s*(?:,|\s(?:and|e|y)\s)\s*/u).filter((part) => part.trim().length > 0)
  if (conjuncts.length < 3 || conjuncts.some((part) => part.trim().split(/\s+/).length > 5)) return false
  // A first conjunct that opens with an ability frames the rest ("Ability to work across X, Y and Z"): one ask.
  return (
    conjuncts.slice(1).some((part) => namesAbility(part)) &&
    !/^\s*\S*\s*(?:abilit|habilidad|habilidade|capacidad|capacidade)/iu.test(
      normalizeText(conjuncts[0] ?? ''),
    ) &&
    findPersonQualities(sentence) === null
  )
}
