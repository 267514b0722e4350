import type { ParsedRequirement, Taxonomy } from '@shortlist/core'
import { parsePosting } from '@shortlist/core'
import type { ExpectedRequirement, MessyPosting } from '../data/read-messy-postings'

/** Lower-case, accents removed, quotes and dashes straightened: the form stems are compared in. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const stemPatterns = new Map<string, RegExp>()

/**
 * True when `stem` starts a word of the folded text. Stems of three characters or fewer must be whole words, so
 * "go" does not match "good" and "sql" does not match "sqlite". A stem may list alternatives with "|"
 * ("planilha|spreadsheet"), for a requirement a label may name in another language.
 */
export function containsStem(folded: string, stem: string): boolean {
  let pattern = stemPatterns.get(stem)
  if (!pattern) {
    const alternatives = stem.split('|').map((alternative) => {
      const text = foldText(alternative.trim())
      const tail = text.length <= 3 ? '(?![\\p{L}\\p{N}])' : ''
      return `${escapeRegExp(text)}${tail}`
    })
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'u')
    stemPatterns.set(stem, pattern)
  }
  return pattern.test(folded)
}

function containsAll(folded: string, stems: readonly string[]): boolean {
  return stems.every((stem) => containsStem(folded, stem))
}

/** The parts of an extracted requirement the matcher reads. */
export type ExtractedRequirement = Pick<ParsedRequirement, 'label' | 'kind'> & {
  minYears?: number | null
  source: { text: string }
  type?: string
}

export type RequirementMatch = { extracted: number; expected: number }

/**
 * How a source text that states several expected requirements is read. `label-only` (the default): such a source
 * cannot tell which requirement an extraction stands for, so only the label counts there; otherwise any extraction
 * from a long run-together line could claim any requirement on it. `any`: the source always counts.
 */
export type SourceRule = 'label-only' | 'any'

/**
 * Pairs extracted requirements with expected ones, one to one. A pair is possible when the label holds every stem
 * of the expected requirement, or the source text does (see SourceRule). Greedy, in this order: pairs found in the
 * label before pairs found only in the source, then expected requirements with fewer candidates first, so a broad
 * extraction does not use up the only extraction a narrower requirement could take.
 */
export function matchRequirements(
  extracted: readonly ExtractedRequirement[],
  expected: readonly ExpectedRequirement[],
  sourceRule: SourceRule = 'label-only',
): RequirementMatch[] {
  const candidates: Array<RequirementMatch & { strength: number }> = []
  extracted.forEach((item, extractedIndex) => {
    const label = foldText(item.label)
    const source = foldText(item.source.text)
    const inSource = expected.map((wanted) => containsAll(source, wanted.mustMatch))
    const sourceIsSpecific = sourceRule === 'any' || inSource.filter(Boolean).length === 1
    expected.forEach((wanted, expectedIndex) => {
      const strength = containsAll(label, wanted.mustMatch)
        ? 2
        : sourceIsSpecific && inSource[expectedIndex]
          ? 1
          : 0
      if (strength > 0) candidates.push({ extracted: extractedIndex, expected: expectedIndex, strength })
    })
  })
  const options = new Map<number, number>()
  for (const candidate of candidates)
    options.set(candidate.expected, (options.get(candidate.expected) ?? 0) + 1)
  candidates.sort(
    (a, b) =>
      b.strength - a.strength ||
      (options.get(a.expected) ?? 0) - (options.get(b.expected) ?? 0) ||
      a.extracted - b.extracted ||
      a.expected - b.expected,
  )
  const usedExtracted = new Set<number>()
  const usedExpected = new Set<number>()
  const matches: RequirementMatch[] = []
  for (const candidate of candidates) {
    if (usedExtracted.has(candidate.extracted) || usedExpected.has(candidate.expected)) continue
    usedExtracted.add(candidate.extracted)
    usedExpected.add(candidate.expected)
    matches.push({ extracted: candidate.extracted, expected: candidate.expected })
  }
  return matches.sort((a, b) => a.extracted - b.extracted)
}

/** Counts by expected type, then by extracted type ("skill" -> "knowledge" -> 12). */
export type TypeConfusion = Record<string, Record<string, number>>

function countPair(table: TypeConfusion, expected: string, extracted: string, by = 1): void {
  const row = table[expected] ?? {}
  row[extracted] = (row[extracted] ?? 0) + by
  table[expected] = row
}

