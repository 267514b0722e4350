import { normalizeText } from './normalize-text'
import { classifyHeading } from './posting-cues'

type GluedSection = 'required' | 'nice_to_have' | 'benefits'

// The opening sentence of a paragraph, closed by a stop, a colon or a question mark, with the paragraph going on.
const OPENING = /^(\s*)([^.:?!;\n]{3,70}?)\s*([.:?])\s+(?=\S)/u

// The paragraph after the heading must be a clause of its own: a short label's list ("Nice to have: Kafka, Spark")
// speaks for its line only, and opens nothing for the lines after it.
const MIN_REST_WORDS = 8
// Before a colon, a word or two is a field's label ("Benefícios: …", "Compensation: …", "Perfil buscado: …") that
// speaks for its own line; a heading's phrase ("What we're looking for: …", "O que procuramos: …") takes more words.
const MIN_COLON_HEADING_WORDS = 3
// A denial ("Not needed.", "Não é necessário.") answers or qualifies; it heads nothing.
const DENIAL = /\b(?:not|nao|no|never|nunca|nem|ni)\b|n't\b/u

/**
 * Reads a heading pasted as the first sentence of a paragraph ("Who we're looking for. You need…", "Lo que necesitamos
 * de ti. Tienes que…", "O que oferecemos: plano de saúde…"): a few words with no content of their own that name what is
 * asked, what is optional or what is offered. Returns that section and where the paragraph's content starts, or null.
 * The section then runs on over the lines after the paragraph, as it would under a heading line of its own.
 */
export function readGluedHeading(
  line: string,
  previous = '',
): { section: GluedSection; contentOffset: number } | null {
  // A paragraph after a question is its answer ("Preciso ter carro? Não é necessário. …"), not a section.
  if (/\?\s*$/u.test(previous)) return null
  const opening = OPENING.exec(line)
  if (!opening) return null
  const sentence = opening[2] ?? ''
  const words = sentence.split(/\s+/u).length
  if (words > 8 || !/\p{L}{2,}/u.test(sentence)) return null
  if (opening[3] === ':' && words < MIN_COLON_HEADING_WORDS) return null
  if (DENIAL.test(normalizeText(sentence))) return null
  const rest = line.slice(opening[0].length)
  if (rest.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length < MIN_REST_WORDS) return null
  // Read strictly, as a bare line: any word of content ("Python skills.") makes the sentence an item, not a heading.
  const section = classifyHeading(sentence)
  if (section !== 'required' && section !== 'nice_to_have' && section !== 'benefits') return null
  return { section, contentOffset: opening[0].length }
}
