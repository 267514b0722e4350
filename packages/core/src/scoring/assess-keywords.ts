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
import { isForeignAcronym } from './find-defined-acronyms'
import { foldForSearch } from './fold-for-search'
import type { IndexedSentence, IndexedWord } from './index-sentences'

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
  'develop',
  'create',
  'prepare',
  'provide',
])

/** True when the word is a head that says only "take charge of" (management, processing). */
export function isLightHead(word: string, context: ResumeContext): boolean {
  return [word, ...context.wordNet.lemmas(word)].some((lemma) => LIGHT_HEADS.has(lemma))
}

export type KeywordTerms = {
  keyword: string
  /** The word and its base forms. */
  literal: ReadonlySet<string>
  /** Literal forms plus WordNet synonyms, derivations and narrower terms. */
  expanded: ReadonlySet<string>
  light: boolean
  /** An action word (-ing form of a verb): "scheduling", "meeting". */
  action: boolean
  /** The word the requirement is about (its action, or the object of a light head): a sentence must show it. */
  core: boolean
  /** A modifier before an action ("*full-cycle* recruiting"): it may be missing; the action and its object may not. */
  optional: boolean
  /** Parts of a hyphenated word ("full-cycle"), which resumes also write apart. */
  parts: readonly string[]
  /** An acronym the resume defines as something else: its letters there are not this word. */
  blocked: boolean
  /**
   * A looser tie than `expanded`, for a paraphrase only: an action's kin verbs (train: coach, instruct, mentor), or,
   * for an object that is people at work (staff, team, employees), any word naming people at work (associates, crew).
   */
  loose: (word: IndexedWord, index?: number, words?: readonly IndexedWord[]) => boolean
  /** A noun or verb WordNet knows (not an adjective such as "new" or "key" standing alone). */
  content: boolean
  /** Literal forms plus the words formed from them (communicating: communication): the same word, not a synonym. */
  derived: ReadonlySet<string>
}

/** A noun naming who does something (-er, -or, -ist: teacher, supervisor) rather than the doing. */
function isAgentNoun(word: string, context: ResumeContext): boolean {
  return /(?:er|or|ist)$/u.test(word) && context.wordNet.isNoun(word) && !context.wordNet.isVerb(word)
}

/** Words apart within which a paraphrase's words must sit: words in other words count only as one phrase. */
const PARAPHRASE_WINDOW = 4

/** A word in a verb's inflected form (past, participle, -ing), as bullets describe work done. */
const VERB_FORM = /(?:ed|ing)$|^(?:took|led|ran|taught|oversaw|made|kept|held|built|wrote)$/u

