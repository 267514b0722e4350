import { normalizeText } from './normalize-text'
import { classifyHeading, isQualificationLike, readInlineKind } from './posting-cues'

type Line = { text: string }
type PageLineLike = Line & { blankBefore?: boolean; blankAfter?: boolean }

// A page's own number, as a PDF prints it at the top or bottom of every page: "Page 2 of 5", "Página 2 de 5",
// "Pág. 2/5", "Hoja 3 de 4", "Folha 1 de 2", "- 3 -". A number alone with no page word needs the dashes or the
// "of" of a count around it, or it may be an item's number.
const PAGE_WORD = '(?:page|pg|p|pagina|pag|hoja|folha|fl|fls)'
const PAGE_COUNTER = new RegExp(
  `^(?:${PAGE_WORD}\\.?\\s*\\d{1,3}(?:\\s*(?:of|de|/)\\s*\\d{1,3})?|\\d{1,3}\\s*(?:of|de|/)\\s*\\d{1,3}|[-–—]\\s*\\d{1,3}\\s*[-–—])$`,
  'u',
)
// A rule a PDF draws between the body and its running header or footer ("_____", "=====", "-----").
const RULE = /^[_=\-–—─━.·*]{8,}$/u

// The mark a header carries on the pages after the first: "(cont.)", "(continued)", "(continuação)", "(continuación)".
const CARRIED_ON =
  /\s*[([]?\s*(?:cont\.?|contd\.?|continued|continuacao|continuação|continuacion|continuación)\s*[)\]]?\s*$/iu

/** True when a line is only a page's number, said in EN, PT or ES ("Página 2 de 5", "Page 3", "- 3 -"). */
export function isPageCounter(line: string): boolean {
  return PAGE_COUNTER.test(normalizeText(line).trim().replace(/\s+/gu, ' '))
}

function key(line: string): string {
  return normalizeText(line).trim().replace(/\s+/gu, ' ')
}

/**
 * Finds the running headers and footers of a document printed to pages: page counters, the rules drawn around them,
 * and a line repeated verbatim where the pages break ("Acme – Terms of Reference – Ref. 014/2026" on every page).
 * The printer put them there, not the writer: they ask nothing, wherever they fall in the text. A line repeated
 * away from any page break counts only when it repeats on three pages at least and names no qualification, so an
 * item restated under two roles stays; a heading of a known section may repeat for each role and is never one.
 */
export function findRunningFurniture(lines: readonly Line[]): Set<number> {
  const found = new Set<number>()
  const breaks = new Set<number>()
  for (const [index, line] of lines.entries()) {
    // A form feed is the page break itself.
    if (line.text.includes('\f')) breaks.add(index)
    const text = line.text.trim()
    // A footer may carry the counter at its far end, past the column gap ("Edital 02/2026 – ACS      Página 2 de 9")
    // or past a separator between its fields ("Acme S.A. | Call 014/2026 | Page 1 of 3", "Edital 7 – Pág. 2/4").
    const farEnds = [
      /\s{3,}(\S(?:.*\S)?)$/u.exec(text)?.[1],
      /\s[|–—·•]\s+([^|–—·•\s](?:[^|–—·•]*\S)?)$/u.exec(text)?.[1],
    ]
    if (
      isPageCounter(text) ||
      RULE.test(text) ||
      farEnds.some((farEnd) => farEnd !== undefined && isPageCounter(farEnd))
    ) {
      found.add(index)
      breaks.add(index)
    }
  }
  const seen = new Map<string, number[]>()
  for (const [index, line] of lines.entries()) {
    if (found.has(index)) continue
    const said = key(line.text)
    // A running header names the document: some words, never a bullet item.
    if (said.split(' ').length < 2 || said.length < 8 || /^(?:[-•●▪◦‣*+·]|\d{1,2}[.)])\s/u.test(said))
      continue
    seen.set(said, [...(seen.get(said) ?? []), index])
  }
  const nearBreak = (index: number) =>
    [-2, -1, 1, 2].some((offset) => breaks.has(index + offset)) || breaks.has(index)
  for (const indexes of seen.values()) {
    if (indexes.length < 2) continue
    const text = lines[indexes[0] as number]?.text ?? ''
    if (classifyHeading(text) !== null || readInlineKind(text) !== null) continue
    const atBreaks = indexes.filter(nearBreak).length
    if (atBreaks >= 1 || (indexes.length >= 3 && !isQualificationLike(text)))
      for (const index of indexes) found.add(index)
  }
  // A header the first page set otherwise: wrapped over two lines there ("PREFEITURA MUNICIPAL DE SÃO JOSÉ DO" over
  // "RIO CLARO – MT") or beside another column ("Office of the Medical Examiner      Recruitment No. 26-114"), and
  // marked as carried on ("Recruitment No. 26-114 (cont.)", "(continuação)", "(continuación)"). Near a break, a line
  // that says what such a header said is that header again.
  const printed = new Set<string>()
  for (const [index, line] of lines.entries()) {
    const next = lines[index + 1]
    if (next !== undefined) printed.add(key(`${line.text} ${next.text}`))
    for (const column of line.text.trim().split(/\s{3,}/u))
      if (column !== line.text.trim()) printed.add(key(column))
  }
  for (const [index, line] of lines.entries()) {
    if (found.has(index) || !nearBreak(index)) continue
    const said = key(line.text.replace(CARRIED_ON, ''))
    if (
      said.split(' ').length >= 2 &&
      said.length >= 8 &&
      printed.has(said) &&
      !isQualificationLike(line.text)
    )
      found.add(index)
  }
  // A header printed once, on the page after the break only ("Acme S.A. – Call 014/2026" under "Page 1 of 2" and its
  // rule): right at the break, set off by a blank line on its other side, closed by no stop and naming no ask.
  for (const [index, line] of lines.entries()) {
    if (found.has(index)) continue
    const after = breaks.has(index - 1) && (line as PageLineLike).blankAfter === true
    const before = breaks.has(index + 1) && (line as PageLineLike).blankBefore === true
    const text = line.text.trim()
    if (
      (after || before) &&
      !/[.!?;:]$/u.test(text) &&
      !/^(?:[-•●▪◦‣*+·]|\d{1,2}[.)])\s/u.test(text) &&
      classifyHeading(text) === null &&
      readInlineKind(text) === null &&
      !isQualificationLike(text)
    )
      found.add(index)
  }
  return found
}
