import type {
  Evidence,
  RequirementInput,
  RequirementResult,
  ResumeProfile,
  ResumeSectionName,
  SemanticMatch,
} from '../types'
import type { IndexedSentence } from './index-sentences'
import type { WordNet } from './load-wordnet'
import { readQuote } from './read-quote'

/** One requirement's result before its id is attached. */
export type Assessment = Omit<RequirementResult, 'requirementId'>

/** What every matcher reads about one resume, computed once per `scoreCandidate` call. */
export type ResumeContext = {
  text: string
  profile: ResumeProfile
  sentences: IndexedSentence[]
  wordNet: WordNet
  /** Acronyms the resume defines itself, lower-cased, with their expansion. */
  acronyms: ReadonlyMap<string, string>
  semanticMatches: SemanticMatch[]
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

export function formatYears(years: number): string {
  const rounded = round(years, 1)
  return `${rounded} year${rounded === 1 ? '' : 's'}`
}

export function sectionAt(profile: ResumeProfile, offset: number): ResumeSectionName {
  for (const section of profile.sections)
    if (offset >= section.start && offset < section.end) return section.name
  return 'other'
}

/** The quote for a sentence of the index, as evidence. */
export function sentenceEvidence(context: ResumeContext, sentence: IndexedSentence): Evidence {
  const quote = readQuote(context.text, sentence)
  const section = sectionAt(context.profile, sentence.start)
  return { ...quote, section, source: section === 'skills' ? 'skills_list' : 'described_work', skillId: null }
}

/**
 * The start of the resume chunk the embedder found closest to the requirement, if any. Similarity only orders
 * passages that already carry the requirement's words; it never creates a status by itself.
 */
export function semanticAnchor(requirement: RequirementInput, context: ResumeContext): number | null {
  let best: SemanticMatch | null = null
  for (const match of context.semanticMatches) {
    if (match.requirementId !== requirement.id) continue
    if (!best || match.similarity > best.similarity) best = match
  }
  return best ? best.chunk.start : null
}

/** Words that name a degree or its level rather than its field. */
export const DEGREE_WORD =
  /\b(?:bachelor'?s?|master'?s?|associate'?s?|degree|diploma|doctorate|ph\.?d|mba|b\.?sc?|b\.?a|m\.?sc?|m\.?a|bsn|msn|adn|ged|licenciatura|graduacao|bacharel)\b/u
