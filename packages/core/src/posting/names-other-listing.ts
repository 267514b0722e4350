import { normalizeText } from './normalize-text'

// When a listing was posted, as a board prints it at the end of a line about another listing: a time counted back
// ("hace 5 días", "há 2 dias", "3 days ago", "1 semana atrás"), a day with no count ("today", "ontem", "ayer") or a
// bare day and month ("19/11", "02.04.2026").
const POSTED_WHEN =
  /^(?:(?:hace|ha)\s+(?:\d+|un[oa]?|uma?)\s+\p{L}+|\d+\+?\s*\p{L}+\s+(?:ago|atras)|(?:today|yesterday|just now|hoje|ontem|hoy|ayer|anteontem|anteayer)|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)$/u
// What parts a board's line about a listing: a spaced dash, a dot or a bar.
const PART_SEPARATOR = /\s+[·•|–—-]\s+/u
// A bullet or an emoji before the line.
const LEAD_MARK = /^\s*(?:[-•●▪◦‣*+·>]|\p{Extended_Pictographic}\uFE0F?)\s*/u

/**
 * True when a line names another listing the way a board's "related ads" block does: a title, then its place or pay,
 * then when it was posted, as two to four short parts ("Welder for pipe spools - Hull - 3 days ago", "CARPINTEIRO –
 * Navegantes – 19/11", "Ayudante de cocina - Mendoza - hace 1 semana"). A requirement is never dated so.
 */
export function namesOtherListing(line: string): boolean {
  const bare = line.replace(LEAD_MARK, '').trim()
  if (/[.!?;:,]$/u.test(bare)) return false
  const parts = bare.split(PART_SEPARATOR)
  if (parts.length < 2 || parts.length > 4) return false
  if (parts.some((part) => part.split(/\s+/u).length > 9)) return false
  return POSTED_WHEN.test(normalizeText(parts[parts.length - 1] ?? '').trim())
}
