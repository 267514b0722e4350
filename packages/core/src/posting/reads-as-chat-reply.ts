import { normalizeText } from './normalize-text'
import { findRequirementPredicate, readInlineKind, readInlineLabel } from './posting-cues'

// A chat message's header as messaging apps copy it: a time and a date in brackets, or a date and a time before a
// dash, then the sender's name and a colon ("[14:36, 04/12] Ana Souza: …", "12/04/2026, 14:36 - Ana Souza: …"); some
// apps and exports give the time alone ("[14:36] Ana Souza: …", "[2:36 PM] Ana: …").
const CHAT_HEADER =
  /^\s*(?:\[\s*\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:,?\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?\s*\]|\[?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?\s*(?:\]|-))\s*([^:]{1,60}):\s*/iu

/** The header of a chat line ("[14:36, 04/12] Ana Souza: "): who sent it, and how long the header is. */
export function readChatHeader(line: string): { sender: string; length: number } | null {
  const header = CHAT_HEADER.exec(line)
  return header
    ? { sender: normalizeText(header[1] ?? '').replace(/^[~\s]+/u, ''), length: header[0].length }
    : null
}

/** The message of a chat line without its header, or null when the line has no header. */
export function readChatMessage(line: string): string | null {
  const header = CHAT_HEADER.exec(line)
  return header ? line.slice(header[0].length) : null
}

// A message's header on a line of its own, as desktop apps copy a chat: the sender, maybe a role in brackets, and the
// date and time in square brackets ("Ana Souza, [04.12.26 14:36]", "Tom (Sales), [12/4/2026 2:36 PM]"). The message
// follows on the lines below.
const HEADER_LINE =
  /^\s*([^[\]:\d]{1,60}?),?\s*\[\s*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[ap]\.?m\.?)?\s*\]:?\s*$/iu

/** The sender named by a line that is a message's header alone ("Ana Souza, [04.12.26 14:36]"), or null. */
export function readHeaderLine(line: string): string | null {
  const header = HEADER_LINE.exec(line)
  return header ? normalizeText(header[1] ?? '').replace(/^[~\s]+/u, '') : null
}

/**
 * The header of the message a line opens: its own ("[14:36, 04/12] Ana Souza: …"), or the header alone on the line
 * above ("Ana Souza, [04.12.26 14:36]"), which leaves the whole line to the message. Null on a line that opens no
 * message: one that goes on with a message, or a header alone.
 */
export function readMessageHeader(
  lines: ReadonlyArray<{ text: string }>,
  index: number,
): { sender: string; length: number } | null {
  const line = lines[index]?.text ?? ''
  const own = readChatHeader(line)
  if (own !== null) return own
  if (readHeaderLine(line) !== null) return null
  const above = lines[index - 1]?.text
  const sender = above === undefined ? null : readHeaderLine(above)
  return sender === null ? null : { sender, length: 0 }
}