export type PostingScore = {
  id: string
  tags: string[]
  expected: number
  extracted: number
  matched: number
  /** Extracted requirements that match no expected one and come from no neutral line. */
  junk: string[]
  /** The junk that came from a line the answer key lists as page furniture. */
  furnitureLeaks: string[]
  /** Expected requirements nothing matched. */
  missed: string[]
  kindCorrect: number
  /** Matched requirements whose extraction carries a `type`, and how many of those agree with the key. */
  typed: number
  typeCorrect: number
  /** Typed matched requirements counted by the key's type, then by the extracted type: the confusion table. */
  typeConfusion: TypeConfusion
  /** Matched requirements whose key states years, and how many of those carry the same minimum. */
  yearsStated: number
  yearsCorrect: number
  /** Kind or type disagreements on matched requirements, for reading: "expected -> extracted: text". */
  mislabelled: string[]
}

/** Scores one posting's extraction against its answer key. */
export function scorePosting(
  posting: Pick<MessyPosting, 'id' | 'tags' | 'requirements' | 'furniture' | 'neutral'>,
  extracted: readonly ExtractedRequirement[],
  sourceRule: SourceRule = 'label-only',
): PostingScore {
  const matches = matchRequirements(extracted, posting.requirements, sourceRule)
  const matchedExtracted = new Set(matches.map((match) => match.extracted))
  const matchedExpected = new Set(matches.map((match) => match.expected))
  const furniture = posting.furniture.map(foldText)
  const neutral = posting.neutral.map(foldText)
  const junk: string[] = []
  const furnitureLeaks: string[] = []
  extracted.forEach((item, index) => {
    if (matchedExtracted.has(index)) return
    const source = foldText(item.source.text)
    if (neutral.some((snippet) => source.includes(snippet))) return
    const shown = item.source.text.replace(/\s+/g, ' ').trim().slice(0, 160)
    junk.push(shown)
    if (furniture.some((snippet) => source.includes(snippet))) furnitureLeaks.push(shown)
  })
  let kindCorrect = 0
  let typed = 0
  let typeCorrect = 0
  let yearsStated = 0
  let yearsCorrect = 0
  const mislabelled: string[] = []
  const typeConfusion: TypeConfusion = {}
  for (const match of matches) {
    const item = extracted[match.extracted] as ExtractedRequirement
    const wanted = posting.requirements[match.expected] as ExpectedRequirement
    if (item.kind === wanted.kind) kindCorrect += 1
    else mislabelled.push(`kind ${wanted.kind} -> ${item.kind}: ${wanted.text}`)
    if (typeof item.type === 'string') {
      typed += 1
      countPair(typeConfusion, wanted.type, item.type)
      if (item.type === wanted.type) typeCorrect += 1
      else mislabelled.push(`type ${wanted.type} -> ${item.type}: ${wanted.text}`)
    }
    if (wanted.minYears !== undefined) {
      yearsStated += 1
      if (item.minYears === wanted.minYears) yearsCorrect += 1
      else mislabelled.push(`years ${wanted.minYears} -> ${item.minYears ?? 'none'}: ${wanted.text}`)
    }
  }
  return {
    id: posting.id,
    tags: posting.tags,
    expected: posting.requirements.length,
    extracted: extracted.length,
    matched: matches.length,
    junk,
    furnitureLeaks,
    missed: posting.requirements
      .filter((_, index) => !matchedExpected.has(index))
      .map((wanted) => `${wanted.kind}: ${wanted.text}`),
    kindCorrect,
    typed,
    typeCorrect,
    typeConfusion,
    yearsStated,
    yearsCorrect,
    mislabelled,
  }
}

export type MessySummary = {
  postings: number
  expected: number
  extracted: number
  matched: number
  /** Matched expected requirements over all expected ones. */
  recall: number
  /** Mean number of junk requirements per posting. */
  junkPerPosting: number
  furnitureLeaks: number
  /** Share of matched requirements given the expected kind. */
  kindAccuracy: number
  /** Share of matched requirements whose key states years that carry the same minimum; null when none do. */
  yearsAccuracy: number | null
  /** Share of typed matched requirements given the expected type; null while the parser emits no types. */
  typeAccuracy: number | null
  /** Which type each expected type was given, summed over the postings: where the type accuracy is lost. */
  typeConfusion: TypeConfusion
}

