import { hasTitleWord } from '../resume/split-role-header'
import { loadWordNet } from '../scoring/load-wordnet'
import type { Taxonomy } from '../taxonomy'
import {
  findNamedSkillCategories,
  findSkills,
  getSkill,
  narrowerSkillIds,
  relatedSkillIds,
} from '../taxonomy'
import type {
  ParsedPosting,
  ParsedRequirement,
  PostingSection,
  PostingSectionName,
  RequirementKind,
  RequirementType,
  SkillMatch,
} from '../types'
import { announcesWhatFollows } from './announces-what-follows'
import { bindFieldObjects, OBJECT_OF_PRACTICE } from './bind-field-objects'
import { blankLabelColumn } from './blank-label-column'
import {
  asksAboutBodyOrWorkplace,
  classifyRequirement,
  findDegreeLevel,
  isDomainSkill,
  isScreenedType,
  isToolSkill,
  leadsWithCredential,
  namesDegree,
  statesCredential,
} from './classify-requirement'
import { closesBetweenPair } from './closes-between-pair'
import { commentsOnPreviousAsk } from './comments-on-previous-ask'
import { couldBeQuality } from './could-be-quality'
import { describesTheWork, splitWorkConsequence } from './describes-the-work'
import { detectLanguage } from './detect-language'
import { dropRestatedTenures } from './drop-restated-tenures'
import { endsWithAbbreviation, opensWithGradeLetter } from './ends-with-abbreviation'
import { extendCodeMatch, extendEditionMatches, namesEditions } from './extend-code-match'
import { findActivityVerb } from './find-activity-verb'
import { findAsksLabel } from './find-asks-label'
import { findConductQualities } from './find-conduct-qualities'
import { findDemandsInWork } from './find-demands-in-work'
import { findDutyListLines } from './find-duty-list-lines'
import { findIssuerClause } from './find-issuer-clause'
import { opensListedPredicate } from './find-listed-predicates'
import {
  announcesRoleWithNeeds,
  type FurnitureReason,
  findPageFurniture,
  isBulletLine,
  isStandaloneLabel,
  type PageLine,
  readPageLines,
  type SetAside,
  sentenceFurniture,
  splitRunTogetherLines,
  statesEqualOpportunity,
} from './find-page-furniture'
import { findProofDocuments, headsThingsToSend } from './find-proof-documents'
import { findClosingPredicate } from './find-quality-lead-in'
import { findTopCommas } from './find-top-commas'
import { findTopicLabelEnd } from './find-topic-label'
import { headsAskedRun } from './heads-asked-run'
import { clauseNumberOf, headsFollowingLines, labelOfHeading } from './heads-following-lines'
import { headsListByShape, readShapedHeadingKind } from './heads-list-by-shape'
import { joinTenureField } from './join-tenure-field'
import { listsPerks } from './lists-perks'
import {
  continuesComplement,
  findQualitiesBesideSkills,
  findQualityList,
  namesQualityEarly,
  readDispositionLeadIn,
  splitQualities,
} from './lists-qualities'
import { listsQualitiesWithOneAbility, namesAbility } from './lists-qualities-with-one-ability'
import { marksParagraphWithPictograph } from './marks-paragraph-with-pictograph'
import { namesJobDescription } from './names-job-description'
import { namesOnlyProperNoun } from './names-only-proper-noun'
import { namesQualificationObject } from './names-qualification-object'
import { namesRoleByGenderMark } from './names-role-by-gender-mark'
import { normalizeText, tokenizeWords } from './normalize-text'
import { offersFlexibleTime } from './offers-flexible-time'
import { opensOnlyAside } from './opens-only-aside'
import { opensSharedPredicate } from './opens-shared-predicate'
import { opensUnheadedAskedList } from './opens-unheaded-asked-list'
import { plainColonDashes } from './plain-colon-dashes'
import {
  classifyHeading,
  findRequirementPredicate,
  isDutyLike,
  isQualificationLike,
  readHeadingLine,
  readInlineKind,
  readInlineLabel,
  statesEmphasisOnly,
} from './posting-cues'
import { readClassLead } from './read-class-lead'
import { EMPLOYER_SUBJECT, introducesAskedList } from './read-employer-text'
import { readFirmnessWords } from './read-firmness-words'
import { type FlattenedTable, readFlattenedTables, type TableItem } from './read-flattened-table'
import { readGluedHeading } from './read-glued-heading'
import { findCredentialHead, readListedItems, typeListedItem } from './read-listed-items'
import {
  countsPartOfCountedRun,
  findYearsMentions,
  opensPartOfTenure,
  readMinYears,
  statesAge,
  statesBareTenure,
} from './read-min-years'
import { readNameLead } from './read-name-lead'
import { readNameModifier } from './read-name-modifier'
import { readNamedCredential } from './read-named-credential'
import { readOfferedAlike } from './read-offered-alike'
import { asksOutsideAsides } from './read-question-line'
import { findSecondPredicates, statesReadiness } from './read-readiness-asks'
import { acceptsEquivalentExperience, readLanguageLevel } from './read-requirement-details'
import { readRomanceComplement } from './read-romance-complement'
import { readSectionByItems, readsAsItem } from './read-section-by-items'
import { readTenureWords } from './read-tenure-words'
import { readsAsAdTitle } from './reads-as-ad-title'
import { readsAsAskAmongBenefits } from './reads-as-ask-among-benefits'
import { readsAsBareAsk } from './reads-as-bare-ask'
import { answersParticipant, findPosterAsk, readMessageHeader } from './reads-as-chat-reply'
import { readsAsMailWrapping } from './reads-as-mail-wrapping'
import { findPersonQualities, listsCharacterAdjectives, listsQualityNouns } from './reads-as-traits'
import { reflowWrappedText } from './reflow-wrapped-text'
import { remarksAfterAsk } from './remarks-after-ask'
import { retypeUnnamedRequirement } from './retype-unnamed-requirement'
import { readsCompanyByPronounOnly, statesNiceToHave } from './score-cue-words'
import { setsWorkingTerms } from './sets-working-terms'
import { sitsInDesignationSuffix } from './sits-in-designation-suffix'
import { sitsInsideName } from './sits-inside-name'
import { splitAdditiveClauses } from './split-additive-clauses'
import { splitAfterExamples } from './split-after-examples'
import { splitAskedRun } from './split-asked-run'
import { splitAtNewHead } from './split-at-new-head'
import { splitAtWideGaps } from './split-at-wide-gaps'
import { splitBracketedExtra } from './split-bracketed-extra'
import { splitClosedChoices } from './split-closed-choices'
import {
  keepConditionAlternatives,
  readConditionSubject,
  splitConditionClauses,
} from './split-condition-clauses'
import { splitCuedSubjects } from './split-cued-subjects'
import { splitGerundAsks } from './split-gerund-asks'
import { splitInlineAnswers } from './split-inline-answer'
import { splitJoinedAmounts } from './split-joined-amounts'
import { splitJoinedCredentials } from './split-joined-credentials'
import { splitListedClauses } from './split-listed-clauses'
import { splitMarkedRuns } from './split-marked-run'
import { splitRepeatedMarker } from './split-repeated-marker'
import { splitRepeatedRelatives } from './split-repeated-relatives'
import { splitRunOnPage } from './split-run-on-page'
import { splitSentenceAsks } from './split-sentence-asks'
import { splitTrailingReason } from './split-trailing-reason'
import { splitVerbAsks } from './split-verb-asks'
import { findNeedAfterWork, splitWorkThenNeed } from './split-work-then-need'
import { keepBonusAlternatives } from './states-conditional-bonus'
import {
  leadsWithJobCondition,
  namesWorkPermit,
  opensWithAvailability,
  statesJobCondition,
  statesSchedule,
} from './states-job-condition'
import { statesOnlyNiceCue, withoutClosingNiceCue } from './states-only-nice-cue'
import { tellsWithoutAsking } from './tells-without-asking'
import { waivesAsk } from './waives-ask'

/** Bumped whenever parsing rules change, so stored requirements can say which rules produced them. */
export const POSTING_PARSER_VERSION = 'posting-parser-93'

/**
 * Requirement weights. A required item counts 1.0, or 1.5 when the posting stresses it (strong / expert /
 * deep / extensive / solid, or a number of years), because those are the items a hiring manager screens on.
 * A nice-to-have counts 0.5 whatever it says: it can lift a candidate, never carry one.
 */
export const REQUIREMENT_WEIGHTS = { required: 1, requiredEmphasised: 1.5, niceToHave: 0.5 } as const

const EMPHASIS =
  /\b(?:strong|expert|expertise|deep|extensive|solid|advanced|proven|solid[oa]|forte|profund[oa]|amplia|amplio|avancad[oa]|avanzad[oa])\b/

type Unit = {
  start: number
  end: number
  section: PostingSectionName
  kind: RequirementKind | null
  /** Where a preference for one instance of what the unit asks begins: the kind is read before it. */
  preferenceAt?: number
  /** A predicate cut from a sentence that asks something of the candidate: it asks too, whatever its own words. */
  continuesAsking?: boolean
  /** A clause cut from a description of the person wanted ("…, and you can …"): a quality, whatever its words. */
  describesPerson?: boolean
  /** An item cut from a list on one line ("Diferencial: A; B; C"): an item however short, as a bullet would be. */
  listed?: boolean
  /** One of two noun phrases a line joined with "and": an item of the line's list, however short. */
  coordinated?: boolean
  /** One of the conditions of the job a sentence stated together: confirmed with the candidate, as the whole was. */
  condition?: boolean
  /** The sentence of running prose the unit was cut from: read whole to tell whether it asks anything at all. */
  proseSentence?: { start: number; end: number }
}

/** Characters from which an unbulleted line is treated as a paragraph and split into sentences. */
const LONG_LINE = 280

/** Trims whitespace and bullet markers (dashes, numbers, emoji), returning the tightened span. */
function tightenSpan(text: string, start: number, end: number): { start: number; end: number } {
  let from = start
  let to = end
  // Emoji bullets ("✅", "👉") are surrogate pairs, so the lead is matched as a run rather than char by char.
  const lead = /^(?:[\s\-•●▪◦‣*+·]|\p{Extended_Pictographic}|\uFE0F|\u200D)+/u.exec(text.slice(from, to))
  if (lead) from += lead[0].length
  if (/^\d{1,2}[.)]\s/.test(text.slice(from, from + 4))) from += text.slice(from).indexOf(' ') + 1
  while (to > from && /[\s*]/.test(text[to - 1] ?? '')) to -= 1
  return { start: from, end: to }
}

/**
 * Splits a line into sentences. A full stop only ends a sentence when an upper-case letter follows, so
 * "e.g. pareto charts" and "Node.js" stay whole; semicolons always split.
 */
// A stop after a word, or after the capital or the number that closes a name ("CNH categoria D."), before a word in
// lower case or a number.
const LOWER_STOP = /(?<=(?:\p{L}{2}|\s\p{Lu}|\d)[)]?)[.!?]+\s+(?=\p{Ll}{2}|\d)/gu

/**
 * True when a line is typed without capitals ("need a ticket. own transport a must"): a post opens its sentences in
 * lower case, so a stop before a word in lower case ends a sentence there too. Its first word or its stops tell.
 */
function readsUncapitalised(line: string, whole: string): boolean {
  // A writer who opens any sentence of the line after a stop with a capital capitalises; the stops before lower case
  // end abbreviations ("Emp. armadora", "exp. mín. 3 años"), as classified ads write them. That holds for a piece
  // cut from such a line at a comma too, though the piece opens in lower case ("…, guardias noct. y fin de sem.
  // rotativas").
  if (line !== whole && /^[^\p{L}]*\p{Lu}/u.test(whole) && /\p{Ll}{2}[.!?]\s+\p{Lu}\p{Ll}/u.test(whole))
    return false
  if (/^[^\p{L}]*\p{Ll}/u.test(line)) return true
  if (/\p{Ll}{2}[.!?]\s+\p{Lu}\p{Ll}/u.test(whole)) return false
  return (line.match(/\p{L}{2}[.!?]\s+\p{Ll}{2}/gu)?.length ?? 0) >= 2
}