export function keywordTerms(
  keywords: readonly string[],
  requirement: RequirementInput,
  context: ResumeContext,
  /** False for a field of knowledge ("building codes"), whose -ing words are names, not actions. */
  asActivity = true,
): KeywordTerms[] {
  const words = [...new Set(keywords.map((keyword) => foldForSearch(keyword)))].filter(
    (keyword) => keyword.length > 0,
  )
  const terms = words.map((keyword) => {
    const literal = new Set([keyword, ...context.wordNet.lemmas(keyword)])
    const expanded = new Set(literal)
    for (const lemma of literal) for (const word of context.wordNet.expand(lemma)) expanded.add(word)
    const isAction =
      asActivity &&
      keyword.endsWith('ing') &&
      [...literal].some((lemma) => lemma !== keyword && context.wordNet.isVerb(lemma))
    // The doer of an action (teacher, supervisor, trainer) is a person, often someone else ("other teachers",
    // "assistance to my supervisor"): for an action, the forms that count as the word are the action's own.
    const derived = new Set(
      [...literal]
        .flatMap((lemma) => [...context.wordNet.derivations(lemma)])
        .filter((word) => !isAction || literal.has(word) || !isAgentNoun(word, context)),
    )
    return {
      keyword,
      literal,
      expanded,
      // A light verb or its noun ("management", "development", "processing"): only "take charge of".
      light:
        [...literal].some((lemma) => LIGHT_HEADS.has(lemma)) ||
        (context.wordNet.isNoun(keyword) &&
          [...derived].some((word) => LIGHT_HEADS.has(word) && context.wordNet.isVerb(word))),
      action: isAction,
      core: false,
      optional: false,
      parts: keyword.includes('-') ? keyword.split('-').filter((part) => part.length > 0) : [],
      blocked: isForeignAcronym(keyword, context.acronyms, [requirement.label]),
      loose: looseTie(keyword, literal, context, asActivity),
      derived,
      content: [...literal, ...keyword.split('-')].some(
        (lemma) => context.wordNet.isNoun(lemma) || context.wordNet.isVerb(lemma),
      ),
    }
  })
  // The core: the first action word ("*scheduling* patient appointments"); else the object of a light head
  // ("*inventory* management of medical supplies", "management of *inventory*"). Modifiers may be paraphrased or
  // missing; the core may not.
  // Only an opening action is the requirement's own ("*scheduling* staff", "full-cycle *recruiting*"); a later one is
  // a second duty ("inventory management and *ordering* of supplies").
  const action = terms.findIndex((term, index) => index <= 1 && !term.light && term.action)
  const light = terms.findIndex((term) => term.light)
  const core = action >= 0 ? action : light > 0 ? light - 1 : light === 0 && terms.length > 1 ? 1 : -1
  const coreTerm = terms[core]
  if (coreTerm) coreTerm.core = true
  // A qualifier WordNet does not know as a noun or verb ("*full-cycle* recruiting") may be left out; a word it knows
  // names what or which the action is ("*cold* calling", "*menu* planning", "*medical* billing") and stays.
  if (action > 0)
    for (const term of terms.slice(0, action))
      term.optional = ![...term.literal].some(
        (lemma) => context.wordNet.isNoun(lemma) || context.wordNet.isVerb(lemma),
      )
  // What a cue introduces after the ask ("debugging, *especially in distributed environments*") illustrates or
  // narrows it by example: a resume showing the ask without the example still shows the ask.
  const illustration = illustrationWords(requirement)
  if (terms.some((term) => !illustration.has(term.keyword)))
    for (const term of terms) if (illustration.has(term.keyword)) term.optional = true
  // Outside a duty, a noun that only frames an ability right after a gerund ("debugging *chops*", "troubleshooting
  // *skills*") is not what the gerund acts on: the gerund is the ask.
  const [first, second] = terms
  if (
    requirement.type !== 'activity' &&
    first &&
    second &&
    first.keyword.endsWith('ing') &&
    [...first.literal].some((lemma) => lemma !== first.keyword && context.wordNet.isVerb(lemma)) &&
    foldForSearch(requirement.source ?? requirement.label).includes(`${first.keyword} ${second.keyword}`) &&
    [...second.literal].some((lemma) => context.wordNet.isFrameNoun(lemma))
  )
    second.optional = true
  return terms
}

/** Words that open an illustration or a narrowing example (EN, PT, ES), after which the ask is already stated. */
const ILLUSTRATION_CUE =
  /\b(?:especially|particularly|notably|ideally|preferably|including|e\.\s?g\.?|for example|for instance|such as|especialmente|principalmente|incluindo|incluyendo|por exemplo|por ejemplo)\b/u

