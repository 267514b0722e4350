import { findSkills } from '../taxonomy/find-skills'
import type { Taxonomy } from '../taxonomy/load-taxonomy'
import type { RequirementType } from '../types'
import { normalizeText } from './normalize-text'

// Levels of a spoken language: CEFR codes and the words postings use for them, in EN, PT and ES.
const LEVEL =
  /\b(?:[abc][12]|native|nativo|nativa|bilingual|bilingue|fluent|fluently|fluency|fluente|fluentemente|fluencia|fluido|fluidez|fluidamente|advanced|avancado|avanzado|upper[- ]intermediate|intermediate|intermediario|intermedio|basic|basico|conversational|conversacional|business[- ]level|professional working|proficient|proficiency)\b/g

const CANONICAL: ReadonlyArray<readonly [RegExp, string]> = [
  [/^[abc][12]$/, ''],
  [/^(?:native|nativ[oa]|bilingu(?:al|e))$/, 'native'],
  [
    /^(?:fluent|fluently|fluency|fluente|fluentemente|fluencia|fluido|fluidez|fluidamente|proficient|proficiency|professional working)$/,
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

/**
 * The level and "or equivalent experience" of a stored requirement, read from its posting line as the parser read
 * them: the level beside the first of its languages the line names, and the equivalence of a degree. Requirements
 * store the line, not these readings, so every reader gets the parser's answer for the line as it stands.
 */
export function readRequirementDetails(
  requirement: { type: RequirementType; skillIds: readonly string[]; source: string | null },
  taxonomy: Taxonomy,
): { level: string | null; alternativeExperience: boolean } {
  const source = requirement.source ?? ''
  let level: string | null = null
  if (requirement.type === 'language' && source !== '') {
    const mention = findSkills(source, taxonomy).find((match) => requirement.skillIds.includes(match.skillId))
    if (mention) level = readLanguageLevel(source, mention.start, mention.end)
  }
  return {
    level,
    alternativeExperience: requirement.type === 'degree' && acceptsEquivalentExperience(source),
  }
}
