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

/** Articles skipped when reading the word before a role ("as *a* nurse"). */
const ARTICLES = new Set(['a', 'an', 'um', 'uma', 'un', 'una'])

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
  const before = sentence.words.filter((word) => word.end <= mention.start && !ARTICLES.has(word.text))
  const previous = before[before.length - 1]
  return previous !== undefined && !OWN_ROLE_BEFORE.has(previous.text)
}
