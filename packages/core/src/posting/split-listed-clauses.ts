import { normalizeText } from './normalize-text'
import { readInlineKind } from './posting-cues'
import { statesOnlyNiceCue } from './states-only-nice-cue'

// Words a cue is said with, or that only point back at the list ("all", "both", "todos"): a clause of these and cue
// words names nothing of its own.
const BESIDE_CUE = new Set(
  (
    'all both each either any of them these those is are be would will a an the it todos todas ambos ambas cada ' +
    'qualquer cualquier um uma un una de do da en em el la o os as los las sao son es e y and or ou o'
  ).split(' '),
)

// An additive adverb opening a clause ("…; also …", "…; también …") puts it on the footing of the one before: the
// additive reader cuts it and passes the kind on.
const ADDITIVE = /^(?:also|and also|as well|plus|tambem|tambien|ademas|alem disso)\b/u

// More words than this in one clause make a sentence of prose, not an item of a list.
const MOST_WORDS = 30

/**
 * True when a clause says only how the line counts ("a plus", "todos deseables", "all required"): it names nothing to
 * ask, so its cue speaks for the whole line rather than for one item of it.
 */
function statesOnlyCue(clause: string): boolean {
  if (statesOnlyNiceCue(clause)) return true
  if (readInlineKind(clause) === null) return false
  const words = normalizeText(clause).match(/\p{L}{2,}/gu) ?? []
  return words.every((word) => BESIDE_CUE.has(word) || readInlineKind(word) !== null)
}

/** The semicolons of a line outside brackets, not those of a character entity ("&amp;"). */
function findSemicolons(line: string): number[] {
  const found: number[] = []
  let depth = 0
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index]
    if (char === '(' || char === '[') depth += 1
    else if ((char === ')' || char === ']') && depth > 0) depth -= 1
    else if (char === ';' && depth === 0 && !/&[#\p{L}\d]+$/u.test(line.slice(Math.max(0, index - 8), index)))
      found.push(index)
  }
  return found
}

/**
 * Cuts a line of a requirements list at its semicolons ("Requisitos: inglés avanzado;mínimo 2 años en ventas; Excel
 * (deseable); licencia B", or such a line under a requirements heading): each clause is an item of the list, as a
 * bullet would be, and keeps the cue it carries ("mínimo", "(deseable)", "preferred") for itself. A clause that
 * elaborates the one before ("…; we will ask for writing samples") is read on its own too, and asks only if its own
 * words do. Pasted pages often drop the space after the
 * semicolon, so none is needed. The line stays whole when a clause is only a cue ("…; all a plus"), which speaks for
 * every item, or when a clause runs as long as a sentence of prose.
 */
export function splitListedClauses(
  text: string,
  start: number,
  end: number,
): Array<{ start: number; end: number; listed?: boolean }> {
  const line = text.slice(start, end)
  const semicolons = findSemicolons(line)
  if (semicolons.length === 0) return [{ start, end }]
  const clauses: Array<{ start: number; end: number }> = []
  let from = 0
  for (const at of [...semicolons, line.length]) {
    const lead = /^\s*/u.exec(line.slice(from, at))?.[0].length ?? 0
    clauses.push({ start: start + from + lead, end: start + at })
    from = at + 1
  }
  const items = clauses
    .map((clause) => text.slice(clause.start, clause.end))
    .filter((item) => /\p{L}/u.test(item))
  if (items.length < 2) return [{ start, end }]
  if (items.some((item) => item.trim().split(/\s+/u).length > MOST_WORDS || statesOnlyCue(item)))
    return [{ start, end }]
  if (items.slice(1).some((item) => ADDITIVE.test(normalizeText(item.trim())))) return [{ start, end }]
  return clauses
    .filter((clause) => /\p{L}/u.test(text.slice(clause.start, clause.end)))
    .map((clause) => ({ ...clause, listed: true }))
}
