import type { RequirementKind } from '../types'
import { readInlineKind } from './posting-cues'

// "…; also …", "…; también …", "…; também …": after a semicolon, an additive adverb opens a further ask with its own
// verb ("…, is a plus; also welcome is …", "…, tienes un plus; también suma …").
// After a comma, "and" with a measure of having met something ("…, and some exposure to X", "…, e alguma vivência
// em Y", "…, y algo de experiencia en Z") adds a further ask of its own too.
const ADDITIVE_JOINT =
  /;\s+(?=(?:also|and also|as well|plus|tambi[eé]n|tamb[eé]m|adem[aá]s|al[eé]m disso)\b)|,\s+(?:and|e|y)\s+(?=(?:some|any|a little|a bit of|alguma|algum|um pouco de|alguna|alg[uú]n|algo de|un poco de)\s+(?:exposure|experience|familiarity|knowledge|understanding|background|grounding|viv[eê]ncia|experi[eê]ncia|conhecimento|no[cç][aã]o|no[cç][oõ]es|familiaridade|contato|experiencia|conocimiento|nociones|familiaridad|contacto)\b)/giu

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
  for (const match of line.matchAll(ADDITIVE_JOINT)) {
    push(match.index)
    from = match.index + match[0].length
  }
  if (spans.length === 0) return [{ start, end }]
  push(line.length)
  return spans
}
