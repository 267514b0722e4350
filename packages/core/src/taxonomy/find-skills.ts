import type { SkillMatch } from '../types'
import { AMBIGUITY_RULES, type AmbiguityRule, SPOKEN_LANGUAGE_RULE } from './ambiguity-rules'
import type { MatcherEntry } from './build-skill-matcher'
import type { Taxonomy } from './load-taxonomy'
import { type Token, tokenizeText } from './tokenize-text'

type Candidate = {
  entry: MatcherEntry
  skillId: string
  firstToken: number
  lastToken: number
  start: number
  end: number
  rule: AmbiguityRule | null
  accepted: boolean
}

/** How many tokens either side count as the context of an ambiguous mention. */
const CONTEXT_WINDOW = 12

function collectCandidates(tokens: readonly Token[], taxonomy: Taxonomy): Candidate[] {
  const candidates: Candidate[] = []
  for (let first = 0; first < tokens.length; first++) {
    const firstToken = tokens[first] as Token
    const claimedEnds = new Set<number>()
    for (const matcher of taxonomy.matchers) {
      let node = matcher.root
      for (let index = first; index < tokens.length; index++) {
        const token = tokens[index] as Token
        const child = node.children.get(token.text)
        if (!child || (index > first && (token.boundaryBefore || (token.gapBefore && !child.gapAllowed))))
          break
        node = child
        // An earlier trie (the built-in data) keeps a span it already claimed.
        if (!node.entry || claimedEnds.has(index)) continue
        claimedEnds.add(index)
        const skill = taxonomy.skills.get(node.entry.skillId)
        const rule =
          AMBIGUITY_RULES.get(node.entry.aliasKey) ??
          (skill?.category === 'spoken-language' ? SPOKEN_LANGUAGE_RULE : null)
        candidates.push({
          entry: node.entry,
          skillId: node.entry.skillId,
          firstToken: first,
          lastToken: index,
          start: firstToken.start,
          end: token.end,
          rule,
          accepted: rule === null,
        })
      }
    }
  }
  return candidates
}

function wordAt(tokens: readonly Token[], index: number): string | null {
  return tokens[index]?.text ?? null
}

function looksLikeInitial(text: string, tokens: readonly Token[], candidate: Candidate): boolean {
  const next = tokens[candidate.lastToken + 1]
  if (!next || next.gapBefore) return false
  if (next.kind !== 'symbol') return true
  if (next.text !== '.') return false
  // "John R. Smith": a capitalised word, a single space, the letter and a dot.
  const previous = tokens[candidate.firstToken - 1]
  if (previous?.kind !== 'letters') return false
  const between = text.slice(previous.end, candidate.start)
  const previousSurface = text.slice(previous.start, previous.end)
  return /^ $/.test(between) && /^\p{Lu}/u.test(previousSurface)
}

/** Candidates in token order with the longest span among them, so a context window is a binary search away. */
type CandidatePool = { candidates: readonly Candidate[]; longestSpan: number }

function hasContext(
  candidate: Candidate,
  pool: CandidatePool,
  categories: ReadonlySet<string>,
  taxonomy: Taxonomy,
): boolean {
  // Only candidates starting in this token range can end inside the window; scanning the whole pool for each
  // ambiguous mention is quadratic in a text that repeats one ("Go Go Go ...").
  const from = candidate.firstToken - CONTEXT_WINDOW - pool.longestSpan
  const to = candidate.lastToken + CONTEXT_WINDOW
  let low = 0
  let high = pool.candidates.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((pool.candidates[middle] as Candidate).firstToken < from) low = middle + 1
    else high = middle
  }
  for (let position = low; position < pool.candidates.length; position++) {
    const other = pool.candidates[position] as Candidate
    if (other.firstToken > to) break
    if (!other.accepted || other === candidate) continue
    if (other.lastToken >= candidate.firstToken && other.firstToken <= candidate.lastToken) continue
    if (other.lastToken < candidate.firstToken - CONTEXT_WINDOW) continue
    if (other.firstToken > candidate.lastToken + CONTEXT_WINDOW) continue
    const category = taxonomy.skills.get(other.skillId)?.category
    if (category && categories.has(category)) return true
  }
  return false
}

