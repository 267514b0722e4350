import type { Taxonomy } from '../taxonomy'
import { findSkills, getSkill, relatedSkillIds } from '../taxonomy'
import type {
  ParsedPosting,
  ParsedRequirement,
  PostingSection,
  PostingSectionName,
  RequirementKind,
  SkillMatch,
} from '../types'
import { classifyRequirement, isScreenedType } from './classify-requirement'
import { detectLanguage } from './detect-language'
import { normalizeText, tokenizeWords } from './normalize-text'
import {
  isDutyLike,
  isQualificationLike,
  readHeadingLine,
  readInlineKind,
  readInlineLabel,
} from './posting-cues'
import { readMinYears } from './read-min-years'

/** Bumped whenever parsing rules change, so stored requirements can say which rules produced them. */
export const POSTING_PARSER_VERSION = 'posting-parser-2'

/**
 * Requirement weights. A required item counts 1.0, or 1.5 when the posting stresses it (strong / expert /
 * deep / extensive / solid, or a number of years), because those are the items a hiring manager screens on.
 * A nice-to-have counts 0.5 whatever it says: it can lift a candidate, never carry one.
 */
export const REQUIREMENT_WEIGHTS = { required: 1, requiredEmphasised: 1.5, niceToHave: 0.5 } as const

const EMPHASIS =
  /\b(?:strong|expert|expertise|deep|extensive|solid|advanced|proven|solid[oa]|forte|profund[oa]|amplia|amplio|avancad[oa]|avanzad[oa])\b/

type Unit = { start: number; end: number; section: PostingSectionName; kind: RequirementKind | null }

type Line = { start: number; end: number; text: string }

/** Characters from which an unbulleted line is treated as a paragraph and split into sentences. */
const LONG_LINE = 280

function splitLines(text: string): Line[] {
  const lines: Line[] = []
  const pattern = /[^\r\n]*/g
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0].length > 0)
      lines.push({ start: match.index, end: match.index + match[0].length, text: match[0] })
    pattern.lastIndex = match.index + match[0].length + 1
    if (pattern.lastIndex > text.length) break
  }
  return lines
}

/** Trims whitespace and bullet markers, returning the tightened span. */
function tightenSpan(text: string, start: number, end: number): { start: number; end: number } {
  let from = start
  let to = end
  while (from < to && /[\s\-•●▪◦‣*+·]/.test(text[from] ?? '')) from += 1
  if (/^\d{1,2}[.)]\s/.test(text.slice(from, from + 4))) from += text.slice(from).indexOf(' ') + 1
  while (to > from && /[\s*]/.test(text[to - 1] ?? '')) to -= 1
  return { start: from, end: to }
}

/**
 * Splits a line into sentences. A full stop only ends a sentence when an upper-case letter follows, so
 * "e.g. pareto charts" and "Node.js" stay whole; semicolons always split.
 */
