import { normalizeText } from './normalize-text'
import { findRequirementPredicate, readInlineKind, readInlineLabel } from './posting-cues'

// A chat message's header as messaging apps copy it: a time and a date in brackets, or a date and a time before a
// dash, then the sender's name and a colon ("[14:36, 04/12] Ana Souza: …", "12/04/2026, 14:36 - Ana Souza: …").
const CHAT_HEADER =
  /^\s*(?:\[\s*\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?,?\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*\]|\[?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?\s*(?:\]|-))\s*([^:]{1,60}):\s*/iu

/** The message of a chat line without its header, or null when the line has no header. */
export function readChatMessage(line: string): string | null {
  const header = CHAT_HEADER.exec(line)
  return header ? line.slice(header[0].length) : null
}

// A short message is a reply in the conversation; a posting shared in a chat runs long, or on over several lines.
const REPLY_WORDS = 30

/**
 * True when a line of a pasted chat is a participant's reply rather than the posting shared in it ("[14:35, 04/12]
 * Neide: Vou mandar pro filho da Cida", "[09:12, 3/5] Tom: Sent it to my cousin, he drove for them last year"):
 * a message after the first one, on one line, short, and asking nothing of the candidate. The posting is the message
 * that carries it, with the lines that continue it; the replies talk about it, in the participants' own voice.
 */
export function readsAsChatReply(lines: ReadonlyArray<{ text: string }>, index: number): boolean {
  const message = readChatMessage(lines[index]?.text ?? '')
  if (message === null) return false
  const first = lines.findIndex((line) => readChatMessage(line.text) !== null)
  if (first === index) return false
  // A message continued on the next line (a list, a second paragraph) is a posting's, not a reply.
  const next = lines[index + 1]
  if (next !== undefined && readChatMessage(next.text) === null) return false
  if (message.trim().split(/\s+/u).length > REPLY_WORDS) return false
  const label = readInlineLabel(message)?.section
  return (
    readInlineKind(message) === null &&
    findRequirementPredicate(normalizeText(message)) === null &&
    label !== 'required' &&
    label !== 'nice_to_have'
  )
}