/** What the caller knows of the text around the one searched. */
export type FindSkillsOptions = {
  /**
   * Categories of skills named elsewhere in the same document (a posting's other lines): "Orquestração de pipelines
   * com Airflow" names the tool when the posting around it is about data, though the line alone has no context.
   */
  documentCategories?: ReadonlySet<string>
}

function decide(
  text: string,
  tokens: readonly Token[],
  candidate: Candidate,
  pool: CandidatePool,
  taxonomy: Taxonomy,
  options: FindSkillsOptions,
): string | null {
  const rule = candidate.rule
  if (!rule) return candidate.skillId
  const surface = text.slice(candidate.start, candidate.end)
  if (rule.rejectPlural && candidate.entry.variant === 'plural') return null
  if (rule.requiredSurface && !rule.requiredSurface.test(surface)) return null
  const previous = wordAt(tokens, candidate.firstToken - 1)
  const next = wordAt(tokens, candidate.lastToken + 1)
  const remap = rule.remap && taxonomy.skills.has(rule.remap.skillId) ? rule.remap : null
  if (remap) {
    // Only the words after the name: "SWIFT MT103", "SWIFT transfers".
    const nearby = [next, wordAt(tokens, candidate.lastToken + 2)]
    if (nearby.some((word) => word !== null && remap.cueWords.includes(word))) return remap.skillId
  }
  if (rule.rejectInitial && looksLikeInitial(text, tokens, candidate)) return null
  if (previous !== null && rule.rejectBefore?.includes(previous)) return null
  if (next !== null && rule.rejectAfter?.includes(next)) return null
  if (previous !== null && rule.cueBefore?.includes(previous)) return candidate.skillId
  if (next !== null && rule.cueAfter?.includes(next)) return candidate.skillId
  if (hasContext(candidate, pool, rule.contextCategories, taxonomy)) return candidate.skillId
  if (remap && hasContext(candidate, pool, remap.contextCategories, taxonomy)) return remap.skillId
  // The document's context counts only away from a sentence's first word, where a capital says nothing ("Go ahead").
  const documentCategories = options.documentCategories
  if (
    documentCategories &&
    candidate.firstToken > 0 &&
    [...rule.contextCategories].some((category) => documentCategories.has(category))
  )
    return candidate.skillId
  return rule.acceptSurface?.test(surface) ? candidate.skillId : null
}

/**
 * Finds skill mentions in text: sorted by start, non-overlapping, the longest match winning,
 * with ambiguous words ("Go", "R", "Excel", "Sales") kept only in a fitting context.
 */
export function findSkills(text: string, taxonomy: Taxonomy, options: FindSkillsOptions = {}): SkillMatch[] {
  const tokens = tokenizeText(text)
  const candidates = collectCandidates(tokens, taxonomy)
  let longestSpan = 0
  for (const candidate of candidates) {
    longestSpan = Math.max(longestSpan, candidate.lastToken - candidate.firstToken)
  }
  const pool: CandidatePool = { candidates, longestSpan }
  // Two rounds: a mention confirmed in the first ("Excel") can confirm another ("Word") in the second.
  for (let round = 0; round < 2; round++) {
    const decisions = candidates.map((candidate) =>
      candidate.rule && !candidate.accepted
        ? decide(text, tokens, candidate, pool, taxonomy, options)
        : undefined,
    )
    decisions.forEach((decision, index) => {
      const candidate = candidates[index] as Candidate
      if (decision === undefined || decision === null) return
      candidate.accepted = true
      candidate.skillId = decision
    })
  }
  const matches: SkillMatch[] = []
  let nextFreeToken = 0
  let position = 0
  while (position < candidates.length) {
    const first = (candidates[position] as Candidate).firstToken
    let best: Candidate | null = null
    while (position < candidates.length && (candidates[position] as Candidate).firstToken === first) {
      const candidate = candidates[position] as Candidate
      if (candidate.accepted && (!best || candidate.lastToken > best.lastToken)) best = candidate
      position++
    }
    if (!best || first < nextFreeToken) continue
    matches.push({
      skillId: best.skillId,
      start: best.start,
      end: best.end,
      surface: text.slice(best.start, best.end),
    })
    nextFreeToken = best.lastToken + 1
  }
  return matches
}
