import { normalizeText } from './normalize-text'
import { readInlineKind } from './posting-cues'

// A short label closed by a colon at the start of a line or sentence: a few words, no stop, no bracket.
const TOPIC_LABEL = /^[^\p{L}\d]*([^:;.!?()[\]]{2,60}?)\s*:\s+(?=\S)/u

// Words that open a clause or a statement of the job, not a name of a kind of thing.
const OPENS_STATEMENT =
  /^(?:we|you|i|they|it|our|your|nos|nosotros|voce|tu|usted|ustedes|eu|yo|el|ela|ella|if|se|si|when|quando|cuando|please|por favor|favor)\b/u
// The reader spoken to: a label that addresses them ("Please include in your application:") asks them to act.
const ADDRESSES_READER = /\b(?:you|your|voce|seu|sua|seus|suas|tu|tus|usted|ustedes)\b/u

/**
 * Where a topic label ends, when the sentence opens with one: a short noun phrase before a colon that names the kind
 * of the things listed after it ("Cirugías de rutina: esterilizaciones y suturas", "Técnicas clásicas: batido,
 * refrescado y flameado", "Hand tools: chisels, planes and scrapers"). The things after the colon are what is asked;
 * the label only groups them. -1 when there is no such label, or when the label says how the line counts ("Bonus:",
 * "Deseable:"), which the kind readers own.
 */
export function findTopicLabelEnd(sentence: string): number {
  const found = TOPIC_LABEL.exec(sentence)
  if (!found) return -1
  const label = found[1] ?? ''
  const words = label.trim().split(/\s+/u)
  if (words.length > 6 || !/\p{L}{2,}/u.test(label)) return -1
  const folded = normalizeText(label.trim())
  if (OPENS_STATEMENT.test(folded) || ADDRESSES_READER.test(folded)) return -1
  // After the colon a list of things, not a clause with its own subject ("SQL: you write readable queries").
  if (OPENS_STATEMENT.test(normalizeText(sentence.slice(found[0].length)))) return -1
  if (readInlineKind(label) !== null) return -1
  return found[0].length
}
