import type { Token } from './tokenize-text'

// A common word spelt with a capital beside other capitalised words is part of a name ("Lumen Ledger", "Harbor Tax
// Partners"), not the skill the word means on its own. The name is the employer's when the text treats it as a
// subject or an organisation: a verb of being or having after it, a legal suffix, a possessive or "at" before it.

/** Words that follow an organisation's name (EN, PT, ES): its verb, its legal form. Folded, as tokens are. */
const AFTER_ORGANISATION = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'inc',
  'ltd',
  'llc',
  'corp',
  'gmbh',
  'plc',
  'ltda',
  'sa',
  'esta',
  'tem',
  'tiene',
  'son',
  'sao',
])

/** "é" and "es" are verbs only as written: folded, "e" is also the Portuguese "and". */
const AFTER_ORGANISATION_SURFACE = new Set(['é', 'es'])

/** Words before an employer's name: "Accountant at Lumen Ledger", "Join Lumen Ledger". */
const BEFORE_ORGANISATION = new Set(['at', 'join', 'joining'])

function isCapitalised(text: string, token: Token): boolean {
  const surface = text.slice(token.start, token.end)
  return token.kind === 'letters' && /^\p{Lu}\p{Ll}/u.test(surface)
}

function joinedBySpace(text: string, left: Token, right: Token): boolean {
  return /^[ \t]+$/.test(text.slice(left.end, right.start))
}

function opensSentence(text: string, tokens: readonly Token[], first: number): boolean {
  const previous = tokens[first - 1]
  if (!previous) return true
  const token = tokens[first] as Token
  const between = text.slice(previous.end, token.start)
  return /[!?\n]/.test(between) || previous.text === '.'
}

/**
 * Whether the tokens `first`..`last` sit inside a run of capitalised words longer than themselves: `employer` when
 * the run reads as an organisation's name, `name` when it opens a sentence of prose (a name as its subject), else null.
 */
export function readsAsProperName(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): 'employer' | 'name' | null {
  if (!isCapitalised(text, tokens[first] as Token)) return null
  let start = first
  while (start > 0) {
    const previous = tokens[start - 1] as Token
    if (!isCapitalised(text, previous) || !joinedBySpace(text, previous, tokens[start] as Token)) break
    start -= 1
  }
  let end = last
  while (end + 1 < tokens.length) {
    const next = tokens[end + 1] as Token
    if (!isCapitalised(text, next) || !joinedBySpace(text, tokens[end] as Token, next)) break
    end += 1
  }
  if (start === first && end === last) return null
  const before = tokens[start - 1]
  const after = tokens[end + 1]
  const afterSurface = after ? text.slice(after.start, after.end) : ''
  const possessive =
    after !== undefined && after.text === 's' && /^['’]$/u.test(text.slice(tokens[end]?.end, after.start))
  if (
    (after &&
      after.kind === 'letters' &&
      (AFTER_ORGANISATION.has(after.text) || AFTER_ORGANISATION_SURFACE.has(afterSurface))) ||
    possessive ||
    (before && BEFORE_ORGANISATION.has(before.text))
  )
    return 'employer'
  if (opensSentence(text, tokens, start) && after?.kind === 'letters' && /^\p{Ll}/u.test(afterSurface))
    return 'name'
  return null
}
