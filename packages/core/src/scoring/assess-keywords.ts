import type { RequirementInput } from '../types'
import {
  type Assessment,
  formatYears,
  type ResumeContext,
  round,
  sectionAt,
  semanticAnchor,
  sentenceEvidence,
} from './assessment'
import { foldForSearch } from './fold-for-search'
import { isForeignAcronym } from './find-defined-acronyms'
import type { IndexedSentence } from './index-sentences'

/** Credit of a paraphrase (the requirement's words or their synonyms together in one sentence, not all literal). */
export const PARAPHRASE_CREDIT = 0.6

/**
 * Heads that say only "take charge of" (inventory management, payroll processing): any action done on the object
 * is the activity ("Took and ordered inventory"), so such a head is met by a sentence that describes an action.
 */
const LIGHT_HEADS = new Set([
  'manage',
  'management',
  'handle',
  'handling',
  'oversee',
  'oversight',
  'administer',
  'administration',
  'coordinate',
  'coordination',
  'maintain',
  'maintenance',
  'process',
  'processing',
  'perform',
  'conduct',
])

export type KeywordTerms = {
  keyword: string
  /** The word and its base forms. */
  literal: ReadonlySet<string>
  /** Literal forms plus WordNet synonyms, derivations and narrower terms. */
  expanded: ReadonlySet<string>
  light: boolean
  /** An acronym the resume defines as something else: its letters there are not this word. */
  blocked: boolean
}

export function keywordTerms(
  keywords: readonly string[],
  requirement: RequirementInput,
  context: ResumeContext,
): KeywordTerms[] {
  const words = [...new Set(keywords.map((keyword) => foldForSearch(keyword)))].filter(
    (keyword) => keyword.length > 0,
  )
  return words.map((keyword) => {
    const literal = new Set([keyword, ...context.wordNet.lemmas(keyword)])
    const expanded = new Set(literal)
    for (const lemma of literal) for (const word of context.wordNet.expand(lemma)) expanded.add(word)
    return {
      keyword,
      literal,
      expanded,
      light: [...literal].some((lemma) => LIGHT_HEADS.has(lemma)),
      blocked: isForeignAcronym(keyword, context.acronyms, [requirement.label]),
    }
  })
}

export type SentenceHit = { sentence: IndexedSentence; literal: string[]; found: string[] }

/** Which of the terms one sentence shows, literally and in all. */
export function hitSentence(sentence: IndexedSentence, terms: readonly KeywordTerms[]): SentenceHit {
  const literal: string[] = []
  const found: string[] = []
  for (const term of terms) {
    if (term.blocked) continue
    const has = (set: ReadonlySet<string>) => {
      for (const word of set) if (sentence.terms.has(word)) return true
      return false
    }
    if (has(term.literal)) {
      literal.push(term.keyword)
      found.push(term.keyword)
    } else if (has(term.expanded) || (term.light && sentence.describesAction)) found.push(term.keyword)
  }
  return { sentence, literal, found }
}

/** How many of n words one sentence must show: all of one or two, else at least half. */
export function neededWords(count: number): number {
  return count <= 2 ? count : Math.max(2, Math.ceil(count / 2))
}

/** The sentence showing most of the terms (literal first, then nearest the semantic anchor, then earliest). */
export function bestSentence(
  terms: readonly KeywordTerms[],
  requirement: RequirementInput,
  context: ResumeContext,
  sentences: readonly IndexedSentence[] = context.sentences,
): SentenceHit | null {
  const anchor = semanticAnchor(requirement, context)
  let best: SentenceHit | null = null
  let bestDistance = Number.POSITIVE_INFINITY
  for (const sentence of sentences) {
    const hit = hitSentence(sentence, terms)
    if (hit.found.length === 0) continue
    const distance = anchor === null ? 0 : Math.abs(sentence.start - anchor)
    if (
      !best ||
      hit.found.length > best.found.length ||
      (hit.found.length === best.found.length &&
        (hit.literal.length > best.literal.length ||
          (hit.literal.length === best.literal.length && distance < bestDistance)))
    ) {
      best = hit
      bestDistance = distance
    }
  }
  return best
}

/**
 * Evidence for a skill-less activity or knowledge requirement: its content words, by lemma, found together in one
 * sentence or bullet. All (or, for long requirements, at least half) of them literally is a match; the same share
 * reached only with synonyms ("Trained and scheduled employees" for scheduling staff) is a paraphrase, quoted.
 * Words scattered over the resume are not evidence.
 */
export function assessKeywords(
  requirement: RequirementInput,
  context: ResumeContext,
  options: { allWords?: boolean } = {},
): Assessment | null {
  const terms = keywordTerms(requirement.keywords, requirement, context)
  if (terms.length === 0) return null
  const best = bestSentence(terms, requirement, context)
  const needed = options.allWords ? terms.length : neededWords(terms.length)
  if (!best || best.found.length < needed) return null
  const evidence = [sentenceEvidence(context, best.sentence)]
  const listed = sectionAt(context.profile, best.sentence.start) === 'skills'
  const literal = best.literal.length >= needed
  const share = best.found.length / terms.length
  let credit = literal ? round(0.6 + 0.4 * share, 4) : PARAPHRASE_CREDIT
  if (listed) credit = Math.min(credit, 0.7)
  const minYears = requirement.minYears
  const years = context.profile.totalYears
  if (minYears !== null && minYears > 0 && years < minYears) {
    return {
      status: 'partial',
      basis: 'years_short',
      credit: round(credit * (0.4 + 0.6 * (years / minYears)), 4),
      evidence,
      yearsFound: years,
      reason: `Mentions ${best.found.join(', ')}, but shows about ${formatYears(years)} of experience against ${minYears}+ asked.`,
    }
  }
  if (!literal) {
    return {
      status: 'partial',
      basis: 'paraphrase',
      credit,
      evidence,
      yearsFound: minYears !== null ? years : null,
      reason: `Describes "${requirement.label}" in other words: "${evidence[0]?.quote ?? ''}".`,
    }
  }
  return {
    status: 'matched',
    basis: listed ? 'listed' : 'named',
    credit,
    evidence,
    yearsFound: minYears !== null ? years : null,
    reason: listed
      ? `Lists ${best.literal.join(', ')} in a skills section, without described work.`
      : `Mentions ${best.found.join(', ')}, matching "${requirement.label}".`,
  }
}