function splitSentences(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = []
  // An emoji before a capital ends a sentence as a stop does ("…con la familia 🙏 Se valora…").
  const pattern = /(?:[.!?;]|\p{Extended_Pictographic}\uFE0F?)\s+(?=[\p{Lu}¿¡"“(])|;\s*/gu
  const line = text.slice(start, end)
  const cuts = [...line.matchAll(pattern)]
  // A stop inside brackets ends a sentence of the aside ("(in hand, ok? we check)"), not the line's.
  const inAside = (at: number) =>
    (line.slice(0, at).match(/\(/gu)?.length ?? 0) > (line.slice(0, at).match(/\)/gu)?.length ?? 0)
  // The whole line the piece was cut from tells how its writer opens sentences.
  const whole = text.slice(
    text.lastIndexOf('\n', start - 1) + 1,
    text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end),
  )
  if (readsUncapitalised(line, whole))
    cuts.push(...[...line.matchAll(LOWER_STOP)].filter((match) => !inAside(match.index)))
  cuts.sort((a, b) => a.index - b.index)
  let from = 0
  for (const match of cuts) {
    if (match.index < from) continue
    const cut = match.index + match[0].replace(/\s+$/u, '').length
    const before = line.slice(Math.max(0, match.index - 8), match.index + 1)
    if (endsWithAbbreviation(before, line.slice(match.index + match[0].length))) continue
    if (opensOnlyAside(line.slice(match.index + match[0].length))) continue
    if (opensWithGradeLetter(line.slice(match.index + match[0].length))) continue
    spans.push({ start: start + from, end: start + cut })
    from = match.index + match[0].length
  }
  spans.push({ start: start + from, end })
  return spans
    .map((span) => tightenSpan(text, span.start, span.end))
    .filter((span) => span.end - span.start > 1)
}

/**
 * Cuts bullets a web page glued together when copied ("...or C++.Hands-on experience..."): a sentence stop with no
 * space before a capitalised word. Dotted names keep their dot because a lower-case letter or a capital follows it
 * ("Node.js", "ASP.NET").
 */
function splitGluedSentences(
  text: string,
  start: number,
  end: number,
): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = []
  // A glued tenure ("...experience.3+ years of ...") starts a bullet too; a version number ("v2.3") does not.
  // Case matters: with the `i` flag \p{Lu} would also match lower case and cut "Next.js" into "Next." and "js".
  // A stop after a lower-case word before an acronym of three letters or more ("…or JMeter.ISTQB certificate"), one
  // after an acronym before a capitalised word ("…in PostgreSQL.Detail-oriented") and a
  // closing bracket after a lower-case word before a capital ("(Cypress is fine too)API testing") end an item too;
  // ".NET" is a name's own dot, and "ASP.NET" has no lower case before it. A semicolon glued to a capital
  // ("…de software;Automação de testes…") ends an item as a stop does, and so does a stop before a one-letter word that
  // opens a sentence ("…prestadores de serviço.A escala é 12x36…", "…kept tidy.A valid licence…", "…(vale muito).É
  // desejável…").
  const pattern =
    /(?<=[\p{Ll}\p{N}+#)\]])[.!?](?=\p{Lu}\p{Ll})|(?<=\p{Ll}{2}|[\p{Ll}\p{N}][)\]])[.!?](?=\p{Lu}\s\p{Ll}{2,})|(?<=\p{Ll}{3})\.(?=\d+\+?\s*(?:[Yy]ears?|[Yy]rs|[Aa]nos|[Aa]ños)\b)|(?<=\p{Ll}{2})\.(?=(?!NET\b)\p{Lu}{3,}\b)|(?<=\p{Lu}{2})\.(?=\p{Lu}\p{Ll}{2,})|(?<=\p{Ll}{2}\))(?=\p{Lu})|(?<=[\p{L}\p{N})\]]);(?=\p{Lu})/gu
  const line = text.slice(start, end)
  let from = 0
  for (const match of line.matchAll(pattern)) {
    // The bracket cut is empty: the item ends where the capital starts.
    const cut = match.index + match[0].length
    spans.push({ start: start + from, end: start + cut })
    from = cut
  }
  spans.push({ start: start + from, end })
  return spans
}

// Words a cue is said with ("is", "would be", "um"): neither the cue nor the thing it qualifies.
// Prepositions name nothing either: "estudios técnicos en administración" names three things, as "technical studies
// in administration" does.
const CUE_FILLER = new Set(
  (
    'is are be would will could a an the it its es um uma un una e o os as el la los las ser sera seria ' +
    'in of on at to for em no na nos nas de do da dos das en del al por para'
  ).split(' '),
)

/**
 * The words of a clause that name what its cue qualifies: "German is a plus" names "german", "a plus" and "would
 * make you stand out" name nothing.
 */
function namedWords(clause: string): string[] {
  return (normalizeText(clause).match(/\p{L}{2,}/gu) ?? []).filter(
    (word) => !CUE_FILLER.has(word) && classifyHeading(word, true) === null,
  )
}

/** The spans of [start, end) between the separators `separator` (a global pattern) finds in it; one span when none. */
function cutAt(
  text: string,
  start: number,
  end: number,
  separator: RegExp,
): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = []
  let from = start
  for (const match of text.slice(start, end).matchAll(separator)) {
    spans.push({ start: from, end: start + match.index })
    from = start + match.index + match[0].length
  }
  spans.push({ start: from, end })
  return spans
}

/**
 * Cuts "Associate degree required; BSN preferred" at the semicolon: clauses that state different kinds are two
 * requirements. A cue qualifies the clause it belongs to: in "Fluent in Dutch and English; German is a plus" the
 * plus names German alone, so Dutch and English keep the section's kind. A clause that is only the cue ("X; a plus",
 * "X; either is welcome") speaks for the whole line, and clauses that agree stay one requirement, since the second
 * usually elaborates the first.
 */
function splitContrastingClauses(
  text: string,
  start: number,
  end: number,
): Array<{ start: number; end: number }> {
  const line = text.slice(start, end)
  // A spaced dash parts clauses as a semicolon does ("Secundaria completa — estudios técnicos (deseable)").
  const clauses = cutAt(text, start, end, /;\s+|\s+[—–]\s+/gu)
  if (clauses.length === 1) return [{ start, end }]
  const kinds = clauses.map((clause) => readInlineKind(text.slice(clause.start, clause.end)))
  // A clause owns its cue when it names a thing of its own, briefly, beside the others ("German is a plus" after
  // "Fluent in Dutch and English"). A long clause ending in the cue ("…; ability to mentor juniors is a plus") reads
  // as the line's last item with the line's cue, and a cue that opens the line ("Ideally, X; Y") speaks for all of it.
  const named = clauses.map((clause) => namedWords(text.slice(clause.start, clause.end)).length)
  const own = clauses.map(
    (_, index) => kinds[index] !== null && (named[index] ?? 0) > 0 && (named[index] ?? 0) <= 3,
  )
  const leading = readInlineKind(line.split(/\s+/).slice(0, 3).join(' '))
  if (leading !== null && kinds.every((kind) => kind === null || kind === leading)) return [{ start, end }]
  // An optional cue reaches no further than its clause; clauses stating different kinds each keep theirs.
  const stated = kinds.filter((kind) => kind !== null)
  const contrasting =
    new Set(stated).size > 1 ||
    clauses.some(
      (_, index) =>
        own[index] &&
        kinds[index] === 'nice_to_have' &&
        kinds.some((kind, other) => other !== index && kind !== kinds[index]),
    )
  if (!contrasting) return [{ start, end }]
  // A clause that is only a cue ("…; a plus") joins the clause before it.
  const spans: Array<{ start: number; end: number }> = []
  for (const [index, clause] of clauses.entries()) {
    const last = spans[spans.length - 1]
    if (last && kinds[index] !== null && named[index] === 0) last.end = clause.end
    else spans.push({ ...clause })
  }
  return spans
}

// A preference after a comma, a dash or an opening bracket: "…, ideally in fintech", "… (de preferência em SaaS)".
const TRAILING_PREFERENCE =
  /(?:,|\s[–—-]|\s\()\s*(?=(?:ideally|preferably|preferentially|idealmente|preferencialmente|preferiblemente|preferentemente|de prefer[eê]ncia|de preferencia|con preferencia|com prefer[eê]ncia|desej[aá]vel|deseable|desirable)\b)/iu
// Words that only qualify what the head asks ("ideally 5+ years", "preferably C1", "ideally in English"): a tail made
// of these and of numbers names nothing new, so the line stays whole.
const QUALIFYING_WORDS = new Set(
  (
    'ideally preferably preferentially idealmente preferencialmente preferiblemente preferentemente de preferencia ' +
    'desejavel deseable desirable ' +
    'con com in on with at of the a an and or more plus than least years year level em no na nos nas en el la los ' +
    'las del da do das dos con anos ano mais mas o y e um uma un una fluent advanced native intermediate ' +
    'fluente avancado avanzado nativo intermedio business'
  ).split(' '),
)

/** Where the first sentence of a text ends, outside brackets and abbreviations ("e.g. React"), or null. */
function findSentenceEnd(text: string): { index: number; 0: string } | null {
  for (const match of text.matchAll(/[.!?;]\s+(?=[\p{Lu}¿¡])/gu)) {
    const before = text.slice(0, match.index + 1)
    if (endsWithAbbreviation(before)) continue
    if ((before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length) continue
    return { index: match.index, 0: match[0] }
  }
  return null
}

// A clause of its own after a preference: a conjunction, then the reader as a new subject.
const NEW_READER_CLAUSE = /,?\s+(?:and|but|e|mas|y|pero)\s+(?=(?:you|you're|you've|you'll|voce|tu|usted)\b)/iu

/**
 * Where the preference a text opens with ends (`end`, exclusive) and what follows it starts (`next`): at its
 * sentence's end, or where a clause of the reader's begins. Null when it runs to the end of the text.
 */
function findPreferenceEnd(text: string): { end: number; next: number } | null {
  const sentence = findSentenceEnd(text)
  const clause = NEW_READER_CLAUSE.exec(text)
  if (clause && (!sentence || clause.index < sentence.index))
    return { end: clause.index, next: clause.index + clause[0].length }
  return sentence ? { end: sentence.index + 1, next: sentence.index + sentence[0].length } : null
}

/**
 * Cuts "4+ years as a data analyst, ideally in fintech" before its preference: the head asks for the analyst years
 * under the section's kind, the tail ("ideally in fintech") is one optional item, and the years stay with the head.
 * Read whole, the preference word made the entire line optional and gave the years to the domain as well.
 */
function splitTrailingPreference(
  text: string,
  start: number,
  end: number,
  taxonomy: Taxonomy,
): Array<{ start: number; end: number; preferenceAt?: number }> {
  const line = text.slice(start, end)
  const match = TRAILING_PREFERENCE.exec(line)
  if (!match) return [{ start, end }]
  const head = line.slice(0, match.index)
  if (head.trim().split(/\s+/).length < 2 || readInlineKind(head) === 'nice_to_have') return [{ start, end }]
  let tailEnd = end
  // The preference qualifies its own sentence: the sentences after it on the line ("…, ideally in fintech. You know
  // Jira well.") are read apart, under their own cues or none.
  // So does a clause joined to it with a subject of its own ("…, ideally in venues of 500+ capacity, and you can
  // walk up to a DiGiCo"): the preference ends where the reader is said to do something else.
  const after = findPreferenceEnd(line.slice(match.index + match[0].length))
  const following = after ? [{ start: start + match.index + match[0].length + after.next, end }] : []
  if (after) tailEnd = start + match.index + match[0].length + after.end
  // "(preferably AWS)" closes its bracket: the tail ends there, and anything after it stays out of both parts.
  if (match[0].trim().startsWith('(')) {
    const close = line.indexOf(')', match.index)
    if (close < 0) return [{ start, end }]
    tailEnd = start + close
    following.length = 0
  }
  const tail = text.slice(start + match.index + match[0].length, tailEnd)
  const names = normalizeText(tail)
    .split(/[^\p{L}\p{N}+#.]+/u)
    .filter((word) => /\p{L}{2,}/u.test(word) && !QUALIFYING_WORDS.has(word))
  if (names.length === 0) return [{ start, end }]
  // A preferred kind of what the head asks ("relational databases, preferably PostgreSQL", "cloud, ideally AWS")
  // illustrates one requirement, as an example would: the line stays whole, asked for under the head's kind. It
  // names the instance bare, or the taxonomy knows it as narrower; a phrase with a preposition or a verb of its own
  // ("ideally in fintech", "preferably on Databricks") adds a second, optional thing.
  const rest = normalizeText(tail).replace(
    /^\s*(?:ideally|preferably|preferentially|idealmente|preferencialmente|preferiblemente|preferentemente|de preferencia|con preferencia|com preferencia|desejavel|deseable|desirable)\s*/,
    '',
  )
  // A cue of the whole line after the preference ("…, preferably Y, is a plus") speaks for all of it.
  if (readInlineKind(rest) !== null) return [{ start, end }]
  // A gerund ("idealmente instrumentando en cirugía") is a verb of its own: a second thing done, not an instance.
  const bare =
    !/^(?:in|on|at|with|within|from|for|as|having|to|em|no|na|nos|nas|com|de|do|da|en|el|la|con|para|como|tendo|teniendo|haber|ter|tener)\b/.test(
      rest,
    ) && !/^\p{L}{3,}(?:ing|ando|endo|iendo|indo)\b/u.test(rest)
  const headSkills = findSkills(head, taxonomy).map((found) => found.skillId)
  const tailSkills = findSkills(tail, taxonomy).map((found) => found.skillId)
  const narrower =
    headSkills.length > 0 &&
    tailSkills.length > 0 &&
    tailSkills.every((id) => headSkills.some((broad) => narrowerSkillIds(taxonomy, broad).includes(id)))
  // A higher school level preferred over the one asked ("Ensino fundamental (desejável ensino médio)") is a second
  // degree, asked apart, not an instance of the first.
  const higherLevel = namesDegree(head) && namesDegree(rest)
  if ((bare || narrower) && !higherLevel) return [{ start, end, preferenceAt: start + match.index }]
  return [
    { start, end: start + match.index },
    { start: start + match.index + match[0].length, end: tailEnd },
    ...following,
  ]
}

/** Cuts a line whose bullets were flattened onto one line ("Python • SQL • Airflow") at each bullet mark. */
function splitInlineBullets(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = []
  const line = text.slice(start, end)
  let from = 0
  for (const match of line.matchAll(/\s+[•●▪◦‣]\s+/gu)) {
    spans.push({ start: start + from, end: start + match.index })
    from = match.index + match[0].length
  }
  spans.push({ start: start + from, end })
  return spans
}

// Second-person words: prose that speaks to the reader may state a requirement; prose about someone else does not.
const ADDRESSES_READER =
  /\b(?:you|your|you'll|you're|voce|voces|vc|seu|sua|tu|tus|usted|ustedes|su experiencia)\b/

/** True when the line addresses the candidate, so prose under an unknown heading may still ask for something. */
function addressesReader(line: string): boolean {
  return ADDRESSES_READER.test(normalizeText(line))
}

/**
 * True when an unbulleted line is running prose: two or more full sentences, each long enough to say something
 * ("You must hold X. You need to read Y."). Each sentence of prose tends to ask for its own thing, while a short
 * line whose second sentence only elaborates ("Python. Daily.") stays one requirement.
 */
function isProse(line: string): boolean {
  const uncapitalised = readsUncapitalised(line, line)
  const sentences = line
    .split(
      uncapitalised
        ? /(?:[.!?]|\p{Extended_Pictographic}\uFE0F?)\s+(?=[\p{L}¿¡])/u
        : /(?:[.!?]|\p{Extended_Pictographic}\uFE0F?)\s+(?=[\p{Lu}¿¡])/u,
    )
    // Typed without capitals, a post cuts its asks into short fragments ("curso MOPP em dia. carteira assinada").
    .filter((part) => part.trim().split(/\s+/).length >= (uncapitalised ? 2 : 5))
  return sentences.length >= 2
}

/**
 * The kind a cue states for a whole prose line: "Kafka experience. Streaming work would make you stand out." puts
 * both sentences under the one cue. When the sentences state different kinds, each keeps its own and none is shared;
 * a sentence that opens with a predicate of needing ("Pedimos …", "We require …") states that it asks, so a cue of
 * optional-ness in the next sentence is that sentence's alone.
 */
function sharedKind(
  text: string,
  spans: ReadonlyArray<{ start: number; end: number }>,
): RequirementKind | null {
  const kinds = spans.map((span) => {
    // A trailing preference ("…, ideally one where a regulator reads over your shoulder") qualifies its own tail,
    // not the sentence it ends.
    const whole = text.slice(span.start, span.end)
    const preference = TRAILING_PREFERENCE.exec(whole)
    const sentence = preference && preference.index > 0 ? whole.slice(0, preference.index) : whole
    return readInlineKind(sentence) ?? (findRequirementPredicate(sentence) !== null ? 'required' : null)
  })
  const distinct = new Set(kinds.filter((kind) => kind !== null))
  const shared = distinct.size === 1 ? ([...distinct][0] ?? null) : null
  // A preference speaks for the sentence or two beside it ("Kafka experience. Streaming work would make you stand
  // out."), not for a whole post of sentences that state no kind: there the asks before it, the pay and the call to
  // apply would all read optional for the one bonus said among them.
  if (shared === 'nice_to_have' && kinds.filter((kind) => kind === null).length > 2) return null
  return shared
}

/** Drops the employer's own age ("since 1987", "desde hace quince años", "há 20 anos"): not a tenure asked for. */
function withoutEmployerAge(folded: string): string {
  return folded.replace(
    /\b(?:since|for|over|desde|hace|ha|por|mais de|more than)\s+(?:hace\s+)?\S+\s+(?:years|anos)\b/g,
    ' ',
  )
}

/** True when a paragraph's first sentence speaks of someone other than the reader and asks for nothing. */
function opensWithCompany(line: string): boolean {
  const first = withoutEmployerAge(normalizeText(line.split(/[.!?]\s+(?=\p{Lu})/u)[0] ?? line))
  return (
    !addressesReader(first) &&
    readInlineKind(first) === null &&
    // "need someone with a CSCS ticket", "busco alguien con carnet": a sentence that opens by seeking asks.
    findRequirementPredicate(first) === null &&
    !isQualificationLike(first) &&
    !isDutyLike(first)
  )
}

/**
 * True when a sentence asks something of the candidate: it speaks to them, states a kind, opens with a predicate of
 * needing ("se requiere", "precisamos de alguém com") or names a qualification ("two years of …").
 */
function asksOfReader(sentence: string): boolean {
  // Read folded, without the employer's own age, which states no tenure asked for.
  const folded = withoutEmployerAge(normalizeText(sentence))
  // "X is an asset but not required": the need is denied, the advantage still stands, so X is asked as an extra.
  if (NOTHING_ASKED.test(folded) && !statesNiceToHave(folded.replace(NOTHING_ASKED_ALL, ' '))) return false
  // A condition of the job ("Hours are 7 to 3:30, Monday to Friday", "You'll be lifting up to 50 lb") is asked of
  // whoever takes it, though it neither speaks to the reader nor names a qualification, and though told as the work.
  if (statesJobCondition(sentence) && (!isDutyLike(folded) || leadsWithJobCondition(sentence))) return true
  // How the person is to work ("We want someone who takes pride in …", "be professional with clients, …") is asked,
  // though told with the verbs of the work.
  if (findConductQualities(sentence)?.framed === true) return true
  // "You'll be helping customers…", "Você vai atender clientes…": the work, which asks nothing by itself.
  // "…, so you'll need a licence", "… e precisará de curso MOPP": the need joined to the work is asked.
  if (
    isDutyLike(folded) &&
    readInlineKind(folded) === null &&
    findRequirementPredicate(folded) === null &&
    findNeedAfterWork(folded) === null
  )
    return false
  // "We're looking for a staff accountant to help us close the books": the role announced, with nothing it needs.
  if (ROLE_SOUGHT.test(folded) && !announcesRoleWithNeeds(folded) && readInlineKind(folded) === null)
    return false
  return (
    addressesReader(folded) ||
    readInlineKind(folded) !== null ||
    findRequirementPredicate(folded) !== null ||
    isQualificationLike(folded)
  )
}

// A need denied ("no credit card required", "não é necessário experiência", "no se requiere experiencia") asks nothing.
const NOTHING_ASKED =
  /\bno\s+(?:\S+\s+){0,3}(?:required|needed|necessary)\b|\bnot (?:required|needed|necessary)\b|\bnao (?:e |sera )?(?:necessari|precis|exigid|obrigatori)|\bno (?:es |sera )?(?:necesari|se requiere|se exige|se necesita|requerid)/u
const NOTHING_ASKED_ALL = new RegExp(NOTHING_ASKED.source, 'gu')
// The search for the role stated mid-sentence ("… and we're looking for a staff accountant to …").
const ROLE_SOUGHT =
  /\b(?:looking for|seeking|hiring|buscamos|procuramos|estamos (?:buscando|procurando|contratando))\s+(?:an?|um|uma|un|una)\s/u

/** The marks a line opens with (a dash, a dot, an emoji), so lines of one list can be told from a line above it. */
function leadMark(line: string): string {
  return /^\s*((?:[-•●▪◦‣*+·]|\p{Extended_Pictographic}|\uFE0F|\u200D)*)/u.exec(line)?.[1] ?? ''
}

// Where a sentence joins a second predicate about the candidate: "hold a licence and have four years ...", "... e
// saiba montar ...", "..., e que você conheça ...", "..., con al menos dos años ...", "..., 2 of them with React
// Native", "..., at least one (1) year of which as a lead", "..., dos quais ao menos seis meses em UTI". Verbs of having, knowing and being, and a bare count of part of a tenure, in EN, PT and ES.
// The part may be told by the role it was spent as ("…, at least two as a lead", "…, sendo um como RT") or as a
// share "of it" ("…, eighteen months of it on PAUT"), as much as by the tool it was spent with.
const SECOND_PREDICATE =
  /,?\s+(?:and|or|e|ou|y|o)\s+(?=(?:(?:que|quem|quien)\s+(?:você|voce|tu|usted)\s+|(?:also|ideally|you|você|voce|tu|usted|que|quem|quien|who|someone who)\s+)?(?:(?:já|ja|ya|already)\s+)?(?:have|has|hold|holds|know|knows|be|are|can|speak|bring|understand|possess|you've|you're|you have|so (?:is|are|would|does|do|will|could)|ter|tenha|tenham|tiver|tiverem|tivesse|saiba|saber|souber|seja|ser|possua|possuir|conhe[cç]a|conhecer|fale|domine|dominar|tener|tengas|tenga|tuvieras|tuviera|sepas|sepa|seas|sea|conozcas|conozca|conocer|manejes|maneje|manejar|hablar|hables|hable|falar|poseer|poseas|posea|cuentes|cuente|contar)\b)|,\s+(?=(?:with|con|com)\s+(?:at least|al menos|pelo menos|no m[ií]nimo|m[ií]nimo)\b)|,?\s+(?:and|e|y)\s+(?=(?:at least|pelo menos|al menos|no m[ií]nimo|a minimum of)\s+\S+\s+(?:years?|anos?|años?)\b)|,\s+(?:and|e|y)\s+(?=(?:a|an|um|uma|un|una)\s)|,\s+(?:além de|alem de|además de|ademas de)\s+|,\s+(?=(?:que|quem|quien|who)\s+(?:(?:já|ja|ya|already)\s+)?(?:tenha|tenga|haya|possua|posea|cuente|has|have)\b)|[.;]\s+(?<named>)(?=(?:(?:out )?of (?:those|these|the)|de (?:esos|estos|esas|estas|los|las)|dos|desses|destes|daqueles)\s+[\p{L}\d]+\s+(?:years?|anos|años)\b)|,\s+(?<part>)(?=(?:of which|of whom|de los cuales|de las cuales|dos quais|das quais)\s|(?:(?:at least|pelo menos|al menos|no m[ií]nimo|sendo|siendo|including|incluindo|incluyendo)\s+)*(?!(?:and|or|e|ou|y|o|u)\s)[\p{L}\d]+(?:\s*\([\p{L}\d -]{1,24}\))?\s*\+?\s+(?:(?:years?|months?|anos?|años?|meses)\s+(?=of |de |deles|delas|dos |das ))?(?:of them|of which|of it|de ellos|de ellas|de los cuales|deles|delas|dos quais|das quais|with|in|on|using|em|com|en|con|usando|as|como)\s)/giu

// The opening of a sentence that refers back to the tenure before it: "Of those four years", "Desses cinco anos".
const NAMES_TENURE_BEFORE =
  /^(?:(?:out )?of (?:those|these|the)|de (?:esos|estos|esas|estas|los|las)|dos|desses|destes|daqueles)\s+[\p{L}\d]+\s+(?:years?|anos)$/u

// A need or ability whose verb closes the words said so far: "you must hold", "will need to have", "deve possuir",
// "tienes que tener". What it holds is named after the joint.
const MODAL_VERB_WITHOUT_OBJECT =
  /\b(?:must|should|shall|will|can|need to|needs to|have to|has to|required to|expected to|deve|devem|deveria|precisa|precisam|tem que|tem de|debe|debes|deben|deberas|necesitas|tienes que|tiene que|hay que)\s+(?:(?:also|already|tambem|tambien|ja|ya)\s+)?\p{L}{2,}\s*$/u

/**
 * Cuts a sentence where it joins a second predicate about the candidate ("You must hold a licence and have four years
 * of site work"): each predicate asks for its own thing. Both parts must be long enough to stand alone.
 */
function splitCoordinatedPredicates(
  text: string,
  start: number,
  end: number,
): Array<{ start: number; end: number }> {
  const line = text.slice(start, end)
  const spans: Array<{ start: number; end: number }> = []
  let from = 0
  for (const match of findSecondPredicates(line, SECOND_PREDICATE)) {
    const before = line.slice(from, match.index)
    if (before.trim().split(/\s+/).length < 3) continue
    // "At least 3 years building mobile apps, 2 of them with React Native": a part of the tenure with a tool of its
    // own is a second ask, the tool's years; without a tenure before it there is nothing to count a part of.
    // "…design. Of those three years, at least one in packaging": a sentence that names the tenure before it and
    // counts a part of it asks for the part's years, as the bare count does.
    const partOfTenure = match.groups?.part !== undefined || match.groups?.named !== undefined
    // The part's own count after the sentence's back-reference ("Of those four years, at least two…") belongs to it.
    if (match.groups?.part !== undefined && NAMES_TENURE_BEFORE.test(normalizeText(before).trim())) continue
    if (
      partOfTenure &&
      (!opensPartOfTenure(line.slice(match.index + match[0].length)) ||
        (readMinYears(before) === null &&
          !countsPartOfCountedRun(before, line.slice(match.index + match[0].length))))
    )
      continue
    // "4+ years in sales, with at least 2 in SaaS" narrows the tenure already asked for; it is not a second one.
    if (
      !partOfTenure &&
      match[0].startsWith(',') &&
      !/\s(?:and|or|e|ou|y|o)\s/.test(match[0]) &&
      readMinYears(before) !== null &&
      !opensListedPredicate(line.slice(match.index + match[0].length))
    )
      continue
    // "Precisa estar cursando ou ter concluído graduação", "be pursuing or have completed a degree": a predicate that
    // ends on its verb before "or" has no object of its own; it shares the one after the joint, so it is one ask.
    if (
      /\s(?:or|ou|o)\s/u.test(match[0]) &&
      /\b(?:be|being|been|have|has|estar|esteja|este|ter|tenha|tener|tenga|haber|haya)\s+(?:\p{L}+\s+)?\p{L}{3,}(?:ing|ed|ndo|ado|ido)\s*$/u.test(
        normalizeText(before),
      )
    )
      continue
    // "You must hold or be able to obtain a licence", "Debes tener o poder sacar el carné", "Deve ter ou conseguir
    // tirar a CNH": the modal's verb ends the part before "or" with no object of its own; it shares the one after.
    if (/\s(?:or|ou|o)\s/u.test(match[0]) && MODAL_VERB_WITHOUT_OBJECT.test(normalizeText(before))) continue
    spans.push({ start: start + from, end: start + match.index })
    from = match.index + match[0].length
  }
  if (spans.length === 0 || line.slice(from).trim().split(/\s+/).length < 3) {
    if (spans.length === 0) return [{ start, end }]
    const last = spans.pop() as { start: number; end: number }
    return [...spans, { start: last.start, end }]
  }
  spans.push({ start: start + from, end })
  return spans.map((span) => tightenSpan(text, span.start, span.end))
}

// Types a condition of the job may be taken for when read alone: a place reads as a domain, a posture as a quality.
const CONDITION_READS: ReadonlySet<RequirementType> = new Set(['knowledge', 'activity', 'trait'])

// Types that name a concrete thing to check: a licence, a degree, a language, years, a condition of the job.
const CONCRETE_TYPES: ReadonlySet<RequirementType> = new Set([
  'certification',
  'degree',
  'language',
  'experience',
  'logistics',
])
const STAYS_VALID =
  /\b(?:valid[oa]?|vigente|en vigor|ativ[oa]|active|em dia|al dia|current|in good standing)\b/u
// Experience in something named after it: a tenure to check, as years are ("experiência com agenda de consultas").
const OPENS_EXPERIENCE = /^(?:experience|experiencia)\s+(?:in|with|as|em|com|como|en|con|de|no|na)\s/u
// Readiness to do something the job asks ("willingness to drive to sites", "disposição para viajar", "dispuesto a
// mudarse"): a condition to confirm, however its verb reads alone.
const OPENS_WILLINGNESS =
  /^(?:(?:a|an|be)\s+)?(?:willing(?:ness)?|readiness|ready|prepared|dispost[oa]|disposicao|dispuest[oa]|disposicion)\s+(?:to|para|a)\s/u
// A thing the candidate must own ("veículo próprio", "own tools", "moto propia"): a condition to confirm.
const OWNED = /\b(?:own|personal|propri[oa]s?|propi[oa]s?)\b/u
// Where two asks are joined: "and" / "e" / "y", or "with" / "com" / "con" before a second thing.
// Lower case only: a capital "E" or "Y" is a licence category or an initial ("CNH categoria E").
const ASK_JOINT = /,?\s+(?:and|e|y|&)\s+/gu
const WITH_JOINT = /\s+(?:with|com|con)\s+/gu
// What a conjunct must not open with to stand as a thing of its own: a preposition, or the rest of a list.
const CONTINUES_PHRASE = /^(?:of|in|on|at|to|for|de|do|da|dos|das|em|no|na|en|del|al|para|por|or|ou|o|u)\b/u
// "a Viracopos", "al Callao", "à Zona Sul": a preposition of direction and a proper name, with nothing else.
const NAMES_DESTINATION =
  /^(?:a|ao|aos|à|às|al)\s+\p{Lu}\p{Ll}+(?:\s+(?:de|do|da|del|de la|\p{Lu}\p{Ll}+))*[.;]?$/u
// An article or a possessive opens a noun phrase of its own: "… and a reliable vehicle", "… y un vehículo propio".
const OPENS_NOUN_PHRASE = /^(?:an?|your|own|um|uma|seu|sua|un|una|tu|su)\s/u
// Times of the week or the day: two of them joined ("every Saturday and alternate Sundays") are one schedule.
const NAMES_A_TIME =
  /\b(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|nights?|evenings?|mornings?|shifts?|holidays?|segunda|terca|quarta|quinta|sexta|sabados?|domingos?|feriados|noites?|turnos?|fins de semana|lunes|martes|miercoles|jueves|viernes|noches?|festivos|fines de semana)\b/u

// A frame noun and its preposition, which the conjuncts after it share: "experience in", "knowledge of", "3 years of".
const OPENS_FRAME =
  /^(?:[\p{L}\d+-]+\s+){0,4}?(?:experience|experiencia|vivencia|knowledge|conhecimentos?|conocimientos?|understanding|familiarity|dominio|manejo|years?|anos?|background|expertise|proficiency)\s+(?:in|with|of|on|as|em|com|de|do|da|dos|das|en|con|del|no|na|como)\b/u
const ABILITY_FRAME =
  /^(?:be |must be |ser |estar )?(?:able|ability|capable|capacity|willing|capaz|capacidade|capacidad|habilidade|habilidad|disposto|dispuesta|dispuesto|disposta|apto|apta) (?:to|de|a|para)\b/u

// A count or a negation opens a phrase of its own: "… and two years on crews", "… and no fear of heights".
const OPENS_OWN_PHRASE = /^(?:\d+|one|two|three|four|five|no|not|sem|sin|um|uma|dois|duas|tres|un|una|dos)\s/u

/** True when a conjunct after a frame ("experience in X, …") asks a thing of another kind, not one the frame takes. */
function opensOtherAsk(part: AskItem, first: AskItem): boolean {
  return (CONCRETE_TYPES.has(part.type) && part.type !== first.type) || OPENS_OWN_PHRASE.test(part.folded)
}

// A disjunction or an open tail inside a list: its items are alternatives or examples of one ask.
const ALTERNATIVE_WORD = /\b(?:or|ou|o|u|etc|and\/or|e\/ou|y\/o)\b|\//u

// A frame noun or adjective at the head of a list's first item: "ability to", "skills in", "experience implementing".
const LIST_HEAD =
  /^(?:\S+\s+){0,2}?(?:abilit(?:y|ies)|skills?|experience|experiencia|knowledge|conhecimentos?|conocimientos?|habilidades?|capacidade|capacidad|familiarity|passionate|proficien\w*|comfortable|dominio|manejo)\b/u

type AskItem = { folded: string; skilled: boolean; type: RequirementType; words: number }

/** An item of a list of asks, read for what it names: a tool, its requirement type, its length. */
function readAskItem(item: string, taxonomy: Taxonomy): AskItem {
  const words = item.trim()
  const skillIds = findSkills(words, taxonomy)
    .filter((match) => getSkill(taxonomy, match.skillId)?.category !== 'soft-skill')
    .map((match) => match.skillId)
  const type = classifyRequirement({ text: words, skillIds, minYears: readMinYears(words), taxonomy })
  return {
    folded: normalizeText(words),
    skilled: skillIds.length > 0,
    type,
    words: words.split(/\s+/).length,
  }
}

/**
 * Reads a comma list of asks ("a forklift licence, steel-toe boots, 1 year in a warehouse"; "ser mayor de edad, saber
 * nadar 100 metros … y disponibilidad para fines de semana") into its items: the commas, and the "and" / "e" / "y" that
 * closes the list. Returns null when the list is not one of distinct asks: named tools on every side (the skill
 * grouper's), alternatives ("A, B or C"), qualities only, or a frame the items share ("experience in retail,
 * hospitality, logistics").
 */
function readAskList(complement: string, taxonomy: Taxonomy): Array<{ start: number; end: number }> | null {
  const parts: Array<{ start: number; end: number }> = []
  let at = 0
  for (const match of complement.matchAll(/\s*[,;]\s*(?:(?:and|e|y)\s+)?/gu)) {
    parts.push({ start: at, end: match.index })
    at = match.index + match[0].length
  }
  parts.push({ start: at, end: complement.replace(/[\s.;,]+$/u, '').length })
  if (parts.length < 2) return null
  // The list's closing conjunct: "…, experiencia mínima de 3 meses y disponibilidad para fines de semana".
  const last = parts[parts.length - 1] as { start: number; end: number }
  const closing = [...complement.slice(last.start, last.end).matchAll(/\s+(?:and|e|y|&)\s+/gu)].pop()
  if (closing) {
    const head = complement.slice(last.start, last.start + closing.index)
    const tail = complement.slice(last.start + closing.index + closing[0].length, last.end)
    if (
      !OPENS_FRAME.test(normalizeText(head)) ||
      OPENS_NOUN_PHRASE.test(normalizeText(tail)) ||
      opensOtherAsk(readAskItem(tail, taxonomy), readAskItem(head, taxonomy))
    ) {
      parts.pop()
      parts.push({ start: last.start, end: last.start + closing.index })
      parts.push({ start: last.start + closing.index + closing[0].length, end: last.end })
    }
  }
  const read = parts.map((part) => readAskItem(complement.slice(part.start, part.end), taxonomy))
  // Asks listed in one sentence are short phrases; a long part, a sentence stop or a conjunction inside a part before
  // the last ("both domestically and internationally, …") shows the commas belong to some other structure.
  if (read.some((part) => part.folded.length === 0 || part.words > 7 || /[.!?]\s/u.test(part.folded)))
    return null
  if (read.slice(0, -1).some((part) => /\s(?:and|e|y|&)\s/u.test(part.folded))) return null
  // An item opening with a preposition continues the one before ("…, with the ability to …", "…, to prioritize").
  if (
    read.some(
      (part) =>
        ALTERNATIVE_WORD.test(part.folded) ||
        (/^(?:with|com|con|to|a|as|como)\s/u.test(part.folded) && !OPENS_NOUN_PHRASE.test(part.folded)) ||
        (CONTINUES_PHRASE.test(part.folded) && !OPENS_OWN_PHRASE.test(part.folded)),
    )
  )
    return null
  // Qualities are read by the trait reader; a list of them, or with them, is not one of things to check.
  if (read.every((part) => part.skilled) || read.some((part) => part.type === 'trait')) return null
  // A head that takes the list as its complement ("Ability to multitask, analyze…", "Skills in X, Y", "Experience
  // implementing, troubleshooting…"), or verbs in -ing, share one frame: the list is one ask.
  if (LIST_HEAD.test(read[0]?.folded ?? '') || read.some((part) => /^\p{L}+(?:ing)\b/u.test(part.folded)))
    return null
  // Things to check (a licence, years, a language, a condition): at most one item of the list may be of another kind,
  // so a list of skills and qualities ("strong analytical and project management skills") stays whole.
  const concrete = read.filter((part) => part.skilled || CONCRETE_TYPES.has(part.type)).length
  // Tools with a quality or a field among them are still the skill grouper's list: one item at least must be a thing to
  // check that names no tool.
  if (concrete < 2 || read.length - concrete > 1) return null
  if (!read.some((part) => !part.skilled && CONCRETE_TYPES.has(part.type))) return null
  // Things of one kind listed together ("a quiet space, a headset and a stable connection") are one ask, as a list of
  // tools is; a list whose items are of different kinds (a licence, years, a condition) asks each apart.
  if (new Set(read.map((part) => part.type)).size < 2) return null
  // A lone word names an ask only when it is a tool or a thing to check ("inglés", "CNH"); else it shares a frame.
  if (read.some((part) => part.words < 2 && !part.skilled && !CONCRETE_TYPES.has(part.type))) return null
  const [first, ...rest] = read
  if (first && OPENS_FRAME.test(first.folded) && !rest.every((part) => opensOtherAsk(part, first)))
    return null
  return parts
}

/**
 * Cuts one ask into the distinct things it joins ("Valid driver's licence and a reliable vehicle", "CNH B e
 * disponibilidade para viajar", "Moto propia con licencia vigente"), after any predicate that asks for them ("To
 * apply you'll need …", "É importante ter …"). Each part must be a short thing of its own: a concrete type (a
 * licence, a degree, years, a condition) or a named skill, beside another such part or a noun phrase opened by an
 * article. Lists of skills stay with the skill grouper; alternatives ("or", "such as", brackets) and duties stay whole;
 * a comma list after a requirement label or a predicate is cut into its asks when it lists them (`readAskList`).
 */
function splitCoordinatedAsks(
  text: string,
  start: number,
  end: number,
  taxonomy: Taxonomy,
  underQualifications: boolean,
  labelled = false,
): Array<{ start: number; end: number; asks: boolean }> {
  const sentence = text.slice(start, end)
  const predicate = findRequirementPredicate(sentence)
  const whole = [{ start, end, asks: predicate !== null }]
  const from = predicate ?? 0
  const complement = sentence.slice(from)
  const folded = normalizeText(complement)
  // Examples and alternatives make the line one requirement, and comma lists leave it to the list readers unless they
  // list asks; a duty ("construir dashboards e ajudar o time") asks nothing. A bracket of a word or two spells out an
  // abbreviation or adds "or equivalent" ("eletrodo revestido (ER)"): it lists no examples.
  if (
    EXAMPLE_MARKER.test(folded) ||
    /[([{:]/u.test(complement.replace(/\(\s*[^(),;\s]+(?:\s+[^(),;\s]+)?\s*\)/gu, ''))
  )
    return whole
  // "Availability to cover launches and weekend events": what the candidate is available for is one condition.
  if (opensWithAvailability(complement)) return whole
  if (/,(?!\s+(?:and|e|y)\s)/u.test(complement)) {
    // After a requirement label or a predicate of needing, a comma list names one ask per item ("Requisitos: ser
    // mayor de edad, saber nadar, experiencia mínima de 3 meses y disponibilidad…").
    const items = predicate !== null || labelled ? readAskList(complement, taxonomy) : null
    if (!items) return whole
    return items.map((item) => ({
      ...tightenSpan(text, start + from + item.start, start + from + item.end),
      asks: true,
    }))
  }
  if (predicate === null && isDutyLike(sentence)) return whole
  const readPart = (part: string) => {
    const skillIds = [
      ...new Set(
        findSkills(part, taxonomy)
          .filter((match) => getSkill(taxonomy, match.skillId)?.category !== 'soft-skill')
          .map((match) => match.skillId),
      ),
    ]
    const folded = normalizeText(part.trim())
    const type = classifyRequirement({ text: part, skillIds, minYears: readMinYears(part), taxonomy })
    return {
      valid: STAYS_VALID.test(folded),
      skilled: skillIds.length > 0,
      onlyNamed: namesOnlyProperNoun(part),
      // A thing said to be valid or current ("licencia vigente", "curso em dia") is a credential to check, and one
      // the candidate must own ("veículo próprio") a condition to confirm.
      concrete:
        skillIds.length > 0 ||
        STAYS_VALID.test(folded) ||
        OWNED.test(folded) ||
        CONCRETE_TYPES.has(type) ||
        OPENS_EXPERIENCE.test(folded) ||
        OPENS_WILLINGNESS.test(folded),
      type,
      folded,
      words: part.trim().split(/\s+/).length,
      skillIds,
    }
  }
  const cut = (joint: RegExp, withJoint: boolean) => {
    const parts: Array<{ start: number; end: number }> = []
    let at = 0
    for (const match of complement.matchAll(joint)) {
      parts.push({ start: at, end: match.index })
      at = match.index + match[0].length
    }
    if (parts.length === 0) return null
    parts.push({ start: at, end: complement.length })
    const read = parts.map((part) => readPart(complement.slice(part.start, part.end)))
    // A readiness runs on to what it is for ("willingness to drive up to 60 miles to assignments"): its length is its
    // complement's, not a clause's.
    if (
      read.some(
        (part) =>
          (part.words < 2 && !part.skilled) || (part.words > 8 && !OPENS_WILLINGNESS.test(part.folded)),
      )
    )
      return null
    // "dos años de experiencia" opens with a count that a preposition ("dos clientes") is spelled like.
    const countsTime = (folded: string) =>
      OPENS_OWN_PHRASE.test(folded) && /\b(?:years?|anos?|months?|meses)\b/u.test(folded)
    if (read.slice(1).some((part) => CONTINUES_PHRASE.test(part.folded) && !countsTime(part.folded)))
      return null
    // "viagens ao porto de Santos e a Viracopos", "viajes a Quito y a Cuenca": the PT and ES preposition "a" before a
    // place's name continues the destination, though it is spelt like the English article.
    if (parts.slice(1).some((part) => NAMES_DESTINATION.test(complement.slice(part.start, part.end).trim())))
      return null
    // Named skills on every side are a list the skill grouper reads, unless one of them is a credential the taxonomy
    // also names ("experiência com vendas e ensino médio completo"): a degree or a licence is an ask of its own.
    if (
      read.every((part) => part.skilled) &&
      !read.some((part) => part.type === 'degree' || part.type === 'certification')
    )
      return null
    // "Certificações NR-12 e NR-33": codes the taxonomy files under one skill share the line's head noun; the list
    // reader asks for each credential in its own words.
    const firstIds = read[0]?.skillIds.join('|') ?? ''
    if (read.every((part) => part.skilled && part.skillIds.join('|') === firstIds)) return null
    if (read.every((part) => NAMES_A_TIME.test(part.folded))) return null
    // "Able to lift 50 lbs and stand for a shift": one ability governs both verbs, and it is one ask.
    if (ABILITY_FRAME.test(read[0]?.folded ?? '')) return null
    const [first, ...rest] = read
    if (!first) return null
    // "Degree in Economics and Public Policy": the fields of one degree; a degree and years or a licence are two asks.
    if (
      first.type === 'degree' &&
      rest.every((part) => !CONCRETE_TYPES.has(part.type) && !OPENS_EXPERIENCE.test(part.folded))
    )
      return null
    if (withJoint) {
      // "4 anos com fechamento contábil" is a tenure in what follows, "analytic skills with a high degree of rigour"
      // a quality described; "Moto propia con licencia vigente" asks for a second thing, a credential or a condition.
      // A degree in a field with a registration kept active ("degree in Nursing with an active licence") asks both.
      if ((first.skilled && first.type !== 'degree') || first.type === 'experience' || first.type === 'trait')
        return null
      // "que esté al día con el curso de RCP", "be up to date with your CPR": being current with a thing asks for it.
      if (/^(?:que\s+)?(?:\p{L}+\s+)?(?:al dia|em dia|up to date|current)$/u.test(first.folded)) return null
      if (readMinYears(complement.slice(0, parts[0]?.end)) !== null) return null
      // "disponibilidade para reuniões com famílias em algumas noites": a condition told in more detail is one.
      if (first.type === 'logistics' && rest.every((part) => part.type === 'logistics')) return null
      const credential = (part: (typeof read)[number]) =>
        !part.skilled && (part.valid || part.type === 'certification' || part.type === 'logistics')
      return first.words <= 6 && rest.every(credential) ? parts : null
    }
    // "CPR and First Aid certification": a lone word before the joint shares the head noun of the last conjunct.
    const last = read[read.length - 1] as (typeof read)[number]
    if (read.slice(0, -1).some((part) => part.words === 1) && !OPENS_NOUN_PHRASE.test(last.folded))
      return null
    // "Experience in consultation and account management": a frame that opens the first part ("experience in",
    // "knowledge of", "years of") governs every conjunct after it, unless a conjunct opens a noun phrase of its own.
    // A conjunct of another concrete kind takes no share of the frame ("experiência em cozinha e disponibilidade
    // para fins de semana").
    if (
      OPENS_FRAME.test(first.folded) &&
      !rest.every((part) => OPENS_NOUN_PHRASE.test(part.folded) || opensOtherAsk(part, first))
    )
      return null
    const distinct = read.every(
      (part) => part.concrete || (part.words <= 4 && OPENS_NOUN_PHRASE.test(part.folded) && !part.onlyNamed),
    )
    return distinct && read.some((part) => part.concrete) ? parts : null
  }
  const parts = cut(ASK_JOINT, false) ?? cut(WITH_JOINT, true)
  if (!parts) return whole
  // Each thing cut from an ask is asked for however short it is ("veículo próprio"), as the whole was.
  const asking =
    predicate !== null ||
    underQualifications ||
    readInlineKind(sentence) !== null ||
    isQualificationLike(sentence)
  return parts.map((part) => ({
    ...tightenSpan(text, start + from + part.start, start + from + part.end),
    asks: asking,
  }))
}

// Words that open a line's frame rather than name what it asks ("Experience with", "Conhecimento em", "Manejo de").
const FRAME_OPENING =
  /^(?:(?:strong|solid|good|excellent|deep|basic|working|proven|hands-on|sólid[oa]|bo[am]|buen[oa]?)\s+)?(?:experience|knowledge|understanding|familiarity|proficiency|background|expertise|skills?|experiencia|experiência|conhecimentos?|conocimientos?|dom[ií]nio|manejo|vivência|noções|nociones|habilidades?)\s+(?:of|in|with|on|em|de|do|da|dos|das|com|en|del|con|sobre)\s+(?:(?:the|a|an|o|a|os|as|el|la|los|las)\s+)?/iu

/** True when a word opens a predicate rather than a noun phrase: a verb form in EN ("working"), PT or ES ("revisar"). */
function opensPredicate(word: string): boolean {
  const folded = normalizeText(word)
  if (/(?:ing|ed)$/u.test(folded) || /^(?:to|be|have|has|can|will|para|ser|estar|tener|ter)$/u.test(folded))
    return true
  if (/(?:ar|er|ir|ndo)$/u.test(folded) && folded.length > 4) return true
  const wordNet = loadWordNet()
  const lemmas = wordNet.lemmas(folded)
  return lemmas.some((lemma) => wordNet.isVerb(lemma)) && !lemmas.some((lemma) => wordNet.isNoun(lemma))
}

/** True when a phrase ends on an adverb of manner: an English "-ly" word that is no noun ("accurately", not "supply"), or a PT / ES "-mente" word. */
function endsOnMannerAdverb(phrase: string): boolean {
  const last = normalizeText(phrase).match(/\p{L}+$/u)?.[0] ?? ''
  if (/^\p{L}{4,}mente$/u.test(last)) return true
  if (!/^\p{L}{3,}ly$/u.test(last)) return false
  const wordNet = loadWordNet()
  return !wordNet.lemmas(last).some((lemma) => wordNet.isNoun(lemma))
}

/** True when an English phrase ends in a word that cannot be a noun ("Strong written"), so it shares the next head. */
function endsWithoutNoun(phrase: string): boolean {
  const last = normalizeText(phrase).match(/\p{L}+$/u)?.[0] ?? ''
  const wordNet = loadWordNet()
  const lemmas = wordNet.lemmas(last)
  // A word WordNet does not hold (another language) says nothing either way.
  if (!inDictionary(last)) return false
  return !lemmas.some((lemma) => wordNet.isNoun(lemma)) || /ed$/u.test(last)
}

/**
 * Cuts a short line that joins two noun phrases with different heads ("Escrita criativa e revisão de textos",
 * "Understanding of Incoterms and freight billing", "a valid licence and reliable transport"): distinct things
 * joined by "and" / "e" / "y" are asked apart. Phrases that share their head ("written and verbal communication",
 * "comunicação escrita e oral"), a predicate ("planning and running events", "to lift and carry"), a skill whose
 * name holds the conjunction ("Research and Development") and the fields of one degree stay whole.
 */
function splitCoordinatedNounPhrases(
  text: string,
  start: number,
  end: number,
  taxonomy: Taxonomy,
): Array<{ start: number; end: number; coordinated?: true }> {
  const whole = [{ start, end }]
  // A closing bracket of examples ("… de refrigerantes (R-404A, R-290)") belongs to the last phrase, not the list.
  const line = text.slice(start, end).replace(/\s*\([^()]*\)[.!]?\s*$/u, '')
  // A duty ("Lead sales presentations and business reviews") is the job's, read whole as the role's work.
  if (/[\d,;:()]/u.test(line) || line.split(/\s+/).length > 10 || isDutyLike(line)) return whole
  const joins = [...line.matchAll(/\s(?:and|e|y|&)\s/giu)]
  if (joins.length !== 1) return whole
  // A list offering choices or examples ("Prometheus e Grafana ou ferramentas como Datadog") is read as a list.
  if (
    /\s(?:or|ou|o|u)\s/iu.test(line) ||
    new RegExp(`\\b${EXAMPLE_MARKER.source}\\b`, 'u').test(normalizeText(line))
  )
    return whole
  const join = joins[0] as RegExpMatchArray & { index: number }
  // "os corixos entre Cáceres e a serra": the conjunction closes a "between" pair, one place the phrase names.
  if (closesBetweenPair(line.slice(0, join.index))) return whole
  const left = line
    .slice(0, join.index)
    .replace(/[.!]+$/u, '')
    .trim()
  const right = line
    .slice(join.index + join[0].length)
    .replace(/[.!]+$/u, '')
    .trim()
  const leftWords = left.replace(FRAME_OPENING, '').split(/\s+/).filter(Boolean)
  const rightWords = right
    .replace(/^(?:(?:the|a|an|o|a|os|as|el|la|los|las|um|uma|un|una)\s+)/iu, '')
    .split(/\s+/)
  if (leftWords.length < 2 || rightWords.length < 2) return whole
  // "accurately and on time", "com cuidado e dentro do prazo", "con prolijidad y en fecha": a phrase opened by a preposition
  // has no head noun of its own; it says how or where the first part is done, and asks nothing alone.
  if (
    /^(?:on|in|at|by|within|under|without|na|nos|nas|em|com|sem|dentro|al|en|con|sin|bajo)$/iu.test(
      rightWords[0] ?? '',
    )
  )
    return whole
  // A verb before the conjunction takes both phrases as objects ("owned renewals and upsell targets").
  // A gerund further in names a practice ("grant writing"); one that opens the phrase is a predicate.
  const finite = (word: string) => !/ing$/iu.test(word) && opensPredicate(word)
  if (
    opensPredicate(rightWords[0] ?? '') ||
    /\bto\s/iu.test(left) ||
    opensPredicate(leftWords[0] ?? '') ||
    leftWords.slice(1).some(finite)
  )
    return whole
  if (endsWithoutNoun(left)) return whole
  // An adverb closing the line says how the one act is done to both ("reads back names and account numbers
  // accurately", "registra pedidos e trocas corretamente"): the phrases are objects of one verb, one ask.
  if (endsOnMannerAdverb(right)) return whole
  // A skill named across the conjunction is one thing.
  const at = join.index + 1
  const skills = findSkills(line, taxonomy)
  if (skills.some((match) => match.start < at && match.end > at)) return whole
  // When the taxonomy names something on both sides, its list reading already asks for each ("Strong SQL and data
  // modelling skills"), with the line's frame shared.
  if (skills.some((match) => match.end <= at) && skills.some((match) => match.start >= at)) return whole
  // Qualities and conditions of the job are read whole, each by its own reader: they gate nothing, and a conjunct
  // alone loses what made the line one ("a valid licence and reliable transport" is about getting to work).
  const type = classifyRequirement({
    text: line,
    skillIds: [...new Set(skills.map((match) => match.skillId))],
    minYears: null,
    taxonomy,
  })
  if (type === 'trait' || type === 'logistics' || type === 'language' || opensWithAvailability(line))
    return whole
  // The fields of one degree ("degree in Computer Science and Software Engineering") are one requirement; and after
  // a preposition the second phrase may complete its object ("técnicas de cocina al vacío y baja temperatura").
  // A credential stated on its own ("... e CRF ativo") is asked apart all the same.
  const prepositional = leftWords.some((word) =>
    /^(?:of|in|on|at|for|with|de|do|da|dos|das|em|no|na|al|a|en|del|con|com|para|por)$/iu.test(word),
  )
  // A second phrase with a complement of its own ("Carga de gas y recuperación de refrigerantes") is parallel to the
  // first, not part of its object.
  const ownComplement = /^(?:of|de|do|da|dos|das|del)$/iu.test(rightWords[1] ?? '') && rightWords.length >= 3
  if ((namesDegree(left) || (prepositional && !ownComplement)) && !statesCredential(right, taxonomy))
    return whole
  const content = (words: string[]) =>
    new Set(
      words.map((word) => normalizeText(word)).filter((word) => word.length >= 4 && !PHRASE_END.has(word)),
    )
  const leftContent = content(leftWords)
  if ([...content(rightWords)].some((word) => leftContent.has(word))) return whole
  return [
    { start, end: start + join.index, coordinated: true },
    { start: start + join.index + join[0].length, end, coordinated: true },
  ]
}

const PICTOGRAPH_MARK = /^\s*\p{Extended_Pictographic}/u
const LEADING_PICTOGRAPHS = /^(?:\s|\p{Extended_Pictographic}|\uFE0F|\u200D)+/u

/**
 * True when the line at `index` opens a block after a blank line in which every line is led by a pictograph, each a
 * different one ("🧩 O que a gente precisa" over "✍️ …", "🔎 …"), and its words name what is asked, done or given: a
 * page that marks each item with its own emoji marks its headings so too, and only the words and the place (first of
 * the block) tell the heading from the items.
 */
function headsVariedPictographs(lines: readonly PageLine[], index: number): boolean {
  const line = lines[index] as PageLine
  const below = lines.slice(index + 1, index + 3)
  if (!line.blankBefore || below.length < 2 || below.some((next) => next.blankBefore)) return false
  if (![line, ...below].every((each) => PICTOGRAPH_MARK.test(each.text))) return false
  const section = readHeadingLine(line.text.replace(LEADING_PICTOGRAPHS, ''), true)?.section
  return section !== undefined && section !== 'other'
}

/**
 * True when a marked line heads the list below it: an emoji-led line over a list marked otherwise ("🔥 What we
 * expect" over "• ..."), or the first line of a run sharing its mark when it is short ("✅ You've got" over "✅ ...").
 * A list whose every item has its own emoji is not a heading over the rest, unless the words of its first line name a
 * section (see headsVariedPictographs).
 */
function headsList(lines: readonly PageLine[], index: number): boolean {
  const line = lines[index] as PageLine
  const mark = leadMark(line.text)
  const below = lines.slice(index + 1, index + 3).map((next) => leadMark(next.text))
  const previous = lines[index - 1]
  if (below[0] !== mark)
    return (
      /[:?]\s*$/.test(line.text.trim()) ||
      headsVariedPictographs(lines, index) ||
      // The last item of a marked list ("✅ … ✅ Must pass a background check") ends it; the list below has its own.
      (below.length === 2 &&
        below[0] === below[1] &&
        (mark === '' || previous === undefined || leadMark(previous.text) !== mark))
    )
  return (
    (previous === undefined || leadMark(previous.text) !== mark) &&
    line.text.trim().split(/\s+/).length <= 4 &&
    !/[.!]\s*$/.test(line.text.trim())
  )
}

/** True when a short standalone line has the shape of a heading rather than a one-line requirement ("Python"). */
function looksLikeHeading(line: string, taxonomy: Taxonomy): boolean {
  if (isQualificationLike(line) || isDutyLike(line) || readInlineKind(line) !== null) return false
  const matches = findSkills(line, taxonomy)
  if (matches.length === 0) return true
  let rest = line
  for (const match of matches) rest = rest.replace(match.surface, ' ')
  const words = (normalizeText(rest).match(/\p{L}{3,}/gu) ?? []).filter(
    (word) => !KEYWORD_STOPWORDS.has(word),
  )
  return words.length >= 2
}

// Words a condition may hold and still only introduce what follows ("If you have", "Se você tiver", "Si cuentas con").
const CONDITION_FRAME = new Set(
  (
    "you your you've have has had already also any some of the following these this know are were " +
    'voce voces ja tambem tiver tem tenha possui possuir conhece souber algum alguma destes destas disso de do da ' +
    'tu ya tambien tienes tengas cuentas cuentes con conoces sabes alguno alguna algo estos estas esto usted tiene'
  ).split(' '),
)

/**
 * True when a line's condition names what it asks ("Se valora si tienes experiencia comercial", "It's a plus if you
 * speak French"): the cue qualifies that clause, so the line is an item, not a heading over the lines below it.
 */
function conditionNamesSomething(line: string): boolean {
  // The last condition on the line: in "Se valora si tienes …" the first "se" is the cue's own pronoun.
  const condition = /^.*\b(?:if|si|se|caso|when|cuando|quando)\s+([^,;:.!?]*)/u.exec(normalizeText(line))
  if (!condition) return false
  return (condition[1]?.match(/\p{L}{2,}/gu) ?? []).some(
    (word) => !CONDITION_FRAME.has(word) && classifyHeading(word, true) === null,
  )
}

/** The top-level number of a clause ("3" of "3.2"). */
function topClauseOf(number: string): number {
  return Number.parseInt(number, 10)
}

/** Walks the posting line by line, setting page furniture aside and tracking which section each line belongs to. */
function readStructure(
  text: string,
  taxonomy: Taxonomy,
  askingTables: ReadonlyArray<{ start: number; end: number }> = [],
  pasted?: string,
): {
  sections: PostingSection[]
  units: Unit[]
  responsibilities: Unit[]
  setAside: SetAside[]
} {
  const lines = splitInlineAnswers(
    splitRunOnPage(
      splitRunTogetherLines(splitMarkedRuns(splitAtWideGaps(readPageLines(text), pasted)), taxonomy),
    ),
  )
  const furniture = findPageFurniture(lines, taxonomy, text)
  const dutyLines = { anywhere: findDutyListLines(lines, false), asked: findDutyListLines(lines, true) }
  const sections: PostingSection[] = []
  const units: Unit[] = []
  const responsibilities: Unit[] = []
  const setAside: SetAside[] = []
  let current: PostingSection | null = null
  let sawContent = false
  // Whether the first paragraph of prose has been read.
  let opener = false
  // The section opened for a list under no heading whose first item asks (see opensUnheadedAskedList).
  let unheadedList: PostingSection | null = null
  let unheadedMark = ''
  // The last line of the block a section was opened by the reading of (see readSectionByItems), or -1.
  let judgedUntil = -1

  // Whether a bullet item has been read under the section open now: its list may have ended since.
  let listedInSection = false
  const open = (name: PostingSectionName, heading: string | null, start: number) => {
    if (current) current.end = trimEnd(text, current.start, start)
    current = { name, heading, start, end: text.length }
    sections.push(current)
    listedInSection = false
  }
  const putAside = (line: PageLine, reason: FurnitureReason) =>
    setAside.push({ start: line.start, end: line.end, text: line.text, reason })
  const putSpanAside = (span: { start: number; end: number }, reason: FurnitureReason) =>
    setAside.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), reason })
  // A line of the job's work may say what it demands of the person ("…, o que exige jogo de cintura", "…, which calls
  // for solid SQL"): the work stays a duty, and what it demands is asked.
  const pushDuty = (unit: Unit) => {
    responsibilities.push(unit)
    units.push(...demandsOfWork(text, unit))
  }

  let tablesPassed = 0
  for (const [index, line] of lines.entries()) {
    // A table of asks the page reader blanked ends the section it stood in: what follows it, until a heading says
    // otherwise, goes on asking ("Also, we look for…"), whatever section was open above the table (duties, the
    // company's words). The table's own rows are read apart, by their columns.
    const passed = askingTables.filter((table) => table.end <= line.start).length
    if (passed > tablesPassed) {
      const table = askingTables[passed - 1]
      const name = (current as PostingSection | null)?.name
      if (table && name !== 'required' && name !== 'nice_to_have') open('required', null, table.start)
      tablesPassed = passed
    }
    const reason = furniture.get(index)
    if (reason) {
      putAside(line, reason)
      if (reason === 'call-to-action') units.push(...proofUnits(line.start, line.text))
      continue
    }
    const next = lines[index + 1]
    // Items lettered in brackets ("(a)", "ii)") under a lead-in closed by a colon are its list, as bullets would be.
    const opensList =
      next !== undefined &&
      ((isBulletLine(next.text) && (!isBulletLine(line.text) || headsList(lines, index))) ||
        (/:\s*$/u.test(line.text) && !isBulletLine(line.text) && BRACKETED_ITEM.test(next.text.trim())))
    let heading = readHeadingLine(line.text, opensList)
    // "Descripción del empleo" after "Descripción de la empresa", "Full job description" after a board's pay and job
    // type: a heading naming the vacancy's own account ends the section before it, and what follows is the role's.
    if ((!heading || heading.section === 'other') && namesJobDescription(line.text)) {
      open('other', line.text.trim(), line.start)
      sawContent = true
      continue
    }
    // A company's paragraph that ends by requiring ("…, requiere:") heads the list of what it asks.
    if (!heading && opensList && introducesAskedList(line.text)) heading = { section: 'required' }
    // Pasted without markup, a heading is a short phrase of section words over the lines it names ("What you
    // need to bring" over unbulleted items): no skill, no closing stop, and at most one word of its own.
    if (
      !heading &&
      sawContent &&
      next !== undefined &&
      !isBulletLine(line.text) &&
      // A longer line is a heading only when all its words are a section's ("Nice if you have it, not required").
      (line.text.trim().split(/\s+/).length <= 6 ||
        (line.text.trim().split(/\s+/).length <= 10 && classifyHeading(line.text) !== null)) &&
      !/[.!;,]\s*$/.test(line.text.trim()) &&
      !readInlineLabel(line.text) &&
      findSkills(line.text, taxonomy).length === 0 &&
      !conditionNamesSomething(line.text) &&
      !namesQualificationObject(line.text)
    ) {
      const known = classifyHeading(line.text, true)
      if (known) heading = { section: known }
    }
    // A short line between two lists, or marked otherwise than the list it opens ("✨ The fun extras" over "• …"),
    // heads that list by position, whatever its words, as a blank line around it would.
    const previousMark = leadMark(lines[index - 1]?.text ?? '')
    const headsOtherMarks =
      opensList &&
      leadMark(line.text) !== leadMark(next.text) &&
      leadMark(line.text) !== previousMark &&
      // The one item right under a heading ("🛠️ What you'll do" over "👉 …") is an item, not a heading of its own.
      readHeadingLine(lines[index - 1]?.text ?? '') === null &&
      (isBulletLine(line.text) ||
        (previousMark !== '' &&
          /^\p{Lu}/u.test(line.text.trim().slice(leadMark(line.text).length).trim()))) &&
      line.text.trim().split(/\s+/).length <= 6 &&
      !/[.!?;,]\s*$/.test(line.text.trim())
    // Pages pasted from the web lose heading markup; a label standing alone between blank lines is still a heading,
    // and so is one that opens a list after a blank line ("Icing on the cake" over "- ...").
    if (
      !heading &&
      sawContent &&
      (headsOtherMarks ||
        isStandaloneLabel(line) ||
        (line.blankBefore &&
          opensList &&
          !isBulletLine(line.text) &&
          isStandaloneLabel({ ...line, blankAfter: true }))) &&
      looksLikeHeading(line.text, taxonomy)
    )
      heading = { section: 'other' }
    const shaped = !heading && sawContent && headsListByShape(lines, index, taxonomy)
    if (shaped) heading = { section: readShapedHeadingKind(line.text) }
    // A short label over lines it heads (a paragraph, a list marked otherwise, numbered sub-clauses) is a heading by
    // its place, whatever its words (see headsFollowingLines): its words name the section when they can, a kind they
    // state makes it that kind's, and a sub-clause ("4.1" under "4. Perfil") goes on in its clause's section.
    // The line right under a heading is that heading's first line, unless it is a numbered sub-clause.
    let asideByPlace = false
    if (
      !heading &&
      sawContent &&
      current &&
      ((current as PostingSection).start !== lines[index - 1]?.start || clauseNumberOf(line.text) !== null) &&
      headsFollowingLines(lines, index)
    ) {
      const label = labelOfHeading(line.text)
      const stated = readInlineKind(label)
      const parent = clauseNumberOf((current as PostingSection).heading ?? '')
      const number = clauseNumberOf(line.text)
      // The cue words' relaxed reading is for a line over a list, or a clause's title, only.
      const known =
        readHeadingLine(label, opensList || number !== null)?.section ?? classifyHeading(label, true)
      heading =
        (known ? { section: known } : null) ??
        (stated ? { section: stated } : null) ??
        // A lead-in closed by a colon that says its items only weigh in the candidate's favour ("An edge goes to those
        // who hold:", "Dará ventaja contar con:") heads the extras.
        (/:\s*$/u.test(line.text) && readFirmnessWords(label) === 'nice_to_have'
          ? { section: 'nice_to_have' as const }
          : null) ??
        (parent !== null && number?.startsWith(`${parent}.`)
          ? { section: (current as PostingSection).name }
          : null) ??
        // A clause of another top-level number in a numbered outline ("4." after "3.2") is the next part of the
        // document, not more of the open one: it ends that section, whatever its words, and its lines say what it is.
        (parent !== null && number !== null && topClauseOf(number) > topClauseOf(parent)
          ? { section: 'other' }
          : null) ??
        (opensList ? { section: 'other' } : null)
      // Words that name no section over prose: unless a rule below places it by its lines, the label is set aside,
      // and the lines under it are read as they would be without it.
      asideByPlace = heading === null
    }
    // A heading whose words name no section ("Lo mínimo para arrancar", "Before you hit apply") still ends the
    // section above it; what it opens is told by what its lines contain: asks, duties, perks or steps of hiring.
    if (
      heading?.section === 'other' &&
      sawContent &&
      current &&
      // A line right under a heading is the first of its lines, and one that reads as an item is one.
      (current as PostingSection).start !== lines[index - 1]?.start &&
      !readsAsItem(line.text, taxonomy)
    ) {
      const byItems = readSectionByItems(lines, index, taxonomy)
      // A list of asks after the required list is left to the rule below, which reads it as the extras.
      if (
        byItems &&
        !(byItems.section === 'required' && (current as PostingSection).name === 'required' && opensList)
      ) {
        heading = { section: byItems.section }
        judgedUntil = byItems.last
      }
    }
    // A heading the employer's only by a pronoun ("Con esto nos convences más rápido", "What impresses us") over a
    // list of asks heads those asks: the employer is the one persuaded, and a company section would drop them. After
    // the required list and before any optional one, it is the optional list, as below.
    if (
      heading?.section === 'company' &&
      sawContent &&
      current &&
      opensList &&
      readsCompanyByPronounOnly(line.text) &&
      readSectionByItems(lines, index, taxonomy)?.section === 'required'
    )
      heading = {
        section:
          sections.some((section) => section.name === 'required') &&
          !sections.some((section) => section.name === 'nice_to_have')
            ? 'nice_to_have'
            : 'required',
      }
    // A list of the job's own terms after the required list ("Conditions of employment": a check, a licence, the
    // lifting, the roster) is set for everyone hired: more of what is asked, under whatever words.
    if (
      heading?.section === 'other' &&
      opensList &&
      (current as PostingSection | null)?.name === 'required' &&
      (listsJobConditions(lines, index) || NAMES_THE_JOB_TERMS.test(normalizeText(line.text)))
    )
      heading = { section: 'required' }
    // A second list of qualifications under a heading of unknown words, after the required list and before any
    // optional one, is the optional list: postings ask for the essentials first and the extras after them, and a
    // heading the reader cannot place would otherwise leave the extras required.
    if (
      heading?.section === 'other' &&
      opensList &&
      sections.some((section) => section.name === 'required') &&
      !sections.some((section) => section.name === 'nice_to_have') &&
      (current as PostingSection | null)?.name === 'required' &&
      // The required list must have been read: a heading whose lines were all page furniture ("Profile insights" over
      // a board's widget) asked for nothing, and the list under this heading is then the first one.
      units.some((unit) => unit.start >= (current as PostingSection).start) &&
      // An optional list named as such further down is the extras; this one is then something else.
      // Page furniture below ("Was this page helpful?") names no list of the posting's.
      !lines
        .slice(index + 1)
        .some(
          (later, offset) =>
            !furniture.has(index + 1 + offset) &&
            readHeadingLine(later.text, true)?.section === 'nice_to_have',
        )
    )
      heading = { section: 'nice_to_have' }
    // A heading of words no section list holds, over a line that asks by itself, heads what is asked.
    // So is a longer line closed by a colon ("olha só o que o cliente quer pra essa vaga:"), which no heading rule took.
    if (
      (heading?.section === 'other' ||
        (!heading &&
          sawContent &&
          !isBulletLine(line.text) &&
          line.text.trim().split(/\s+/u).length <= 10)) &&
      headsAskedRun(lines, index)
    )
      heading = { section: 'required' }
    // Nor does a short line standing alone after a blank, over lines of another kind than the section it is in,
    // need words of a section to head them ("Por si te interesa" over a list of perks under the duties).
    if (
      !heading &&
      sawContent &&
      current &&
      line.blankBefore &&
      next !== undefined &&
      !isBulletLine(line.text) &&
      line.text.trim().split(/\s+/).length <= 8 &&
      !/[.!;,]\s*$/.test(line.text.trim()) &&
      /^[^\p{Ll}]/u.test(line.text.trim()) &&
      (current as PostingSection).name !== 'title' &&
      !readInlineLabel(line.text) &&
      findSkills(line.text, taxonomy).length === 0 &&
      !readsAsItem(line.text, taxonomy)
    ) {
      const byItems = readSectionByItems(lines, index, taxonomy)
      if (byItems && byItems.section !== (current as PostingSection).name) {
        heading = { section: byItems.section }
        judgedUntil = byItems.last
      }
    }
    // A heading known only by its place names no section: the list under it goes on under the one above.
    // After the optional list, though, a heading of unknown words opens something new: the extras come last among the
    // asks, and what follows them (the hours, the conditions) is not one more extra.
    if (
      shaped &&
      heading?.section === 'other' &&
      current &&
      (current as PostingSection).name !== 'nice_to_have'
    )
      heading = { section: (current as PostingSection).name }
    // A heading that names papers to send ("Documentos a presentar", "Documents to submit") heads the application's
    // papers: a step of applying, whatever the lines under it would read as (a copy of a degree names the degree).
    if (sawContent && current && line.blankBefore && next !== undefined && headsThingsToSend(line.text))
      heading = { section: 'other' }
    // A decorated first line that is no known section ("## Senior Backend Engineer") is the job title.
    if (heading && !sawContent && heading.section === 'other') {
      open('title', null, line.start)
      sawContent = true
      continue
    }
    if (heading) {
      if (judgedUntil < index) judgedUntil = -1
      open(heading.section, line.text.trim(), line.start)
      sawContent = true
      continue
    }
    // A section its lines decided ends with them: the heading's words promised nothing about the lines after the
    // block it was judged by ("Send your CV to…" after a list of asks under "Lo mínimo").
    if (judgedUntil >= 0 && index > judgedUntil && line.blankBefore) {
      judgedUntil = -1
      open('other', null, line.start)
    }
    if (asideByPlace) {
      putAside(line, 'heading')
      continue
    }
    if (!sawContent) {
      sawContent = true
      const words = line.text.trim().split(/\s+/).length
      if (words <= 12 && !/[.!?]\s*$/.test(line.text.trim()) && !readInlineLabel(line.text)) {
        open('title', null, line.start)
        continue
      }
    }
    // The vacancy's name under a first line that was the page's, not the job's ("Portal  Jobs  Sign in").
    if ((current as PostingSection | null)?.name === 'title' && namesRoleByGenderMark(line.text)) {
      putAside(line, 'title')
      continue
    }
    if (!current || (current as PostingSection).name === 'title') open('other', null, line.start)
    // A list under no heading whose first item asks ("Precisa ter…", "You must hold…") is the list of what is asked:
    // its heading was left out, and the items after the first are asked as much.
    if (
      (current as PostingSection | null)?.name === 'other' &&
      (current as PostingSection | null)?.heading === null &&
      opensUnheadedAskedList(lines, index)
    ) {
      open('required', null, line.start)
      unheadedList = current
      unheadedMark = leadMark(line.text)
    } else if (
      unheadedList !== null &&
      current === unheadedList &&
      (!isBulletLine(line.text) || leadMark(line.text) !== unheadedMark)
    ) {
      // The list ends with its last item: what follows is no longer under the heading it never had.
      open('other', null, line.start)
      unheadedList = null
    }
    // A heading pasted as the paragraph's first sentence ("Who we're looking for. You need…") opens its section
    // there, for the rest of the paragraph and the lines after it.
    const glued = isBulletLine(line.text) ? null : readGluedHeading(line.text, lines[index - 1]?.text)
    if (glued && glued.section !== (current as PostingSection | null)?.name) {
      open(glued.section, line.text.slice(0, glued.contentOffset).trim(), line.start)
      unheadedList = null
    }
    // A labelled line that names what is asked ("What we need: …", "Would help (optional): …") is the role's, even
    // under the employer's section.
    const labelHead = /^([^:]{2,60}):\s*\S/u.exec(line.text.trim())?.[1]
    const asksByLabel =
      ['required', 'nice_to_have'].includes(readInlineLabel(line.text)?.section ?? '') ||
      (labelHead !== undefined && readInlineKind(labelHead) !== null)
    // The list of extras ends with its last item: a line after it under a label of its own ("Horário: segunda a
    // sexta", "Schedule: nights") states its own topic, not one more extra.
    const pastExtras =
      (current as PostingSection | null)?.name === 'nice_to_have' &&
      listedInSection &&
      !isBulletLine(line.text) &&
      labelHead !== undefined &&
      readInlineKind(labelHead) === null &&
      readInlineLabel(line.text)?.section !== 'nice_to_have'
    if (isBulletLine(line.text)) listedInSection = true
    const open_ = current as PostingSection | null
    const section =
      (open_?.name === 'company' && asksByLabel) || pastExtras ? 'other' : (open_?.name ?? 'other')
    if (section === 'company') {
      putAside(line, 'company')
      continue
    }
    // An item of a list of duties ("Performs…", "Realiza…", "Other duties as assigned") is the job's work, wherever the
    // list stands; under a heading of asks only a list told almost wholly so.
    if (
      section !== 'responsibilities' &&
      (section === 'required' || section === 'nice_to_have' ? dutyLines.asked : dutyLines.anywhere).has(index)
    ) {
      for (const piece of splitInlineBullets(text, line.start, line.end))
        pushDuty({
          ...tightenSpan(text, piece.start, piece.end),
          section: 'responsibilities',
          kind: null,
        })
      continue
    }
    // An equal-opportunity statement is the employer's policy, whatever qualities it names.
    if (statesEqualOpportunity(line.text)) {
      putAside(line, 'company')
      continue
    }
    const label = readInlineLabel(line.text)
    // A phone post's paragraph opened by an emoji is prose, cut into its sentences, not one list item.
    const bullet = isBulletLine(line.text) && !marksParagraphWithPictograph(line.text, LONG_LINE)
    // Where the line's own content starts: after the company's sentences that open a paragraph, or after the heading
    // glued to it.
    let lineStart = glued ? line.start + glued.contentOffset : line.start
    // A paragraph whose opening sentences were the company's: what is left is prose, read sentence by sentence.
    let paragraph = false
    // A chat message is read without its header ("[09:20] Ana:"), which says who sent it and when. A later message
    // of the one who shared the posting may add to it ("não, só motorista. E tem que conhecer a zona sul"): only its
    // sentences that ask are read, as in a paragraph that opened with the company.
    const chat = readMessageHeader(lines, index)
    const posterAsk = chat === null ? null : findPosterAsk(lines, index)
    const posterAdds = posterAsk !== null
    if (chat) {
      // A header alone on the line above ("Ana, [04.12.26 14:36]") is the page's furniture already.
      const headerEnd = trimEnd(text, line.start, line.start + chat.length)
      if (headerEnd > line.start)
        setAside.push({
          start: line.start,
          end: headerEnd,
          text: text.slice(line.start, headerEnd),
          reason: 'metadata',
        })
      lineStart = line.start + chat.length
      if (posterAsk !== null && posterAsk > chat.length) {
        // What the poster says before the ask answers someone ("tem sim, Bruno."): the reply's, not the posting's.
        const answerEnd = trimEnd(text, lineStart, line.start + posterAsk)
        setAside.push({
          start: lineStart,
          end: answerEnd,
          text: text.slice(lineStart, answerEnd),
          reason: 'narrative',
        })
        lineStart = line.start + posterAsk
      }
      paragraph = posterAdds
    }
    // Prose under a heading that is not about the role ("Day in the Life", "Hire with us") describes someone else:
    // it only counts when it speaks to the reader or states a kind itself.
    if (
      !label &&
      !bullet &&
      !posterAdds &&
      section === 'other' &&
      !pastExtras &&
      open_?.heading !== null &&
      !addressesReader(line.text) &&
      readInlineKind(line.text) === null &&
      line.text.trim().split(/\s+/).length > 8 &&
      (line.text.length > LONG_LINE || !isQualificationLike(line.text))
    ) {
      putAside(line, 'narrative')
      continue
    }
    // Postings without headings tend to open with the employer describing itself ("Acme makes garden furniture
    // and runs three depots."): the first paragraph, when its opening sentence neither speaks to the reader, nor
    // states a kind, nor reads like a qualification, is the company's, not the role's.
    if (!opener && !posterAdds) {
      const words = line.text.trim().split(/\s+/).length
      if (!label && !bullet && words > 8) {
        opener = true
        if (section === 'other' && open_?.heading === null && opensWithCompany(line.text)) {
          // The paragraph may go on to the role and what it asks ("We've fixed roofs for 30 years. You'll need a
          // licence…"): only the sentences before the first one that asks are the company's.
          const asking = splitSentences(text, line.start, line.end).find((sentence) => {
            const words = text.slice(sentence.start, sentence.end)
            return sentenceFurniture(words) === null && asksOfReader(words)
          })
          if (!asking) {
            putAside(line, 'company')
            continue
          }
          const companyEnd = trimEnd(text, line.start, asking.start)
          if (companyEnd > line.start)
            setAside.push({
              start: line.start,
              end: companyEnd,
              text: text.slice(line.start, companyEnd),
              reason: 'company',
            })
          lineStart = asking.start
          paragraph = true
        }
      }
    }
    // A lone job title ("Senior Data Engineer") outside the requirement sections names a role, not a requirement. A
    // line that opens by seeking ("Buscamos gente responsable") asks for what follows, whatever title word it holds.
    if (
      !label &&
      findRequirementPredicate(line.text) === null &&
      section !== 'required' &&
      section !== 'nice_to_have' &&
      line.text.trim().split(/\s+/).length <= 6 &&
      !/[.!?:;]\s*$/.test(line.text.trim()) &&
      hasTitleWord(line.text) &&
      !isQualificationLike(line.text)
    ) {
      putAside(line, 'title')
      continue
    }
    // A label over a bare tenure ("Experiencia mínima: Al menos 3 años") names what the years are of: it stays.
    const contentStart =
      label && !statesBareTenure(text.slice(line.start + label.contentOffset, line.end))
        ? line.start + label.contentOffset
        : lineStart
    const lineSection = label ? label.section : section
    const pieces = splitInlineBullets(text, contentStart, line.end)
      .flatMap((piece) => splitGluedSentences(text, piece.start, piece.end))
      // A line of a requirements list, labelled or under its heading, may list several items between semicolons.
      .flatMap((piece) =>
        label || lineSection === 'required' || lineSection === 'nice_to_have'
          ? splitListedClauses(text, piece.start, piece.end)
          : [piece],
      )
      // …or between commas, each item opening on the word an ask opens with (see splitAskedRun).
      .flatMap((piece) => {
        // Outside a requirements section, a run of asks in prose (a classified ad, an e-mail) shows itself by its
        // first item, a tenure ("Exp. mín. 2 anos em obra, saber ler projeto, CNH B").
        const loose =
          lineSection === 'other' &&
          readMinYears(
            text.slice(
              piece.start,
              piece.start + (findTopCommas(text.slice(piece.start, piece.end))[0] ?? 0),
            ),
          ) !== null
        if (lineSection !== 'required' && lineSection !== 'nice_to_have' && !loose) return [piece]
        const items = splitAskedRun(text, piece.start, piece.end)
        return items.length > 1 ? items.map((item) => ({ ...piece, ...item, listed: true })) : [piece]
      })
      // …or between commas after choices each closed with "or" ("A, B o C, D y E"), see splitClosedChoices.
      .flatMap((piece) => {
        if (lineSection !== 'required' && lineSection !== 'nice_to_have') return [piece]
        const items = splitClosedChoices(text, piece.start, piece.end)
        return items.length > 1 ? items.map((item) => ({ ...piece, ...item, listed: true })) : [piece]
      })
      .flatMap((piece) =>
        splitContrastingClauses(text, piece.start, piece.end).map((part) => ({ ...piece, ...part })),
      )
      .flatMap((piece) =>
        splitAdditiveClauses(text, piece.start, piece.end).map((part) => ({ ...piece, ...part })),
      )
      .flatMap((piece) =>
        splitTrailingPreference(text, piece.start, piece.end, taxonomy).map((part) => ({
          ...piece,
          ...part,
        })),
      )
      .flatMap((piece) =>
        splitBracketedExtra(text, piece.start, piece.end).map((part) => ({ ...piece, ...part })),
      )
    // Whether a sentence of this line has asked yet: the fragments after it go on asking (see readsAsBareAsk).
    let lineAsked = false
    for (const piece of pieces) {
      // A bullet or a short line is one requirement, however many sentences elaborate it; only long paragraphs
      // are cut into sentences, since there each sentence tends to state its own requirement.
      const tight = tightenSpan(text, piece.start, piece.end)
      let spans =
        !bullet &&
        (paragraph || tight.end - tight.start > LONG_LINE || isProse(text.slice(tight.start, tight.end)))
          ? splitSentences(text, piece.start, piece.end)
          : [tight]
      // In a paragraph that opened with the company, a sentence that asks nothing ("The depot is next to the
      // airport.") is the company's too.
      if (paragraph) {
        // In the poster's reply, a sentence that names another participant answers them ("tem sim, Bruno").
        const keeps = (words: string) =>
          asksOfReader(words) && !(posterAdds && answersParticipant(lines, words))
        // Once a sentence has asked, a bare fragment after it ("Imprescindible carnet B. Persona seria y
        // ordenada. Incorporación inmediata.") goes on listing asks without the verb, as an ad clips them; the
        // company's sentences come before the first ask, not among the asks.
        let asked = lineAsked
        const kept = spans.filter((span) => {
          const words = text.slice(span.start, span.end)
          if (keeps(words)) {
            asked = true
            return true
          }
          // One that opens on a definite article speaks of something known ("La tienda abre a las siete."): the
          // employer telling, not an ad clipping an ask.
          return (
            asked &&
            !bullet &&
            !posterAdds &&
            !/^(?:the|el|la|los|las|o|a|os|as)\s/u.test(normalizeText(words.trim())) &&
            sentenceFurniture(words) === null &&
            readsAsBareAsk(words)
          )
        })
        for (const span of spans.filter((span) => !kept.includes(span))) {
          const words = text.slice(span.start, span.end)
          const reason = sentenceFurniture(words) ?? (isDutyLike(words) ? 'narrative' : 'company')
          setAside.push({ ...span, text: words, reason })
        }
        spans = kept
      }
      // A sentence of perks ("Perks include dental, a bike scheme, and a cinema night") goes whole, before its
      // coordinated items are cut apart and its last item is read alone.
      spans = spans.filter((span) => {
        const words = text.slice(span.start, span.end)
        if (!listsPerks(words)) return true
        setAside.push({ ...span, text: words, reason: 'benefits' })
        return false
      })
      // So does the e-mail around a posting ("Came across your profile on the portal and thought this could fit"):
      // cut at its "and", each half would no longer read as the sender speaking to the recipient.
      spans = spans.filter((span) => {
        const words = text.slice(span.start, span.end)
        if (!readsAsMailWrapping(words)) return true
        setAside.push({ ...span, text: words, reason: 'narrative' })
        return false
      })
      // The employer's reason or concession closing an ask ("…, because …", "…, aunque …") is comment, set aside;
      // a cue in it ("…, though it isn't required") still gives the ask its kind.
      const reasoned: Array<{ start: number; end: number; kind?: RequirementKind }> = spans.flatMap(
        (span) => {
          const split = splitTrailingReason(text, span.start, span.end)
          for (const reason of split.reasons) putSpanAside(reason, 'narrative')
          return split.parts
        },
      )
      spans = reasoned
      const shared = spans.length > 1 ? sharedKind(text, spans) : null
      const clauses = reasoned.flatMap((span) => {
        // A schedule ("Shifts run Monday to Friday, 4 to 12, and some weekends") is cut by the conditions it states.
        // "The work involves …, so good written English is essential": the work described, then what it takes.
        // "You'll drive a van, so you'll need a clean licence": the work told in the future, then what it needs.
        const worked = splitWorkConsequence(text, span.start, span.end).flatMap((piece) =>
          splitWorkThenNeed(text, piece.start, piece.end),
        )
        const predicates = worked.flatMap((piece) =>
          statesSchedule(text.slice(piece.start, piece.end))
            ? [{ start: piece.start, end: piece.end }]
            : keepBonusAlternatives(
                text,
                piece,
                keepConditionAlternatives(
                  text,
                  piece,
                  splitCoordinatedPredicates(text, piece.start, piece.end),
                ),
              ),
        )
        const parts = predicates
          .flatMap((part) => splitCuedSubjects(text, part.start, part.end))
          .flatMap((part) =>
            splitRepeatedRelatives(text, part.start, part.end).map((piece) =>
              part.coordinated ? { ...piece, coordinated: true as const } : piece,
            ),
          )
          .flatMap((part) =>
            splitSentenceAsks(text, part.start, part.end).map((piece) =>
              part.coordinated ? { ...piece, coordinated: true as const } : piece,
            ),
          )
          .flatMap((part) =>
            splitVerbAsks(
              text,
              part.start,
              part.end,
              lineSection === 'required' || lineSection === 'nice_to_have',
            ).map((piece) => (part.coordinated ? { ...piece, coordinated: true as const } : piece)),
          )
          .flatMap((part) =>
            splitAfterExamples(text, part.start, part.end).map((piece) =>
              part.coordinated ? { ...piece, coordinated: true as const } : piece,
            ),
          )
          .flatMap((part) =>
            splitRepeatedMarker(text, part.start, part.end, taxonomy).map((piece) =>
              part.coordinated ? { ...piece, coordinated: true as const } : piece,
            ),
          )
          .flatMap((part) =>
            splitAtNewHead(text, part.start, part.end).map((piece) =>
              'coordinated' in part && part.coordinated ? { ...piece, coordinated: true as const } : piece,
            ),
          )
          .flatMap((part) =>
            splitJoinedCredentials(text, part.start, part.end, taxonomy).map((piece) =>
              'coordinated' in part && part.coordinated ? { ...piece, coordinated: true as const } : piece,
            ),
          )
          .flatMap((part) =>
            splitJoinedAmounts(text, part.start, part.end).map((piece) =>
              'coordinated' in part && part.coordinated ? { ...piece, coordinated: true as const } : piece,
            ),
          )
          .flatMap((part) =>
            splitCoordinatedNounPhrases(text, part.start, part.end, taxonomy).map((piece) =>
              part.coordinated ? { ...piece, coordinated: true as const } : piece,
            ),
          )
          // Last, so that the objects of each act are not cut apart as noun phrases of their own.
          .flatMap((part) =>
            splitGerundAsks(text, part.start, part.end).map((piece) =>
              part.coordinated ? { ...piece, coordinated: true as const } : piece,
            ),
          )
        // A clause with no cue of its own takes its sentence's ("X is a plus, and so is Y").
        const whole = text.slice(span.start, span.end)
        const sentenceKind = parts.length > 1 ? readInlineKind(whole) : null
        // "Esperamos que você conheça o ECA, e que tenha prática na mediação de conflitos": the second predicate
        // shares the first one's frame, so it asks as the sentence does.
        // A person described ("You are curious, you listen ..., and you can ...") goes on being described.
        const describesPerson = parts.length > 1 && findPersonQualities(whole) !== null
        const asks =
          parts.length > 1 &&
          (sentenceKind !== null ||
            (isQualificationLike(whole) && !isDutyLike(whole)) ||
            describesPerson ||
            findRequirementPredicate(whole) !== null)
        // Only a predicate that opens with its relative ("que tenha", "who has") continues the sentence's frame; one
        // that opens otherwise ("the ability to escalate") is read on its own words.
        return parts.flatMap((part, index) => {
          const frame =
            asks &&
            index > 0 &&
            (part.coordinated === true ||
              /^(?:que|quem|quien|who|that)\s/u.test(normalizeText(text.slice(part.start, part.end))) ||
              opensSharedPredicate(text.slice(part.start, part.end)) ||
              (describesPerson &&
                /^(?:you|voce|tu)\s/u.test(normalizeText(text.slice(part.start, part.end)))))
          const asked = splitCoordinatedAsks(
            text,
            part.start,
            part.end,
            taxonomy,
            lineSection === 'required' || lineSection === 'nice_to_have',
            label?.section === 'required' || label?.section === 'nice_to_have',
          )
          // Things cut from one ask share its kind: the cue of the whole ("…, is a plus") speaks for each.
          const partKind = asked.length > 1 ? readInlineKind(text.slice(part.start, part.end)) : null
          return asked.flatMap((ask) => {
            // Conditions of the job stated in one sentence ("stand for long periods and lift 25 lb") are confirmed
            // one by one: each is an ask of its own, asked as the sentence was.
            const said = text.slice(ask.start, ask.end)
            // A duty ("improve the deploy pipeline and join the on-call rotation") is the role's work, read whole.
            // "Travel is up to 50%" opens with the noun a duty verb is spelled like. Told as the work, the body's
            // effort or a licence ("You'll be lifting up to 50 lb, and installs mean a G licence") is still confirmed.
            const conditions =
              isDutyLike(said) &&
              !leadsWithJobCondition(said) &&
              !/^\S+\s+(?:is|are|will be|e|sera|es|seran|sao)\s/u.test(normalizeText(said))
                ? [{ start: ask.start, end: ask.end }]
                : splitConditionClauses(text, ask.start, ask.end)
            const asksConditions = conditions.length > 1 && (asksOfReader(said) || statesJobCondition(said))
            // A cue closing the sentence ("…, are a plus") speaks for every condition; one inside a condition
            // ("occasional Saturdays") only for its own.
            const last = conditions[conditions.length - 1] as { start: number; end: number }
            const closingKind =
              conditions.length > 1 ? readInlineKind(text.slice(last.start, last.end)) : null
            // A predicate of needing that opens the sentence ("This role requires a credit check and a background
            // check") asks for every condition it takes.
            const openingKind =
              conditions.length > 1 && findRequirementPredicate(said) !== null ? 'required' : null
            return conditions.map((condition) => ({
              ...(conditions.length > 1 ? tightenSpan(text, condition.start, condition.end) : condition),
              sentence: spans.length > 1 ? { start: span.start, end: span.end } : undefined,
              coordinated: part.coordinated === true,
              inherited: span.kind ?? sentenceKind ?? partKind ?? closingKind ?? openingKind,
              asks:
                frame ||
                ask.asks ||
                (asksConditions &&
                  readConditionSubject(normalizeText(text.slice(condition.start, condition.end))) !== null),
              condition: conditions.length > 1,
              describes: frame && describesPerson,
            }))
          })
        })
      })
      // Where the sentences that ask start: the fragments after them go on asking.
      const askedAt = spans
        .filter((sentence) => asksOfReader(text.slice(sentence.start, sentence.end)))
        .map((sentence) => sentence.start)
      for (const span of clauses) {
        if (span.end - span.start < 2) continue
        // "It is not a deal-breaker", "será avaliada na entrevista": a comment on the ask just read, which says how it
        // counts or is checked. It is no ask of its own; one that makes the ask optional or needed sets its kind.
        const comment = commentsOnPreviousAsk(text.slice(span.start, span.end))
        if (comment !== null) {
          const previous = units[units.length - 1]
          if (
            comment !== 'same' &&
            previous !== undefined &&
            previous.end <= span.start &&
            !/\n\s*\n/u.test(text.slice(previous.end, span.start))
          )
            units[units.length - 1] = { ...previous, kind: comment }
          putSpanAside(span, 'narrative')
          continue
        }
        // In a paragraph under no heading, a fragment after a sentence that asks ("need someone with X. Safe Pass
        // obviously, in date.") is one more ask, told without its verb.
        if (
          !span.asks &&
          (lineAsked || askedAt.some((at) => at < span.start)) &&
          // A whole sentence, not a conjunct cut from one ("… vans and a safe showroom").
          spans.some((sentence) => sentence.start === span.start && sentence.end === span.end) &&
          !bullet &&
          section === 'other' &&
          open_?.heading === null &&
          readsAsBareAsk(text.slice(span.start, span.end))
        )
          span.asks = true
        // The work described ("The work involves arranging meetings…") is the role's duties, whatever kind the
        // sentences around it state.
        if (describesTheWork(text.slice(span.start, span.end))) {
          pushDuty({ start: span.start, end: span.end, section: 'responsibilities', kind: null })
          continue
        }
        // "We do not require a degree": a waiver names what is not asked.
        if (waivesAsk(text.slice(span.start, span.end))) {
          putSpanAside(span, 'narrative')
          continue
        }
        // "To be considered, you'll need to bring the following.": a lead-in names nothing; its lines are the asks.
        if (announcesWhatFollows(text.slice(span.start, span.end), taxonomy)) {
          putSpanAside(span, 'narrative')
          continue
        }
        // "CHOFER GRÚA AUXILIO MECÁNICO. Emp. de auxilio busca…": the ad's title in capitals, run into its text.
        if (readsAsAdTitle(text.slice(span.start, span.end), line.text)) {
          putSpanAside(span, 'title')
          continue
        }
        const furniture = sentenceFurniture(text.slice(span.start, span.end))
        if (furniture) {
          setAside.push({
            start: span.start,
            end: span.end,
            text: text.slice(span.start, span.end),
            reason: furniture,
          })
          if (furniture === 'call-to-action')
            units.push(...proofUnits(span.start, text.slice(span.start, span.end)))
          continue
        }
        const unit: Unit = {
          start: span.start,
          end: span.end,
          ...(piece.preferenceAt !== undefined &&
          piece.preferenceAt > span.start &&
          piece.preferenceAt < span.end
            ? { preferenceAt: piece.preferenceAt }
            : {}),
          section:
            lineSection === 'benefits' &&
            readsAsAskAmongBenefits(
              text.slice(span.start, span.end),
              label ? line.text.slice(0, label.contentOffset) : (open_?.heading ?? null),
              taxonomy,
            )
              ? 'required'
              : lineSection,
          ...(span.asks ? { continuesAsking: true } : {}),
          ...(span.describes ? { describesPerson: true } : {}),
          ...('listed' in piece && piece.listed === true ? { listed: true } : {}),
          ...(span.coordinated ? { coordinated: true } : {}),
          ...(span.condition ? { condition: true } : {}),
          ...(span.sentence ? { proseSentence: span.sentence } : {}),
          kind:
            'kind' in piece && piece.kind
              ? piece.kind
              : label?.section === 'required'
                ? 'required'
                : label?.section === 'nice_to_have'
                  ? 'nice_to_have'
                  : // The option another sentence states does not reach a condition the job sets ("Hours are 7 to 3").
                    shared === 'nice_to_have' && statesJobCondition(text.slice(span.start, span.end))
                    ? span.inherited
                    : (shared ?? span.inherited),
        }
        // "Experiência com SQL. Não é eliminatório.": a closing sentence that comments on the ask is cut off, and
        // sets the ask's kind when it says how the ask counts.
        const closing = /[.!?]\s+(\p{Lu}[^.!?]*[.!?]?)\s*$/u.exec(text.slice(unit.start, unit.end))
        const closingComment = closing ? commentsOnPreviousAsk(closing[1] ?? '') : null
        if (closing && closingComment !== null) {
          const commentStart = unit.start + closing.index + closing[0].indexOf(closing[1] ?? '')
          setAside.push({
            start: commentStart,
            end: unit.end,
            text: text.slice(commentStart, unit.end),
            reason: 'narrative',
          })
          unit.end = unit.start + closing.index + 1
          if (closingComment !== 'same') unit.kind = closingComment
        }
        if (lineSection === 'responsibilities') pushDuty(unit)
        else units.push(unit)
      }
      if (askedAt.length > 0) lineAsked = true
    }
  }
  if (current) (current as PostingSection).end = trimEnd(text, (current as PostingSection).start, text.length)
  return { sections, units, responsibilities, setAside }
}

/** What a unit of the job's work demands of the person who does it (see findDemandsInWork), as asks of their own. */
function demandsOfWork(text: string, unit: { start: number; end: number }): Unit[] {
  return findDemandsInWork(text.slice(unit.start, unit.end)).map((demand) => ({
    start: unit.start + demand.start,
    end: unit.start + demand.end,
    section: demand.kind,
    kind: demand.kind,
  }))
}

/** The documents of proof a call to apply asks for, each asked as a requirement of its own (see findProofDocuments). */
function proofUnits(start: number, said: string): Unit[] {
  return findProofDocuments(said).map((span) => ({
    start: start + span.start,
    end: start + span.end,
    section: 'required',
    kind: null,
    listed: true,
  }))
}

function trimEnd(text: string, start: number, end: number): number {
  let to = end
  while (to > start && /\s/.test(text[to - 1] ?? '')) to -= 1
  return to
}

const KEYWORD_STOPWORDS = new Set(
  (
    'a an the and or of to in on for with as at by from into via is are be been being will would should can could ' +
    'you your we our us their this that these those it its who what which when where how any all some such other ' +
    'etc e.g i.e ie eg including include includes within across about over under more most than very well also ' +
    'experience experienced years year ability able strong excellent good great solid proven demonstrated ' +
    'knowledge understanding skills skill working work related relevant equivalent practical field plus preferred ' +
    'required must ideally bonus nice have has having minimum least similar using use used familiarity familiar ' +
    'hands-on comfortable confident exposure fluency fluent know way around ability proficiency proficient ' +
    'de da do das dos e em com para por um uma os as no na nos nas ao que se ou sua seu experiencia conhecimento ' +
    'conhecimentos anos ano desejavel diferencial obrigatorio el la los las y en con para por un una del al lo o ' +
    'experiencia conocimiento conocimientos anos deseable valorable imprescindible requerido'
  ).split(/\s+/),
)

const SHORT_KEYWORDS = new Set([
  'bs',
  'ba',
  'ms',
  'ma',
  'ai',
  'ml',
  'ux',
  'ui',
  'qa',
  'hr',
  'pr',
  'go',
  'c',
  'r',
])

/** Significant words of a skill-less requirement, in order of appearance, used for keyword evidence. */
export function extractKeywords(text: string): string[] {
  const seen = new Set<string>()
  const keywords: string[] = []
  for (const raw of tokenizeWords(text)) {
    const word = raw.replace(/'s$/, '').replace(/[.'-]+$/, '')
    if (/^\d/.test(word) || KEYWORD_STOPWORDS.has(word)) continue
    if (word.length < 3 && !SHORT_KEYWORDS.has(word)) continue
    if (seen.has(word)) continue
    seen.add(word)
    keywords.push(word)
    if (keywords.length === 8) break
  }
  return keywords
}

// What may sit between two skills of one list: punctuation, conjunctions, and "or similar"-style tails.
const LIST_GAP = /^[\s,;/|&()+]*(?:(?:and\/or|and|or|e|ou|y|o|u|as well as|nor|plus)[\s,;/|&()]*)*$/
const DISJUNCTIVE_GAP = /\/|\||\bor\b|\bou\b|\bo\b|\bu\b|and\/or/
const CONJUNCTIVE_GAP = /\band\b|\be\b|\by\b|&|\bas well as\b|\bplus\b/
const ALTERNATIVES_BEFORE =
  /(?:\bsuch as|\be\.?g\.?|\blike|\bfor example|\bincluding|\bone of|\bany of|\beither|\bcomo|\bpor exemplo|\bpor ejemplo|\bum de|\buno de|\balgum|\balguna?|\(|\bou|\bor)[\s:,]*$/
const ALTERNATIVES_AFTER =
  /^[\s,)]*(?:or|ou|o|u)\s+(?:(?:an?|any|um|uma|un|una|areas?|campos?|carreras?)\s+)?(?:similar|equivalent|other|another|related|relevant|comparable|equivalente|semelhantes?|outr[oa]s?|otr[oa]s?|afins|afines|relacionad[oa]s?|correlat[oa]s?)\b/
// A disjunction whose next conjunct opens with a word or two of its own before the skill: "B2B or consumer
// marketing", "partner management or strategic consulting", "Salesforce or other CRM software". The words modify the
// next skill; a preposition, an article or a frame noun there starts another phrase instead ("or experience with").
const DISJUNCTION_INTO_CONJUNCT = /^[\s,]*(?:and\/or|or|ou|o|u)\s+((?:\p{L}[\p{L}\d+#-]*\s+){1,2})$/u
// Words that open a phrase of their own rather than modify the skill after them: prepositions, articles, frame nouns.
const FRAME_WORDS =
  'in on of with for to at by from into as via within using experience knowledge skills understanding ' +
  'familiarity background expertise proficiency ability working work years year em de do da dos das com para por ' +
  'no na nos nas en del con el la los las al experiencia conhecimento conocimiento anos'
const NOT_A_MODIFIER = new Set(`a an the ${FRAME_WORDS}`.split(' '))
// What may stand between a list's last skill and its closing "or": items the taxonomy does not know ("a related
// field", "Social Science"), which may take an article, but no phrase of their own ("experience with AWS").
const NOT_A_LIST_ITEM = new Set(FRAME_WORDS.split(' '))
// The conjunction that closes a list decides it: "Marketing, Communications, Journalism or related field" and
// "Psychology, Statistics, a related field or equivalent practical experience" end in "or", so the taxonomy's names
// before it are alternatives even when only commas sit between them. Read up to the end of the clause.
const CLOSED_BY_DISJUNCTION = /^((?:\s*,\s*[^,;:.()]{1,40}?)*),?\s+(?:and\/or|or|ou|o|u)\s+\S/u
// Where a clause ends inside a line: a stop, or a comma before a conjunction that opens the next ask.
// A full stop ends it only before a capital, so "(e.g. Java, Go)" stays inside.
const CLAUSE_END = /;|[.!?](?:\s+(?=\p{Lu})|$)|,\s*(?:and|e|y|but|mas|pero|plus)\s/gu
// "Experience in one or more of the following: A, B, C", "pelo menos uma das linguagens: …", "al menos uno de …":
// whatever the list's own conjunctions, any one item it names meets the line. "Two or more" asks for more than one.
// A count of years or months ("at least one year of Python and SQL") is a tenure, not a choice.
const ANY_ONE_OF =
  /\b(?:(?:at least )?one or more|at least one|any (?:one )?of|one of (?:the following|these)|(?:um|uma) (?:dos|das) seguintes|(?:uno|una) de (?:los|las) siguientes|(?:pelo menos )?(?:um|uma) ou (?:mais|mas)|pelo menos (?:um|uma)|(?:al menos )?(?:uno|una) o m[aá]s|al menos (?:uno|una|un))\b(?!\s+(?:years?|yrs?|months?|anos?|mes(?:es)?|ano)\b)/u

// `words`: the posting's own words for a group read as one ask, when they say more than the skills' names.
type SkillGroup = { matches: SkillMatch[]; alternatives: boolean; words?: string }

/** True when the gap is "or" plus the words that open the next conjunct ("B2B *or consumer* marketing"). */
function opensNextConjunct(gap: string): boolean {
  const words = DISJUNCTION_INTO_CONJUNCT.exec(gap)?.[1]?.trim().split(/\s+/) ?? []
  return words.length > 0 && words.every((word) => !NOT_A_MODIFIER.has(word) && !/ing$/.test(word))
}

const LIST_SEPARATOR = /\s*(?:,|\band\/or\b|\bor\b|\band\b|\bou\b|\be\b|\by\b|\bo\b|\bu\b)\s*/u

/**
 * True when the gap between two skills holds list items the taxonomy does not know, each between separators: in
 * "marketing, strategy, consulting or retail areas" the list runs on through "strategy" to its closing "or", and in
 * "marketing research and/or consulting" through the end of a conjunct the taxonomy named by its first word.
 */
function continuesList(gap: string): boolean {
  const parts = gap.split(LIST_SEPARATOR).map((part) => part.trim())
  if (parts.length < 2 || parts[parts.length - 1] !== '') return false
  // The first part ends the previous conjunct ("marketing *research* and/or consulting"); the others are items.
  return parts.slice(0, -1).every((part, index) => {
    if (part === '') return index === 0
    const words = part.split(/\s+/)
    return (
      words.length <= (index === 0 ? 2 : 3) &&
      words.every((word) => /^\p{L}[\p{L}\d+#/-]*$/u.test(word) && !NOT_A_MODIFIER.has(word))
    )
  })
}

// "Two or more of the following": a count above one asks for several of the list, so its closing "or" does not make
// it a choice of one.
const ASKS_SEVERAL =
  /\b(?:(?:two|three|four|five|[2-9]) or more|at least (?:two|three|[2-9])|(?:dois|duas|tres|2|3) ou mais|(?:dos|tres|2|3) o m[aá]s)\b/u

/** True when the line, up to this position, asks for several items of a list ("two or more from the following"). */
function asksSeveral(text: string, position: number): boolean {
  const lineStart = text.lastIndexOf('\n', position - 1) + 1
  return ASKS_SEVERAL.test(normalizeText(text.slice(lineStart, position)))
}

/** True when the rest of the clause closes its list with "or" before any "and" ("…, marketing research and/or consulting"). */
function closesWithOr(after: string): boolean {
  const clause = after.split(/[;:.(]/u)[0] ?? ''
  const closing = /(?:^|\s)(and\/or|or|ou|o|u|and|e|y|&)(?=\s)/u.exec(clause)?.[1]
  return closing !== undefined && !/^(?:and|e|y|&)$/u.test(closing)
}

/** True when the words after a list's last skill continue it and close it with "or" ("…, Journalism or related field"). */
function closedByDisjunction(after: string): boolean {
  const clause = after.split(/[;:.(]/u)[0] ?? ''
  const closed = CLOSED_BY_DISJUNCTION.exec(clause)
  if (!closed) return false
  return (closed[1] ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .every((item) => {
      const words = item.split(/\s+/)
      return words.length <= 4 && words.every((word) => /^\p{L}/u.test(word) && !NOT_A_LIST_ITEM.has(word))
    })
}

function mutuallyRelated(taxonomy: Taxonomy, ids: string[]): boolean {
  if (ids.length < 2) return false
  const neighbours = new Map(ids.map((id) => [id, new Set(relatedSkillIds(taxonomy, id))]))
  for (const a of ids) {
    for (const b of ids) {
      if (a === b) continue
      if (!neighbours.get(a)?.has(b) && !neighbours.get(b)?.has(a)) return false
    }
  }
  return true
}

// Words that introduce examples of what came before: the list illustrates one requirement, it does not add more.
// A preferred instance ("cloud, ideally AWS") is read as an example: any of them meets the one requirement, and so is
// a stressed or singled-out one ("Office, especially Excel", "o pacote Office, em particular o Excel", "inglés,
// específicamente la escritura"): the part named is a part of the whole already asked.
const EXAMPLE_MARKER =
  /(?:e\.\s?g\.?|for example|for instance|such as|like|including|incl\.|i\.e\.|p\.\s?ex\.?|por exemplo|por ejemplo|como|tais como|tales como|incluindo|incluyendo|entre outros|entre otros|ideally|preferably|idealmente|preferencialmente|preferiblemente|preferentemente|de preferencia|especially|particularly|specifically|notably|mainly|principalmente|especialmente|particularmente|especificamente|nomeadamente|designadamente|sobretudo|sobre todo|above all|em especial|en especial|in particular|em particular|en particular)/

// The preposition or article the marker's phrase repeats from the frame ("em particular *do* Excel", "in particular
// *the* reporting side", "en especial *con* SAP"): function words, not items.
const MARKER_ARTICLES =
  '(?:(?:of|the|with|in|on|for|de|do|da|dos|das|del|o|a|os|as|el|la|los|las|em|no|na|nos|nas|en|com|con|para)\\s+){0,2}'

// The examples may open with items the taxonomy does not know ("including auto layout and component libraries"):
// a known item after them is still an example.
const EXAMPLE_GAP = new RegExp(
  `^[\\p{L}\\s-]{0,40}[,:(]?\\s*\\(?\\b${EXAMPLE_MARKER.source}[\\s:,]*${MARKER_ARTICLES}(?:[\\p{L}\\d][\\p{L}\\d+#.-]*(?:\\s+[\\p{L}\\d][\\p{L}\\d+#.-]*){0,2}\\s*(?:,\\s*|\\s(?:and|or|e|ou|y|o)\\s+|,\\s*(?:and|or|e|ou|y|o)\\s+))*$`,
  'u',
)

/** True when `next` opens a list of examples (in brackets or after "e.g.", "such as", "por exemplo") of `previous`. */
function isExampleList(text: string, previous: SkillMatch, next: SkillMatch): boolean {
  const gap = text.slice(previous.end, next.start)
  if (/^[\p{L}\s-]{0,30}\(\s*(?:e\.g\.?,?\s*|such as\s*|like\s*)?$/u.test(gap)) return true
  if (opensDashedExamples(text, previous, next)) return true
  const folded = normalizeText(gap)
  return EXAMPLE_GAP.test(folded)
}

/**
 * True when a spaced dash right after a skill ("Microsoft 365 – Outlook, Word and Excel", "Adobe CC - Photoshop,
 * InDesign - …") opens a short list of names, as a bracket would: the names are the members of the family or class
 * named before the dash, not asks beside it. The list runs to the line's end or to a second spaced dash, which closes
 * it as a bracket's end does; a dash before a single word or before a clause ("Python - we use it daily") opens no list.
 */
function opensDashedExamples(text: string, previous: SkillMatch, next: SkillMatch): boolean {
  // Members the taxonomy does not know may come first ("Google Workspace – Gmail, Google Sheets …").
  const gap = /^\s[–—-]\s+(?:[\p{L}\d][^,;:()–—\n]{0,30}(?:,\s*|\s(?:and|or|e|ou|y|o)\s+))*$/u.exec(
    text.slice(previous.end, next.start),
  )
  if (!gap) return false
  // A list before the dash ("Docker, Kubernetes - AWS, GCP") has no one family for the names after it to illustrate.
  const lineStart = text.lastIndexOf('\n', previous.start - 1) + 1
  if (/[,;]/u.test(text.slice(lineStart, previous.start))) return false
  const listStart = previous.end + (/^\s[–—-]\s+/u.exec(gap[0])?.[0].length ?? 0)
  const lineEnd = text.indexOf('\n', next.start)
  const rest = text.slice(listStart, lineEnd < 0 ? text.length : lineEnd)
  const closing = /\s[–—-]\s|[;:.!?](?:\s|$)/u.exec(rest)
  const list = (closing ? rest.slice(0, closing.index) : rest).trim()
  if (/[()]/u.test(list)) return false
  const members = list.split(/\s*,\s*(?:(?:and|or|e|ou|y|o)\s+)?|\s+(?:and|or|e|ou|y|o|&)\s+/u)
  return (
    members.length >= 3 &&
    members.every((member) => /^[\p{Lu}\d]/u.test(member) && member.split(/\s+/u).length <= 3)
  )
}

const CLASS_NOUN =
  /\b(?:systems?|tools?|tooling|frameworks?|platforms?|environments?|stacks?|solutions?|technolog(?:y|ies)|engines?|librar(?:y|ies)|ferramentas?|plataformas?|herramientas?|sistemas?)\b/u

const CLASS_BEFORE = new RegExp(`${CLASS_NOUN.source}\\s+(?:de|do|da|del|of|for)\\s+$`, 'u')

/** True when the words around a skill and the opening of its examples name a class of tools the examples list. */
function namesAClass(text: string, previous: SkillMatch, next: SkillMatch): boolean {
  // "BI tools such as ..." names the class after the skill; "ferramentas de BI, por exemplo ..." before it.
  const before = normalizeText(text.slice(Math.max(0, previous.start - 20), previous.start))
  return CLASS_NOUN.test(normalizeText(text.slice(previous.end, next.start))) || CLASS_BEFORE.test(before)
}

/** Mentions that restate the skill of the mention before them: the same item again, not another one. */
const restated = new WeakSet<SkillMatch>()

/** The posting's own words for a mention, folded, for telling two asks under one taxonomy name apart. */
function foldedSurface(match: SkillMatch): string {
  return normalizeText(match.surface).replace(/[^\p{L}\p{N}]+/gu, '')
}

/**
 * True when a second mention of the same skill is another item of a list rather than the first restated: a list
 * separator stands between them (no bracket, no "as", no "or"), and the posting names them in different words.
 */
function asksAgain(text: string, previous: SkillMatch, match: SkillMatch): boolean {
  const gap = normalizeText(text.slice(previous.end, match.start))
  if (foldedSurface(previous) === foldedSurface(match)) return false
  if (!/^\s*(?:,|,?\s*(?:and|e|y|&|plus|as well as))\s*$/u.test(gap) && !joinsCodes(gap, previous, match))
    return false
  // Inside brackets the names illustrate what stands before them ("Excel (VLOOKUP, pivot tables)").
  const lineStart = text.lastIndexOf('\n', previous.start - 1) + 1
  const before = text.slice(lineStart, previous.start)
  if ((before.match(/\(/gu) ?? []).length > (before.match(/\)/gu) ?? []).length) return false
  if (EXAMPLE_GAP.test(normalizeText(before.slice(-60)))) return false
  // A list that closes with "or" offers them as one choice ("TEFL, TESOL or CELTA").
  return !closesWithOr(normalizeText(text.slice(match.end, match.end + 160)))
}

// Two codes ("NR-35", "ISO 9001") with a short gap that closes on a joint: a comma or "and", the words before it
// only glossing or dating the first code ("(trabalho em altura) em dia, e", "(current) and").
const CODE = /\p{L}[-\s]?\d/u
const CODE_JOINT = /^(?:\s*\([^()]{1,40}\))?(?:\s+[\p{L}]+){0,3}\s*(?:,|,?\s*(?:and|e|y|&))\s*$/u

/**
 * True when a gap joins two distinct codes as two asks ("NR-35 (trabalho em altura) em dia, e NR-12"): each code is
 * a standard of its own, and what the posting says of the first (its gloss in a bracket, that it must be current)
 * does not make the second a restatement of it. Folded gap; no "or" may stand in it.
 */
function joinsCodes(gap: string, previous: SkillMatch, match: SkillMatch): boolean {
  if (!CODE.test(previous.surface) || !CODE.test(match.surface)) return false
  if (/\b(?:or|ou|o|u)\b/u.test(gap)) return false
  return CODE_JOINT.test(gap)
}

/** True when two mentions sit inside one bracket, with more than a list separator between them. */
function insideOneBracket(text: string, previous: SkillMatch, match: SkillMatch): boolean {
  const gap = text.slice(previous.end, match.start)
  if (/[()\n]/u.test(gap) || LIST_GAP.test(normalizeText(gap))) return false
  const lineStart = text.lastIndexOf('\n', previous.start - 1) + 1
  const before = text.slice(lineStart, previous.start)
  const open = before.lastIndexOf('(')
  if (open < 0 || before.indexOf(')', open) >= 0) return false
  // The bracket holds a short list: items of a few words between commas, closed before the line ends.
  const close = text.indexOf(')', match.end)
  const lineEnd = text.indexOf('\n', match.end)
  if (close < 0 || (lineEnd >= 0 && close > lineEnd)) return false
  const inside = text.slice(lineStart + open + 1, close)
  return inside.split(/,|\s(?:and|or|e|ou|y|o)\s/u).every((item) => item.trim().split(/\s+/u).length <= 3)
}

/** True when a mention sits inside the words offering the mention before it with anything like it. */
function offersKindOf(text: string, previous: SkillMatch, match: SkillMatch): boolean {
  const lineEnd = text.indexOf('\n', previous.end)
  const end = readOfferedAlike(text, previous.end, lineEnd < 0 ? text.length : lineEnd)
  return end !== null && match.start >= previous.end && match.end <= end
}

/** Groups skill mentions into lists and decides whether each list is "any of" or "all of". */
function groupSkills(text: string, matches: SkillMatch[], taxonomy: Taxonomy): SkillGroup[] {
  const groups: SkillGroup[] = []
  let current: SkillMatch[] = []
  let disjunctive = false
  // "Docker and Kubernetes": a list joined by "and" asks for each, even when the skills are related.
  let conjunctive = false
  // "B2B marketing", "advertising sales": two fields with only a space between are one phrase, the first narrowing
  // the second. Tools are not ("gRPC service design", "Python packaging" ask for the tool and the practice).
  let spaced = true
  const flush = () => {
    if (current.length === 0) return
    const first = current[0] as SkillMatch
    const last = current[current.length - 1] as SkillMatch
    const before = normalizeText(text.slice(Math.max(0, first.start - 40), first.start))
    const after = normalizeText(text.slice(last.end, last.end + 30))
    const ids = [...new Set(current.map((match) => match.skillId))]
    const alternatives =
      ids.length > 1 &&
      (disjunctive ||
        ALTERNATIVES_BEFORE.test(before) ||
        ALTERNATIVES_AFTER.test(after) ||
        (spaced && ids.length === 2 && !ids.some((id) => isToolSkill(taxonomy, id))) ||
        (!conjunctive &&
          (mutuallyRelated(taxonomy, ids) ||
            (!asksSeveral(text, first.start) &&
              closedByDisjunction(normalizeText(text.slice(last.end, last.end + 160)))))))
    groups.push({ matches: current, alternatives })
    current = []
    disjunctive = false
    conjunctive = false
    spaced = true
  }
  for (const match of matches) {
    const previous = current[current.length - 1]
    // The same skill restated ("English as a second language (ESL)") is neither an example nor a new item. Two
    // things the taxonomy files under one name but the posting asks for in different words, joined as items of a
    // list ("NR-10 and NR-35", both safety norms), are two items.
    if (previous && previous.skillId === match.skillId && !asksAgain(text, previous, match)) {
      restated.add(match)
      current.push(match)
      continue
    }
    if (previous && isExampleList(text, previous, match)) {
      // "cloud environments (GCP, AWS, Azure)": the named examples are ways to meet the general skill. When the
      // phrase names a class ("ML metadata systems (MLflow, W&B, Neptune)"), the leading skill only describes the
      // class: keeping it as an alternative would let any "machine learning" mention satisfy the requirement.
      // Examples illustrate the item just before them, not the whole list: in "Active Directory, Office 365 and
      // ticketing tools such as Jira", Active Directory and Office 365 stay items of their own.
      // "Prometheus and Grafana or tools such as Datadog": examples offered as another choice keep the whole list.
      const classNamed = namesAClass(text, previous, match)
      const offeredInstead = /^[\s,]*(?:or|ou|o|u)\b/u.test(
        normalizeText(text.slice(previous.end, match.start)),
      )
      // "Office 365 and ticketing tools such as Jira": a conjunction before the class makes the skill an item of
      // its own, not a word of the class's name ("BI tools such as ...").
      const ownItem =
        classNamed &&
        /^[\s,;]*(?:and|e|y|&|plus|as well as)\b/u.test(normalizeText(text.slice(previous.end, match.start)))
      const earlier = current.slice(0, -1)
      if (ownItem) {
        flush()
        current = []
      } else if (!offeredInstead && earlier.length > 0) {
        current = earlier
        flush()
        current = classNamed ? [] : [previous]
      } else if (classNamed && current.length === 1 && !offeredInstead) current = []
      disjunctive = true
      current.push(match)
      continue
    }
    // "servicios de conectividad (MPLS, fibra, SD-WAN)": a bracketed list illustrates the phrase before it, whatever
    // words the taxonomy does not know stand between its names.
    if (previous && insideOneBracket(text, previous, match)) {
      disjunctive = true
      current.push(match)
      continue
    }
    // "Xero or a similar accounting package", "AutoCAD ou um software de desenho equivalente": the kind named in the
    // offer of anything like the product is what the product is, one choice with it, no ask of its own.
    if (previous && offersKindOf(text, previous, match)) {
      disjunctive = true
      current.push(match)
      continue
    }
    if (previous) {
      const gap = normalizeText(text.slice(previous.end, match.start))
      if (LIST_GAP.test(gap)) {
        if (DISJUNCTIVE_GAP.test(gap)) disjunctive = true
        else if (CONJUNCTIVE_GAP.test(gap)) conjunctive = true
        if (gap.trim() !== '') spaced = false
        current.push(match)
        continue
      }
      spaced = false
      if (opensNextConjunct(gap)) {
        disjunctive = true
        current.push(match)
        continue
      }
      // Only a list that goes on to close with "or" runs through items it does not name: "HTML, CSS, AMP, PWA"
      // keeps its groups as they were.
      if (
        continuesList(gap) &&
        !asksSeveral(text, previous.start) &&
        (DISJUNCTIVE_GAP.test(gap) || closesWithOr(normalizeText(text.slice(match.end, match.end + 160))))
      ) {
        if (DISJUNCTIVE_GAP.test(gap)) disjunctive = true
        else if (CONJUNCTIVE_GAP.test(gap)) conjunctive = true
        current.push(match)
        continue
      }
      flush()
    }
    current.push(match)
  }
  flush()
  return groups
}

/** Drops overlapping matches, keeping the longer surface, so "Argo Workflows" is not also "Argo". */
function dedupeMatches(matches: SkillMatch[]): SkillMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start))
  const kept: SkillMatch[] = []
  for (const match of sorted) {
    const last = kept[kept.length - 1]
    if (last && match.start < last.end) continue
    kept.push(match)
  }
  return kept
}

function skillName(taxonomy: Taxonomy, id: string): string {
  return getSkill(taxonomy, id)?.name ?? id
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`
}

function weightFor(kind: RequirementKind, text: string, minYears: number | null): number {
  if (kind === 'nice_to_have') return REQUIREMENT_WEIGHTS.niceToHave
  if (minYears !== null || EMPHASIS.test(normalizeText(text))) return REQUIREMENT_WEIGHTS.requiredEmphasised
  return REQUIREMENT_WEIGHTS.required
}

/** Skills named before a "Label:" colon define the requirement; the body only adds "X, Y or equivalent" alternatives. */
function selectGroups(text: string, unitStart: number, groups: SkillGroup[]): SkillGroup[] {
  const unitText = text.slice(unitStart)
  const colon = /^([^:.\n]{2,40}):\s/.exec(unitText)
  if (!colon) return groups
  const labelEnd = unitStart + (colon[1]?.length ?? 0)
  const labelGroups = groups.filter((group) => (group.matches[0] as SkillMatch).start < labelEnd)
  if (labelGroups.length === 0) return groups
  const bodyAlternatives = groups.filter(
    (group) => (group.matches[0] as SkillMatch).start >= labelEnd && group.alternatives,
  )
  const labelGroup = labelGroups[0]
  if (labelGroups.length === 1 && labelGroup && bodyAlternatives.length > 0) {
    const merged = [...labelGroup.matches, ...bodyAlternatives.flatMap((group) => group.matches)]
    return [{ matches: merged, alternatives: true }]
  }
  return labelGroups
}

// "collaborate across ML, research, and backend teams": here a skill name describes people, not a skill asked for.
const TEAM_NOUN =
  /^[\s-]*(?:teams?|engineers?|squads?|departments?|colleagues|stakeholders|equipes?|times|equipos?)\b/iu

const GROUP_OF =
  /\b(?:team|crew|staff|group|squad|department|workforce|equipe|equipo|time|grupo|plantilla) (?:of|de) (?:(?:up to|over|more than|ate|hasta|mais de|mas de) )?(?:\d+\+?\s+)?$/

/** True when the mention is followed by a word for people ("backend teams"), so it is not a skill requirement. */
function namesATeam(sentence: string, match: SkillMatch): boolean {
  // A plural role ("data engineers", "a team of cashiers") is people, not a skill; the singular ("as a data
  // engineer") is experience.
  if (/s$/i.test(match.surface) && hasTitleWord(match.surface.split(/\s+/).pop() ?? '')) return true
  // "a team of 10 cashiers", "uma equipe de 5 baristas": what follows a group noun is people.
  if (GROUP_OF.test(normalizeText(sentence.slice(Math.max(0, match.start - 30), match.start)))) return true
  return TEAM_NOUN.test(sentence.slice(match.end, match.end + 20))
}

/** Years that qualify one group of skills: the closest mention before it in the same clause, or right after it. */
function yearsFor(
  text: string,
  group: SkillGroup,
  mentions: ReadonlyArray<{ start: number; end: number; years: number }>,
): number | null {
  const first = group.matches[0] as SkillMatch
  const last = group.matches[group.matches.length - 1] as SkillMatch
  // "Python (3+ years)", "Go: 2 years".
  const after = mentions.find(
    (mention) => mention.start >= last.end && /^[\s(:,–-]{0,4}$/.test(text.slice(last.end, mention.start)),
  )
  if (after) return after.years
  const before = mentions.filter((mention) => mention.end <= first.start)
  const closest = before[before.length - 1]
  if (!closest) return null
  const between = text.slice(closest.end, first.start)
  // Another clause, or a skill that carries its own years, separates the mention from this group.
  if (/[;.!?]\s|\)\s*,|\byears?\b|\banos\b/u.test(between)) return null
  return closest.years
}

// Verbs of wanting and joining: a line made only of them ("We need you", "Join us") asks for nothing in particular.
const WANTING_WORDS = new Set(
  'need needs want wants looking look seek seeking join apply hire hiring love help talent people person precisamos buscamos queremos necesitamos'.split(
    ' ',
  ),
)

const SKILL_LESS_TYPES_WITHOUT_KEYWORDS = new Set([
  'degree',
  'certification',
  'language',
  'logistics',
  'experience',
])

/**
 * Splits a line of soft qualities at commas and conjunctions and returns one requirement per conjunct, labelled with
 * the conjunct's own words. Returns nothing when a conjunct is not a trait (then the line is read the usual way).
 */
function readTraitConjuncts(
  text: string,
  unit: Unit,
  matches: readonly SkillMatch[],
  taxonomy: Taxonomy,
  kind: RequirementKind,
  section: PostingSectionName,
  allowSkill = false,
): ParsedRequirement[] {
  const sentence = text.slice(unit.start, unit.end)
  // What follows a colon or a semicolon elaborates the qualities ("a practical mindset: you ship and iterate").
  const clause = sentence.split(/:\s|;\s/u)[0] ?? sentence
  // A predicate said of the whole line ("... are non-negotiable") is no quality of its own.
  const listed = clause.slice(0, findClosingPredicate(clause))
  const pieces: Array<{ start: number; end: number }> = []
  let from = 0
  for (const match of listed.matchAll(/\s*(?:,|\s(?:and|e|y|&)\s)\s*/gu)) {
    // "A curious, ownership-driven mindset": an article and one word before a comma is an adjective of the noun
    // after it, not a quality of its own.
    if (
      match[0].trim() === ',' &&
      /^\s*(?:an?|um|uma|un|una)\s+\S+\s*$/iu.test(listed.slice(from, match.index))
    )
      continue
    pieces.push({ start: from, end: match.index })
    from = match.index + match[0].length
  }
  pieces.push({ start: from, end: listed.length })
  // Qualifiers that share one head ("Boa comunicação escrita e oral", "Strong written and verbal communication") are
  // one quality: the phrase before "and" ends without a noun, or, in a language WordNet does not hold, a lone word
  // follows a phrase that ends in a qualifier ("comunicação clara e objetiva"). "A practical mindset and ownership"
  // names two.
  for (let index = pieces.length - 1; index > 0; index -= 1) {
    const previous = pieces[index - 1] as { start: number; end: number }
    const piece = pieces[index] as { start: number; end: number }
    const before = listed.slice(previous.start, previous.end).trim()
    const after = listed.slice(piece.start, piece.end).trim()
    const joinedByAnd = /\s(?:and|e|y|&)\s/u.test(listed.slice(previous.end, piece.start + 1))
    const beforeWords = before.split(/\s+/).length
    const lastBefore = before.match(/[\p{L}-]+$/u)?.[0] ?? ''
    // A lone qualifier, not a noun of its own by its ending ("proatividade", "organización", "liderazgo"), of a
    // phrase that names a skill ("comunicação"): a person's adjectives ("responsable y puntual") are qualities each.
    const loneWord =
      /^[\p{L}-]+[.!]?$/u.test(after) &&
      !/^\p{Lu}/u.test(after) &&
      !/(?:dade|dad|cao|cion|ismo|mento|ncia|eza|ura|tud|azgo)[.!]?$/u.test(normalizeText(after))
    const namesSkill = matches.some(
      (match) => match.start - unit.start >= previous.start && match.end - unit.start <= previous.end,
    )
    const sharesHead =
      joinedByAnd &&
      beforeWords >= 2 &&
      (endsWithoutNoun(before) || (loneWord && namesSkill && !inDictionary(lastBefore)))
    // A bare noun after a complement names one more thing the quality bears on ("with clients and vendors").
    const ownSkill = matches.some(
      (match) => match.start - unit.start >= piece.start && match.end - unit.start <= piece.end,
    )
    if (sharesHead || (!ownSkill && continuesComplement(after, before)))
      pieces.splice(index - 1, 2, { start: previous.start, end: piece.end })
  }
  const requirements: ParsedRequirement[] = []
  for (const piece of pieces) {
    const span = tightenSpan(text, unit.start + piece.start, unit.start + piece.end)
    // A conjunct after ", and" keeps its own words, not the conjunction ("and the firmness to say no").
    const words = text
      .slice(span.start, span.end)
      .replace(/[.!]+$/, '')
      .replace(/^(?:and|e|y|&)\s+/u, '')
    if (words.trim().length < 3) continue
    // "la collareta, preferible": a conjunct that only says the line is optional is its cue, no quality of its own.
    if (statesOnlyNiceCue(words)) continue
    const inside = matches.filter((match) => match.start < span.end && match.end > span.start)
    const skillIds = [...new Set(inside.map((match) => match.skillId))]
    // A conjunct with no quality the taxonomy knows is kept only when it is short enough to be one ("organização").
    // A longer one is kept when a quality opens it ("the firmness to say no", "saber mantener la calma").
    if (
      skillIds.length === 0 &&
      words.trim().split(/\s+/).length > 3 &&
      !namesQualityEarly(words) &&
      !couldBeQuality(words)
    )
      continue
    // Among soft qualities, a conjunct with nothing more specific to say ("organização") is a quality too.
    const read = classifyRequirement({ text: words, skillIds, minYears: null, taxonomy })
    // One skill told as an ability among qualities ("…, negotiation skills and resilience") keeps its own words.
    const ability = allowSkill && read === 'skill' && skillIds.length === 1 && namesAbility(words)
    if (read !== 'trait' && read !== 'knowledge' && !ability) return []
    const type = ability ? ('skill' as const) : ('trait' as const)
    requirements.push({
      label: shorten(words, 120),
      kind,
      type,
      screened: false,
      weight: weightFor(kind, words, null),
      skillIds,
      minYears: null,
      keywords: skillIds.length > 0 ? [] : extractKeywords(words),
      source: { start: unit.start, end: unit.end, text: sentence },
      section,
    })
  }
  return requirements
}

/**
 * A degree line asks for one degree however many fields it names: the fields are alternatives ("BA/BS in Marketing,
 * Communications, Journalism or related field", "Graduação em Administração, Economia ou áreas afins"), even where
 * a field the taxonomy does not know ("Social Science") splits the list. Returns the one group, or null when the
 * line asks for its skills list by list. Tenures are not merged here: "5+ years building backend systems, at least
 * 2 of them in Go" asks for the Go years apart, and "X or Y marketing" is already one list (`opensNextConjunct`).
 */
function readOneDegree(
  sentence: string,
  groups: readonly SkillGroup[],
  minYears: number | null,
  taxonomy: Taxonomy,
): SkillGroup | null {
  const all = groups.flatMap((group) => group.matches)
  // One list of fields is already one requirement, unless it names more fields than a degree is read with.
  if (new Set(all.map((match) => match.skillId)).size < 2) return null
  // A degree with years beside it ("BS and 5 years of Python") asks for more than the degree.
  if (minYears !== null || !namesDegree(sentence)) return null
  // Every skill must read as one of the degree's fields: a language or a licence beside it is asked on its own.
  const fieldsOnly = all.every(
    (match) =>
      classifyRequirement({ text: sentence, skillIds: [match.skillId], minYears: null, taxonomy }) ===
      'degree',
  )
  if (!fieldsOnly) return null
  return { matches: all, alternatives: true }
}

/**
 * A line that offers a choice ("Programming experience in one or more of the following: Java, Python, Go",
 * "Experience with one or more of the following areas: …") asks for any one of what follows the phrase: those skills
 * are one group of alternatives, up to the end of the phrase's clause. Skills named before the phrase or after its
 * clause keep their own groups. Null without such a phrase, or when fewer than two skills follow it.
 */
function readAnyOneOf(
  text: string,
  unitStart: number,
  groups: readonly SkillGroup[],
): { before: SkillGroup[]; list: SkillGroup; after: SkillGroup[] } | null {
  const raw = text.slice(unitStart, groups.at(-1)?.matches.at(-1)?.end ?? unitStart)
  // Accents fold one for one, so offsets hold; a text that folds otherwise is read in lower case.
  const folded = normalizeText(raw)
  const read = folded.length === raw.length ? folded : raw.toLowerCase()
  const phrase = ANY_ONE_OF.exec(read)
  if (!phrase) return null
  const opened = phrase.index + phrase[0].length
  // The choice runs to the end of its clause: "at least one IaC tool like Terraform or Pulumi, and write Go or
  // Python" offers a choice of tools, then asks for Go or Python apart.
  const from = unitStart + opened
  const starts = new Set(groups.flatMap((group) => group.matches.map((match) => match.start)))
  // ", and" before a skill closes the list itself ("TM1, and Hyperion"), not the clause.
  const close = [...raw.slice(opened).matchAll(CLAUSE_END)].find(
    (end) => end[0].startsWith(',') === false || !starts.has(from + end.index + end[0].length),
  )
  const to = close ? from + close.index : Number.POSITIVE_INFINITY
  const inside = (match: SkillMatch) => match.start >= from && match.start < to
  const list = groups.flatMap((group) => group.matches).filter(inside)
  if (new Set(list.map((match) => match.skillId)).size < 2) return null
  // A group the phrase or the clause's end falls inside is cut there: its skills in the clause join the choice.
  const part = (keep: (match: SkillMatch) => boolean) =>
    groups
      .map((group) => ({ ...group, matches: group.matches.filter(keep) }))
      .filter((group) => group.matches.length > 0)
  return {
    before: part((match) => match.start < from),
    list: { matches: list, alternatives: true },
    after: part((match) => match.start >= to),
  }
}

// A relative clause ends the list of qualities and describes the last of them ("dependable who keeps a cool head"),
// unless a conjunction joins it to them as a quality of its own ("dependable and who takes pride in the work").
const RELATIVE_CLAUSE = /(?<!\s(?:and|e|y))\s(?:who|that|which|que|quien|quienes)\s/u
const COORDINATED_RELATIVE = /\s*,?\s+(?:and|e|y)\s+(?=(?:who|que|quien|quienes)\s)/gu

/**
 * Reads a line that describes the person wanted ("Buscamos una persona ordenada y discreta, que no tenga miedo a los
 * números", "You are curious, you listen more than you talk, and ...") as one trait per quality, labelled with the
 * quality's own words. Null when the line describes no person.
 */
function readPersonQualities(
  text: string,
  unit: Unit,
  kind: RequirementKind,
  section: PostingSectionName,
): ParsedRequirement[] | null {
  const sentence = text.slice(unit.start, unit.end)
  const found = findPersonQualities(sentence)
  const from =
    found ??
    (listsCharacterAdjectives(sentence) || listsQualityNouns(sentence)
      ? (/^[^\p{L}]*/u.exec(sentence)?.[0].length ?? 0)
      : findQualityList(sentence))
  if (from === null) return null
  const run = sentence.slice(from).replace(/[^\p{L}\p{N})"'”]+$/u, '')
  // A predicate said of the whole run ("... are non-negotiable") or the reason for it is no quality of its own.
  const qualities = run.slice(0, findClosingPredicate(run))
  // Accents fold one for one, so offsets hold; a text that folds otherwise is searched in lower case.
  const folded = normalizeText(qualities)
  const searched = folded.length === qualities.length ? folded : qualities.toLowerCase()
  const relative = RELATIVE_CLAUSE.exec(searched)
  // What follows a colon after the qualities elaborates the last of them ("Independent and tactful: you can ...").
  // So does a spaced dash that opens no run of dashes ("Proactive – tidy – punctual" lists by them): "handy with
  // hand tools – saws, chisels, planes" names what the quality bears on, "Calm – the desk gets busy" remarks on it.
  const dash = /\s[–—-]\s/u.exec(qualities)
  const elaborating = dash && !/\s[–—-]\s/u.test(qualities.slice(dash.index + dash[0].length)) ? dash : null
  const colon = found === null ? (/:\s/u.exec(qualities) ?? elaborating) : null
  const cut = Math.min(relative ? relative.index : qualities.length, colon ? colon.index : qualities.length)
  const pieces = splitQualities(qualities.slice(0, cut))
  if (cut < qualities.length) {
    // The relative clause describes the quality before it; one joined to it by a conjunction is another quality
    // ("muy responsable, que no fume y que se lleve bien con todos").
    const tail: Array<{ from: number; to: number }> = []
    let start = cut
    for (const joint of qualities.slice(cut).matchAll(COORDINATED_RELATIVE)) {
      tail.push({ from: start, to: cut + joint.index })
      start = cut + joint.index + joint[0].length
    }
    tail.push({ from: start, to: qualities.length })
    const last = pieces[pieces.length - 1]
    const first = tail.shift() as { from: number; to: number }
    if (last) last.to = first.to
    else pieces.push(first)
    pieces.push(...tail)
  }
  const source = { start: unit.start, end: unit.end, text: sentence }
  const leadIn = found === null ? readDispositionLeadIn(sentence.slice(0, from)) : null
  return (
    [...(leadIn ? [leadIn] : []), ...pieces.map((piece) => qualities.slice(piece.from, piece.to).trim())]
      // "la remalladora, preferible": a piece that only says the line is optional is its cue, no quality.
      .filter((piece) => /\p{L}{2,}/u.test(piece) && !statesOnlyNiceCue(piece))
      .map((piece) => ({
        label: shorten(piece, 120),
        kind,
        type: 'trait' as const,
        screened: false,
        weight: weightFor(kind, piece, null),
        skillIds: [],
        minYears: null,
        keywords: extractKeywords(piece),
        source,
        section,
      }))
  )
}

/**
 * Reads a sentence that asks how the person works or is, predicate by predicate ("You keep calm when …, and you
 * communicate clearly with visiting crews"), as one trait per predicate in the posting's words.
 */
function readConductQualities(
  unit: Unit,
  sentence: string,
  predicates: ReadonlyArray<{ from: number; to: number }>,
  kind: RequirementKind,
): ParsedRequirement[] {
  const source = { start: unit.start, end: unit.end, text: sentence }
  return predicates.map((predicate) => {
    const words = sentence.slice(predicate.from, predicate.to).trim()
    return {
      label: shorten(words, 120),
      kind,
      type: 'trait' as const,
      screened: false,
      weight: weightFor(kind, words, null),
      skillIds: [],
      minYears: null,
      keywords: extractKeywords(words),
      source,
      section: unit.section,
    }
  })
}

/** Words of three letters or more, folded. */
function contentWordsOf(text: string): string[] {
  return normalizeText(text).match(/[\p{L}\p{N}]{3,}/gu) ?? []
}

/**
 * True when the posting's words for a skill say something its taxonomy name does not: some word shares no stem
 * (four letters, or the whole of a shorter word) with a word of the name. "lesson plans" adds nothing to "Lesson
 * Planning", nor "AWS" to "Amazon Web Services (AWS)"; "Incoterms" adds to "Import/Export".
 */
function addsWords(surface: string, name: string): boolean {
  const named = contentWordsOf(name)
  const bareName = normalizeText(name).replace(/[^\p{L}\p{N}]+/gu, '')
  const bareSurface = normalizeText(surface).replace(/[^\p{L}\p{N}]+/gu, '')
  if (bareName.includes(bareSurface) || bareSurface.includes(bareName)) return false
  return contentWordsOf(surface).some((word) => {
    const stem = word.slice(0, 4)
    return !named.some((other) => other.startsWith(stem) || (other.length < 4 && word.startsWith(other)))
  })
}

// Words that end a noun phrase a field's name opens ("pharmacy *management system* such as ..."): function words,
// frame nouns, example markers and words of degree or kind.
const PHRASE_END = new Set(
  `${FRAME_WORDS} a an the and or nor but e ou y o u such like including e.g eg i.e etc is are be required preferred plus desirable ideally preferably that which who whom whose where when while if than que quien cuando donde onde`.split(
    ' ',
  ),
)

/** True when WordNet knows the word as a noun or a verb of English. */
function inDictionary(word: string): boolean {
  const wordNet = loadWordNet()
  return wordNet.lemmas(normalizeText(word)).some((lemma) => wordNet.isNoun(lemma) || wordNet.isVerb(lemma))
}

// A word written as products are, not as words of the language are: lower case throughout ("sqlfluff"), an inner
// capital ("pgAdmin") or letters with digits ("k9s").
const TOOL_WORD = /^(?:\p{Ll}{2,}|\p{Ll}+\p{Lu}[\p{L}\p{N}]*|\p{L}+\p{N}+[\p{L}\p{N}]*)[.;]?$/u

/** True when a list item is one word naming a tool the taxonomy does not know ("- sqlfluff"): no dictionary has it. */
function namesToolInOneWord(words: readonly string[]): boolean {
  const word = words.length === 1 ? (words[0] ?? '') : ''
  return TOOL_WORD.test(word) && !inDictionary(word.replace(/[.;]$/u, ''))
}

/**
 * True when a word may be a head noun of the phrase: English words WordNet knows only as nouns of things, not frame
 * nouns ("ecosystem", "skills"); words it does not know (another language, a name) when they share the field's case.
 */
function mayBeHeadNoun(word: string, fieldSurface: string): boolean {
  const wordNet = loadWordNet()
  const lemmas = wordNet.lemmas(normalizeText(word))
  if (!inDictionary(word))
    return /^\p{Lu}/u.test(word) === /^\p{Lu}/u.test(fieldSurface) && !/^\p{Lu}{2,}$/u.test(word)
  return lemmas.some((lemma) => wordNet.isNoun(lemma) && !wordNet.isFrameNoun(lemma))
}

/**
 * The nouns that follow a field's name inside one noun phrase ("pharmacy management system", "pharmacy law"): the
 * field only qualifies the head noun after it, so those words say what is asked. Tools are not extended: "Docker
 * containers" asks for Docker.
 */
function trailingNouns(text: string, match: SkillMatch, limit: number, taxonomy: Taxonomy): string {
  // A language is asked as a language whatever noun follows ("Spanish speaker").
  if (
    isToolSkill(taxonomy, match.skillId) ||
    getSkill(taxonomy, match.skillId)?.category === 'spoken-language'
  )
    return ''
  const after = /^(?:[ \t]+[\p{L}][\p{L}'-]*){1,3}/u.exec(text.slice(match.end, limit))?.[0] ?? ''
  const words: string[] = []
  for (const word of after.trim().split(/\s+/)) {
    // A participle or an adverb opens a modifier of its own ("certificate *issued by* ...").
    // A gerund WordNet holds as a noun of its own names a practice ("anesthesia monitoring"), not a modifier.
    const practice = /ing$/u.test(word) && loadWordNet().isNoun(normalizeText(word))
    if (
      word === '' ||
      PHRASE_END.has(normalizeText(word)) ||
      (/(?:ing|ly|ed)$/u.test(word) && !practice) ||
      !mayBeHeadNoun(word, match.surface)
    )
      break
    words.push(word)
  }
  return words.join(' ')
}

type ListItem = { matches: SkillMatch[]; words?: string }

/**
 * The items of a list asked with "and" or commas. A mention restating the one before it joins its item; fields with
 * only a space between them are one noun phrase ("freight billing": billing of freight), labelled with the posting's
 * words; a skill asked twice in different words ("NR-10 and NR-35") gives an item per ask, each labelled with its
 * own words; a field that only qualifies the nouns after it ("pharmacy management system") is labelled with the
 * whole phrase.
 */
function readListItems(
  text: string,
  sentence: string,
  matches: readonly SkillMatch[],
  taxonomy: Taxonomy,
  unitEnd = text.length,
): ListItem[] {
  const items: Array<{ matches: SkillMatch[] }> = []
  for (const match of matches) {
    const last = items[items.length - 1]
    const previous = last?.matches[last.matches.length - 1]
    const bound =
      previous !== undefined &&
      (/^[ \t]+$/u.test(text.slice(previous.end, match.start)) ||
        OBJECT_OF_PRACTICE.test(text.slice(previous.end, match.start))) &&
      !isToolSkill(taxonomy, previous.skillId) &&
      !isToolSkill(taxonomy, match.skillId)
    if (last && (restated.has(match) || bound)) last.matches.push(match)
    else items.push({ matches: [match] })
  }
  // The item's words: from its first mention to its last, unless a bracket opens between them ("Excel (VLOOKUP"),
  // when the mentions the bracket restates are left out.
  const ownWords = (item: { matches: SkillMatch[] }) => {
    const first = item.matches[0] as SkillMatch
    const whole = text.slice(first.start, (item.matches[item.matches.length - 1] as SkillMatch).end)
    if (!/[()]/u.test(whole)) return whole.replace(/\s+/gu, ' ').trim()
    const asked = item.matches.filter((match) => !restated.has(match))
    const last = (asked[asked.length - 1] ?? first) as SkillMatch
    return text.slice(first.start, last.end).replace(/\s+/gu, ' ').trim()
  }
  const askedTwice = (id: string) =>
    items.filter((item) => item.matches.some((m) => m.skillId === id)).length > 1
  // Each credential of a list is held apart ("NR-10 and NR-35"), so each is an item; other names the taxonomy files
  // under one skill ("the App Store and Google Play") ask for that skill once, labelled with all of the posting's
  // names for it.
  // Codes are distinct standards each ("NR-12 e NR-35", "ISO 9001 and ISO 14001"), held or known apart, unless they
  // only illustrate a class named before them ("the safety norms, especially NR-10 and NR-12").
  const lineStart = text.lastIndexOf('\n', (matches[0]?.start ?? 1) - 1) + 1
  const codes =
    matches.every((match) => /\p{L}[-\s]?\d/u.test(match.surface)) &&
    !illustrates(text, lineStart, matches[0]?.start ?? lineStart)
  const credential = codes || statesCredential(sentence, taxonomy) || namesEditions(matches)
  const merged: Array<{ matches: SkillMatch[]; words?: string }> = []
  for (const item of items) {
    const id = (item.matches[0] as SkillMatch).skillId
    const single = item.matches.every((match) => match.skillId === id)
    const earlier = merged.find(
      (other) => other.matches.every((match) => match.skillId === id) && other.matches.length > 0,
    )
    if (single && askedTwice(id) && !credential && earlier) {
      earlier.words = `${earlier.words ?? ownWords(earlier)}, ${ownWords(item)}`
      earlier.matches.push(...item.matches)
      continue
    }
    merged.push(single && askedTwice(id) && !credential ? { ...item, words: ownWords(item) } : item)
  }
  return merged.map((item, index) => {
    const last = item.matches[item.matches.length - 1] as SkillMatch
    const nextStart = merged[index + 1]?.matches[0]?.start ?? text.length
    const spoken = new Set(item.matches.map((match) => match.skillId)).size
    if (item.words !== undefined) return { matches: item.matches, words: item.words }
    const own = ownWords(item)
    // Each of two credentials under one name is told by its own words alone ("NR-35", not "NR-35 valid").
    if (item.matches.some((match) => askedTwice(match.skillId))) return { matches: item.matches, words: own }
    // A code is a standard of its own ("NR-11", "ISO 14001"): the taxonomy's broader name alone would hide which one
    // is asked, and two codes it files under one name would read as the same ask.
    if (item.matches.every((match) => CODE.test(match.surface) && !restated.has(match)))
      return { matches: item.matches, words: own }
    const lineEnd = text.indexOf('\n', last.end)
    // A page that lost its line breaks runs one item into the next on the same line: the unit ends the phrase.
    const limit = Math.min(nextStart, lineEnd < 0 ? text.length : lineEnd, unitEnd)
    const tail = trailingNouns(text, last, limit, taxonomy)
    const named = item.matches.map((match) => skillName(taxonomy, match.skillId)).join(' ')
    // A class of tools or a name said before the field ("sistema de gestión de cobranza", "Medicaid billing").
    const lead =
      readClassLead(text, item.matches[0] as SkillMatch) ||
      readNameModifier(text, item.matches[0] as SkillMatch)
    if (tail !== '' && addsWords(tail, named))
      return { matches: item.matches, words: `${lead}${own} ${tail}` }
    // A field of Portuguese or Spanish takes its complement after it ("cobranza de tarjetas de crédito"): the words
    // say which part of the field is asked.
    const complement =
      !isToolSkill(taxonomy, last.skillId) &&
      !['spoken-language', 'soft-skill'].includes(getSkill(taxonomy, last.skillId)?.category ?? '') &&
      /^\p{Ll}/u.test(last.surface.trim())
        ? readRomanceComplement(text, last.end, limit)
        : ''
    if (complement !== '' && addsWords(complement, named))
      return { matches: item.matches, words: `${lead}${own} ${complement}` }
    if (lead !== '') return { matches: item.matches, words: `${lead}${own}` }
    if (spoken > 1 && item.matches.every((match) => !restated.has(match)))
      return { matches: item.matches, words: own }
    return { matches: item.matches }
  })
}

// A name as products are written: capitalised words ("RD Station", "Contasol"), an inner capital ("mLabs"), or
// capitals with digits ("A3").
const PRODUCT_NAME =
  /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}\p{N}]*(?:[ \t]\p{Lu}[\p{L}\p{N}]*)?|\p{Ll}+\p{Lu}[\p{L}\p{N}]*|\p{Lu}+\p{N}[\p{L}\p{N}]*)(?![\p{L}\p{N}])/gu
// What stands between two items of one list of tools.
const TOOL_LIST_GAP =
  /^\s*(?:,|\/|\||,?\s*(?:and\/or|and|or|e|ou|y|o|u|&)\s(?:(?:the|el|la|los|las)\s)?)\s*$/iu
const DISJUNCTION_GAP = /\/|\||\b(?:or|ou|o|u)\b/iu

type UnknownTool = { start: number; end: number; name: string; joins: SkillMatch | null }

/**
 * True when a known skill is named as a product: a tool or technology, or a name no dictionary holds ("Hootsuite",
 * "QuickBooks"). A field's name ("Psychology") is a word of the language, and a list of fields is no list of tools.
 */
function namesProduct(match: SkillMatch, taxonomy: Taxonomy): boolean {
  if (isToolSkill(taxonomy, match.skillId)) return true
  const category = getSkill(taxonomy, match.skillId)?.category
  if (category === 'spoken-language' || category === 'soft-skill') return false
  const words = match.surface.match(/[\p{L}\p{N}]+/gu) ?? []
  if (words.length === 0) return false
  // A method or a channel written as a name, every word capitalised ("Meta Business Suite"); a field is not,
  // however it is written ("Cocina", "Psychology").
  if (!isDomainSkill(taxonomy, match.skillId) && words.every((word) => /^\p{Lu}/u.test(word))) return true
  // Or called by the product's own name, which no dictionary holds ("QuickBooks"); a word of another language
  // the taxonomy translates ("contabilidad") is not the product's name.
  const name = getSkill(taxonomy, match.skillId)?.name ?? ''
  if (normalizeText(name) !== normalizeText(match.surface.trim())) return false
  return words.every((word) => !inDictionary(word))
}

/** True when a position sits inside a bracket or after an example marker: what stands there illustrates an item. */
function illustrates(text: string, from: number, position: number): boolean {
  const before = text.slice(from, position)
  if ((before.match(/\(/gu) ?? []).length > (before.match(/\)/gu) ?? []).length) return true
  return new RegExp(`\\b${EXAMPLE_MARKER.source}\\b`, 'u').test(normalizeText(before))
}

/**
 * Names the taxonomy does not know, listed beside tools it does ("Canva, mLabs e Photoshop", "A3 o Contasol"): an
 * item of a list of tools written as a product is written is a tool too. A name offered as another choice ("or") of
 * a known tool joins that tool's requirement; one listed with "and" or a comma is asked on its own. A capital that
 * opens the sentence proves nothing, so a plain capitalised first word is not a name.
 */
function findUnknownTools(
  text: string,
  unit: Unit,
  matches: readonly SkillMatch[],
  taxonomy: Taxonomy,
): UnknownTool[] {
  const sentence = text.slice(unit.start, unit.end)
  // A degree's line lists fields of study, not tools.
  if (namesDegree(sentence)) return []
  const candidates = [...sentence.matchAll(PRODUCT_NAME)]
    .map((found) => ({ start: unit.start + found.index, end: unit.start + found.index + found[0].length }))
    .filter(
      (candidate) =>
        !matches.some((match) => match.start < candidate.end && match.end > candidate.start) &&
        (/^\s*$/u.test(text.slice(unit.start, candidate.start)) === false ||
          /\p{Ll}\p{Lu}|\p{N}/u.test(text.slice(candidate.start, candidate.end))) &&
        !PHRASE_END.has(normalizeText(text.slice(candidate.start, candidate.end))) &&
        !illustrates(text, unit.start, candidate.start),
    )
  type Item = { start: number; end: number; tool: SkillMatch | null; unknown: boolean; firm?: boolean }
  const items: Item[] = [
    ...matches
      .filter((match) => namesProduct(match, taxonomy))
      .map((match) => ({
        start: match.start,
        end: match.end,
        tool: match,
        unknown: false,
        firm: isToolSkill(taxonomy, match.skillId),
      })),
    ...candidates.map((candidate) => ({ ...candidate, tool: null, unknown: true })),
  ].sort((a, b) => a.start - b.start)
  // A name counts when a chain of list gaps links it to a known tool; it joins the nearest tool of its chain when a
  // disjunction stands between them.
  const found: UnknownTool[] = []
  const accepted = new Set<Item>()
  for (let changed = true; changed; ) {
    changed = false
    items.forEach((item, index) => {
      if (!item.unknown || accepted.has(item)) return
      for (const neighbour of [items[index - 1], items[index + 1]]) {
        if (!neighbour || (neighbour.unknown && !accepted.has(neighbour))) continue
        // Words of the language, capitalised ("Growth", "Large Customer"), or a short acronym ("PR"), may name a team
        // or a field as well as a product: such a name counts only beside a tool or technology ("Linear").
        const name = text.slice(item.start, item.end)
        const ambiguous =
          /^\p{Lu}{1,3}$/u.test(name) || (name.match(/\p{L}+/gu) ?? []).every((word) => inDictionary(word))
        if (ambiguous && !neighbour.firm) continue
        const gap = normalizeText(
          neighbour.start < item.start
            ? text.slice(neighbour.end, item.start)
            : text.slice(item.end, neighbour.start),
        )
        if (!TOOL_LIST_GAP.test(gap)) continue
        accepted.add(item)
        changed = true
        // A list that closes with "or" ("RD Station, Hootsuite ou Buffer") offers every item as a choice.
        const offered =
          DISJUNCTION_GAP.test(gap) ||
          closesWithOr(normalizeText(text.slice(Math.min(item.end, neighbour.end), unit.end)))
        const unknownChoice = offered ? found.find((tool) => tool.start === neighbour.start) : undefined
        // A choice between two names the taxonomy does not know ("A3 o Contasol") is one requirement naming both.
        if (unknownChoice && unknownChoice.joins === null) {
          unknownChoice.name =
            item.start < unknownChoice.start
              ? `${name} / ${unknownChoice.name}`
              : `${unknownChoice.name} / ${name}`
          break
        }
        const joins = offered ? (neighbour.tool ?? unknownChoice?.joins ?? null) : null
        found.push({ start: item.start, end: item.end, name, joins })
        break
      }
    })
  }
  // A name offered with anything like it ("CostX or a similar take-off package") names a product of that kind.
  for (const item of items) {
    if (!item.unknown || accepted.has(item)) continue
    const alikeEnd = readOfferedAlike(text, item.end, unit.end)
    if (alikeEnd === null) continue
    accepted.add(item)
    found.push({ start: item.start, end: alikeEnd, name: text.slice(item.start, alikeEnd), joins: null })
  }
  // Two names no dictionary holds, listed together, one written with an inner capital as products are ("Gainsight or
  // ChurnZero"): a list of tools, though the taxonomy knows neither.
  items.forEach((item, index) => {
    const next = items[index + 1]
    if (!next || !item.unknown || !next.unknown || accepted.has(item) || accepted.has(next)) return
    const names = [text.slice(item.start, item.end), text.slice(next.start, next.end)]
    if (!names.some((name) => /\p{Ll}\p{Lu}/u.test(name))) return
    if (names.some((name) => (name.match(/\p{L}+/gu) ?? []).some((word) => inDictionary(word)))) return
    const gap = normalizeText(text.slice(item.end, next.start))
    if (!TOOL_LIST_GAP.test(gap)) return
    accepted.add(item)
    accepted.add(next)
    if (DISJUNCTION_GAP.test(gap))
      found.push({ start: item.start, end: next.end, name: names.join(' / '), joins: null })
    else
      for (const [at, name] of [
        [item, names[0]],
        [next, names[1]],
      ] as const)
        found.push({ start: at.start, end: at.end, name: name ?? '', joins: null })
  })
  return found.sort((a, b) => a.start - b.start)
}

// A joint and the frame's preposition said again, right after a sentence cut there (`splitRepeatedMarker`).
const PARALLEL_AFTER = /^\s*,?\s+(?:and|e|y)\s+(?:of|in|with|em|de|do|da|dos|das|com|en|del|con)\s/iu

/** True when a tenure stands just before the frame, in its phrase: "tres años de experiencia en", "5 years' experience with". */
function framedByTenure(sentence: string, frameStart: number): boolean {
  const mention = findYearsMentions(sentence.slice(0, frameStart)).at(-1)
  if (!mention) return false
  const between = sentence.slice(mention.end, frameStart)
  return !/[,;:.!?()]/u.test(between) && between.trim().split(/\s+/u).filter(Boolean).length <= 2
}

/**
 * The items of a list after a frame ("Conocimiento de caja y facturación electrónica") that name nothing the taxonomy
 * or the tool reader found, one requirement each, labelled with the item's own words.
 */
function readUnnamedItems(
  text: string,
  unit: Unit,
  found: ReadonlyArray<{ start: number; end: number }>,
  taxonomy: Taxonomy,
  kind: RequirementKind,
  section: PostingSectionName,
): ParsedRequirement[] {
  const sentence = text.slice(unit.start, unit.end)
  // The fields of a degree are read by the degree reader.
  if (namesDegree(sentence)) return []
  const spans = found.map((span) => ({ start: span.start - unit.start, end: span.end - unit.start }))
  // A line's label may stand before the sentence ("Bonus: A, B and C"): what follows its colon is a list.
  const afterLabel = /:[ \t]*$/u.test(text.slice(text.lastIndexOf('\n', unit.start - 1) + 1, unit.start))
  const cutBeforeParallel = PARALLEL_AFTER.test(text.slice(unit.end, unit.end + 24))
  const listed = readListedItems(sentence, spans, afterLabel, cutBeforeParallel)
  if (!listed) return []
  const frame = sentence.slice(listed.frameStart, listed.items[0]?.start ?? listed.frameStart)
  const source = { start: unit.start, end: unit.end, text: sentence }
  // A tenure before the list ("três anos desenvolvendo em Apex e …") is spent in each thing listed, when the things are
  // names (products, languages, standards); the fields a frame's tenure is spent in ("Experiencia de 3 años en obra
  // nueva y reformas") are that one tenure's, read by the tenure reader.
  const tenure = readMinYears(sentence.slice(0, listed.items[0]?.start ?? 0))
  const years =
    tenure !== null && listed.items.every((item) => /^[\p{Lu}\d]/u.test(sentence.slice(item.start, item.end)))
      ? tenure
      : null
  if (listed.spentIn && years === null) return []
  // "tres años de experiencia en obra nueva y reformas", "três anos de vivência em lavoura de grãos": the frame after
  // a tenure, in its phrase, names the field the years were spent in, one ask the tenure reader labels whole.
  if (years === null && framedByTenure(sentence, listed.frameStart)) return []
  return listed.items
    .filter((item) => !item.named)
    .map((item) => {
      const words = sentence.slice(item.start, item.end)
      const type = years !== null ? 'experience' : typeListedItem(frame, words, taxonomy)
      return {
        label: shorten(years !== null ? `${words} (${years}+ years)` : words, 120),
        kind,
        type,
        screened: isScreenedType(type),
        weight: weightFor(kind, sentence, years),
        skillIds: [],
        minYears: years,
        keywords: extractKeywords(words),
        source,
        section,
      }
    })
}

// "e Urbanismo", "and Midwifery", "y Letras Modernas": the second half of a course's name, in capitals as names are.
const COURSE_NAME_REST =
  /^[ \t]+(?:e|and|y|&)[ \t]+\p{Lu}[\p{L}-]*(?:[ \t]+(?:(?:de|da|do|das|dos|del|of|the)[ \t]+)?\p{Lu}[\p{L}-]*)*/u

/** The length of the rest of a course's name right after its first field ("A e B"), or 0. */
function readCourseNameRest(after: string): number {
  return COURSE_NAME_REST.exec(after)?.[0].length ?? 0
}

// An item lettered or numbered in Roman figures with its bracket ("(a)", "b)", "(iv)"): a notice's list marker.
const BRACKETED_ITEM = /^(?:\([a-z]\)|[a-z]\)|\([ivx]{1,4}\)|[ivx]{1,4}\))\s/u

/**
 * True when a span is a sentence of its own: it opens with a capital after a line's start or a full stop, and its
 * brackets close. A clause cut after a semicolon or a line a PDF broke ("la Sociedad de Ingenieros (SIB).") is part
 * of a sentence read elsewhere, so what it tells alone says nothing of whether the sentence asks.
 */
function isWholeSentence(text: string, span: { start: number; end: number }): boolean {
  const sentence = text.slice(span.start, span.end).trim()
  const before = text.slice(Math.max(0, span.start - 200), span.start)
  const opensText = before.trim().length === 0 || /(?:[.!?:]|\n)\s*$/u.test(before)
  const opens = (sentence.match(/\(/gu) ?? []).length
  const closes = (sentence.match(/\)/gu) ?? []).length
  return /^[\p{Lu}¿¡"“]/u.test(sentence) && opensText && opens === closes
}

/** Turns one sentence into zero or more requirements. */
function readUnit(
  text: string,
  unit: Unit,
  taxonomy: Taxonomy,
  headed: boolean,
  documentCategories: ReadonlySet<string>,
  documentDomain: ReadonlySet<string>,
): ParsedRequirement[] {
  const sentence = text.slice(unit.start, unit.end)
  // The clause that only says the others are optional ("…, sai na frente na seleção") asks nothing itself.
  if (statesOnlyNiceCue(sentence)) return []
  // "…; we can't sponsor visas this year": a remark after the ask, with a subject of its own, asks nothing.
  if (remarksAfterAsk(text, unit.start, unit.end)) return []
  const sectionKind: RequirementKind | null =
    unit.section === 'required' ? 'required' : unit.section === 'nice_to_have' ? 'nice_to_have' : null
  const cued = text.slice(unit.start, unit.preferenceAt ?? unit.end)
  // Under an optional heading, emphasis alone ("Strong knowledge of X") stresses the item without making it required.
  const stated = sectionKind === 'nice_to_have' && statesEmphasisOnly(cued) ? null : readInlineKind(cued)
  // A label on the line itself ("Bonus: strong knowledge of X") outranks the emphasis words of its content, which
  // only read as "required" because they stress the item; an optional-ness cue in the content still wins.
  // A term of the work itself (hours, a rotation, travel, the body's effort) is set for everyone who takes the job: under
  // a list of extras it is a block the list ran into, not one more extra, unless it says so of itself.
  const sectionOrTerms =
    sectionKind === 'nice_to_have' && setsWorkingTerms(sentence) ? 'required' : sectionKind
  const kind: RequirementKind =
    stated === 'nice_to_have' ? stated : (unit.kind ?? stated ?? sectionOrTerms ?? 'required')
  const inQualificationSection = sectionKind !== null || unit.kind !== null
  // How the person is to work, said of them ("You keep calm …, and you communicate clearly …"), is asked wherever it
  // stands; an imperative alone only where something else says it is asked.
  const conduct = findConductQualities(sentence)
  if (conduct?.framed === true) return readConductQualities(unit, sentence, conduct.predicates, kind)
  // A label that only names the asks ("Perfil: persona paciente, …", "Competencias: …") heads qualities read as they
  // would be without it: its own word is no quality, and the colon after it ends no list of them. On a paragraph of
  // its own, after a blank line, it heads that paragraph as its heading would, whatever list ended above it.
  const asksLabel = findAsksLabel(sentence)
  if (asksLabel && findSkills(sentence.slice(0, asksLabel.end), taxonomy).length === 0) {
    const rest = tightenSpan(text, unit.start + asksLabel.end, unit.end)
    const lineStart = text.lastIndexOf('\n', unit.start - 1) + 1
    const ownParagraph = /(?:^|\n)[ \t]*\n[ \t]*$/u.test(text.slice(0, lineStart))
    const read = readUnit(
      text,
      {
        ...unit,
        start: rest.start,
        end: rest.end,
        kind: unit.kind ?? (ownParagraph ? asksLabel.kind : null),
      },
      taxonomy,
      headed,
      documentCategories,
      documentDomain,
    )
    if (read.length > 0 && read.every((requirement) => requirement.type === 'trait')) return read
  }

  // "Certificate … issued by the national authority": the issuer named is no skill asked for.
  const issuer = findIssuerClause(sentence)
  // A topic label over a list ("Cirugías de rutina: esterilizaciones y suturas") names the kind of the things asked
  // after its colon: a field it names is no ask of its own, though a tool is ("Excel: tablas dinámicas y macros"), and
  // so is a field the label itself asks experience or knowledge in ("Experience in payments: card networks, …").
  const topicEnd = findTopicLabelEnd(sentence)
  const topicList =
    topicEnd >= 0 &&
    !OPENS_FRAME.test(normalizeText(sentence.slice(0, topicEnd)).replace(/^[^\p{L}]+/u, '')) &&
    readListedItems(sentence, []) !== null
  const usedTools = dedupeMatches(
    extendEditionMatches(
      text,
      findSkills(sentence, taxonomy, { documentCategories, documentDomain })
        .filter((match) => !namesATeam(sentence, match) && !namesWorkPermit(sentence, match.surface))
        .filter((match) => !sitsInsideName(sentence, match, isToolSkill(taxonomy, match.skillId)))
        .filter((match) => !sitsInDesignationSuffix(sentence, match))
        .filter((match) => !issuer || match.start < issuer.start || match.start >= issuer.end)
        .filter((match) => !topicList || match.end > topicEnd || isToolSkill(taxonomy, match.skillId))
        .map((match) => extendCodeMatch(sentence, match))
        .map((match) => ({
          ...match,
          start: match.start + unit.start,
          end: match.end + unit.start,
        })),
    ),
  )
  // What a tool or a language is used for ("Python for test automation", "Inglés para leer documentación y escribir
  // postmortems") says how it is asked, not another skill asked beside it.
  const usedFor = (tool: SkillMatch, match: SkillMatch) => {
    const gap = text.slice(tool.end, match.start)
    // …and so does the level it is asked at, named by its use ("inglés a nivel de comunicación con la torre").
    if (getSkill(taxonomy, tool.skillId)?.category === 'spoken-language')
      return (
        /^[^,;:.()]*\b(?:for|para|to)\s[^,;:.()]*$/iu.test(gap) ||
        /^\s+(?:(?:at|a|al|ao|em|en|no)\s+(?:an?\s+|un\s+|um\s+)?(?:level|nivel|n[ií]vel)\s+(?:of|de|da|do)|at\s+an?)\s+$/iu.test(
          gap,
        )
      )
    return (
      isToolSkill(taxonomy, tool.skillId) &&
      /^\s+(?:for|para)\s+(?:(?:the|o|a|os|as|el|la|los|las)\s+)?$/iu.test(gap)
    )
  }
  const found = usedTools.filter(
    (match, index) => !usedTools.slice(0, index).some((tool) => usedFor(tool, match)),
  )
  // A duty done before ("Experience scheduling staff", "Managed a team of cashiers") is one activity: the verb
  // itself is not a skill requirement, and soft skills around it only describe it.
  const verb = findActivityVerb(sentence)
  const activityMatches = verb
    ? found.filter((match) => !(match.start - unit.start < verb.end && match.end - unit.start > verb.start))
    : found
  const activity =
    verb !== null &&
    // "Lifting boxes of up to 20 kg" asks what the body can do, not a duty done before.
    !asksAboutBodyOrWorkplace(sentence) &&
    activityMatches.every((match) => getSkill(taxonomy, match.skillId)?.category === 'soft-skill')
  // A level word the taxonomy also knows as something else ("Licenciatura", a teaching licence) names the degree a
  // degree line asks for, not a skill or one of its fields.
  const degreeLine = namesDegree(sentence)
  // Availability for a working time ("Disponibilidad para cubrir eventos los sábados") is a condition to confirm, not
  // a skill the events name.
  const matches =
    activity || opensWithAvailability(sentence)
      ? []
      : found.filter((match) => !degreeLine || !namesDegree(match.surface))
  const skillChars = found.reduce((sum, match) => sum + (match.end - match.start), 0)
  // A sentence of running prose that only tells (of the employer, the work, others, the process) asks nothing,
  // whatever the section its neighbours made: the section vouches for list items, not for every sentence told
  // around them. A tool it names still asks, unless the employer is the one said to have it ("Our lab runs X").
  if (unit.proseSentence && unit.continuesAsking !== true && isWholeSentence(text, unit.proseSentence)) {
    const told = text.slice(unit.proseSentence.start, unit.proseSentence.end)
    const namesTool = found.some((match) => getSkill(taxonomy, match.skillId)?.category !== 'soft-skill')
    if (
      tellsWithoutAsking(told) &&
      (!namesTool || EMPLOYER_SUBJECT.test(normalizeText(told.trim()).replace(/^[^\p{L}\p{N}]+/u, '')))
    )
      return []
  }
  const condition = statesJobCondition(sentence)
  const qualification =
    inQualificationSection ||
    unit.continuesAsking === true ||
    announcesRoleWithNeeds(sentence) ||
    stated !== null ||
    (isQualificationLike(sentence) && !isDutyLike(sentence)) ||
    (found.length > 0 && skillChars / Math.max(1, sentence.replace(/\W+/g, '').length) >= 0.4) ||
    findPersonQualities(sentence) !== null ||
    statesReadiness(sentence) ||
    condition ||
    // Holding a diploma, a licence or a registration ("Holding the Diploma in Funeral Directing is expected") is a
    // qualification, however the sentence is worded, unless it tells the work ("Issue permits to contractors").
    (leadsWithCredential(sentence) && !isDutyLike(sentence))
  if (!qualification) return []
  // Unknown sections ("Similar jobs", a stray "What we do" paragraph) only yield requirements that say so, or
  // conditions of the job the candidate must accept ("Horário: segunda a sexta, 7h às 17h"). A predicate cut from a
  // sentence that asks and coordinated with its first ("…, que sepa usar X") says so through that sentence.
  if (
    !inQualificationSection &&
    headed &&
    unit.section === 'other' &&
    !(unit.continuesAsking === true && unit.coordinated === true) &&
    stated === null &&
    !isQualificationLike(sentence) &&
    !statesReadiness(sentence) &&
    !condition
  )
    return []

  if (conduct) return readConductQualities(unit, sentence, conduct.predicates, kind)
  const minYears = readMinYears(sentence)
  const source = { start: unit.start, end: unit.end, text: sentence }
  const section = unit.section
  const keywords = extractKeywords(sentence)

  if (matches.length === 0) {
    // Two words are enough when one of them states the kind ("BSN preferred"), or on an item of a list under a
    // qualification heading ("CRC ativo", "Colegiado/a"), where even one word asks for something when it is an
    // acronym or ends in a mark of gender or number.
    const lineStart = text.lastIndexOf('\n', unit.start - 1) + 1
    const lineEndAt = text.indexOf('\n', unit.end)
    const wholeLine = text.slice(lineStart, lineEndAt < 0 ? text.length : lineEndAt).trim()
    // A conjunct of a list item is an item too ("Escrita criativa" from "Escrita criativa e revisão de textos").
    // A condition listed under terms of the job ("Condições: - Não fumante") is an item as it would be under requirements.
    // An item closed by a semicolon ("…;preparatoria terminada;auto propio…") is an item of a list run into one line.
    const listItem =
      ((inQualificationSection || condition) &&
        (isBulletLine(text.slice(lineStart, unit.end)) ||
          unit.coordinated === true ||
          /;\s*$/u.test(sentence))) ||
      unit.listed === true
    // A list pasted from a web page loses its markers: a short line of its own under a qualification heading
    // ("MTM experience") is still an item of the heading's list, as short as a marked one may be.
    const unmarkedItem =
      sectionKind !== null &&
      wholeLine === sentence.trim() &&
      wholeLine.split(/\s+/).length <= 6 &&
      !/[.!?:]$/u.test(wholeLine)
    const words = sentence.trim().split(/\s+/)
    const fewest =
      listItem &&
      (/^(?:\p{Lu}{2,}[\p{Lu}\d-]*|\p{L}+\/\p{L}{1,2})[.;]?$/u.test(words[0] ?? '') ||
        asksAboutBodyOrWorkplace(sentence) ||
        // A school level ("Bachillerato") or a quality ("Puntualidad") is asked for in one word.
        namesDegree(sentence) ||
        listsQualityNouns(sentence) ||
        namesToolInOneWord(words))
        ? 1
        : stated !== null ||
            listItem ||
            unmarkedItem ||
            unit.continuesAsking === true ||
            // An acronym the taxonomy does not know, under a qualification heading, names what is asked ("CPP
            // certification").
            (inQualificationSection && /^\p{Lu}{2,}[\p{Lu}\d-]*$/u.test(words[0] ?? ''))
          ? 2
          : 3
    // "Must be 18+" has no word to search for, yet asks a condition to confirm with the candidate.
    if ((keywords.length === 0 && !statesAge(sentence)) || words.length < fewest) return []
    // A question or a call to act ("Ready to join?") asks nothing of the candidate's past.
    // A tag question inside an aside ("… (certificate in hand, ok?)") leaves the sentence a statement.
    if (asksOutsideAsides(sentence)) return []
    const softIds = activity ? [...new Set(activityMatches.map((match) => match.skillId))] : []
    // The person wanted, described quality by quality ("Queremos alguém paciente, ... e que aguente os sábados de
    // feira"), is the trait reader's, though a quality names a day: the days describe the quality, not a schedule.
    const classified = activity
      ? 'activity'
      : classifyRequirement({ text: sentence, skillIds: [], minYears, taxonomy })
    if (
      !activity &&
      unit.condition !== true &&
      (condition || classified === 'logistics') &&
      findPersonQualities(sentence) !== null
    ) {
      const qualities = readPersonQualities(text, unit, kind, section)
      if (qualities && qualities.length > 1) return qualities
    }
    // A condition cut from a sentence of conditions ("and lift up to 40 lb") is one, whatever its own words read as.
    const type =
      // A sentence of qualities that names a condition among them ("paciente y que no fume") is the trait reader's.
      (unit.condition === true || (condition && classified !== 'trait')) &&
      CONDITION_READS.has(classified) &&
      readConditionSubject(normalizeText(sentence)) !== null
        ? 'logistics'
        : classified === 'knowledge' && unit.describesPerson === true
          ? 'trait'
          : classified
    // A bare label ("Frequently asked questions", "Your career path") that says nothing of a qualification names a
    // part of the page, not something asked of the candidate.
    // An item of a list under a qualification heading ("3. Vivência no mercado financeiro") is an item, however short.
    if (
      type === 'knowledge' &&
      !listItem &&
      // A short line of its own under a qualification heading that names a body or a standard by its acronym
      // ("ASE or NATE coursework") is an item; page labels ("Report job", "Show more") name none.
      !(unmarkedItem && /(?<!\p{L})\p{Lu}{2,}\d*(?!\p{L})/u.test(sentence)) &&
      unit.continuesAsking !== true &&
      sentence.trim().split(/\s+/).length <= 6 &&
      !/[.!]\s*$/.test(sentence.trim()) &&
      !isQualificationLike(sentence) &&
      stated === null
    )
      return []
    // "We need you." or a lone slogan: a requirement needs something to look for beyond the wanting itself.
    if (
      keywords.every((keyword) => WANTING_WORDS.has(keyword)) &&
      !SKILL_LESS_TYPES_WITHOUT_KEYWORDS.has(type)
    )
      return []
    if (type === 'trait' && !activity) {
      const qualities = readPersonQualities(text, unit, kind, section)
      if (qualities && qualities.length > 0) return qualities
    }
    // "Conhecimentos em hidráulica e pneumática": things the taxonomy does not know, listed after one frame, are
    // each asked for, as named skills would be.
    if (
      ((type === 'knowledge' || type === 'skill') && !activity && minYears === null) ||
      type === 'experience'
    ) {
      const listed = readUnnamedItems(text, unit, [], taxonomy, kind, section)
      // A tenure is cut into the things it was spent in only when each of them carries it.
      if (listed.length >= 2 && (type !== 'experience' || listed.every((item) => item.minYears !== null)))
        return listed
    }
    const years = type === 'trait' || type === 'logistics' ? null : minYears
    return [
      {
        label: shorten(withoutClosingNiceCue(sentence), 120),
        kind,
        type,
        screened: isScreenedType(type),
        weight: weightFor(kind, sentence, years),
        skillIds: softIds,
        minYears: years,
        keywords,
        source,
        section,
        ...(type === 'degree' && acceptsEquivalentExperience(sentence)
          ? { alternativeExperience: true }
          : {}),
      },
    ]
  }

  // "Certificação AWS Solutions Architect": one credential named after its tools, asked as a whole.
  const credential = readNamedCredential(sentence)
  if (credential !== null) {
    return [
      {
        label: shorten(credential, 120),
        kind,
        type: 'certification',
        screened: isScreenedType('certification'),
        weight: weightFor(kind, sentence, null),
        skillIds: [...new Set(matches.map((match) => match.skillId))],
        minYears: null,
        keywords,
        source,
        section,
      },
    ]
  }
  const mentions = findYearsMentions(sentence).map((mention) => ({
    ...mention,
    start: mention.start + unit.start,
    end: mention.end + unit.start,
  }))
  const groups = joinTenureField(
    text,
    bindFieldObjects(
      text,
      selectGroups(text, unit.start, groupSkills(text, matches, taxonomy)),
      (skillId) =>
        isToolSkill(taxonomy, skillId) || getSkill(taxonomy, skillId)?.category === 'spoken-language',
    ),
    mentions,
    (skillId) => isToolSkill(taxonomy, skillId),
  )
  const unknownTools = findUnknownTools(text, unit, matches, taxonomy)
  const requirements: ParsedRequirement[] = []
  const emitted = new Set<string>()
  const emit = (
    skillIds: string[],
    group: SkillGroup,
    groupMatches: SkillMatch[],
    whole?: { type: RequirementType },
    ownWords?: string,
  ) => {
    const key = `${[...skillIds].sort().join('|')}:${ownWords === undefined ? '' : normalizeText(ownWords)}`
    if (emitted.has(key)) return
    emitted.add(key)
    // A skill the posting calls by another name ("Incoterms" read as Import/Export) keeps the posting's word beside
    // the taxonomy's, so the recruiter sees what was asked for as well as how it is matched. An item whose words
    // say more than its names ("freight billing", "NR-35") is labelled with them.
    const names =
      ownWords !== undefined
        ? [
            normalizeText(ownWords) === normalizeText(skillIds.map((id) => skillName(taxonomy, id)).join(' '))
              ? skillIds.map((id) => skillName(taxonomy, id)).join(' / ')
              : `${skillIds.map((id) => skillName(taxonomy, id)).join(' / ')} (${ownWords})`,
          ]
        : skillIds.map((id) => {
            const name = skillName(taxonomy, id)
            const own = groupMatches.find((match) => match.skillId === id)
            const surface = own?.surface.trim()
            // A language named in the posting's own language ("inglés") is the same word translated, not another name.
            if (!own || !surface || getSkill(taxonomy, id)?.category === 'spoken-language') return name
            // A name the taxonomy knows only the end of ("Lightning Web Components") is shown whole.
            const named = readNameLead(text, own, matches)
            if (named !== surface) return `${name} (${named})`
            return addsWords(surface, name) ? `${name} (${surface})` : name
          })
    // Names the taxonomy does not know, offered as another choice of one of these tools ("QuickBooks o ContaPlus").
    const offered = unknownTools
      .filter((tool) => tool.joins !== null && groupMatches.includes(tool.joins))
      .map((tool) => tool.name)
    if (offered.length > 0) names.push(...offered)
    const groupYears =
      whole === undefined && groups.length > 1 && mentions.length > 0
        ? yearsFor(text, group, mentions)
        : minYears
    const type =
      whole?.type ?? classifyRequirement({ text: sentence, skillIds, minYears: groupYears, taxonomy })
    // Traits and logistics are not measured in years: "Work ethic (5+ years)" asks for a quality, not a tenure.
    const years = type === 'trait' || type === 'logistics' ? null : groupYears
    // A degree is read through its field, a loose mapping: the label keeps the level and field as the posting
    // words them ("pós-graduação em Farmácia Clínica" is not "graduação em Farmácia").
    const degreeAt = type === 'degree' ? findDegreeLevel(sentence) : -1
    const firstAt = (groupMatches[0] as SkillMatch).start - unit.start
    // The field's words end where the item's own words do ("Farmácia Clínica"), else at its last skill.
    const namedEnd =
      ownWords !== undefined && sentence.slice(firstAt).startsWith(ownWords)
        ? firstAt + ownWords.length
        : (groupMatches[groupMatches.length - 1] as SkillMatch).end - unit.start
    // A course named "A e B" ("Arquitetura e Urbanismo", "Nursing and Midwifery") is one degree: its name runs on
    // over the capitalised words after "and", which the taxonomy may not know.
    const fieldEnd = degreeAt >= 0 ? namedEnd + readCourseNameRest(sentence.slice(namedEnd)) : namedEnd
    // A course or a certificate in a field ("Curso de atendimento ao cliente") keeps its own words too: the field's
    // name alone would hide that a credential is asked.
    const credentialAt = type === 'certification' ? findCredentialHead(sentence) : -1
    const headAt = degreeAt >= 0 ? degreeAt : credentialAt
    const degreeWords =
      headAt >= 0 && headAt < firstAt ? sentence.slice(headAt, fieldEnd).replace(/\s+/gu, ' ').trim() : ''
    const named =
      degreeWords !== '' && degreeWords.length <= 80
        ? [`${skillIds.map((id) => skillName(taxonomy, id)).join(' / ')} (${degreeWords})`]
        : names
    // A condition to confirm ("Flexibility to work rotating schedules") is shown as asked: a quality's name alone
    // would hide what the candidate is asked to confirm.
    const first = groupMatches[0] as SkillMatch
    // A tenure keeps the posting's words for its amount and field ("seis meses de experiencia en call center o
    // servicio al cliente"): "(0.5+ years)" beside a skill's name hides what was asked.
    const mention = mentions.length === 1 ? mentions[0] : undefined
    // Only the field right after the years is worded so: a second skill the years also qualify ("… in accounting
    // and auditing") would quote the first one's words as its own.
    const nearest =
      mention !== undefined &&
      !matches.some(
        (match) => match.start >= mention.end && match.start < first.start && !groupMatches.includes(match),
      )
    const tenureWords =
      years !== null && mention && nearest && degreeWords === ''
        ? readTenureWords(text, mention, { start: first.start, end: unit.start + fieldEnd }, unit.end)
        : null
    const label =
      type === 'logistics'
        ? shorten(sentence, 120)
        : tenureWords !== null
          ? `${skillIds.map((id) => skillName(taxonomy, id)).join(' / ')} (${tenureWords})`
          : `${named.join(' / ')}${years !== null ? ` (${years}+ years)` : ''}`
    const level =
      type === 'language'
        ? readLanguageLevel(sentence, first.start - unit.start, first.end - unit.start)
        : null
    requirements.push({
      label,
      kind,
      type,
      screened: isScreenedType(type),
      weight: weightFor(kind, sentence, years),
      skillIds,
      minYears: years,
      // A duty named through a skill still says more than the skill ("scheduling *staff*"): the scorer matches
      // these words beside the skill.
      keywords:
        offered.length > 0
          ? [...new Set([...keywords, ...offered.map((name) => normalizeText(name))])]
          : keywords,
      source,
      section,
      ...(level ? { level } : {}),
      ...(type === 'degree' && acceptsEquivalentExperience(sentence) ? { alternativeExperience: true } : {}),
    })
  }
  // A line of soft qualities ("Proatividade, organização e boa comunicação") is read conjunct by conjunct, in the
  // posting's own words: a trait is assessed in the interview, so the recruiter needs the quality as written.
  if (matches.every((match) => getSkill(taxonomy, match.skillId)?.category === 'soft-skill')) {
    // The person described ("Procuramos alguém firme ..., com boa comunicação e iniciativa ...") is read as such:
    // each quality in its own words, whether or not the taxonomy knows it.
    const described =
      findPersonQualities(sentence) !== null ? readPersonQualities(text, unit, kind, section) : null
    if (described && described.length > 0) return described
    const traits = readTraitConjuncts(text, unit, matches, taxonomy, kind, section)
    if (traits.length > 0) return traits
  }
  // Qualities with one ability the taxonomy files as a skill ("Buena presencia, habilidades de negociación y
  // paciencia"): each conjunct in its own words, so the qualities beside the skill are not lost.
  if (listsQualitiesWithOneAbility(sentence, matches)) {
    const traits = readTraitConjuncts(text, unit, matches, taxonomy, kind, section, true)
    if (traits.filter((requirement) => requirement.type === 'trait').length >= 2) return traits
  }
  // A list of alternatives is one requirement; any other list asks for each of its skills.
  const emitGroup = (group: SkillGroup) => {
    const ids = [...new Set(group.matches.map((match) => match.skillId))]
    if (group.alternatives) {
      emit(ids, group, group.matches, undefined, group.words)
      return
    }
    // Each item of the list is asked for: a skill once, unless the posting asks for it twice in different words
    // ("NR-10 and NR-35"), when each ask keeps its own words as its label.
    for (const item of readListItems(text, sentence, group.matches, taxonomy, unit.end)) {
      const own = item.matches
      emit(
        [...new Set(own.map((match) => match.skillId))],
        { matches: own, alternatives: false },
        own,
        undefined,
        item.words,
      )
    }
  }
  const anyOf = readAnyOneOf(text, unit.start, groups)
  if (anyOf) {
    for (const group of [...anyOf.before, anyOf.list, ...anyOf.after]) emitGroup(group)
    return requirements
  }
  const degree = readOneDegree(sentence, groups, minYears, taxonomy)
  if (degree) {
    emit([...new Set(degree.matches.map((match) => match.skillId))], degree, degree.matches, {
      type: 'degree',
    })
    return requirements
  }
  for (const group of groups) emitGroup(group)
  // Qualities listed beside a skill ("Excellent customer service, honesty and good presence") are asked too.
  for (const quality of findQualitiesBesideSkills(sentence, (at) =>
    matches.some((match) => match.start - unit.start < at.to && match.end - unit.start > at.from),
  ))
    requirements.push({
      label: shorten(quality, 120),
      kind,
      type: 'trait',
      screened: false,
      weight: weightFor(kind, quality, null),
      skillIds: [],
      minYears: null,
      keywords: extractKeywords(quality),
      source,
      section,
    })
  // A tool the taxonomy does not know, listed with "and" or a comma beside tools it does, is asked on its own.
  for (const tool of unknownTools) {
    if (tool.joins !== null) continue
    requirements.push({
      label: tool.name,
      kind,
      type: 'skill',
      screened: true,
      weight: weightFor(kind, sentence, null),
      skillIds: [],
      minYears: null,
      keywords: [normalizeText(tool.name)],
      source,
      section,
    })
  }
  // Other items of the same list that the taxonomy does not know ("Excel, PGR e PCMSO") are asked all the same.
  if (requirements.length > 0 && requirements.every((requirement) => requirement.type !== 'trait'))
    requirements.push(...readUnnamedItems(text, unit, [...matches, ...unknownTools], taxonomy, kind, section))
  return requirements
}

// Words that frame a tenure around its field ("de experiencia como", "of experience with"), folded: no field of their own.
const TENURE_FRAME = new Set(
  'experience experiencia vivencia como with com con the least pelo menos minimo minimum'.split(' '),
)

/**
 * The posting's own words a label carries, as folded content words: those in brackets after the skill's name, or the
 * whole label when it is the posting's words alone (a quality read as written, "Boa comunicação escrita e oral").
 */
function askedWords(requirement: ParsedRequirement, taxonomy: Taxonomy): Set<string> {
  const label = requirement.label.replace(/\s*\(\d+\+ years\)$/u, '')
  const names = requirement.skillIds.map((id) => skillName(taxonomy, id)).join(' / ')
  const bracketed = label.startsWith(names)
    ? (/\(([^()]*)\)$/u.exec(label.slice(names.length))?.[1] ?? '')
    : label
  // A tenure's words ("2 años como barista") ask for the field they name; the amount is the years, not a word asked.
  const asked =
    requirement.minYears === null
      ? bracketed
      : findYearsMentions(bracketed).reduceRight(
          (rest, mention) => `${rest.slice(0, mention.start)} ${rest.slice(mention.end)}`,
          bracketed,
        )
  // Codes count whole ("NR-10", "ISO 9001"): they are what tells two norms apart.
  return new Set(
    (normalizeText(asked).match(/[\p{L}\p{N}]+(?:[-/.][\p{L}\p{N}]+)*/gu) ?? []).filter(
      (word) =>
        (word.length >= 3 || /\p{N}/u.test(word)) &&
        (requirement.minYears === null || !TENURE_FRAME.has(word)),
    ),
  )
}

/**
 * True when two requirements of the same skills ask the same thing: both by the skill's name alone, or in words one
 * of which says all the other does ("teaching certificate", "teaching certificate issued by the Branch").
 */
function asksTheSame(a: ParsedRequirement, b: ParsedRequirement, taxonomy: Taxonomy): boolean {
  const first = askedWords(a, taxonomy)
  const second = askedWords(b, taxonomy)
  // A tenure told in the posting's words ("5 years as a professional translator") and its field asked bare
  // ("experienced translators", "#barista") are one ask, read as the tenure, when the tenure's words say all the
  // other's do. Only for a skill's tenure: a line asking no skill is labelled with all its words, whatever it asks.
  if ((a.minYears === null) !== (b.minYears === null) && a.skillIds.length > 0) {
    const [bare, tenure] = a.minYears === null ? [first, second] : [second, first]
    if ([...bare].every((word) => tenure.has(word))) return true
  }
  if (first.size === 0 || second.size === 0) return first.size === second.size
  const [fewer, more] = first.size <= second.size ? [first, second] : [second, first]
  // One word is only the skill's own name in the posting's language ("contabilidad"): a phrase that adds a noun
  // to it ("contabilidad electrónica") asks for more. A phrase of its own, said again at length, is the same ask.
  if (fewer.size < 2) return fewer.size === more.size && [...fewer].every((word) => more.has(word))
  return [...fewer].every((word) => more.has(word))
}

// The heading a table's cell is read under: the cell is an item of the table's list of asks, as a bullet under
// such a heading is.
const LISTED_CELL_HEADING = 'Requirements:'
// Rows of a table read together as one list (see readTableItems).
const LISTED_CELL_RUN = 12

/** The pasted text with the tables' lines and captions turned to spaces: same length, same offsets elsewhere. */
function blankTables(pasted: string, tables: readonly FlattenedTable[]): string {
  const spans = tables
    .flatMap((table) => (table.caption ? [...table.lines, table.caption] : table.lines))
    .sort((a, b) => a.start - b.start)
  // Built in one pass: rebuilding the whole text per row made a long table quadratic (`pnpm bench --only postings`).
  const parts: string[] = []
  let at = 0
  for (const span of spans) {
    if (span.start < at) continue
    parts.push(pasted.slice(at, span.start), ' '.repeat(span.end - span.start))
    at = span.end
  }
  parts.push(pasted.slice(at))
  return parts.join('')
}

// Words too common to tell one ask from another, folded.
const RESTATE_STOPWORDS = new Set(
  'with para pela pelo como with from that this your sobre entre desde hasta have tener'.split(' '),
)

/** The stems (first five letters) of a text's content words: what a tag and a full line are compared on. */
function contentStems(text: string): string[] {
  return (normalizeText(text).match(/\p{L}{4,}/gu) ?? [])
    .filter((word) => !RESTATE_STOPWORDS.has(word))
    .map((word) => word.slice(0, 5))
}

/**
 * The requirements a flattened table's rows ask: each row's item cell read as a listed item would be, labelled with
 * the level the row gives it, sourced to the whole row. A board's tag that a requirement read elsewhere already says
 * ("Marcenaria" beside "Experiência em marcenaria fina") is that requirement restated and is dropped.
 */
function readTableItems(
  items: readonly TableItem[],
  read: readonly ParsedRequirement[],
  sections: readonly PostingSection[],
  taxonomy: Taxonomy,
  headed: boolean,
  documentCategories: ReadonlySet<string>,
  documentDomain: ReadonlySet<string>,
): ParsedRequirement[] {
  const readStems = read.map((requirement) => new Set(contentStems(requirement.source.text)))
  const kept = items.filter((item) => {
    if (!item.restates) return true
    const stems = contentStems(item.item.text)
    return !(
      stems.length > 0 &&
      readStems.some((said) => stems.filter((stem) => said.has(stem)).length * 2 >= stems.length)
    )
  })
  // The cells alone: their neighbours in the row (a level, a "Sí") are no words of the item. Read as the items of a
  // list of requirements would be, one bullet a row, so a cell that asks two things ("Tarjeta profesional y registro
  // en ReTHUS", "4 years, 1 of them with infants") is cut as such a line is, among its fellow rows as a bullet is
  // among its list. A note that states a tenure ("2 years minimum, 1 of them with infants") is read after the item,
  // as the line would have said it. The sources are the rows', set below, so no offset into the page is needed, and
  // the list is read in one pass, not one pass over the page per row.
  // The note is joined as what the item is asked at ("Item: at least 3 years, 1 of them as a lead"), not as a
  // clause of its own: a bare minimum after a comma would be cut off as an ask with no subject.
  const said = kept.map((item) => (item.note === null ? item.item.text : `${item.item.text}: ${item.note}`))
  // Read in runs of a few rows: enough fellows for the list readers' votes, and a long table stays linear.
  // A cell of a few words without a stop, comma or semicolon ("Photoshop", "CNH categoria B") has nothing a list
  // reader would cut, and is read as it stands: the list reader costs far more a line than the item reader.
  const bullets: Array<{ start: number; end: number; run: number } | null> = []
  const runs: string[] = []
  let inRuns = 0
  for (const cell of said) {
    if (cell.split(/\s+/u).length < 4 && !/[,;.]/u.test(cell)) {
      bullets.push(null)
      continue
    }
    if (inRuns++ % LISTED_CELL_RUN === 0) runs.push(LISTED_CELL_HEADING)
    const run = runs.length - 1
    const listed = `${runs[run] ?? ''}\n- `
    bullets.push({ start: listed.length, end: listed.length + cell.length, run })
    runs[run] = listed + cell
  }
  const unitsOfRun = runs.map((listed) => readStructure(listed, taxonomy).units)
  return kept.flatMap((item, index) => {
    // The section around the table decides what its rows do not say themselves.
    const around = sections.findLast((section) => section.start <= item.row.start)?.name
    const kind: RequirementKind = item.kind ?? (around === 'nice_to_have' ? 'nice_to_have' : 'required')
    const section: PostingSectionName = kind === 'nice_to_have' ? 'nice_to_have' : 'required'
    const bullet = bullets[index]
    const listed = bullet ? (runs[bullet.run] ?? '') : ''
    const cellUnits = bullet
      ? (unitsOfRun[bullet.run] ?? []).filter((unit) => unit.start >= bullet.start && unit.end <= bullet.end)
      : []
    let found = cellUnits.flatMap((unit) => {
      // A clause that says it is an extra ("…; AutoCAD, if you know it, even better") is one: the row's column
      // speaks of the item, not of what the cell adds. Otherwise the row's column decides, and the cell's own words
      // only when the row says nothing.
      const asked = unit.kind === 'nice_to_have' || item.kind === null ? (unit.kind ?? kind) : kind
      return readUnit(
        listed,
        {
          ...unit,
          section: asked === 'nice_to_have' ? 'nice_to_have' : 'required',
          kind: asked,
          listed: true,
        },
        taxonomy,
        headed,
        documentCategories,
        documentDomain,
      ).map((requirement) => ({ ...requirement, kind: asked }))
    })
    // A cell the list reader sets aside (a bare name, a schedule) is still the row's ask: read whole.
    const isolated = ` ${said[index] ?? ''}`
    const unit: Unit = { start: 1, end: isolated.length, section, kind, listed: true }
    if (found.length === 0)
      found = readUnit(isolated, unit, taxonomy, headed, documentCategories, documentDomain)
    const asked: ParsedRequirement[] =
      found.length > 0
        ? found
        : [
            {
              // A name the taxonomy does not know ("Toon Boom Harmony"), in a column of tools or titles.
              label: shorten(item.item.text, 120),
              kind,
              type: 'skill',
              screened: isScreenedType('skill'),
              weight: weightFor(kind, item.item.text, null),
              skillIds: [],
              minYears: null,
              keywords: extractKeywords(item.item.text),
              source: item.row,
              section: unit.section,
            },
          ]
    return asked.map((requirement): ParsedRequirement => {
      const minYears = requirement.minYears ?? item.minYears
      const detailed =
        item.detail !== null && !normalizeText(requirement.label).includes(normalizeText(item.detail))
      const rowKind = requirement.kind
      return {
        ...requirement,
        label: detailed ? `${requirement.label} (${item.detail})` : requirement.label,
        kind: rowKind,
        weight: weightFor(rowKind, `${item.item.text} ${item.detail ?? ''}`, minYears),
        minYears,
        source: { ...item.row },
        section: rowKind === 'nice_to_have' ? 'nice_to_have' : 'required',
        ...(item.detail !== null && requirement.type === 'language' && requirement.level === undefined
          ? { level: readLanguageLevel(item.detail, 0, 0) ?? item.detail }
          : {}),
      }
    })
  })
}

// A heading that names the terms of the job, its work or its contract ("Conditions of employment", "Physical demands
// of the job", "Condiciones del puesto") tells what the employer sets, which binds everyone it hires: the extras a
// posting lists are always the candidate's own.
const NAMES_THE_JOB_TERMS =
  /\b(?:conditions?|terms|demands|condicoes|condiciones|exigencias)\b.*\b(?:employment|job|work|role|position|post|contract|emprego|trabalho|vaga|cargo|funcao|contrato|empleo|trabajo|puesto|posicion|contratacion)\b|\b(?:employment|job|work|working|physical|emprego|trabalho|empleo|trabajo|fisicas?)\s+(?:conditions?|terms|demands|condicoes|condiciones|exigencias)\b/u

/**
 * True when at least half the lines of the block under a heading state conditions of the job (a licence, a check, a
 * schedule, the body's effort, where to live): the block is the job's terms, whatever its heading's words.
 */
function listsJobConditions(lines: readonly PageLine[], heading: number): boolean {
  const block: string[] = []
  for (let index = heading + 1; index < lines.length; index += 1) {
    const line = lines[index] as PageLine
    if (block.length > 0 && line.blankBefore) break
    block.push(line.text)
  }
  return block.length >= 2 && block.filter((line) => statesJobCondition(line)).length * 2 >= block.length
}

/** Splits a job posting into sections, responsibilities and typed, weighted requirements with source offsets. */
export function parsePosting(pasted: string, taxonomy: Taxonomy): ParsedPosting {
  // Tables a paste flattened to text are read by their columns; the line reader never sees their rows, whose cells
  // it would take for run-on prose or an FAQ ("¿Excluyente?"). Blanked, not cut, so every offset stays.
  const tables = readFlattenedTables(pasted)
  // Sentences a PDF or an e-mail wrapped over several lines are read whole; offsets stay those of the pasted text. The
  // label column of a two-column specification goes first, so its labels neither glue onto the text nor hide a wrap.
  const text = reflowWrappedText(blankLabelColumn(plainColonDashes(blankTables(pasted, tables))))
  const { sections, units, responsibilities, setAside } = readStructure(
    text,
    taxonomy,
    tables.flatMap((table) =>
      table.asks ? [{ start: table.lines[0]?.start ?? 0, end: table.lines.at(-1)?.end ?? 0 }] : [],
    ),
    pasted,
  )
  const headed = sections.some((section) => section.heading !== null)
  // The categories of the skills the posting names for sure: context for tools whose names are also common words.
  // The field the posting names beyond doubt: an acronym or a word of a longer name must fit it or its line ("GCP"
  // beside clinical trials is good clinical practice, "Oracle" of "Oracle Siebel CTMS" no database asked for).
  const documentDomain = findNamedSkillCategories(text, taxonomy)
  const documentCategories = new Set(
    findSkills(text, taxonomy, { documentDomain }).flatMap(
      (match) => getSkill(taxonomy, match.skillId)?.category ?? [],
    ),
  )
  const requirements: ParsedRequirement[] = []
  const duties = [...responsibilities]
  for (const unit of units) {
    // Terms of the job may state a condition the candidate must meet ("Condições: presencial de segunda a sexta").
    // Flexible working time offered is a perk, whatever hours it names.
    const condition =
      unit.section === 'benefits' &&
      statesJobCondition(text.slice(unit.start, unit.end)) &&
      !offersFlexibleTime(text.slice(unit.start, unit.end))
    if (unit.section === 'company' || (unit.section === 'benefits' && !condition) || unit.section === 'title')
      continue
    const found = readUnit(text, unit, taxonomy, headed, documentCategories, documentDomain)
    requirements.push(...found)
    // Without a responsibilities heading, unheaded duty lines ("Build ...") are still the role's duties.
    if (found.length === 0 && unit.section === 'other' && isDutyLike(text.slice(unit.start, unit.end))) {
      duties.push(unit)
      for (const demand of demandsOfWork(text, unit))
        requirements.push(...readUnit(text, demand, taxonomy, headed, documentCategories, documentDomain))
    }
  }
  const tableItems = tables.flatMap((table) => table.items)
  requirements.push(
    ...readTableItems(
      tableItems,
      requirements,
      sections,
      taxonomy,
      headed,
      documentCategories,
      documentDomain,
    ),
  )
  for (const table of tables) if (table.caption) setAside.push({ ...table.caption, reason: 'narrative' })
  duties.sort((a, b) => a.start - b.start)
  // A skill set asked for twice counts once, so repeating "SQL" does not double its weight. A required mention
  // outranks a nice-to-have one, and the heavier weight is kept.
  const merged: ParsedRequirement[] = []
  const bySkills = new Map<string, ParsedRequirement[]>()
  for (const requirement of requirements) {
    if (requirement.skillIds.length === 0) {
      merged.push(requirement)
      continue
    }
    // A degree in Nursing and a nursing licence name the same skill but ask for different things. Years in a field
    // and the field as a skill ("5+ years of accounting experience", "Experience in technical accounting") are one
    // ask, read as the tenure, which shows the skill too.
    // Only a true duplicate merges: the same skills asked in the same words. Two asks the taxonomy files under one
    // broad name ("a pharmacy management system", "medication therapy management", both Pharmacy) keep the
    // posting's words in their labels, and each stays a requirement of its own.
    const typeKey = requirement.type === 'experience' ? 'skill' : requirement.type
    const key = `${typeKey}:${[...requirement.skillIds].sort().join('|')}`
    const sameSkills = bySkills.get(key) ?? []
    // Two tenures of different lengths ("5 years as a translator, 3 of them in legal work") are two asks.
    const previous = sameSkills.find(
      (other) =>
        asksTheSame(other, requirement, taxonomy) &&
        (other.minYears === null || requirement.minYears === null || other.minYears === requirement.minYears),
    )
    if (!previous) {
      bySkills.set(key, [...sameSkills, requirement])
      merged.push(requirement)
      continue
    }
    const replace = (by: ParsedRequirement) => {
      merged[merged.indexOf(previous)] = by
      bySkills.set(
        key,
        sameSkills.map((other) => (other === previous ? by : other)),
      )
    }
    if (requirement.kind === 'required' && previous.kind === 'nice_to_have') replace({ ...requirement })
    else if (
      requirement.kind === previous.kind &&
      requirement.type === 'experience' &&
      previous.type !== 'experience'
    )
      replace({ ...requirement, weight: Math.max(requirement.weight, previous.weight) })
    else if (requirement.kind === previous.kind && requirement.weight > previous.weight)
      replace({
        ...previous,
        weight: requirement.weight,
        minYears: requirement.minYears ?? previous.minYears,
      })
  }
  return {
    language: detectLanguage(text),
    sections,
    responsibilities: duties.map((unit) => text.slice(unit.start, unit.end)),
    // The reader's fallback type (`knowledge`, "nothing more specific") is settled by what each ask names only now,
    // so the reading above keeps leaning on it.
    requirements: dropRestatedTenures(merged).map(retypeUnnamedRequirement),
    setAside: setAside.sort((a, b) => a.start - b.start),
  }
}
