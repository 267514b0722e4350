import { getSkill, type Taxonomy } from '../taxonomy'
import type { RequirementInput } from '../types'
import { type KeywordTerms, keywordTerms } from './assess-keywords'
import { type Assessment, DEGREE_WORD, type ResumeContext, sectionAt, sentenceEvidence } from './assessment'
import { foldForSearch } from './fold-for-search'
import type { IndexedSentence } from './index-sentences'

/** Degree levels, highest first; each pattern is read on folded (lower-case, accent-free) text. */
const LEVELS: ReadonlyArray<{ level: number; name: string; pattern: RegExp }> = [
  {
    level: 5,
    name: 'doctorate',
    pattern: /\b(?:ph\.?\s?d|doctorate|doctoral|doctor of|ed\.?d|doutorado|doctorado)\b/u,
  },
  { level: 4, name: "master's", pattern: /\b(?:master'?s?|mba|m\.?sc?|m\.?ed|msn|mestrado|maestria)\b/u },
  {
    level: 3,
    name: "bachelor's",
    pattern:
      /\b(?:bachelor'?s?|b\.?sc?|b\.?a|bsn|undergraduate degree|four-year degree|bacharel|licenciatura|graduacao)\b/u,
  },
  {
    level: 2,
    name: 'associate',
    pattern: /\b(?:associate'?s?(?: degree| of)|a\.?a\.?s|adn|associate degree)\b/u,
  },
  { level: 1, name: 'high school', pattern: /\b(?:high school|ged|secondary school)\b/u },
]

/** A degree not yet held says nothing about holding it. */
const UNFINISHED =
  /\b(?:in progress|expected|anticipated|candidate|pursuing|currently enrolled|ongoing|incomplete)\b/u
/** A date range still open on the degree's line ("2021 – Present"): a degree being studied for, not held. */
const ONGOING_DATE =
  /(?:\d{4}|\d{1,2}\/\d{2,4})\s*(?:-|–|—|to|a|até|hasta)\s*(?:present|current|now|atual|actual|actualidad)\b/u
const RELATED_FIELD = /\b(?:related|relevant|similar|equivalent)\b/u
const EQUIVALENT = /\b(?:or equivalent|equivalent (?:work )?experience|or related experience|in lieu)\b/u
/** Words of a degree requirement that name neither level nor field. */
const NOT_FIELD = new Set([
  'bachelor',
  'bachelors',
  'master',
  'masters',
  'associate',
  'associates',
  'degree',
  'degrees',
  'diploma',
  'doctorate',
  'phd',
  'mba',
  'bs',
  'ba',
  'ms',
  'ma',
  'science',
  'sciences',
  'arts',
  'art',
  'studies',
  'related',
  'field',
  'fields',
  'discipline',
  'area',
  'major',
  'equivalent',
  'accredited',
  'university',
  'college',
  'program',
  'four-year',
  'combination',
  'concentration',
  'emphasis',
])

/**
 * The fields a degree requirement names, each as the words that must all appear: "in Computer Science, Information
 * Systems or a related field" gives [computer], [information, systems]. A skill-named field adds its name.
 */
function fieldsAsked(
  requirement: RequirementInput,
  taxonomy: Taxonomy,
  context: ResumeContext,
): KeywordTerms[][] {
  // The posting line names every field ("in Human Resources, Business Administration or a related field"), where a
  // skill-named label keeps only the field the taxonomy knows.
  const line = foldForSearch(
    requirement.source ?? (requirement.skillIds.length === 0 ? requirement.label : ''),
  )
  const phrases: string[] = []
  const inAt = line.search(/\bin\s/u)
  if (inAt >= 0)
    phrases.push(...(line.slice(inAt + 3).split(/[;.]/u)[0] ?? '').split(/,|\/|\bor\b|\band\b|\(|\)/u))
  for (const id of requirement.skillIds) phrases.push(foldForSearch(getSkill(taxonomy, id)?.name ?? id))
  const fields: KeywordTerms[][] = []
  for (const phrase of phrases) {
    if (/\b(?:related|equivalent|similar|relevant)\b/u.test(phrase)) continue
    const words = (phrase.match(/[\p{L}\p{N}]+/gu) ?? []).filter(
      (word) => word.length > 1 && !NOT_FIELD.has(word) && !/^(?:a|an|the|of|in|with|from)$/.test(word),
    )
    if (words.length > 0) fields.push(keywordTerms(words, requirement, context))
  }
  return fields
}

/**
 * True when these lines show one of the fields: every word of it by lemma; or, when the posting accepts a related
 * field, any of its words or their WordNet synonyms (Information Technology for Information Systems, Teaching for
 * Education).
 */
function showsField(
  lines: readonly IndexedSentence[],
  fields: readonly KeywordTerms[][],
  acceptsRelated: boolean,
): boolean {
  const on = (words: ReadonlySet<string>) =>
    lines.some((line) => [...words].some((word) => line.terms.has(word)))
  return fields.some((field) =>
    acceptsRelated ? field.some((term) => on(term.expanded)) : field.every((term) => on(term.literal)),
  )
}

/** True when a mention of one of the requirement's skills lies on these lines (the parser's own skill match). */
function mentionsSkill(
  lines: readonly IndexedSentence[],
  requirement: RequirementInput,
  context: ResumeContext,
): boolean {
  const first = lines[0]
  const last = lines[lines.length - 1]
  if (!first || !last) return false
  const ids = new Set(requirement.skillIds)
  return context.profile.skills.some(
    (skill) =>
      ids.has(skill.skillId) &&
      skill.mentions.some((mention) => mention.start >= first.start && mention.end <= last.end),
  )
}

function levelOf(text: string, strict: boolean): { level: number; name: string } | null {
  for (const entry of LEVELS) {
    // Outside an education section the short forms ("MA", "BA") are too often states or initials.
    if (strict && entry.level >= 3 && !/(?:bachelor|master|doctor|ph\.?\s?d|mba)/u.test(text)) continue
    if (entry.pattern.test(text)) return entry
  }
  return null
}

/**
 * Evidence for a degree requirement: a finished degree at the level asked or above, with the field asked (any of
 * the requirement's field words in the degree's lines) when one is named. "Or equivalent experience" lets years of
 * work stand in, as a partial. A degree in an unrelated field or at a lower level is not a match.
 */
export function assessDegree(
  requirement: RequirementInput,
  taxonomy: Taxonomy,
  context: ResumeContext,
): Assessment | null {
  // A skill-named degree's label is the field alone ("Nursing"); its keywords keep the level ("bachelor").
  const label = foldForSearch(
    `${requirement.label} ${requirement.keywords.join(' ')} ${requirement.source ?? ''}`,
  )
  const asked = levelOf(label, false)
  const needed = asked?.level ?? 2
  const fields = fieldsAsked(requirement, taxonomy, context)
  const sentences = context.sentences
  let lowerDegree: { sentence: IndexedSentence; name: string } | null = null
  let otherField: IndexedSentence | null = null
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index] as IndexedSentence
    const inEducation = sectionAt(context.profile, sentence.start) === 'education'
    const text = foldForSearch(context.text.slice(sentence.start, sentence.end))
    if (!inEducation && !DEGREE_WORD.test(text)) continue
    const found = levelOf(text, !inEducation)
    if (!found || UNFINISHED.test(text) || ONGOING_DATE.test(text)) continue
    // Templates put the date on its own line before the degree: "Present" there means still studying.
    const previous = sentences[index - 1]
    if (
      previous &&
      /^(?:present|current|now|atual|actual|actualidad)$/u.test(
        foldForSearch(context.text.slice(previous.start, previous.end)).trim(),
      )
    )
      continue
    if (found.level < needed) {
      lowerDegree ??= { sentence, name: found.name }
      continue
    }
    // The field is often on the line after the degree ("Bachelor of Science" / "Nursing"), unless that line is a
    // degree of its own ("B.S: Biology" above "A.A.S Networking, Microcomputer Specialization").
    const following = sentences[index + 1]
    const ownDegree =
      following !== undefined &&
      levelOf(foldForSearch(context.text.slice(following.start, following.end)), false) !== null
    const lines = sentences.slice(index, ownDegree ? index + 1 : index + 2)
    const fieldHit =
      fields.length === 0 ||
      showsField(lines, fields, RELATED_FIELD.test(label)) ||
      mentionsSkill(lines, requirement, context)
    if (!fieldHit) {
      otherField ??= sentence
      continue
    }
    return {
      status: 'matched',
      basis: 'named',
      credit: 1,
      evidence: [sentenceEvidence(context, sentence)],
      yearsFound: null,
      reason: `Holds ${/^[aeiou]/.test(found.name) ? 'an' : 'a'} ${found.name} degree${fields.length > 0 ? ' in the field asked' : ''}, as "${requirement.label}" asks.`,
    }
  }
  if ((requirement.alternativeExperience ?? EQUIVALENT.test(label)) && context.profile.totalYears >= 4) {
    return {
      status: 'partial',
      basis: 'equivalent',
      credit: 0.5,
      evidence: [],
      yearsFound: context.profile.totalYears,
      reason: `No degree as asked, but the posting accepts equivalent experience and the resume shows about ${Math.round(context.profile.totalYears)} years of work.`,
    }
  }
  const seen = lowerDegree
    ? ` (has a ${lowerDegree.name} degree, below the level asked)`
    : otherField
      ? ' (has a degree at that level in another field)'
      : ''
  return {
    status: 'missing',
    basis: 'none',
    credit: 0,
    evidence: [],
    yearsFound: null,
    reason: `No finished degree as "${requirement.label}" asks${seen}.`,
  }
}
