import { normalizeText } from './normalize-text'

// A time counted back as a board prints a listing's age ("hace 2 días", "há 3 dias", "5 days ago", "2 semanas atrás"),
// or a day with no count ("today", "ontem", "ayer").
const LISTING_AGE =
  /^(?:(?:hace|ha)\s+(?:\d+|un[oa]?|uma?)\s+\p{L}+|\d+\+?\s*\p{L}+\s+(?:ago|atras)|today|yesterday|just now|hoje|ontem|hoy|ayer)$/u
// How many times the listing was seen: an eye or a count with a word of viewing ("👁 412", "230 views", "88 visitas").
const VIEW_COUNT =
  /^(?:\p{Extended_Pictographic}\uFE0F?\s*\d[\d.,]*|\d[\d.,]*\s*(?:views?|visitas?|visualizac(?:oes|ao)|vistas?))$/u
// What parts a board's byline: a middle dot, a bullet or a bar.
const PART_SEPARATOR = /\s+[·•|]\s+/u

/**
 * True when a line is the byline a board prints under a listing: two to four short parts joined by dots, one of them
 * the listing's age and the rest a place or a view count ("Vigo · hace 2 días · 👁 412", "Leeds · 3 days ago",
 * "Campinas · ontem · 57 visualizações"). It tells about the listing, never about the candidate.
 */
export function readsAsListingByline(line: string): boolean {
  const parts = line.trim().split(PART_SEPARATOR)
  if (parts.length < 2 || parts.length > 4) return false
  const folded = parts.map((part) => normalizeText(part).trim())
  if (!folded.some((part) => LISTING_AGE.test(part))) return false
  // The other parts are a place or a count, never a sentence.
  return folded.every(
    (part) =>
      LISTING_AGE.test(part) ||
      VIEW_COUNT.test(part) ||
      (part.split(/\s+/u).length <= 3 && !/[.!?:;]/u.test(part)),
  )
}