function splitSentences(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = []
  const pattern = /[.!?;]\s+(?=[\p{Lu}¿¡"“(])|;\s*/gu
  const line = text.slice(start, end)
  let from = 0
  for (let match = pattern.exec(line); match !== null; match = pattern.exec(line)) {
    const cut = match.index + 1
    const before = line.slice(Math.max(0, match.index - 4), match.index + 1)
    if (/\b(?:e\.g|i\.e|etc|vs|Sr|Jr|Inc|Ltd|St)\.$/i.test(before)) continue
    spans.push({ start: start + from, end: start + cut })
    from = match.index + match[0].length
  }
  spans.push({ start: start + from, end })
  return spans
    .map((span) => tightenSpan(text, span.start, span.end))
    .filter((span) => span.end - span.start > 1)
}

/** Walks the posting line by line, tracking which section each line belongs to. */
function readStructure(text: string): {
  sections: PostingSection[]
  units: Unit[]
  responsibilities: Unit[]
} {
  const lines = splitLines(text)
  const sections: PostingSection[] = []
  const units: Unit[] = []
  const responsibilities: Unit[] = []
  let current: PostingSection | null = null
  let sawContent = false

  const open = (name: PostingSectionName, heading: string | null, start: number) => {
    if (current) current.end = trimEnd(text, current.start, start)
    current = { name, heading, start, end: text.length }
    sections.push(current)
  }

  for (const line of lines) {
    if (line.text.trim().length === 0) continue
    const heading = readHeadingLine(line.text)
    // A decorated first line that is no known section ("## Senior Backend Engineer") is the job title.
    if (heading && !sawContent && heading.section === 'other') {
      open('title', null, line.start)
      sawContent = true
      continue
    }
    if (heading) {
      open(heading.section, line.text.trim(), line.start)
      sawContent = true
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
    if (!current || (current as PostingSection).name === 'title') open('other', null, line.start)
    const section = (current as PostingSection | null)?.name ?? 'other'
    const label = readInlineLabel(line.text)
    const contentStart = label ? line.start + label.contentOffset : line.start
    const lineSection = label ? label.section : section
    // A bullet or a short line is one requirement, however many sentences elaborate it; only long paragraphs
    // are cut into sentences, since there each sentence tends to state its own requirement.
    const tight = tightenSpan(text, contentStart, line.end)
    const spans =
      tight.end - tight.start > LONG_LINE && !/^\s*[-•●▪◦‣*+·]/.test(line.text)
        ? splitSentences(text, contentStart, line.end)
        : [tight]
    for (const span of spans) {
      if (span.end - span.start < 2) continue
      const unit: Unit = {
        ...span,
        section: lineSection,
        kind:
          label?.section === 'required'
            ? 'required'
            : label?.section === 'nice_to_have'
              ? 'nice_to_have'
              : null,
      }
      if (lineSection === 'responsibilities') responsibilities.push(unit)
      else units.push(unit)
    }
  }
  if (current) (current as PostingSection).end = trimEnd(text, (current as PostingSection).start, text.length)
  return { sections, units, responsibilities }
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
const ALTERNATIVES_BEFORE =
  /(?:\bsuch as|\be\.?g\.?|\blike|\bfor example|\bincluding|\bone of|\bany of|\beither|\bcomo|\bpor exemplo|\bpor ejemplo|\bum de|\buno de|\balgum|\balguna?|\(|\bou|\bor)[\s:,]*$/
const ALTERNATIVES_AFTER =
  /^[\s,)]*(?:or|ou|o)\s+(?:similar|equivalent|other|another|equivalente|similar|outr[oa]s?|otr[oa]s?)\b/

type SkillGroup = { matches: SkillMatch[]; alternatives: boolean }

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

/** True when `next` opens a parenthesised list right after a generic phrase ending in `previous`. */
function isExampleList(text: string, previous: SkillMatch, next: SkillMatch): boolean {
  const gap = text.slice(previous.end, next.start)
  return /^[\p{L}\s-]{0,30}\(\s*(?:e\.g\.?,?\s*|such as\s*|like\s*)?$/u.test(gap)
}

const CLASS_NOUN =
  /\b(?:systems?|tools?|tooling|frameworks?|platforms?|environments?|stacks?|solutions?|technolog(?:y|ies)|engines?|librar(?:y|ies)|ferramentas?|plataformas?|herramientas?|sistemas?)\b/u

/** True when the words between a skill and the opening bracket name a class of tools the bracket lists. */
function namesAClass(text: string, previous: SkillMatch, next: SkillMatch): boolean {
  return CLASS_NOUN.test(normalizeText(text.slice(previous.end, next.start)))
}

/** Groups skill mentions into lists and decides whether each list is "any of" or "all of". */
function groupSkills(text: string, matches: SkillMatch[], taxonomy: Taxonomy): SkillGroup[] {
  const groups: SkillGroup[] = []
  let current: SkillMatch[] = []
  let disjunctive = false
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
        mutuallyRelated(taxonomy, ids))
    groups.push({ matches: current, alternatives })
    current = []
    disjunctive = false
  }
  for (const match of matches) {
    const previous = current[current.length - 1]
    if (previous && isExampleList(text, previous, match)) {
      // "cloud environments (GCP, AWS, Azure)": the named examples are ways to meet the general skill. When the
      // phrase names a class ("ML metadata systems (MLflow, W&B, Neptune)"), the leading skill only describes the
      // class: keeping it as an alternative would let any "machine learning" mention satisfy the requirement.
      if (current.length === 1 && namesAClass(text, previous, match)) current = []
      disjunctive = true
      current.push(match)
      continue
    }
    if (previous) {
      const gap = normalizeText(text.slice(previous.end, match.start))
      if (LIST_GAP.test(gap)) {
        if (DISJUNCTIVE_GAP.test(gap)) disjunctive = true
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

/** True when the mention is followed by a word for people ("backend teams"), so it is not a skill requirement. */
function namesATeam(sentence: string, match: SkillMatch): boolean {
  // A plural role ("data engineers") is people to work with; the singular ("as a data engineer") is experience.
  if (/(?:engineers|developers|scientists|analysts|designers)$/i.test(match.surface)) return true
  return TEAM_NOUN.test(sentence.slice(match.end, match.end + 20))
}

/** Turns one sentence into zero or more requirements. */
function readUnit(text: string, unit: Unit, taxonomy: Taxonomy, headed: boolean): ParsedRequirement[] {
  const sentence = text.slice(unit.start, unit.end)
  const stated = readInlineKind(sentence)
  const sectionKind: RequirementKind | null =
    unit.section === 'required' ? 'required' : unit.section === 'nice_to_have' ? 'nice_to_have' : null
  const kind: RequirementKind = stated ?? unit.kind ?? sectionKind ?? 'required'
  const inQualificationSection = sectionKind !== null || unit.kind !== null

  const matches = dedupeMatches(
    findSkills(sentence, taxonomy)
      .filter((match) => !namesATeam(sentence, match))
      .map((match) => ({
        ...match,
        start: match.start + unit.start,
        end: match.end + unit.start,
      })),
  )
  const skillChars = matches.reduce((sum, match) => sum + (match.end - match.start), 0)
  const qualification =
    inQualificationSection ||
    stated !== null ||
    (isQualificationLike(sentence) && !isDutyLike(sentence)) ||
    (matches.length > 0 && skillChars / Math.max(1, sentence.replace(/\W+/g, '').length) >= 0.4)
  if (!qualification) return []
  // Unknown sections ("Similar jobs", a stray "What we do" paragraph) only yield requirements that say so.
  if (
    !inQualificationSection &&
    headed &&
    unit.section === 'other' &&
    stated === null &&
    !isQualificationLike(sentence)
  )
    return []

  const minYears = readMinYears(sentence)
  const weight = weightFor(kind, sentence, minYears)
  const source = { start: unit.start, end: unit.end, text: sentence }
  const section = unit.section
  const keywords = extractKeywords(sentence)

  if (matches.length === 0) {
    if (keywords.length === 0 || sentence.trim().split(/\s+/).length < 3) return []
    const type = classifyRequirement({ text: sentence, skillIds: [], minYears, taxonomy })
    return [
      {
        label: shorten(sentence, 120),
        kind,
        type,
        screened: isScreenedType(type),
        weight,
        skillIds: [],
        minYears,
        keywords,
        source,
        section,
      },
    ]
  }

  const groups = selectGroups(text, unit.start, groupSkills(text, matches, taxonomy))
  const requirements: ParsedRequirement[] = []
  const emitted = new Set<string>()
  const emit = (skillIds: string[]) => {
    const key = [...skillIds].sort().join('|')
    if (emitted.has(key)) return
    emitted.add(key)
    const names = skillIds.map((id) => skillName(taxonomy, id))
    const label = `${names.join(' / ')}${minYears !== null ? ` (${minYears}+ years)` : ''}`
    const type = classifyRequirement({ text: sentence, skillIds, minYears, taxonomy })
    requirements.push({
      label,
      kind,
      type,
      screened: isScreenedType(type),
      weight,
      skillIds,
      minYears,
      // A duty named through a skill still says more than the skill ("scheduling *staff*"): the scorer matches
      // these words beside the skill.
      keywords,
      source,
      section,
    })
  }
  for (const group of groups) {
    const ids = [...new Set(group.matches.map((match) => match.skillId))]
    if (group.alternatives) emit(ids)
    else for (const id of ids) emit([id])
  }
  return requirements
}

/** Splits a job posting into sections, responsibilities and typed, weighted requirements with source offsets. */
export function parsePosting(text: string, taxonomy: Taxonomy): ParsedPosting {
  const { sections, units, responsibilities } = readStructure(text)
  const headed = sections.some((section) => section.heading !== null)
  const requirements: ParsedRequirement[] = []
  const duties = [...responsibilities]
  for (const unit of units) {
    if (unit.section === 'company' || unit.section === 'benefits' || unit.section === 'title') continue
    const found = readUnit(text, unit, taxonomy, headed)
    requirements.push(...found)
    // Without a responsibilities heading, unheaded duty lines ("Build ...") are still the role's duties.
    if (found.length === 0 && unit.section === 'other' && isDutyLike(text.slice(unit.start, unit.end)))
      duties.push(unit)
  }
  duties.sort((a, b) => a.start - b.start)
  // A skill set asked for twice counts once, so repeating "SQL" does not double its weight. A required mention
  // outranks a nice-to-have one, and the heavier weight is kept.
  const merged: ParsedRequirement[] = []
  const bySkills = new Map<string, ParsedRequirement>()
  for (const requirement of requirements) {
    if (requirement.skillIds.length === 0) {
      merged.push(requirement)
      continue
    }
    const key = [...requirement.skillIds].sort().join('|')
    const previous = bySkills.get(key)
    if (!previous) {
      bySkills.set(key, requirement)
      merged.push(requirement)
      continue
    }
    if (requirement.kind === 'required' && previous.kind === 'nice_to_have') {
      const upgraded = { ...requirement }
      merged[merged.indexOf(previous)] = upgraded
      bySkills.set(key, upgraded)
    } else if (requirement.kind === previous.kind && requirement.weight > previous.weight) {
      const heavier = {
        ...previous,
        weight: requirement.weight,
        minYears: requirement.minYears ?? previous.minYears,
      }
      merged[merged.indexOf(previous)] = heavier
      bySkills.set(key, heavier)
    }
  }
  return {
    language: detectLanguage(text),
    sections,
    responsibilities: duties.map((unit) => text.slice(unit.start, unit.end)),
    requirements: merged,
  }
}
