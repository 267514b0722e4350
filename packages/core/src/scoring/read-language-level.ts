import { foldForSearch } from './fold-for-search'

/**
 * Words and codes that state how well a spoken language is spoken (EN, PT, ES), each as a CEFR rank (A1 = 1 … C2 = 6).
 * Postings and resumes use the same words, so one scale lets a stated level be compared with the level asked:
 * "Spanish (B1)" does not meet "C1 Spanish", "conversational Spanish" meets "basic Spanish".
 */
const LEVEL_RANKS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^a1$/u, 1],
  [/^a2$/u, 2],
  [/^b1$/u, 3],
  [/^b2$/u, 4],
  [/^c1$/u, 5],
  [/^c2$/u, 6],
  [/^(?:native|nativ[oa]|mother tongue|first language|lengua materna|lingua materna|bilingu(?:al|e))$/u, 6],
  [
    /^(?:fluent|fluently|fluency|fluente|fluencia|fluido|fluida|proficient|proficiency|advanced|avancado|avanzado|full professional|professional working)$/u,
    5,
  ],
  [/^(?:upper[- ]intermediate|business[- ]level)$/u, 4],
  [
    /^(?:intermediate|intermediario|intermedio|conversational|conversacional|conersational|working knowledge|functional|limited working)$/u,
    3,
  ],
  [
    /^(?:basic|basico|beginner|beginning|elementary|novice|limited|some|learning|iniciante|principiante|elemental)$/u,
    2,
  ],
]

const LEVEL_WORD =
  /(?<![\p{L}\p{N}])(?:[abc][12]|native|nativ[oa]|mother tongue|first language|lengua materna|lingua materna|bilingu(?:al|e)|fluent(?:ly)?|fluency|fluente|fluencia|fluid[oa]|proficien(?:t|cy)|advanced|avancado|avanzado|full professional|professional working|upper[- ]intermediate|business[- ]level|intermediate|intermediario|intermedio|conversational|conversacional|conersational|working knowledge|functional|limited working|basic|basico|beginner|beginning|elementary|novice|limited|learning|iniciante|principiante|elemental)(?![\p{L}\p{N}])/gu

/** How far (characters) a level word may sit from the language it grades. */
const LEVEL_REACH = 30

/** The CEFR rank (1–6) a level word or code states, or null for a word that states none. */
export function rankLanguageLevel(word: string): number | null {
  const folded = foldForSearch(word).trim()
  return LEVEL_RANKS.find(([pattern]) => pattern.test(folded))?.[1] ?? null
}

/**
 * The level a text states for the language named at [start, end): the nearest level word in the same clause, as a
 * CEFR rank, or null when none is stated. A level past another clause or another "and" grades something else:
 * in "Fluent English and basic Spanish", English is fluent and Spanish basic.
 */
export function readLanguageLevelRank(
  text: string,
  start: number,
  end: number,
  /**
   * False for a posting: "Bilingual English/Spanish" asks for both languages at a working level, not a native one;
   * on a resume, "Bilingual in Spanish" states the language at its speaker's level.
   */
  bilingualIsLevel = true,
): number | null {
  const folded = foldForSearch(text)
  let best: { distance: number; rank: number } | null = null
  for (const match of folded.matchAll(LEVEL_WORD)) {
    const at = match.index
    if (!bilingualIsLevel && /^bilingu/u.test(match[0])) continue
    const after = at >= end
    const between = after ? folded.slice(end, at) : folded.slice(at + match[0].length, start)
    if (!after && at + match[0].length > start) continue
    if (between.length > LEVEL_REACH) continue
    if (/[;.\n]|\band\b|\be\b|\by\b|,/u.test(between) && between.trim().length > 1) continue
    const rank = rankLanguageLevel(match[0])
    if (rank === null) continue
    const distance = between.length
    if (!best || distance < best.distance) best = { distance, rank }
  }
  return best?.rank ?? null
}

/** A CEFR rank as a reviewer reads it: "B1", "C2". */
export function formatLanguageLevel(rank: number): string {
  return ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'][Math.min(6, Math.max(1, rank)) - 1] as string
}
