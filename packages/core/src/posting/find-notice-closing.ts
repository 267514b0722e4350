import { normalizeText } from './normalize-text'

type ClosingLine = { text: string; blankBefore: boolean }

const MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|setiembre|octubre|noviembre|diciembre)'
const DAY = '\\d{1,2}(?:st|nd|rd|th|º|o)?'
// A date written out: "27 de fevereiro de 2025", "14 March 2026", "March 14, 2026", "5/12/2026".
const DATE = `(?:${DAY}\\s+(?:de\\s+)?${MONTH}\\s+(?:de\\s+|del\\s+)?\\d{4}|${MONTH}\\s+${DAY},?\\s+\\d{4}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|dated this ${DAY} day of ${MONTH},?\\s+\\d{4})`
// A notice's place and date, the line it is signed under: an optional place of a few words and a comma, then the date,
// and nothing else ("Ouro Branco, 27 de fevereiro de 2025.", "Kingston, 14 March 2026", "Montevideo, 3 de marzo de 2026").
const DATELINE = new RegExp(
  `^(?:[\\p{L}'’.-]+(?:\\s+[\\p{L}'’.-]+){0,5}(?:\\s*[/–—-]\\s*\\p{L}{2})?,\\s+(?:em\\s+|en\\s+|on\\s+|a\\s+|aos\\s+)?)?${DATE}\\.?$`,
  'u',
)
// Most words a line of a signature holds: a name, a post, the body it signs for.
const SIGNATURE_WORDS = 10
// Fewest columns a block is set in by to stand at the page's right, where a notice is signed.
const SIGNED_RIGHT = 20

/** True when a line is only a notice's place and date ("Ouro Branco, 27 de fevereiro de 2025."). */
export function isDateline(line: string): boolean {
  return DATELINE.test(normalizeText(line.trim()).replace(/\s+/gu, ' '))
}

function signs(text: string): boolean {
  const said = text.trim()
  // A signature line names someone or a post; it lists nothing and asks in no sentence.
  return (
    said.length > 0 &&
    said.split(/\s+/u).length <= SIGNATURE_WORDS &&
    !/[;:]$/u.test(said) &&
    !/^(?:[-•●▪◦‣*+·]|\d{1,2}[.)]|[a-z]\))\s/u.test(said) &&
    !/[.!?]\s+\p{Lu}/u.test(said)
  )
}

/**
 * Finds where an official notice is signed: its place and date ("Ouro Branco, 27 de fevereiro de 2025.") and the
 * signature under it (a name, a post, the board: "Comissão de Seleção", "Ana Lima – Presidente"), and a block of short
 * lines set at the page's right in the notice's last part ("Dahlia Reid (Mrs.) / Senior Director, HRM&D"). They close
 * the notice and ask nothing.
 */
export function findNoticeClosing(lines: readonly ClosingLine[]): Set<number> {
  const found = new Set<number>()
  for (const [index, line] of lines.entries()) {
    if (!isDateline(line.text)) continue
    found.add(index)
    for (let next = index + 1; next < lines.length && next <= index + 3; next += 1) {
      const following = lines[next] as ClosingLine
      if (!signs(following.text) || (following.blankBefore && next > index + 1)) break
      found.add(next)
    }
  }
  const indent = (text: string) => /^\s*/u.exec(text)?.[0].length ?? 0
  for (let index = Math.floor(lines.length * 0.6); index < lines.length; index += 1) {
    let end = index
    while (
      end < lines.length &&
      indent(lines[end]?.text ?? '') >= SIGNED_RIGHT &&
      signs(lines[end]?.text ?? '')
    )
      end += 1
    // A signature set at the right takes two lines at least (a name and a post), and stands apart above.
    const block = end - index
    const apart =
      index === 0 || (lines[index] as ClosingLine).blankBefore || indent(lines[index - 1]?.text ?? '') < 4
    if (block >= 2 && apart) for (let at = index; at < end; at += 1) found.add(at)
    index = Math.max(index, end)
  }
  return found
}
