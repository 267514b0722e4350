import type { Taxonomy } from '../taxonomy'
import { findSkills } from '../taxonomy'
import { runsHiringProcess, statesPay } from './find-hiring-process-lines'
import { isBulletLine, type PageLine } from './find-page-furniture'
import { listsPerks } from './lists-perks'
import { normalizeText } from './normalize-text'
import {
  findRequirementPredicate,
  isDutyLike,
  isQualificationLike,
  readHeadingLine,
  readInlineKind,
} from './posting-cues'
import { readMinYears } from './read-min-years'
import { findPersonQualities, listsCharacterAdjectives } from './reads-as-traits'
import { statesJobCondition } from './states-job-condition'

type ItemReading = 'ask' | 'duty' | 'perk' | 'step' | null

/** The section a block's items make: what most of them read as, when enough of them read alike. */
export type ItemsSection = 'required' | 'responsibilities' | 'benefits' | 'company'

/**
 * The section the lines under a heading of unknown words make, judged by what they contain ("Lo que tenés que traer
 * sí o sí", "Things we'd love to see in your portfolio" over a list the cue words cannot place): asks of the candidate
 * (years, degrees, licences, tools, languages, qualities, the reader's having or being, conditions of the job) make a
 * requirements section, the work done in the job a duties section, perks the benefits, and steps of hiring the
 * employer's process. Null when the items are too few or read too mixed to say: the heading's place then decides.
 */
export function readSectionByItems(
  lines: readonly PageLine[],
  index: number,
  taxonomy: Taxonomy,
): { section: ItemsSection; last: number } | null {
  const { items, last, listed } = blockUnder(lines, index)
  if (items.length === 0) return null
  const counts = new Map<Exclude<ItemReading, null>, number>()
  let conditionsOnly = true
  for (const item of items) {
    const reading = readItem(item, taxonomy, listed)
    if (reading) counts.set(reading, (counts.get(reading) ?? 0) + 1)
    if (reading === 'ask' && !statesJobCondition(item)) conditionsOnly = false
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1])
  const [best, second] = ranked
  if (!best) return null
  // One item decides alone only when it is the whole block (one paragraph of prose); a list needs two alike, a
  // majority of its items, and a clear lead over the next reading.
  const enough = items.length === 1 ? best[1] === 1 : best[1] >= 2 && best[1] * 2 >= items.length
  // A bulleted list of asks where many items read as nothing (bare credentials, documents, qualities put as nouns,
  // which no verb tells) still speaks when a third of it asks, at least three items, and the next reading stands at a
  // third of that or less: the few that read otherwise are odd items, not a mixed list. Duties and perks are told by
  // their verbs and nouns, so a list of them left mostly unread is no list of them.
  const clearLead =
    listed &&
    best[0] === 'ask' &&
    best[1] >= 3 &&
    best[1] * 3 >= items.length &&
    (second === undefined || second[1] * 3 <= best[1])
  if (!clearLead && (!enough || (second !== undefined && second[1] * 2 > best[1]))) return null
  // Conditions of the job alone ("Schedule" over days and hours) are asked wherever they stand: they make no
  // section of requirements that would take in the lines after them.
  if (best[0] === 'ask' && conditionsOnly) return null
  return { section: SECTION_OF[best[0]], last }
}

const SECTION_OF: Record<Exclude<ItemReading, null>, ItemsSection> = {
  ask: 'required',
  duty: 'responsibilities',
  perk: 'benefits',
  step: 'company',
}

/**
 * The lines under the heading at `index`: a list runs while its lines are bulleted; paragraphs run to the next line
 * that is a heading by its words or stands short and alone after a blank line, the shape a heading takes.
 */
