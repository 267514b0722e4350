import { normalizeText } from './normalize-text'
import { isQualificationLike } from './posting-cues'

// A posting copied from a social network brings the network's frame with it: the counts under the post, the name of
// the page that posted or replied, the page's replies to its commenters. None of it is the posting. Each is told by
// the shape of the line (counts between separators, a name ending in a company's legal form, a line opening on an
// @-mention), whichever network it came from.

const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Emoji_Presentation}|\uFE0F|\u200D/gu
// What a network counts under a post: reactions, comments, shares, views.
const COUNTED =
  /^(?:reactions?|reacciones|reacoes|likes?|curtidas|me gusta|comments?|comentarios?|shares?|(?:veces|vezes|times) (?:compartid[oa]|compartilhad[oa]|shared)|compartid[oa]s?|compartilhament\p{L}*|reposts?|views?|visualizac\p{L}*|vistas|reproducciones|reproducoes)$/u
const COUNT = /^\d[\d.,]*\s*(?:k|m|mil|mi)?$/u

/**
 * "👍❤️ 1,2 mil · 310 comentarios · 88 veces compartido", "45 likes · 12 comments": two or more counts between
 * separators, at least one naming what it counts, with nothing else on the line.
 */
function countsReactions(folded: string): boolean {
  const segments = folded
    .replace(PICTOGRAPH, ' ')
    .split(/\s*[·•|]\s*|\s{2,}/u)
    .map((segment) => segment.trim())
    .filter((segment) => segment.length > 0)
  if (segments.length < 2) return false
  let named = 0
  for (const segment of segments) {
    const count = /^(\d[\d.,]*\s*(?:k|m|mil|mi)?)(?:\s+(.+))?$/u.exec(segment)
    if (!count) return false
    const noun = count[2]
    if (noun === undefined) {
      if (!COUNT.test(segment)) return false
      continue
    }
    if (!COUNTED.test(noun)) return false
    named += 1
  }
  return named >= 1
}

// A company's legal form closing its name ("S.R.L.", "Ltda.", "LLC", "GmbH", "S.A. de C.V.", "C.A.", "Pty Ltd").
const LEGAL_FORM =
  /(?:\s|,\s*)(?:s\.?\s?r\.?\s?l\.?|s\.?\s?a\.?(?:\s?s\.?)?(?:\s+de\s+c\.?\s?v\.?)?|s\.?\s?l\.?|s\.?\s?a\.?\s?c\.?|e\.?\s?i\.?\s?r\.?\s?e\.?\s?l\.?\s?i\.?|ltda\.?|llc|l\.l\.c\.|inc\.?|ltd\.?|pty\.? ltd\.?|plc|llp|gmbh|c\.\s?a\.|corp\.?|s\.p\.a\.|b\.v\.)$/u

/**
 * "Panadería La Espiga S.R.L.", "Oficina do Pneu Ltda.", "Harbor Freight Movers LLC": a line that is only a company's
 * name, closed by its legal form (written with its dots where a word could read the same), as a network shows the page that posted or replied.
 */
function namesCompanyOnly(line: string): boolean {
  const trimmed = line.replace(PICTOGRAPH, ' ').trim()
  const words = trimmed.split(/\s+/u)
  if (words.length < 2 || words.length > 8) return false
  // Every word but the legal form and its joiners is capitalised: a name, not a sentence.
  const named = words.every(
    (word) => /^[\p{Lu}\p{N}&"“(]/u.test(word) || /^(?:de|da|do|del|dos|das|y|e|&|and|of)$/u.test(word),
  )
  return named && LEGAL_FORM.test(normalizeText(trimmed)) && !isQualificationLike(trimmed)
}

/**
 * True when a line is the social network's frame around a post: its reaction counts, the name of the page alone, or
 * a reply to a commenter opening on an @-mention ("@Marta Ruiz te escribimos por privado").
 */
export function readsAsPostResidue(line: string): boolean {
  const trimmed = line.trim()
  if (/^@\p{L}/u.test(trimmed)) return true
  return countsReactions(normalizeText(trimmed)) || namesCompanyOnly(trimmed)
}

// An account's handle as networks print it before a comment: one lower-case token, its parts joined by "_" or "."
// ("maria.souza_22", "joe_builds"), never a word of prose.
const HANDLE = /^[\p{Ll}\p{N}]+(?:[._][\p{Ll}\p{N}]+)+$/u

/** The handle a line opens with, when a comment follows it on the line, else null. */
function openingHandle(line: string): string | null {
  const match = /^\s*(\S+)\s+\S/u.exec(line)
  const handle = match?.[1] ?? ''
  return HANDLE.test(handle) ? handle : null
}

/**
 * True when a line is another account's comment under a social post ("mike_rigs I've got my ticket, DM'd you",
 * "ana.lima Tenho experiência, mandei mensagem"), or the poster's reply to one ("acme_jobs @mike_rigs sent!"). The
 * poster is the account whose handle stands alone on a line, as the network prints it over the post; a line opened by
 * any other handle is someone else speaking, and only the poster speaks for the employer.
 */
export function commentsUnderPost(lines: ReadonlyArray<{ text: string }>, index: number): boolean {
  const handle = openingHandle(lines[index]?.text ?? '')
  if (handle === null) return false
  const posters = new Set(lines.map((line) => line.text.trim()).filter((text) => HANDLE.test(text)))
  if (posters.size === 0) return false
  if (!posters.has(handle)) return true
  const rest = (lines[index]?.text ?? '').trim().slice(handle.length).trim()
  return /^@[\p{L}\p{N}]/u.test(rest)
}