export type MessyReport = MessySummary & {
  /**
   * Recall and junk when a source text that states several requirements may match any of them (the looser rule):
   * the gap to the main figures is how much of the extraction rests on long, undivided source spans.
   */
  anySource: Pick<MessySummary, 'recall' | 'junkPerPosting' | 'kindAccuracy'>
  byTag: Record<string, MessySummary>
  /**
   * The postings of every held-out set (isHoldoutTag: written after the parser was tuned, never tuned on) apart
   * from the rest: the tuned-on figures overstate how the parser does on postings nobody has seen, so both are
   * reported.
   */
  heldOut: MessySummary | null
  /**
   * Each held-out set on its own ('holdout', 'holdout-2', ...): a set stops being unseen once someone reads the
   * parser's output on it, so a newer set's figure is the honest one and the sets are not pooled away.
   */
  heldOutSets: Record<string, MessySummary>
  tunedOn: MessySummary
  perPosting: PostingScore[]
}

/** The tag of messy postings kept out of tuning: read for a figure, never fitted to. */
export const HOLDOUT_TAG = 'holdout'

/** True for the tag of a held-out set: the first one (HOLDOUT_TAG) or a later one ('holdout-2'). */
export function isHoldoutTag(tag: string): boolean {
  return tag === HOLDOUT_TAG || tag.startsWith(`${HOLDOUT_TAG}-`)
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator
}

/** Sums posting scores into the overall figures. */
export function summarise(scores: readonly PostingScore[]): MessySummary {
  const sum = (pick: (score: PostingScore) => number) =>
    scores.reduce((total, score) => total + pick(score), 0)
  const matched = sum((score) => score.matched)
  const typed = sum((score) => score.typed)
  const yearsStated = sum((score) => score.yearsStated)
  const typeConfusion: TypeConfusion = {}
  for (const score of scores)
    for (const [expected, row] of Object.entries(score.typeConfusion))
      for (const [extracted, count] of Object.entries(row))
        countPair(typeConfusion, expected, extracted, count)
  return {
    postings: scores.length,
    expected: sum((score) => score.expected),
    extracted: sum((score) => score.extracted),
    matched,
    recall: ratio(
      matched,
      sum((score) => score.expected),
    ),
    junkPerPosting: ratio(
      sum((score) => score.junk.length),
      scores.length,
    ),
    furnitureLeaks: sum((score) => score.furnitureLeaks.length),
    yearsAccuracy:
      yearsStated === 0
        ? null
        : ratio(
            sum((score) => score.yearsCorrect),
            yearsStated,
          ),
    kindAccuracy: ratio(
      sum((score) => score.kindCorrect),
      matched,
    ),
    typeAccuracy:
      typed === 0
        ? null
        : ratio(
            sum((score) => score.typeCorrect),
            typed,
          ),
    typeConfusion,
  }
}

/** Scores the given extractions (one list per posting, in order) and groups the figures by tag. */
export function buildMessyReport(
  postings: readonly MessyPosting[],
  extractions: ReadonlyArray<readonly ExtractedRequirement[]>,
): MessyReport {
  const perPosting = postings.map((posting, index) => scorePosting(posting, extractions[index] ?? []))
  const tags = [...new Set(perPosting.flatMap((score) => score.tags))].sort()
  const byTag: Record<string, MessySummary> = {}
  for (const tag of tags) byTag[tag] = summarise(perPosting.filter((score) => score.tags.includes(tag)))
  const loose = summarise(
    postings.map((posting, index) => scorePosting(posting, extractions[index] ?? [], 'any')),
  )
  const isHeldOut = (score: PostingScore) => score.tags.some(isHoldoutTag)
  const heldOut = perPosting.filter(isHeldOut)
  const heldOutSets: Record<string, MessySummary> = {}
  for (const tag of tags.filter(isHoldoutTag))
    heldOutSets[tag] = summarise(perPosting.filter((score) => score.tags.includes(tag)))
  return {
    ...summarise(perPosting),
    heldOut: heldOut.length === 0 ? null : summarise(heldOut),
    heldOutSets,
    tunedOn: summarise(perPosting.filter((score) => !isHeldOut(score))),
    anySource: {
      recall: loose.recall,
      junkPerPosting: loose.junkPerPosting,
      kindAccuracy: loose.kindAccuracy,
    },
    byTag,
    perPosting,
  }
}

/** Task: parse every hand-written messy posting and measure junk, recall, kind and (when present) type. */
export function runMessyPostings(postings: readonly MessyPosting[], taxonomy: Taxonomy): MessyReport {
  const extractions = postings.map((posting) =>
    parsePosting(posting.text, taxonomy).requirements.map(
      (requirement): ExtractedRequirement => ({
        label: requirement.label,
        kind: requirement.kind,
        minYears: requirement.minYears,
        source: { text: requirement.source.text },
        // `type` is being added to ParsedRequirement; read it defensively so this compiles before and after.
        type: (requirement as { type?: string }).type,
      }),
    ),
  )
  return buildMessyReport(postings, extractions)
}
