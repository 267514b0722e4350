import type { SkillMatch } from '../types'
import { normalizeText } from './normalize-text'

type Group = { matches: SkillMatch[]; alternatives: boolean; words?: string }
type Mention = { start: number; end: number; years: number }

// Where a clause ends: a stop, a semicolon, a colon, or a comma that opens a second ask ("…, and strong SQL").
const CLAUSE_BREAK = /[;:!?]|\.(?:\s|$)|,\s*(?:and|e|y|plus|but|mas|pero)\s/u
// What ties a skill to the field of a tenure before it: a choice ("sales or support"), a setting or a means ("in a 3PL
// environment", "at a SaaS company", "em empresas SaaS", "models in PyTorch").
const TIES_TO_FIELD =
  /\b(?:or|ou|o|u|in|at|on|within|inside|using|em|en|com|con|dentro de|usando|utilizando)\b/u
// A preposition of means: what the field is worked in or with ("in PyTorch", "using SAP", "com Excel", "en Python").
const MEANS = /\b(?:in|using|with|em|com|en|con|usando|utilizando)\s*$/u
// A word or two of lower case between two skills, with no joint: the second is the head noun of a phrase the first
// opens ("underwriting commercial loans", "auditando empréstimos consignados"), one field.
const MODIFIERS_ONLY = /^\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,2}$/u
// A joint that adds a second thing ("Python and Django"): each is asked on its own. A comma before the "or" that
// closes a list ("a retail agency, call centre or tour operator") lists choices, not additions.
const ADDS_THING = /\b(?:and|e|y|plus|as well as|alem de|ademas de)\b|&/u
// Most characters the field's own words may run to: past that the label would be the sentence.
const WORDS_LENGTH = 80

type Atom = { matches: SkillMatch[]; origin: number; alternatives: boolean }

/**
 * Joins the skills that name one tenure's field into one ask. "2+ years coordinating freight or dispatch in a 3PL
 * environment", "Pelo menos 2 anos em Customer Success ou Suporte em empresas SaaS", "At least two years in sales
 * (retail, call center, car sales)": the years are asked once, of a field the skills after them name together, with
 * its alternatives, examples and setting; read apart, every skill would carry the years as a tenure of its own.
 * Only a sentence that states one tenure is read this way, and only across joints that tie a skill to the field (a
 * choice, a bracket of examples, a setting); a skill added with "and" is a second ask. A joined field keeps the
 * posting's words for it, which say what the skills' names lose ("ventas inmobiliarias o de intangibles").
 */
export function joinTenureField(
  text: string,
  groups: readonly Group[],
  mentions: readonly Mention[],
  isTool: (skillId: string) => boolean,
): Group[] {
  const mention = mentions[0]
  if (mentions.length !== 1 || !mention) return [...groups]
  const first = groups[0]?.matches[0]
  if (!first || first.start < mention.end) return [...groups]
  if (CLAUSE_BREAK.test(text.slice(mention.end, first.start))) return [...groups]
  // A list of alternatives is one atom; a list of things each asked is one atom per skill.
  const atoms: Atom[] = groups.flatMap((group, origin): Atom[] =>
    group.alternatives
      ? [{ matches: group.matches, origin, alternatives: true }]
      : group.matches.map((match) => ({ matches: [match], origin, alternatives: false })),
  )
  const clusters: Atom[][] = []
  let tied = false
  for (const atom of atoms) {
    const cluster = clusters[clusters.length - 1]
    const previous = cluster?.[cluster.length - 1]
    if (cluster && previous && tiesToField(text, mention.end, previous, atom)) {
      cluster.push(atom)
      tied = true
    } else clusters.push([atom])
  }
  if (!tied) {
    // "3 years in field sales or hospitality" with only one of the choices known: the field's words name them all.
    const only = groups.length === 1 ? groups[0] : undefined
    const choice = only && only.matches.length === 1 ? readUnknownChoice(text, mention.end, first) : ''
    return only && choice !== '' ? [{ ...only, alternatives: true, words: choice }] : [...groups]
  }
  // Each joined group remembers the list it came from, so skills of one list left untied stay that list.
  const joined: Array<Group & { origin: number | null }> = []
  for (const cluster of clusters) {
    const matches = cluster.flatMap((atom) => atom.matches)
    if (cluster.length > 1) {
      // "backend services in Go or Java", "deep learning models in PyTorch": the tools the field is worked in are what
      // the years are asked of; the field's words stay in the label.
      const toolAt = cluster.findIndex(
        (atom, index) =>
          index > 0 &&
          atom.matches.every((match) => isTool(match.skillId)) &&
          MEANS.test(
            normalizeText(
              text.slice(cluster[index - 1]?.matches.at(-1)?.end ?? 0, atom.matches[0]?.start ?? 0),
            ),
          ),
      )
      const asked = toolAt > 0 ? cluster.slice(toolAt).flatMap((atom) => atom.matches) : matches
      joined.push({ matches: asked, alternatives: true, origin: null, ...ownWords(text, matches) })
      continue
    }
    const atom = cluster[0] as Atom
    const last = joined[joined.length - 1]
    if (last && !atom.alternatives && last.origin === atom.origin) last.matches.push(...atom.matches)
    else joined.push({ matches: [...matches], alternatives: atom.alternatives, origin: atom.origin })
  }
  return joined.map(({ origin: _origin, ...group }) => group)
}