// The short forms chat writers use for the words a need is said with ("tem q ter", "vc precisa", "tienes q saber").
const CHAT_SHORT_FORMS: ReadonlyArray<[RegExp, string]> = [
  [/\bq\b/gu, 'que'],
  [/\b(?:vc|vce)\b/gu, 'voce'],
  [/\b(?:tb|tbm|tmb)\b/gu, 'tambem'],
  [/\b(?:pq|xq)\b/gu, 'porque'],
  [/\bp\//gu, 'para'],
]

/** What a chat message says, its short forms spelt out and its header left out. */
function spellOut(message: string): string {
  return CHAT_SHORT_FORMS.reduce((folded, [form, word]) => folded.replace(form, word), normalizeText(message))
}

/** True when a message asks something of the candidate, by a predicate of need or a cue of a kind. */
function asksInMessage(message: string): boolean {
  const spelt = spellOut(message)
  const label = readInlineLabel(message)?.section
  return (
    readInlineKind(spelt) !== null ||
    findRequirementPredicate(spelt) !== null ||
    // "não Carla, só motorista. E tem que conhecer a zona sul": a need may come after the answer to someone.
    spelt
      .split(/[.!?]\s+(?:(?:e|y|and|ah|oh|also|tambem|tambien)[,!\s]+)*/u)
      .some((part) => findRequirementPredicate(part) !== null) ||
    label === 'required' ||
    label === 'nice_to_have'
  )
}

/**
 * Who shared the posting: the sender of the chat's longest message, with the index of its first line. A posting shared
 * in a chat runs long, or on over several lines, while the talk around it is short: a group's admin may greet first
 * ("Bom dia a todos!"), a recruiter may ask for the profile that the manager then dictates, and the one who shares it
 * goes on adding to it in reply. The first of equally long messages wins.
 */
function posterOf(lines: ReadonlyArray<{ text: string }>): { index: number; sender: string } | null {
  let poster: { index: number; sender: string; length: number } | null = null
  let current: { index: number; sender: string; length: number } | null = null
  const settle = () => {
    if (current && (poster === null || current.length > poster.length)) poster = current
  }
  for (const [index, line] of lines.entries()) {
    const header = readMessageHeader(lines, index)
    if (readHeaderLine(line.text) !== null) continue
    if (header) {
      settle()
      current = { index, sender: header.sender, length: line.text.slice(header.length).trim().length }
    } else if (current) current.length += line.text.trim().length
  }
  settle()
  const found = poster as { index: number; sender: string; length: number } | null
  return found ? { index: found.index, sender: found.sender } : null
}

/**
 * Where the poster's ask starts in a later message of the chat by the one who shared the posting ("[09:20] Marta: não,
 * só motorista. |E tem que conhecer a zona sul", "[10:02] Tom: days only. |Oh and you need your own boots"), or null
 * when the line is no such message or asks nothing: the poster adding to the posting in a reply. What comes before
 * the ask answers someone; only the ask and what follows it are the posting's.
 */
export function findPosterAsk(lines: ReadonlyArray<{ text: string }>, index: number): number | null {
  const line = lines[index]?.text ?? ''
  const header = readMessageHeader(lines, index)
  const poster = posterOf(lines)
  if (!header || !poster || poster.index === index || header.sender !== poster.sender) return null
  if (!asksInMessage(line.slice(header.length))) return null
  // The message's sentences, cut at their stops whatever case follows: chat writers seldom capitalise.
  for (const sentence of line.slice(header.length).matchAll(/[^.!?]+(?:[.!?]+|$)/gu)) {
    if (asksInMessage(sentence[0]))
      return header.length + sentence.index + (/^\s*/u.exec(sentence[0])?.[0].length ?? 0)
  }
  return header.length
}

/**
 * True when a sentence names another participant of the chat by their first name ("não Carla, só motorista", "yes
 * Sam, days only"): it answers that participant, whatever else it says.
 */
export function answersParticipant(lines: ReadonlyArray<{ text: string }>, sentence: string): boolean {
  const poster = posterOf(lines)
  const names = new Set(
    lines.flatMap((_, index) => {
      const sender = readMessageHeader(lines, index)?.sender
      const first = sender?.split(/\s+/u)[0] ?? ''
      return sender !== undefined && sender !== poster?.sender && /^\p{L}{3,}$/u.test(first) ? [first] : []
    }),
  )
  const words = normalizeText(sentence).match(/\p{L}+/gu) ?? []
  return words.some((word) => names.has(word))
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
  const header = readMessageHeader(lines, index)
  if (header === null) return false
  const poster = posterOf(lines)
  if (poster === null || poster.index === index) return false
  const message = (lines[index] as { text: string }).text.slice(header.length)
  // A message continued on the next line (a list, a second paragraph) is a posting's, not a reply.
  const next = lines[index + 1]
  if (
    next !== undefined &&
    readMessageHeader(lines, index + 1) === null &&
    readHeaderLine(next.text) === null
  )
    return false
  if (message.trim().split(/\s+/u).length > REPLY_WORDS) return false
  // Only the poster speaks for the employer: another participant's message asks nothing of the candidate, whatever its
  // words ("precisa de carro?", "I need this job").
  if (header.sender !== poster.sender) return true
  return !asksInMessage(message)
}
