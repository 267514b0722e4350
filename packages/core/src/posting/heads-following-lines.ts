import type { PageLine } from './find-page-furniture'
import { isBulletLine } from './find-page-furniture'
import { normalizeText } from './normalize-text'
import { readMinYears } from './read-min-years'

// The number of a clause in a notice or a set of terms ("4.", "4.1", "2)"), and the label after it.
// A bare number ("24 days") is a count, not a clause: it needs its stop or bracket, or a sub-number.
const CLAUSE_NUMBER = /^(?:(\d{1,2}(?:\.\d{1,2})+)\.?|(\d{1,2})[.)])\s+(\S.*)$/u
// A mark that opens a line of a list: a bullet or an emoji.
const LEAD_MARK = /^((?:[-•●▪◦‣*+·]|\p{Extended_Pictographic}|\uFE0F|\u200D)+)\s*/u
// Words a writer does not end a label on but a wrap often ends a line on: articles, prepositions, conjunctions.
const OPEN_ENDED = new Set(
  (
    'a an the of in on at to for with by from and or as than that your our ' +
    'o os as um uma de do da dos das em no na nos nas ao com por para e ou que seu sua ' +
    'el la los las un una del al en con para y u su sus'
  ).split(' '),
)

// An item lettered or numbered in Roman figures under a clause ("a)", "b.", "(c)", "ii)", "IV –"), or marked by a bullet.
const LETTERED_ITEM = /^(?:\(?[a-z]\)|[a-z]\.\s|\(?[ivx]{1,4}\)|[IVX]{1,4}\s*[-–—.)]|[-•●▪◦‣*+·]\s)/u

type Clause = { number: string | null; mark: string; label: string }

// Emoji lists often give each item an emoji of its own: any emoji is one kind of mark, as any dash is another.
function markKind(mark: string): string {
  return /\p{Extended_Pictographic}/u.test(mark) ? 'emoji' : mark
}

function readClause(text: string): Clause {
  const trimmed = text.trim()
  const numbered = CLAUSE_NUMBER.exec(trimmed)
  if (numbered) return { number: numbered[1] ?? numbered[2] ?? null, mark: '', label: numbered[3] ?? '' }
  const mark = LEAD_MARK.exec(trimmed)?.[1] ?? ''
  return { number: null, mark, label: trimmed.slice(mark.length).trim() }
}

/** The clause number a line opens with ("4.1 Formação" → "4.1"), or null. */
export function clauseNumberOf(line: string): string | null {
  return readClause(line).number
}

function wordsOf(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean)
}

