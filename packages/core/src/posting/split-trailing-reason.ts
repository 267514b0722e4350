import type { RequirementKind } from '../types'
import { commentsOnPreviousAsk } from './comments-on-previous-ask'
import { readInlineKind } from './posting-cues'
import { acceptsEquivalentExperience } from './read-requirement-details'

// A clause that gives the employer's reason for an ask or concedes something about it, after a comma, a dash or an
// emoji (a chat's punctuation):
// "…, because most calls are in the evening", "…, pq a gente abriu outra loja", "…, aunque la radio se usa en
// castellano", "…, though we can train you". "as" and "since" also tell time and manner, so only their clause-opening
// forms after a comma count (the subject is looked ahead to, past the space the pattern's closing class takes). A
// clause opened by a word of regret speaks to those the ask leaves out ("…, sorry no trainees, the client won't allow
// it", "…, infelizmente sem exceção", "…, lo siento, el seguro no lo cubre"): it says why they won't qualify, and asks
// nothing of the one who will.
const REASON_OR_CONCESSION =
  /(?:,|\s[–—-]|\p{Extended_Pictographic}\uFE0F?)\s*(?:sorry|unfortunately|regrettably|infelizmente|lamentavelmente|desculp[ae]m?|lamentablemente|lo siento|lo sentimos|perd[oó]n|disculp[ae]n?|because|since(?=\s(?:we|you|it|they|the|our|most|many|much|some|all|this|that|there)\b)|as(?=\s(?:we|you|it|they|the|our|most|many|much|some|all|this|that|there)\b)|though|although|even though|even if|porque|pq|pois|j[aá] que|visto que|uma vez que|ya que|puesto que|dado que|aunque|si bien|embora|mesmo que|ainda que)[\s,]/gu

// Where the reason's own sentence ends: a stop, or a semicolon that opens the next item.
const SENTENCE_END = /[.!?;](?=\s|$)/u

export type ReasonSplit = {
  /** The ask without its reason, and whatever followed the reason's sentence on the same piece. */
  parts: Array<{ start: number; end: number; kind?: RequirementKind }>
  /** The reason clauses cut out: comment on the ask, no ask of their own. */
  reasons: Array<{ start: number; end: number }>
}

/**
 * Cuts the reason or concession that closes an ask ("Paciência e jeito pra explicar pro cliente, porque metade do
 * trabalho é com o humano", "Se valora el inglés, aunque la radio se usa en castellano"): it explains or softens the
 * ask and asks nothing itself, yet read with it its words become asks ("castellano" a language, "humano" a field).
 * A cue in the clause ("…, though it isn't required") still gives the ask its kind. A clause that opens a list
 * (a colon follows) heads it and is kept, as is one that admits other proof for a degree ("although equivalent
 * experience is accepted"), which the degree's reader needs.
 */
export function splitTrailingReason(text: string, start: number, end: number): ReasonSplit {
  const piece = text.slice(start, end)
  // Lower case keeps offsets (accents are spelled out in the pattern instead of folded away).
  const folded = piece.toLowerCase()
  if (folded.length !== piece.length) return { parts: [{ start, end }], reasons: [] }
  const parts: ReasonSplit['parts'] = []
  const reasons: ReasonSplit['reasons'] = []
  let from = 0
  for (const match of folded.matchAll(REASON_OR_CONCESSION)) {
    if (match.index < from) continue
    const head = piece.slice(from, match.index)
    // Brackets open at the cut: the clause is inside one, an aside of the ask.
    if ((head.match(/\(/gu) ?? []).length !== (head.match(/\)/gu) ?? []).length) continue
    if (head.trim().split(/\s+/u).length < 2) continue
    const rest = piece.slice(match.index + match[0].length)
    const stop = SENTENCE_END.exec(rest)
    const clauseEnd = match.index + match[0].length + (stop ? stop.index : rest.length)
    const clause = piece.slice(match.index, clauseEnd)
    if (clause.includes(':') || acceptsEquivalentExperience(clause)) continue
    // A clause that goes on to join more ("…, though it would help, and the same goes for Spanish", "…, porque …, e
    // de disponibilidade para …") carries asks of its own past the reason: the sentence is read whole, as before.
    if (/[,;]\s*(?:and|e|y|&|so would|as would)\s/iu.test(clause)) continue
    // "…, aunque no es indispensable, experiencia con X": a concession set between commas only states the kind of
    // what follows it, which is the ask.
    const firstComma = clause.indexOf(',', 1)
    if (firstComma > 0 && readInlineKind(clause.slice(0, firstComma)) !== null) continue
    // "…, já que a comunicação … é central e será avaliada na entrevista": a reason that says something is assessed
    // states an ask of its own.
    if (
      clause
        .split(/\s(?:and|e|y)\s/iu)
        .slice(1)
        .some((part) => commentsOnPreviousAsk(part) !== null)
    )
      continue
    const headKind = readInlineKind(head)
    const clauseKind = readInlineKind(clause)
    parts.push({
      start: start + from,
      end: start + match.index,
      ...(headKind === null && clauseKind !== null ? { kind: clauseKind } : {}),
    })
    reasons.push({ start: start + match.index, end: start + clauseEnd })
    from = clauseEnd + (stop ? 1 : 0)
  }
  if (parts.length === 0) return { parts: [{ start, end }], reasons: [] }
  if (piece.slice(from).trim().length > 0) parts.push({ start: start + from, end })
  return { parts, reasons }
}