function blockUnder(
  lines: readonly PageLine[],
  index: number,
): { items: string[]; last: number; listed: boolean } {
  const first = lines[index + 1]
  if (!first) return { items: [], last: index, listed: false }
  const listed = isBulletLine(first.text)
  const items: string[] = []
  let last = index
  for (let at = index + 1; at < lines.length && items.length < 12; at += 1) {
    const line = lines[at] as PageLine
    const text = line.text.trim()
    if (listed && !isBulletLine(text)) break
    if (!listed && at > index + 1 && line.blankBefore && hasHeadingShape(text)) break
    // An item over the next item of its own list ("1. …" over "2. …") opens no list of its own: only a line over a
    // list marked otherwise ("2. Nice to have" over "- …") may head one.
    const below = lines[at + 1]?.text.trim() ?? ''
    const opensList =
      isBulletLine(below) && (!isBulletLine(text) || NUMBERED.test(text) !== NUMBERED.test(below))
    if (readHeadingLine(text, opensList) !== null) break
    items.push(text.replace(/^[^\p{L}\p{N}¿¡"'(]+/u, '').replace(/^\d{1,2}[.)]\s+/u, ''))
    last = at
  }
  return { items, last, listed }
}

const NUMBERED = /^\d{1,2}[.)]\s/u

/** A short line with no sentence end, standing alone: the shape a heading between paragraphs takes. */
function hasHeadingShape(text: string): boolean {
  return text.split(/\s+/u).length <= 8 && !/[.!;,]$/u.test(text) && !isBulletLine(text)
}

// Romance infinitives of being, having, being able or knowing open an ask ("Estar inscripto…", "Poder viajar…",
// "Haber trabajado…", "Ter CNH…", "Saber inglés"); any other infinitive opening an item is the work ("Bocetar…",
// "Preparar…", "Atender…").
const ASKING_INFINITIVE =
  /^(?:ser|estar|tener|ter|haber|haver|poder|saber|conocer|conhecer|dominar|manejar|contar|possuir|poseer|hablar|falar|vivir|morar|residir|disponer|dispor|tener|contar|gostar|gustar)$/u
const INFINITIVE = /^\p{L}{3,}(?:ar|er|ir)$/u
// The reader as the subject of having, being or knowing ("You have…", "You're calm…", "Você tem…", "Tenés…"), or a
// wish put in the subjunctive ("Que puedas sostener…", "Que tenga CNH…", "Que te guste…").
const READER_HAS =
  /^(?:you(?:'re|'ve| are| have| hold| can| speak| know| bring| enjoy| like| love)\b|(?:voce|tu|vos|usted) (?:e|es|sos|tem|tiene|tienes|tenes|sabe|sabes|fala|habla|hablas|hablás)\b|(?:tenes|tienes|sabes|hablas|sos|eres)\b|que (?:(?:te|se|le|lhe|voce|tu|vos)\s+)?\p{L}+(?:as|es|a|e|am|an|em|en)\b)/u
// A gerund opening an English item is the work done ("Securing reservations…"), unless it names a field of experience.
const GERUND = /^\p{L}{3,}ing$/u

/** True when a line reads as an item of some section itself, so it cannot be a heading over others. */
export function readsAsItem(line: string, taxonomy: Taxonomy): boolean {
  return readItem(line.trim().replace(/^[^\p{L}\p{N}¿¡"'(]+/u, ''), taxonomy, isBulletLine(line)) !== null
}

/** What one item under the heading reads as: an ask, a duty, a perk, a step of hiring, or none of them. */
function readItem(item: string, taxonomy: Taxonomy, listed: boolean): ItemReading {
  if (runsHiringProcess(item)) return 'step'
  if (listsPerks(item) || statesPay(item)) return 'perk'
  const folded = normalizeText(item).trim()
  const first = folded.match(/\p{L}+/u)?.[0] ?? ''
  const stated = readInlineKind(item) !== null || findRequirementPredicate(item) !== null
  // The work, told by a verb of doing that opens the item, asks nothing unless the item says it does.
  const opensWithWork =
    isDutyLike(item) ||
    (INFINITIVE.test(first) && !ASKING_INFINITIVE.test(first) && folded.startsWith(first)) ||
    (GERUND.test(first) && folded.startsWith(first) && !isQualificationLike(item))
  if (opensWithWork && !stated && !statesJobCondition(item)) return 'duty'
  if (
    stated ||
    READER_HAS.test(folded) ||
    (INFINITIVE.test(first) && ASKING_INFINITIVE.test(first)) ||
    readMinYears(item) !== null ||
    statesJobCondition(item) ||
    isQualificationLike(item) ||
    findPersonQualities(item) !== null ||
    listsCharacterAdjectives(item)
  )
    return 'ask'
  // A short item of a list naming a tool or a skill ("Photoshop avanzado", "Forklift ticket") is a thing asked for;
  // bare names on lines of their own may be a page's sidebar ("Top tools") as well.
  if (listed && folded.split(/\s+/u).length <= 6 && findSkills(item, taxonomy).length > 0) return 'ask'
  return null
}
