import type { RequirementKind } from '../types'
import { readInlineKind } from './posting-cues'

// "…; also …", "…; también …", "…; também …": after a semicolon, an additive adverb opens a further ask with its own
// verb ("…, is a plus; also welcome is …", "…, tienes un plus; también suma …").
// After a comma, "and" with a measure of having met something ("…, and some exposure to X", "…, e alguma vivência
// em Y", "…, y algo de experiencia en Z") adds a further ask of its own too.
const ADDITIVE_JOINT =
  /;\s+(?=(?:also|and also|as well|plus|tambi[eé]n|tamb[eé]m|adem[aá]s|al[eé]m disso)\b)|,\s+(?:and|e|y)\s+(?=(?:some|any|a little|a bit of|alguma|algum|um pouco de|alguna|alg[uú]n|algo de|un poco de)\s+(?:exposure|experience|familiarity|knowledge|understanding|background|grounding|viv[eê]ncia|experi[eê]ncia|conhecimento|no[cç][aã]o|no[cç][oõ]es|familiaridade|contato|experiencia|conocimiento|nociones|familiaridad|contacto)\b)/giu

// A comma and a conjunction between two clauses ("…, and …", "…, e …", "…, y …").
const CLAUSE_JOINT = /,\s+(?:and|e|y)\s+/gu

/**
 * Where the line is cut: at the additive joints, and at a comma and conjunction between two clauses that each say of
 * themselves that they are optional ("Quem tiver NR-31 sai na frente, e agricultura de precisão também soma", "A
 * forklift ticket gives you an edge, and Spanish would be a bonus"): each cue speaks for its own clause, so each
 * clause is an ask. A need is left to the readers of coordinated predicates, and an item of a list ("…, and
 * delivering within budget (optional)") states no cue on the clause before it.
 */
function joints(line: string): Array<{ index: number; 0: string }> {
  const found: Array<{ index: number; 0: string }> = [...line.matchAll(ADDITIVE_JOINT)].map((match) => ({
    index: match.index,
    0: match[0],
  }))
  // Only a line of one sentence: in prose, the sentences are cut first and each is read on its own.
  const clauses = /[.!?;]\s+\S/u.test(line) ? [] : [...line.matchAll(CLAUSE_JOINT)]
  for (const [position, match] of clauses.entries()) {
    const before = line.slice((clauses[position - 1]?.index ?? -1) + 1, match.index)
    const next = clauses[position + 1]
    const after = line.slice(match.index + match[0].length, next?.index ?? line.length)
    if (readInlineKind(before) === 'nice_to_have' && readInlineKind(after) === 'nice_to_have')
      found.push({ index: match.index, 0: match[0] })
  }
  return found.sort((a, b) => a.index - b.index)
}

/**
 * Cuts a line at each semicolon an additive adverb follows, so each clause is read on its own. "Also" puts what
 * follows on the footing of what came before: a clause with no cue of its own takes the previous clause's kind.
 */
export function splitAdditiveClauses(
  text: string,
  start: number,
  end: number,
): Array<{ start: number; end: number; kind?: RequirementKind }> {
  const line = text.slice(start, end)
  const spans: Array<{ start: number; end: number; kind?: RequirementKind }> = []
  let from = 0
  let kind: RequirementKind | null = null
  const push = (to: number) => {
    const own = readInlineKind(line.slice(from, to))
    const stated = own ?? (spans.length > 0 ? kind : null)
    spans.push({
      start: start + from,
      end: start + to,
      ...(stated && spans.length > 0 ? { kind: stated } : {}),
    })
    kind = stated
  }
  for (const match of joints(line)) {
    push(match.index)
    from = match.index + match[0].length
  }
  if (spans.length === 0) return [{ start, end }]
  push(line.length)
  return spans
}
