import { normalizeText } from './normalize-text'

// Levels of a spoken language: CEFR codes and the words postings use for them, in EN, PT and ES.
const LEVEL =
  /\b(?:[abc][12]|native|nativo|nativa|bilingual|bilingue|fluent|fluently|fluency|fluente|fluencia|fluido|advanced|avancado|avanzado|upper[- ]intermediate|intermediate|intermediario|intermedio|basic|basico|conversational|conversacional|business[- ]level|professional working|proficient|proficiency)\b/g

const CANONICAL: ReadonlyArray<readonly [RegExp, string]> = [
  [/^[abc][12]$/, ''],
  [/^(?:native|nativ[oa]|bilingu(?:al|e))$/, 'native'],
  [
    /^(?:fluent|fluently|fluency|fluente|fluencia|fluido|proficient|proficiency|professional working)$/,
    'fluent',
  ],
  [/^(?:advanced|avancado|avanzado|upper[- ]intermediate)$/, 'advanced'],
  [
    /^(?:intermediate|intermediario|intermedio|conversational|conversacional|business[- ]level)$/,
    'intermediate',
  ],
  [/^(?:basic|basico)$/, 'basic'],
]

/**
 * Reads the level a requirement states for a spoken language mentioned at [start, end) of the text: the closest
 * level word within the same clause, as a CEFR code (upper case) or native / fluent / advanced / intermediate / basic.
 */
export function readLanguageLevel(text: string, start: number, end: number): string | null {
  const normalized = normalizeText(text)
  let best: { distance: number; level: string } | null = null
  for (const match of normalized.matchAll(LEVEL)) {
    const at = match.index
    const between = at >= end ? normalized.slice(end, at) : normalized.slice(at + match[0].length, start)
    // Another clause or another language in between means the level belongs to something else.
    if (/[;.]|\band\b|\be\b|\by\b/.test(between) && between.length > 3) continue
    const distance = at >= end ? at - end : start - (at + match[0].length)
    if (distance < 0 || distance > 30) continue
    const word = match[0]
    const canonical = CANONICAL.find(([pattern]) => pattern.test(word))
    const level = canonical ? canonical[1] || word.toUpperCase() : word
    if (!best || distance < best.distance) best = { distance, level }
  }
  return best?.level ?? null
}

/** True when a degree requirement accepts experience instead ("or equivalent experience", "ou experiência equivalente"). */
export function acceptsEquivalentExperience(text: string): boolean {
  return /\b(?:or|ou|o)\b[^.;]{0,30}\b(?:equivalent|comparable|relevant|equivalente|comprovada|demonstrable)\b[^.;]{0,20}\b(?:experience|work|experiencia|practice|pratica|practica)\b|\b(?:or|ou|o)\s+(?:equivalent|equivalente)\b|\bexperiencia equivalente\b|\bequivalent (?:practical |work )?experience\b/.test(
    normalizeText(text),
  )
}
