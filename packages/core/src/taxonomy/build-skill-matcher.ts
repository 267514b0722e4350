import type { Skill } from '../types'
import { type AliasShape, readAliasShape } from './read-alias-shape'
import { phraseKey, type Token, tokenizeText } from './tokenize-text'

/** How a trie entry was produced from the curated alias. */
export type AliasVariant = 'alias' | 'plural' | 'joined'

/**
 * `aliasKey` is the key of the curated alias, also for its plural and joined spellings; `shape` says whether the
 * alias is an acronym or a common word, which decides how much context a mention of it needs.
 */
export type MatcherEntry = { skillId: string; aliasKey: string; variant: AliasVariant; shape: AliasShape }

export type TrieNode = {
  children: Map<string, TrieNode>
  /** Whether a separator may precede this token; false for the inside of "C++", "Node.js", "k8s". */
  gapAllowed: boolean
  entry: MatcherEntry | null
}

export type SkillMatcher = {
  root: TrieNode
  /** Alias keys that more than one skill claimed; the first claim wins. */
  conflicts: { aliasKey: string; skillIds: string[] }[]
}

const VARIANT_PRIORITY: Record<AliasVariant, number> = { alias: 0, joined: 1, plural: 2 }

function createNode(): TrieNode {
  return { children: new Map(), gapAllowed: false, entry: null }
}

function variantsOf(alias: string): { tokens: Token[]; variant: AliasVariant }[] {
  const tokens = tokenizeText(alias)
  if (tokens.length === 0) return []
  const variants: { tokens: Token[]; variant: AliasVariant }[] = [{ tokens, variant: 'alias' }]
  // "micro-services" is also written "microservices", "e-commerce" as "ecommerce".
  if (/\p{L}-\p{L}/u.test(alias) && tokens.every((token) => token.kind === 'letters')) {
    const joined = tokens.map((token) => token.text).join('')
    variants.push({
      tokens: [
        {
          text: joined,
          start: 0,
          end: joined.length,
          kind: 'letters',
          gapBefore: false,
          boundaryBefore: false,
        },
      ],
      variant: 'joined',
    })
  }
  for (const { tokens: base } of [...variants]) {
    const last = base[base.length - 1]
    if (last && last.kind === 'letters' && last.text.length >= 3 && !/[sxz]$/.test(last.text)) {
      variants.push({ tokens: [...base.slice(0, -1), { ...last, text: `${last.text}s` }], variant: 'plural' })
    }
  }
  return variants
}

/** Builds the token trie that `findSkills` walks; one entry per alias, plural and joined spelling. */
export function buildSkillMatcher(skills: Iterable<Skill>): SkillMatcher {
  const root = createNode()
  const claims = new Map<string, Set<string>>()
  for (const skill of skills) {
    for (const alias of [skill.name, ...skill.aliases]) {
      const variants = variantsOf(alias)
      const baseKey = variants[0] ? phraseKey(variants[0].tokens) : ''
      const shape = readAliasShape(alias, skill.name)
      for (const { tokens, variant } of variants) {
        const key = phraseKey(tokens)
        if (variant === 'alias') {
          const owners = claims.get(key) ?? new Set<string>()
          owners.add(skill.id)
          claims.set(key, owners)
        }
        let node = root
        tokens.forEach((token, position) => {
          let child = node.children.get(token.text)
          if (!child) {
            child = createNode()
            node.children.set(token.text, child)
          }
          if (position > 0 && token.gapBefore) child.gapAllowed = true
          node = child
        })
        const existing = node.entry
        if (!existing || VARIANT_PRIORITY[variant] < VARIANT_PRIORITY[existing.variant]) {
          node.entry = { skillId: skill.id, aliasKey: baseKey, variant, shape }
        }
      }
    }
  }
  const conflicts = [...claims]
    .filter(([, owners]) => owners.size > 1)
    .map(([aliasKey, owners]) => ({ aliasKey, skillIds: [...owners] }))
  return { root, conflicts }
}
