import { classifyHeading, isQualificationLike, readInlineKind } from './posting-cues'
import { closesMessage, readsAsMailFooter } from './reads-as-mail-wrapping'

// A message ends in blocks that are about the message, not the job: the sender's signature under the closing (name,
// position, postal address, phone, links), the signature a "-- " line sets off, and the notices a server or a mailing
// list appends (a confidentiality disclaimer, an unsubscribe footer). Each is a run of lines: its first line is known
// by what it says, the rest by where they stand, since an address or a wrapped half-sentence says nothing of its own.

type Line = { text: string; blankBefore: boolean }

/** How a line that closes its sentence ends ("…of the original message.", "…delete it!"). */
const CLOSES_SENTENCE = /[.!?]["'”’)]*\s*$/u
/** Initials closing a line ("S.A. de C.V.", "L.L.C."): their stops abbreviate. */
const ENDS_IN_INITIALS = /(?:^|\s)(?:\p{Lu}\.){2,}$/u
/** A list item: its own line, never the rest of a notice's sentence. */
const OPENS_ITEM = /^\s*(?:[-–—•●▪◦‣*+·]|\d{1,2}[.)])\s/u
/** The first sentence of a line. */
const FIRST_SENTENCE = /^.*?[.!?](?=\s+[\p{Lu}¿¡"“])/u
/** Most lines a signature runs to: by custom four, with a few to spare; a longer block is not one. */
const SIGNATURE_LINES = 8
/** Most words of a signature's line: a name, a position, an address, a phone number, a link. */
const SIGNATURE_WORDS = 14
/** A mail header ("From: …", "De: …") or a forwarding rule opens another message, which the run does not cross. */
const OPENS_MESSAGE =
  /^\s*(?:-{3,}|_{5,}|>?\s*(?:from|de|von|sent|enviado|date|fecha|data|to|para|subject|asunto|assunto)\s*:)/iu

function words(line: string): number {
  return line.trim().split(/\s+/u).length
}

/** A short line of a signature: no item, no heading, no sentence ended on it. */
function signsOff(line: Line): boolean {
  const text = line.text.trim()
  return (
    !OPENS_ITEM.test(line.text) &&
    words(text) <= SIGNATURE_WORDS &&
    // "Empeños del Norte S.A. de C.V.": a stop after initials closes a company's name, not a sentence.
    (!CLOSES_SENTENCE.test(text) || ENDS_IN_INITIALS.test(text)) &&
    !OPENS_MESSAGE.test(text) &&
    classifyHeading(text.replace(/:\s*$/u, '')) === null &&
    // "Thanks! / 3 years of bookkeeping": a line that asks is the posting's, wherever it stands.
    !isQualificationLike(text) &&
    readInlineKind(text) === null
  )
}

/**
 * The indexes of the lines that are a message's signature or footer notices: the lines that go on with the sentence a
 * disclaimer or an unsubscribe notice opens (a wrapped "…the intended" over "recipient(s) and may contain…"); the short
 * lines of the paragraph under a closing ("Thanks," then name, position, address, phone); and the few lines under a
 * signature separator ("--"). Lines are those of `readPageLines`.
 */
export function findMailFooter(lines: readonly Line[]): Set<number> {
  const found = new Set<number>()
  for (const [index, line] of lines.entries()) {
    const text = line.text.trim()
    // A notice runs on over the lines that continue its sentence: a line left open, or one going on in lower case.
    const first = FIRST_SENTENCE.exec(text)?.[0] ?? text
    if (readsAsMailFooter(first)) {
      found.add(index)
      for (let next = index + 1; next < lines.length; next++) {
        const above = (lines[next - 1] as Line).text.trim()
        const below = lines[next] as Line
        if (below.blankBefore || OPENS_ITEM.test(below.text) || OPENS_MESSAGE.test(below.text)) break
        if (CLOSES_SENTENCE.test(above) && !/^\s*\p{Ll}/u.test(below.text)) break
        found.add(next)
      }
      continue
    }
    // Under a closing, the paragraph of short lines is the sender's: their name, position and contacts.
    if (closesMessage(text)) {
      for (let next = index + 1; next < lines.length && next <= index + SIGNATURE_LINES; next++) {
        const below = lines[next] as Line
        if ((next > index + 1 && below.blankBefore) || !signsOff(below)) break
        found.add(next)
      }
      continue
    }
    // "-- " sets the signature off by mail convention: the few lines under it, up to another message, are the sender's
    // (or the list's) and never the posting's.
    if (/^--\s*$/u.test(line.text)) {
      const block: number[] = []
      for (let next = index + 1; next < lines.length; next++) {
        if (OPENS_MESSAGE.test((lines[next] as Line).text)) break
        block.push(next)
      }
      if (block.length <= SIGNATURE_LINES) for (const signed of block) found.add(signed)
    }
  }
  return found
}