/** True when a label has the shape of a heading: a few words, capitalised, closed by no stop and open on no wrap. */
function hasLabelShape(label: string, colon: boolean): boolean {
  // An aside in brackets ("(none of them rules you out)") speaks of what follows; the label is the words before it.
  const bare = label.replace(/\s*\([^()]*\)\s*/gu, ' ').trim()
  const words = wordsOf(bare)
  // A colon announces what follows, so a lead-in closed by one may say a little more.
  if (words.length === 0 || words.length > (colon ? 12 : 8) || label.length > 90) return false
  if (/[.;,!?]["'”’)]*$/u.test(label)) return false
  if (!/^[\p{Lu}\p{N}¿¡"'“(]/u.test(label)) return false
  const last = normalizeText(words[words.length - 1] ?? '').replace(/[^\p{L}]/gu, '')
  return !OPEN_ENDED.has(last)
}

/**
 * True when the line below is what the label heads rather than its sibling: a list marked otherwise, a clause
 * numbered under it ("4.1" under "4."), a paragraph of sentences, or rows indented under it.
 */
function isSubordinate(clause: Clause, line: PageLine, next: PageLine): boolean {
  const below = readClause(next.text)
  if (clause.number !== null) {
    // "4.1" under "4." is its child; "5." after "4." its sibling, and then both are items of one list.
    if (below.number !== null) return below.number.startsWith(`${clause.number}.`)
    // A clause titled in capitals ("3. PERFIL REQUERIDO") is a notice's heading over whatever comes under it.
    if (!/\p{Ll}/u.test(clause.label) && /\p{Lu}{2,}.*\s.*\p{Lu}{2,}/u.test(clause.label)) return true
  } else if (/:\s*$/u.test(clause.label) && LETTERED_ITEM.test(next.text.trim())) {
    // A lead-in closed by a colon over lettered items ("Candidates who also hold these will stand out:" over "(a) …")
    // heads them, as it heads a bulleted list.
    return true
  } else if (isBulletLine(next.text) || below.mark !== '') {
    // Closed by a colon, the label announces the run below whatever its marks ("✨ Extras that help:" over "⭐ …").
    return /:\s*$/u.test(clause.label) || markKind(below.mark) !== markKind(clause.mark)
  }
  const indent = (text: string) => /^\s*/u.exec(text)?.[0].length ?? 0
  if (indent(next.text) > indent(line.text) + 1) return true
  // A paragraph opens on a capital and says much more than the label; a line in lower case goes on with it.
  if (!/^[\p{Lu}\p{N}¿¡"'“(]/u.test(below.label)) return false
  const own = wordsOf(clause.label).length
  const said = wordsOf(below.label).length
  return said >= 8 && said >= own * 2
}

/**
 * True when a line heads the lines below it by its place, whatever its words: a short label closed by no stop that
 * opens a block (after a blank line, under a clause number, or closed by a colon) and is followed at once by lines it
 * heads (a list marked otherwise, a numbered sub-clause, a paragraph, indented rows). "Physical Demands" over a
 * paragraph, "4.1 Formação académica" over its text and "Lo que suma (sin presión)" over a list are headings; "Valid
 * driver's licence" between items of an unmarked list is not, for it opens no block. A line stating years is an
 * item whatever follows it.
 */
export function headsFollowingLines(lines: readonly PageLine[], index: number): boolean {
  const line = lines[index]
  const next = lines[index + 1]
  if (!line || !next || line.blankAfter) return false
  const clause = readClause(line.text)
  const colon = /:\s*$/u.test(clause.label)
  const label = clause.label.replace(/\s*:\s*$/u, '')
  // An item of a marked list (the dash, the dot) is never a heading here; an emoji may decorate one.
  if (clause.number === null && isBulletLine(line.text) && !/\p{Extended_Pictographic}/u.test(clause.mark))
    return false
  if (readMinYears(label) !== null) return false
  // A numbered clause closed by a colon over clauses numbered under it ("3.1 The following are required, to be shown
  // on the day:" over "3.1.1 …") announces them, however long the sentence a notice writes it as.
  const below = readClause(next.text).number
  if (colon && clause.number !== null && below?.startsWith(`${clause.number}.`)) return true
  // So does one over items lettered or marked otherwise ("2.1 São requisitos, a comprovar na convocação:" over "a) ter
  // 18 anos;", "3.1 The candidate shall:" over "(i) hold…"): a notice letters the items of a numbered clause.
  if (colon && clause.number !== null && below === null && LETTERED_ITEM.test(next.text.trim())) return true
  if (!hasLabelShape(label, colon)) return false
  const previous = lines[index - 1]
  const above = previous === undefined ? null : readClause(previous.text)
  // The last item of a numbered list ("11. Inglês intermediário") may be followed by prose; it heads only clauses
  // numbered under it.
  if (
    clause.number !== null &&
    above?.number != null &&
    !line.blankBefore &&
    above.number.split('.').length === clause.number.split('.').length &&
    readClause(next.text).number === null
  )
    return false
  const opensBlock =
    line.blankBefore ||
    clause.number !== null ||
    colon ||
    (clause.mark !== '' && above !== null && markKind(above.mark) !== markKind(clause.mark))
  return opensBlock && isSubordinate(clause, line, next)
}

/** The words of a heading line without its clause number, its marks and its closing colon ("4.1 Formação:" → "Formação"). */
export function labelOfHeading(line: string): string {
  return readClause(line).label.replace(/\s*:\s*$/u, '')
}
