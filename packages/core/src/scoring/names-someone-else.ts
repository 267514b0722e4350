import type { ExperienceEntry, SkillMention } from '../types'
import type { ResumeContext } from './assessment'
import { foldForSearch } from './fold-for-search'

/** Words right before a person's role that make it the candidate's own: "worked *as* a crane operator". */
const OWN_ROLE_BEFORE = new Set([
  'as',
  'como',
  'certified',
  'licensed',
  'registered',
  'experienced',
  'former',
])

/** A document word right after a role: the role names a credential ("food handler's card", "nurse license"). */
const CREDENTIAL_AFTER = /^'?s?\s*(?:licen[cs]e|card|certificat\w*|permit|credential)/u

/** Endings of a doer's noun (operator, handler, technician, assistant). */
const AGENT_SUFFIX = /(?:er|or|ist|ian|ant|ent)$/u

/** Articles and determiners before a role: "the nurse", "every crane operator" is a person met at work. */
const ARTICLES = new Set([
  'a',
  'an',
  'the',
  'all',
  'every',
  'each',
  'our',
  'my',
  'their',
  'his',
  'her',
  'other',
])

/** Prepositions (EN, PT, ES) before a role: the work was done on, to or with that person. */
const OTHER_PERSON_BEFORE = new Set([
  'on',
  'to',
  'with',
  'for',
  'of',
  'by',
  'from',
  'under',
  'beside',
  'alongside',
  'para',
  'com',
  'con',
  'ao',
  'al',
])

/** Words back from a role within which its frame is read ("as *charge* nurse"). */
const ROLE_REACH = 3

/**
 * True when a skill named by a person's role ("crane operator", "nurse", "realtor") is, at this mention, someone the
 * candidate worked with or on, not the candidate: "inspected all certifications on crane operator", "assisted the
 * nurse". The role is the candidate's own at the head of a line or sentence, after "as" or a credential word, or
 * when one of the resume's role titles names it. Skills lists are claims either way and are left alone.
 */
export function namesSomeoneElse(
  mention: SkillMention,
  experiences: readonly ExperienceEntry[],
  context: ResumeContext,
): boolean {
  if (mention.source !== 'described_work') return false
  const surface = foldForSearch(mention.surface)
  const last = surface.match(/\p{L}+/gu)?.pop()
  // An acronym ("SAP", "EMT") is a name, whatever its letters spell; a word names a person in its first sense
  // (nurse, realtor), or as a doer's noun in a common one (operator: of a machine).
  if (!last || /^[\p{Lu}\d\s&/-]+$/u.test(mention.surface)) return false
  const person = context.wordNet
    .lemmas(last)
    .some((lemma) => context.wordNet.isPerson(lemma, AGENT_SUFFIX.test(lemma) ? undefined : 1))
  if (!person) return false
  // A role title, or the header line of a role ("Company Name January 2013 to January 2016 Teacher"), is the
  // candidate's own.
  if (
    experiences.some((entry) => {
      if (foldForSearch(entry.title ?? '').includes(surface)) return true
      const lineEnd = context.text.indexOf('\n', entry.start)
      return mention.start >= entry.start && mention.start < (lineEnd < 0 ? entry.end : lineEnd)
    })
  )
    return false
  // "a food handlers license": the role names a credential, which is the candidate's.
  if (CREDENTIAL_AFTER.test(foldForSearch(context.text.slice(mention.end, mention.end + 16)))) return false
  const sentence = context.sentences.find(
    (candidate) => candidate.start <= mention.start && mention.start < candidate.end,
  )
  if (!sentence) return false
  // The few words before the role: "as" or a credential word there makes it the candidate's ("served as charge
  // nurse"); a preposition, a determiner or a verb there makes it someone the work was done with or to ("assisted the
  // charge nurse", "certifications on crane operator", "supervised crane operators"); modifiers alone
  // ("compassionate travel nurse") leave it the candidate's.
  const before = sentence.words.filter((word) => word.end <= mention.start).slice(-ROLE_REACH)
  if (before.some((word) => OWN_ROLE_BEFORE.has(word.text))) return false
  // An -ing word or a compound right before the role describes it ("caring nurse", "top-producing realtor").
  return before.some(
    (word, index) =>
      OTHER_PERSON_BEFORE.has(word.text) ||
      ARTICLES.has(word.text) ||
      (/(?:ed|ing)$/u.test(word.text) &&
        !word.text.includes('-') &&
        !(index === before.length - 1 && word.text.endsWith('ing'))),
  )
}
