import { readRequirementDetails } from '../posting/read-requirement-details'
import { getSkill, type Taxonomy } from '../taxonomy'
import type { RequirementInput } from '../types'
import { type Assessment, type ResumeContext, sentenceEvidence } from './assessment'
import { foldForSearch } from './fold-for-search'
import type { IndexedSentence } from './index-sentences'

/** English function words: a resume where they are common is written in English, which shows that language. */
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'for', 'with', 'on', 'a', 'an'])
const MIN_ENGLISH_SHARE = 0.08
/** A sentence of prose, not a heading, a date line or a skills line. */
const MIN_SENTENCE_WORDS = 8
/** A resume of names, dates and lists shows no command of the language: it must describe its work in sentences. */
const MIN_PROSE_SENTENCES = 2

/** Levels that writing a resume does not show: a native speaker's command is for the interview to confirm. */
const BEYOND_WRITING = /^(?:native|c2)$/iu

export function writtenInEnglish(resumeText: string): boolean {
  const words = foldForSearch(resumeText)
    .split(/[^a-z]+/u)
    .filter(Boolean)
  const common = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length
  return words.length > 0 && common / words.length >= MIN_ENGLISH_SHARE
}

/**
 * "Fluent English" read on a resume written in English: the resume is itself the evidence of written English, the way
 * a "bilingual" line does not ask again for the language the resume is written in. Asking it elsewhere in the text
 * ("English: fluent") is not needed, and most resumes never say it. The quote is the resume's longest sentence of
 * described work, so a reviewer sees the writing the verdict rests on. A native level is more than writing shows:
 * partial, with the level named for the interview.
 */
export function assessWrittenLanguage(
  requirement: RequirementInput,
  context: ResumeContext,
  taxonomy: Taxonomy,
): Assessment | null {
  if (requirement.type !== 'language' || !requirement.skillIds.includes('english')) return null
  // A line naming English among other languages ("English and Danish, Norwegian, Swedish or Finnish") asks for
  // what the others add: the language every resume here is written in does not show it.
  if (
    requirement.skillIds.some(
      (skillId) => skillId !== 'english' && getSkill(taxonomy, skillId)?.category === 'spoken-language',
    )
  )
    return null
  if (!writtenInEnglish(context.text)) return null
  let longest: IndexedSentence | null = null
  let prose = 0
  for (const sentence of context.sentences) {
    if (sentence.words.length < MIN_SENTENCE_WORDS) continue
    const evidence = sentenceEvidence(context, sentence)
    if (evidence.source !== 'described_work') continue
    prose += 1
    if (!longest || sentence.words.length > longest.words.length) longest = sentence
  }
  if (!longest || prose < MIN_PROSE_SENTENCES) return null
  // The level is the recruiter's setting, else read from the posting line as the parser reads it ("Advanced
  // English", "Inglês nativo").
  const level =
    requirement.level ??
    readRequirementDetails(
      {
        type: requirement.type,
        skillIds: requirement.skillIds,
        source: requirement.source ?? requirement.label,
      },
      taxonomy,
    ).level
  const native = level !== null && BEYOND_WRITING.test(level)
  return {
    status: native ? 'partial' : 'matched',
    basis: 'named',
    credit: native ? 0.5 : 1,
    evidence: [sentenceEvidence(context, longest)],
    yearsFound: null,
    reason: native
      ? 'The resume is written in English; a native level is more than writing shows, so confirm it in the interview.'
      : 'The resume is written in English, which shows the language in use.',
  }
}