/** The requirement line's words after an illustration cue, the cue included; empty when there is none. */
function illustrationWords(requirement: RequirementInput): ReadonlySet<string> {
  const line = foldForSearch(requirement.source ?? requirement.label)
  const cue = ILLUSTRATION_CUE.exec(line)
  if (!cue) return new Set()
  return new Set(line.slice(cue.index).match(/[\p{L}\p{N}][\p{L}\p{N}'+#-]*/gu) ?? [])
}

function looseTie(
  keyword: string,
  literal: ReadonlySet<string>,
  context: ResumeContext,
  asActivity: boolean,
): KeywordTerms['loose'] {
  const { wordNet } = context
  const lemmas = [...literal]
  const action =
    asActivity &&
    keyword.endsWith('ing') &&
    lemmas.some((lemma) => lemma !== keyword && wordNet.isVerb(lemma))
  if (action) {
    const kin = new Set(lemmas.flatMap((lemma) => [...wordNet.verbKin(lemma)]))
    if (kin.size === 0) return () => false
    // Only a word used as a verb ("instructed", "coaching"): "treatment plans" is not planning. An -ing word after
    // an article or "to", right before a noun, qualifies that noun ("referred them to *operating* personnel").
    return (word, index, words) =>
      VERB_FORM.test(word.text) &&
      word.lemmas.some((lemma) => kin.has(lemma)) &&
      !(index !== undefined && words !== undefined && modifiesNoun(words, index, wordNet))
  }
  // Two letters are a function word or an abbreviation, whatever WordNet files them as ("an": associate in nursing).
  // A field of knowledge is not done to people: "(excavator, loader)" there are machines, not a crew to stand in for.
  if (!asActivity) return () => false
  if (lemmas.some((lemma) => wordNet.isWorkforce(lemma)))
    // A verb form names the work, not the people: "cooking" is not cooks, "staffing" not staff.
    return (word, index, words) =>
      word.text.length > 2 &&
      !(
        VERB_FORM.test(word.text) && word.lemmas.some((lemma) => lemma !== word.text && wordNet.isVerb(lemma))
      ) &&
      word.lemmas.some((lemma) => wordNet.isWorkforce(lemma)) &&
      !(index !== undefined && words !== undefined && amongThings(words, index, wordNet))
  return () => false
}

/** Words that open a noun phrase: after them an -ing word is an adjective ("to *operating* personnel"). */
const PHRASE_OPENERS = new Set(['to', 'the', 'a', 'an', 'our', 'their', 'its', 'his', 'her', 'all', 'other'])

/** Words back from an -ing word within which an article or "to" still opens its noun phrase. */
const OPENER_REACH = 4

/**
 * True when the -ing word at `index` precedes a noun inside a noun phrase that an article or "to" opens, with no verb
 * form between: it qualifies the noun ("referred them to superior or appropriate *operating* personnel").
 */
function modifiesNoun(
  words: readonly IndexedWord[],
  index: number,
  wordNet: ResumeContext['wordNet'],
): boolean {
  const word = words[index] as IndexedWord
  const after = words[index + 1]
  if (!word.text.endsWith('ing') || after?.lemmas.some((lemma) => wordNet.isNoun(lemma)) !== true)
    return false
  for (let at = index - 1; at >= Math.max(0, index - OPENER_REACH); at--) {
    const before = words[at] as IndexedWord
    // "to" right before the -ing word is as often a gerund's ("committed to leading teams"): only "to" with words
    // between opens a noun phrase ("to superior or appropriate operating personnel").
    if (PHRASE_OPENERS.has(before.text)) return before.text !== 'to' || at < index - 1
    if (VERB_FORM.test(before.text)) return false
  }
  return false
}

/**
 * True when a word that names people at work and a made thing alike ("servers") stands in a list of things: a
 * neighbour, past "and" or a comma, is a made thing and no person ("switches servers and lab workstations").
 */
function amongThings(
  words: readonly IndexedWord[],
  index: number,
  wordNet: ResumeContext['wordNet'],
): boolean {
  const word = words[index] as IndexedWord
  if (!word.lemmas.some((lemma) => wordNet.namesArtifact(lemma))) return false
  const neighbours = [index - 2, index - 1, index + 1, index + 2]
    .map((at) => ({ at, other: words[at] }))
    // A verb form ("training", "switched") is the work done, not a thing in the list; a singular noun before the word
    // names its kind ("operating *room* staff", "*lab* staff"), while a list item before it is plural ("switches").
    .filter(
      (entry): entry is { at: number; other: IndexedWord } =>
        entry.other !== undefined &&
        !/^(?:and|or|&)$/u.test(entry.other.text) &&
        !VERB_FORM.test(entry.other.text) &&
        (entry.at > index || !entry.other.lemmas.includes(entry.other.text)),
    )
    .map((entry) => entry.other)
  return neighbours.some(
    (other) =>
      other.lemmas.some((lemma) => wordNet.namesArtifact(lemma)) &&
      !other.lemmas.some((lemma) => wordNet.isWorkforce(lemma)),
  )
}

/** Words apart the parts of a hyphenated word may sit when a resume writes them apart ("end of month"). */
const PARTS_REACH = 2

/**
 * True when the sentence shows every part of a hyphenated term close together, as one phrase: "month-end",
 * "month end", "end of month"; not "the end of each day, week, month and year".
 */
function showsParts(sentence: IndexedSentence, term: KeywordTerms): boolean {
  if (term.parts.length < 2) return false
  const positions = term.parts.map((part) =>
    sentence.words.flatMap((word, index) =>
      word.text === part || word.lemmas.includes(part) || word.text.split('-').includes(part) ? [index] : [],
    ),
  )
  const [first, ...rest] = positions
  return (first ?? []).some((at) =>
    rest.every((others) => others.some((other) => Math.abs(other - at) <= PARTS_REACH)),
  )
}

/** True when the sentence shows the term as written or in a form made from it. */
function keeps(sentence: IndexedSentence, term: KeywordTerms): boolean {
  if (showsParts(sentence, term)) return true
  for (const word of term.derived) if (sentence.terms.has(word)) return true
  return false
}

export type SentenceHit = {
  sentence: IndexedSentence
  literal: string[]
  found: string[]
  /** False when the requirement has a core word and this sentence does not show it. */
  hasCore: boolean
}

/** Words within which a bullet's opening verb still governs its object ("Took and ordered inventory"). */
const OBJECT_REACH = 5

/**
 * True when the sentence does the light head's job: a verb of handling (managed, maintained, oversaw), or a bullet
 * that opens with a verb whose object, within a few words, is the requirement's core ("Took and ordered inventory").
 */
function sentenceHandlesCore(sentence: IndexedSentence, terms: readonly KeywordTerms[]): boolean {
  if (!terms.some((term) => term.light)) return false
  if (sentence.words.some((word) => word.lemmas.some((lemma) => LIGHT_HEADS.has(lemma)))) return true
  if (!sentence.describesAction) return false
  const opening = sentence.words[0]
  if (!opening || !/(?:ed|ing|s)$|^took$|^did$|^ran$|^led$/.test(opening.text)) return false
  const core = terms.find((term) => term.core)
  if (!core) return false
  return sentence.words
    .slice(1, OBJECT_REACH + 1)
    .some((word) => word.lemmas.some((lemma) => core.expanded.has(lemma)) || core.expanded.has(word.text))
}

/** Which of the terms one sentence shows, literally and in all. */
export function hitSentence(
  sentence: IndexedSentence,
  terms: readonly KeywordTerms[],
  /** False to leave out the loose ties (verb kin, people at work), which only a described action may use. */
  withLoose = true,
): SentenceHit {
  const literal: string[] = []
  const found: string[] = []
  const lightMet = sentenceHandlesCore(sentence, terms)
  for (const term of terms) {
    if (term.blocked) continue
    const has = (set: ReadonlySet<string>) => {
      for (const word of set) if (sentence.terms.has(word)) return true
      return false
    }
    if (
      // Morphology is the word itself: "communication" shows communicating, "scheduled" scheduling.
      has(term.derived) ||
      showsParts(sentence, term)
    ) {
      literal.push(term.keyword)
      found.push(term.keyword)
    } else if (
      // An action in other words is a verb in the sentence too: "client *expectations*" is not prospecting.
      (term.action
        ? sentence.words.some(
            (word) =>
              (VERB_FORM.test(word.text) || word === sentence.words[0]) &&
              word.lemmas.some((lemma) => term.expanded.has(lemma)),
          )
        : has(term.expanded)) ||
      (term.light && lightMet) ||
      (withLoose && sentence.words.some(term.loose))
    )
      found.push(term.keyword)
  }
  // A word in other words counts only beside another word of the requirement, as one phrase: in "Managed
  // department by compiling paperwork ... for the staff", "managed" is not managing the staff. Literal words count
  // anywhere in the sentence, as before.
  const kept = found.filter(
    (keyword) =>
      literal.includes(keyword) ||
      keeps(sentence, terms.find((term) => term.keyword === keyword) as KeywordTerms) ||
      nearAnother(sentence, terms, found, keyword),
  )
  const core = terms.find((term) => term.core)
  return { sentence, literal, found: kept, hasCore: !core || kept.includes(core.keyword) }
}

function showsTerm(word: IndexedWord, term: KeywordTerms, index: number, sentence: IndexedSentence): boolean {
  return (
    term.literal.has(word.text) ||
    (term.parts.length > 1 && term.parts.includes(word.text)) ||
    word.lemmas.some((lemma) => term.literal.has(lemma) || term.expanded.has(lemma)) ||
    term.loose(word, index, sentence.words)
  )
}

function positionsOf(sentence: IndexedSentence, term: KeywordTerms): number[] {
  const positions: number[] = []
  sentence.words.forEach((word, index) => {
    if (showsTerm(word, term, index, sentence)) positions.push(index)
  })
  return positions
}

/** True when a word showing `keyword` sits within the paraphrase window of a word showing another found term. */
function nearAnother(
  sentence: IndexedSentence,
  terms: readonly KeywordTerms[],
  found: readonly string[],
  keyword: string,
): boolean {
  const term = terms.find((candidate) => candidate.keyword === keyword) as KeywordTerms
  // A light head met by the sentence's verb has no word of its own to place.
  if (term.light) return true
  const mine = positionsOf(sentence, term)
  return terms.some(
    (other) =>
      other !== term &&
      found.includes(other.keyword) &&
      positionsOf(sentence, other).some((at) =>
        mine.some((position) => position !== at && Math.abs(position - at) <= PARAPHRASE_WINDOW),
      ),
  )
}

/**
 * True when the sentence does the requirement's action to people at work: a verb form showing the core action,
 * followed within the window by a word for the object ("managing junior colleagues" for supervising staff).
 */
function actsOnObject(
  sentence: IndexedSentence,
  terms: readonly KeywordTerms[],
  found: readonly string[],
): boolean {
  const core = terms.find((term) => term.core && term.action && found.includes(term.keyword))
  if (!core) return false
  const verbs = positionsOf(sentence, core).filter((index) => {
    const word = sentence.words[index]
    return word !== undefined && (index === 0 || VERB_FORM.test(word.text))
  })
  // What the verb acts on comes first after it: past a pronoun or a preposition ("directed *them to* the correct
  // employee") the noun is where the object went, not the object.
  const direct = (verb: number, at: number) =>
    sentence.words.slice(verb + 1, at).every((word) => !NOT_OBJECT_BEFORE.has(word.text))
  return terms.some(
    (object) =>
      object !== core &&
      !object.light &&
      found.includes(object.keyword) &&
      positionsOf(sentence, object).some((at) =>
        verbs.some(
          (verb) =>
            at > verb && at - verb <= PARAPHRASE_WINDOW && !forWhom(sentence, verb, at) && direct(verb, at),
        ),
      ),
  )
}

/** Pronouns and prepositions (EN, PT, ES) after which a noun is no longer a verb's direct object. */
const NOT_OBJECT_BEFORE = new Set([
  'them',
  'him',
  'her',
  'it',
  'us',
  'to',
  'into',
  'toward',
  'towards',
  'from',
  'at',
  'para',
  'ao',
  'aos',
  'al',
])

/** Words that open whom the work is for (a beneficiary), not what it is done to. */
const BENEFICIARY = new Set(['for', 'para', 'por'])

/** How far before a noun a beneficiary's preposition still governs it ("for *the designated* personnel"). */
const BENEFICIARY_REACH = 3

/** True when the word at `at` is whom the work is for: a beneficiary preposition just before it, after `from`. */
function forWhom(sentence: IndexedSentence, from: number, at: number): boolean {
  return sentence.words
    .slice(Math.max(from, at - BENEFICIARY_REACH), at)
    .some((word) => BENEFICIARY.has(word.text))
}

/** True when the words found sit next to each other (at most one word between any two), as in a phrase. */
function adjacent(hit: SentenceHit, terms: readonly KeywordTerms[]): boolean {
  const wanted = terms.filter((term) => hit.found.includes(term.keyword))
  const positions = hit.sentence.words
    .map((word, index) =>
      wanted.some(
        (term) => term.literal.has(word.text) || word.lemmas.some((lemma) => term.expanded.has(lemma)),
      )
        ? index
        : -1,
    )
    .filter((index) => index >= 0)
  for (let index = 1; index < positions.length; index++)
    if ((positions[index] as number) - (positions[index - 1] as number) > 1) return false
  return true
}

/** How many of n words one sentence must show: all of one or two, else at least half. */
export function neededWords(count: number): number {
  return count <= 2 ? count : Math.max(2, Math.ceil(count / 2))
}

/** Sentences that show some of the terms and the core, best first (most terms, then most literal, then nearest
 * the semantic anchor, then earliest). */
export function rankSentences(
  terms: readonly KeywordTerms[],
  requirement: RequirementInput,
  context: ResumeContext,
  sentences: readonly IndexedSentence[] = context.sentences,
): SentenceHit[] {
  const anchor = semanticAnchor(requirement, context)
  const hits: Array<{ hit: SentenceHit; distance: number }> = []
  for (const sentence of sentences) {
    const hit = hitSentence(sentence, terms)
    if (hit.found.length === 0 || !hit.hasCore) continue
    hits.push({ hit, distance: anchor === null ? 0 : Math.abs(sentence.start - anchor) })
  }
  return hits
    .sort(
      (a, b) =>
        b.hit.found.length - a.hit.found.length ||
        b.hit.literal.length - a.hit.literal.length ||
        a.distance - b.distance ||
        a.hit.sentence.start - b.hit.sentence.start,
    )
    .map((entry) => entry.hit)
}

/** The sentence showing most of the terms (literal first, then nearest the semantic anchor, then earliest). */
export function bestSentence(
  terms: readonly KeywordTerms[],
  requirement: RequirementInput,
  context: ResumeContext,
  sentences: readonly IndexedSentence[] = context.sentences,
): SentenceHit | null {
  return rankSentences(terms, requirement, context, sentences)[0] ?? null
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
  options: { allWords?: boolean; asField?: boolean; part?: boolean } = {},
): Assessment | null {
  const all = keywordTerms(requirement.keywords, requirement, context, !options.asField)
  // Words before the action only qualify it: what must be shown is the action and its object.
  const terms = all.filter((term) => !term.optional)
  if (terms.length === 0) return null
  const needed = options.allWords ? terms.length : neededWords(terms.length)
  // The best-ranked sentence can fail a check a lower one passes ("accounting staff" in a list, "managing junior
  // colleagues" in a bullet): take the first that stands, among the few that show enough of the words.
  for (const hit of rankSentences(terms, requirement, context).slice(0, CANDIDATE_SENTENCES)) {
    if (hit.found.length < needed) break
    const judged = judgeSentence(hit, terms, needed, requirement, context, options)
    if (judged) return judged
  }
  if (options.allWords || options.part) return null
  const role = holdsRole(requirement, terms, context)
  if (role) return role
  // "Inventory management and ordering of food supplies": one of two coordinated duties or objects shown is part of
  // the requirement, a partial that names the part.
  for (const part of conjunctParts(requirement, terms)) {
    const found = assessKeywords({ ...requirement, keywords: part }, context, { ...options, part: true })
    if (!found) continue
    return {
      ...found,
      status: 'partial',
      credit: Math.min(found.credit, PARAPHRASE_CREDIT),
      reason: `Shows part of "${requirement.label}" (${part.join(' ')}): "${found.evidence[0]?.quote ?? ''}".`,
    }
  }
  return null
}

/**
 * A role named after the duty: a doer of the requirement's action (or of a verb of its kind) right after what the
 * action is done to ("Kitchen *Manager*", "Crew *Leader*" for supervising a kitchen team). The title says the work was
 * the person's own; the reason quotes the title so a reviewer sees it at once.
 */
function holdsRole(
  requirement: RequirementInput,
  terms: readonly KeywordTerms[],
  context: ResumeContext,
): Assessment | null {
  const core = terms.find((term) => term.core && term.action)
  if (!core) return null
  const { wordNet } = context
  // The action and its kin (lead for supervise), not every synonym: a "learner" is taught, not teaching.
  const verbs = new Set([
    ...core.literal,
    ...[...core.literal].flatMap((lemma) => [...wordNet.verbKin(lemma)]),
  ])
  // The object as written or by a synonym (crew for team), not by the looser people-at-work tie ("General").
  const shows = (word: IndexedWord, term: KeywordTerms) =>
    term.literal.has(word.text) ||
    word.lemmas.some((lemma) => term.literal.has(lemma) || term.expanded.has(lemma))
  const objects = terms.filter((term) => !term.action && !term.light && !term.blocked && term.content)
  if (objects.length === 0) return null
  const doer = (word: IndexedWord) =>
    word.lemmas.some(
      (lemma) =>
        isAgentNoun(lemma, context) && [...wordNet.derivations(lemma)].some((verb) => verbs.has(verb)),
    )
  for (const sentence of context.sentences) {
    const at = sentence.words.findIndex(
      (word, index) =>
        index > 0 &&
        doer(word) &&
        objects.some((term) => shows(sentence.words[index - 1] as IndexedWord, term)),
    )
    if (at < 0) continue
    const title = sentence.words
      .slice(at - 1, at + 1)
      .map((word) => context.text.slice(word.start, word.end))
      .join(' ')
    const evidence = [sentenceEvidence(context, sentence)]
    return {
      status: 'partial',
      basis: 'paraphrase',
      credit: PARAPHRASE_CREDIT,
      evidence,
      yearsFound: null,
      reason: `Holds the role "${title}", whose work is "${requirement.label}": "${evidence[0]?.quote ?? ''}".`,
    }
  }
  return null
}

const COORDINATORS = new Set(['and', 'or', '&', 'e', 'y', 'ou', 'o'])
const PREPOSITIONS = new Set([
  'of',
  'for',
  'with',
  'in',
  'on',
  'to',
  'at',
  'de',
  'da',
  'do',
  'del',
  'en',
  'em',
  'com',
  'con',
])

/**
 * The keyword lists of a requirement line that coordinates two duties or objects, one per conjunct, each keeping the
 * shared verb: "preparing cost estimates and bids" gives [preparing, cost, estimates] and [preparing, bids]. A part
 * must still say something by itself: two words, or one compound ("month-end").
 */
function conjunctParts(requirement: RequirementInput, terms: readonly KeywordTerms[]): string[][] {
  if (!requirement.source) return []
  const keywords = requirement.keywords.map((keyword) => foldForSearch(keyword))
  const known = new Set(keywords)
  const tokens = foldForSearch(requirement.source).match(/[\p{L}\p{N}][\p{L}\p{N}'+#-]*|&|[,;:.()]/gu) ?? []
  const parts: string[][] = []
  // Verbs by form, whether or not the caller reads the line as an activity.
  const actions = new Set(
    terms
      .filter(
        (term) =>
          term.action ||
          (term.keyword.endsWith('ing') && [...term.literal].some((lemma) => lemma !== term.keyword)),
      )
      .map((term) => term.keyword),
  )
  tokens.forEach((token, index) => {
    if (!COORDINATORS.has(token)) return
    const left: string[] = []
    let shared: string | null = null
    for (let at = index - 1; at >= 0; at--) {
      const word = tokens[at] as string
      if (/^[,;:.()]$/u.test(word) || COORDINATORS.has(word) || PREPOSITIONS.has(word)) break
      // The verb before the first conjunct ("*preparing* cost estimates and bids") is both conjuncts' verb.
      if (left.length > 0 && actions.has(word)) {
        shared = word
        break
      }
      if (known.has(word)) left.unshift(word)
    }
    const right: string[] = []
    for (let at = index + 1; at < tokens.length; at++) {
      const word = tokens[at] as string
      if (/^[,;:.()]$/u.test(word) || COORDINATORS.has(word)) break
      if (known.has(word)) right.push(word)
    }
    if (left.length === 0 || right.length === 0) return
    // Two verbs of one object ("meeting or exceeding sales quotas", "supervising or leading a team") are one duty.
    if (left.length === 1 && actions.has(left[0] as string) && actions.has(right[0] as string)) return
    for (const conjunct of [left, right]) {
      const part = shared ? [shared, ...conjunct] : [...conjunct]
      const own = terms.filter((term) => part.includes(term.keyword) && !term.optional)
      if (part.length === keywords.length) continue
      if (own.length < 2 && !own.some((term) => term.parts.length > 1)) continue
      if (!parts.some((existing) => existing.join(' ') === part.join(' '))) parts.push(part)
    }
  })
  return parts
}

const ARTICLES = new Set(['a', 'an', 'the', 'our', 'your', 'their'])
const CONJUNCTIONS = new Set(['and', 'or', '&'])
/** Closed-class words that end a noun phrase: prepositions, relatives, comparisons (English, the parser's keywords). */
const PHRASE_ENDS = new Set([
  'of',
  'for',
  'with',
  'in',
  'on',
  'at',
  'to',
  'from',
  'by',
  'into',
  'across',
  'within',
  'including',
  'such',
  'as',
  'like',
  'using',
  'via',
  'per',
  'that',
  'which',
  'who',
  'while',
  'when',
  'where',
  'e',
  'eg',
  'i',
  'ie',
  'than',
])

/**
 * The head nouns of what the requirement's verb acts on: the last word of each noun phrase after it, read from the
 * posting's own words ("leading a sales *team*", "preparing cost *estimates* and *bids*", "lesson *plans* aligned
 * with …"). A sentence that shows the modifiers but not a head ("organized sales and operations resources") is about
 * something else. Empty when the verb takes no direct object ("communicating with parents").
 */
export function objectHeads(requirement: RequirementInput, terms: readonly KeywordTerms[]): KeywordTerms[] {
  const byKeyword = new Map(terms.map((term) => [term.keyword, term]))
  const tokens =
    foldForSearch(requirement.source ?? requirement.label).match(/[\p{L}\p{N}][\p{L}\p{N}'+#-]*|&|,/gu) ?? []
  const verbAt = tokens.findIndex((token) => {
    const term = byKeyword.get(token)
    return term !== undefined && (term.action || term.light) && !term.optional
  })
  if (verbAt < 0) return []
  const heads: KeywordTerms[] = []
  let group: KeywordTerms[] = []
  const close = () => {
    const head = group[group.length - 1]
    if (head) heads.push(head)
    group = []
  }
  for (let index = verbAt + 1; index < tokens.length; index++) {
    const token = tokens[index] as string
    if (ARTICLES.has(token) && group.length === 0) continue
    // "meeting or exceeding sales quotas": a second verb before any object shares it.
    if (group.length === 0 && CONJUNCTIONS.has(token) && byKeyword.get(tokens[index + 1] ?? '')?.action) {
      index += 1
      continue
    }
    const term = byKeyword.get(token)
    // A gerund right before another word of the phrase names a kind of it ("supervising *accounting* staff",
    // "*marketing* team"): a modifier of the object, not a second action.
    const modifiesNext =
      term !== undefined &&
      token.endsWith('ing') &&
      byKeyword.has(tokens[index + 1] ?? '') &&
      !byKeyword.get(tokens[index + 1] ?? '')?.action
    // A second action ("calling and *prospecting*") or a participle ("plans *aligned* with") ends the phrase.
    if (term && (modifiesNext || (!term.action && !/(?:ed|ing)$/u.test(token)))) {
      group.push(term)
      continue
    }
    if ((CONJUNCTIONS.has(token) || token === ',') && group.length > 0) {
      const next = tokens[index + 1] ?? ''
      close()
      if (!/(?:ed|ing)$/u.test(next) && !PHRASE_ENDS.has(next)) continue
      break
    }
    // A preposition or a clause word ends the phrase; another word the keywords left out ("field crews") does not.
    if (PHRASE_ENDS.has(token) || /(?:ed|ing)$/u.test(token)) break
  }
  close()
  return heads
}

/** Sentences tried per requirement before giving up: the ranking puts the likely ones first. */
const CANDIDATE_SENTENCES = 8

function judgeSentence(
  best: SentenceHit,
  terms: readonly KeywordTerms[],
  needed: number,
  requirement: RequirementInput,
  context: ResumeContext,
  options: { allWords?: boolean; asField?: boolean },
): Assessment | null {
  // A light head ("managing", "preparing") says little: the words it governs must carry the match by themselves
  // ("Worked on a variety of projects" is not managing project schedules and budgets).
  const heavy = terms.filter((term) => !term.light)
  const heavyFound = best.found.filter((keyword) => heavy.some((term) => term.keyword === keyword)).length
  if (!options.allWords && heavy.length > 0 && heavyFound < neededWords(heavy.length)) return null
  // The thing acted on must be there, not only its modifiers: "organized sales and operations resources" is not
  // leading a sales team.
  // Read as a field, a line that still has a verb ("meeting or exceeding sales *quotas*") is about what the verb acts
  // on: "sales meetings" is not it.
  const heads = options.asField
    ? objectHeads(requirement, keywordTerms(requirement.keywords, requirement, context, true))
        .map((head) => terms.find((term) => term.keyword === head.keyword))
        .filter((term): term is KeywordTerms => term !== undefined)
    : objectHeads(requirement, terms)
  if (heads.length > 0 && !heads.some((head) => best.found.includes(head.keyword))) return null
  // An action needs what it acts on: "met and exceeded" is not meeting sales quotas.
  const objects = terms.filter((term) => !term.action && !term.light)
  if (
    terms.some((term) => term.action) &&
    objects.length > 0 &&
    !objects.some((term) => best.found.includes(term.keyword))
  )
    return null
  const evidence = [sentenceEvidence(context, best.sentence)]
  const listed = sectionAt(context.profile, best.sentence.start) === 'skills'
  // In a list, words a few items apart are different items ("office, Windows, Microsoft"): only a phrase counts.
  if (listed && best.found.length > 1 && !adjacent(best, terms)) return null
  const literal = best.literal.length >= needed
  // A paraphrase is a described action; a keyword list or a heading in other words is not.
  if (!literal && (listed || !best.sentence.describesAction)) return null
  // ...and it keeps at least one of the requirement's own nouns or verbs as written: synonyms alone ("entered" for
  // recruiting, "guide" for leading) drift with the other senses of each word.
  // A word formed from the requirement's own ("communication" for communicating) is as good as the word; so is the
  // requirement's action done to its object in other words ("managing junior colleagues").
  if (
    !literal &&
    !heavy.some((term) => term.content && keeps(best.sentence, term)) &&
    !actsOnObject(best.sentence, terms, best.found)
  )
    return null
  // What is acted on, shown only in other words, must not be whom the work is for: personnel that appointments are
  // scheduled for are not being scheduled, nor is staff that paperwork is ready for being supervised.
  // The head written as in the posting is no different: "paperwork ready for the staff" is not supervising staff.
  if (
    !literal &&
    heads.length > 0 &&
    heads.every((head) => positionsOf(best.sentence, head).every((at) => forWhom(best.sentence, 0, at)))
  )
    return null
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