/** True when the words between two skills after a tenure tie the second to the field the first names. */
function tiesToField(text: string, tenureEnd: number, previous: Atom, next: Atom): boolean {
  const last = previous.matches[previous.matches.length - 1] as SkillMatch
  const following = next.matches[0] as SkillMatch
  const gap = normalizeText(text.slice(last.end, following.start))
  // The field stays in the tenure's clause.
  if (CLAUSE_BREAK.test(text.slice(tenureEnd, following.start))) return false
  // Inside brackets every joint illustrates the field, commas included: "(retail, call center, car sales)".
  if (/\([^)]*$/u.test(text.slice(tenureEnd, following.start))) return true
  if (ADDS_THING.test(gap) && !joinsInsideSetting(gap)) return false
  // "a retail agency, call centre or tour operator": a comma ties only in a list that an "or" closes.
  if (/,/u.test(gap) && !/^[^.;]*?\b(?:or|ou|o|u)\b/u.test(normalizeText(text.slice(following.end))))
    return false
  return TIES_TO_FIELD.test(gap) || /,/u.test(gap) || MODIFIERS_ONLY.test(gap)
}

/** The posting's words for a joined field, from its first skill to its last, with a bracket it opens closed. */
function ownWords(text: string, matches: readonly SkillMatch[]): { words?: string } {
  const start = (matches[0] as SkillMatch).start
  let end = (matches[matches.length - 1] as SkillMatch).end
  const open = text.slice(start, end).lastIndexOf('(')
  if (open >= 0 && !text.slice(start + open, end).includes(')')) {
    const close = text.indexOf(')', end)
    if (close >= 0 && close - end <= 40) end = close + 1
  }
  const words = text.slice(start, end).replace(/\s+/gu, ' ').trim()
  return words.length <= WORDS_LENGTH ? { words } : {}
}

// A preposition that opens the setting a tenure was served in ("in", "at", "em", "en").
const SETTING = /\b(?:in|at|within|inside|em|en|no|na|nos|nas)\b/u

/**
 * True when the gap's "and" stands inside a setting the gap opens ("accounting experience in health & life
 * insurance", "em empresas de papel e seguros"): it joins words of that one setting, not a second ask.
 */
function joinsInsideSetting(gap: string): boolean {
  const setting = SETTING.exec(gap)
  const adds = ADDS_THING.exec(gap)
  return setting !== null && adds !== null && setting.index < adds.index
}

// The setting's preposition, then a choice the taxonomy does not know, closed by "or" before the skill.
const CHOICE_BEFORE = /\b(?:in|at|with|em|en|com|con|no|na)\s+((?:[\p{L}&'-]+\s+){1,4}(?:or|ou|o|u)\s+)$/u
// A choice the taxonomy does not know after the skill, up to the clause's end.
const CHOICE_AFTER = /^(\s+(?:or|ou|o|u)\s+(?:[\p{L}&'-]+(?:\s+|$)){1,4})(?=$|[,;.:)])/u

/**
 * The posting's words for a tenure's one field when the field is a choice of which the taxonomy knows only one
 * ("experiência em escritório de interiores ou arquitetura"): from the first choice to the last. '' when there is none.
 */
function readUnknownChoice(text: string, tenureEnd: number, match: SkillMatch): string {
  const before = text.slice(tenureEnd, match.start)
  if (CLAUSE_BREAK.test(before) || /,/u.test(before)) return ''
  const lineEnd = text.indexOf('\n', match.end)
  const after = text.slice(match.end, lineEnd < 0 ? text.length : lineEnd)
  const opened = CHOICE_BEFORE.exec(before)?.[1] ?? ''
  const closed = opened === '' ? (CHOICE_AFTER.exec(after)?.[1] ?? '') : ''
  if (opened === '' && closed === '') return ''
  const words = `${opened}${match.surface}${closed}`.replace(/\s+/gu, ' ').trim()
  return words.length <= WORDS_LENGTH ? words : ''
}
