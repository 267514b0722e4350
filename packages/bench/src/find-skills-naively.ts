import type { Taxonomy } from '@shortlist/core'
import { listAliases } from './synthetic-corpus'

export type NaiveSkillMatcher = (text: string) => Set<string>

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The baseline a first version would write: one case-insensitive word-boundary RegExp per alias, each run over
 * the whole text. `\b` cannot bound an alias that starts or ends in a symbol ("C++", ".NET"), so those sides use
 * a look-around for a word character instead.
 */
export function buildNaiveSkillMatcher(taxonomy: Taxonomy): NaiveSkillMatcher {
  const patterns = listAliases(taxonomy).map(({ skillId, alias }) => {
    const before = /^\w/.test(alias) ? '\\b' : '(?<!\\w)'
    const after = /\w$/.test(alias) ? '\\b' : '(?!\\w)'
    return { skillId, pattern: new RegExp(`${before}${escapeRegExp(alias)}${after}`, 'i') }
  })
  return (text) => {
    const found = new Set<string>()
    for (const { skillId, pattern } of patterns)
      if (!found.has(skillId) && pattern.test(text)) found.add(skillId)
    return found
  }
}
