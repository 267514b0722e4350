import type { PageLine } from './find-page-furniture'
import { classifyHeading } from './posting-cues'
import { splitRunOnPage } from './split-run-on-page'

/**
 * Fewest characters of a line that may be a list pasted onto one line: a shorter line with a mark said again is a
 * row of tags or a title ("Python • SQL • Airflow"), which the item readers cut for themselves.
 */
const RUN_LENGTH = 80
/** Fewest times one mark must stand between words for a line to be read as a list whose breaks were lost. */
const REPEATS = 3
/** Most words a heading label holds ("What you need to bring:", "O que você precisa ter:"). */
const LABEL_WORDS = 6

// A mark that stands where a bullet stood: an emoji or pictograph (alone or as a run, "👟👠"), or a bullet symbol.
// Dashes, bars and middle dots are left out: job boards part the fields of a title row with them ("Analyst – Acme –
// Leeds"), and the run-on page reader cuts those rows.
const MARK =
  /(?<=^|\s)(?:\d\uFE0F?\u20E3|[\p{Extended_Pictographic}\p{Emoji_Presentation}✔✓☑▪▫►▸▹➡➔➤→•●◦‣◆◇■□](?<![©®™])[\uFE0F\u200D]*)+(?=\s)/gu
// An item number said inline, "1)" or "1.", between spaces.
const NUMBER = /(?<=^|\s)(\d{1,2})([.)])(?=\s+\S)/gu
// Prepositions, articles and conjunctions in EN, PT and ES: a label ending in one runs into its complement
// ("Experiência com: Excel" is no heading), and a word before a colon after one is mid-phrase.
const LINKING_WORD =
  /^(?:of|with|in|on|at|and|or|the|an?|to|for|de|da|do|dos|das|em|no|na|com|e|ou|o|os|as|um|uma|en|con|y|el|la|los|las|del|un|una|para|por)$/iu

/** The depth of round and square brackets at each character: a mark inside brackets is part of an aside. */
function bracketDepths(text: string): number[] {
  const depths: number[] = []
  let depth = 0
  for (const char of text) {
    if (char === '(' || char === '[') depth += 1
    depths.push(depth)
    if ((char === ')' || char === ']') && depth > 0) depth -= 1
    // A surrogate pair takes two code units: the depth is kept for both.
    if (char.length > 1) depths.push(depth)
  }
  return depths
}

/** A mark's identity, the same whatever variation selector follows it ("✔️" and "✔"). */
function markKey(mark: string): string {
  // Keycap numbers ("1️⃣ … 2️⃣ …") count items as one mark does.
  if (/\u20E3/u.test(mark)) return 'keycap'
  return mark.replace(/[\uFE0F\u200D]/gu, '')
}

/**
 * Where an inline list numbers its items ("1) Ensino médio 2) CNH B", "1. Inglés 2. Excel 3. Licencia"): the offsets of
 * the numbers of the longest run counted up from 1 in order. Two items do when closed by a bracket, which no figure
 * in prose is; with a stop three must follow on, since "in 2. Then" happens in prose.
 */
function findNumberedItems(text: string, depths: readonly number[]): number[] {
  const found = [...text.matchAll(NUMBER)].filter((match) => (depths[match.index] ?? 0) === 0)
  for (const style of [')', '.']) {
    const run: number[] = []
    for (const match of found) {
      if (match[2] !== style) continue
      if (Number(match[1]) === run.length + 1) run.push(match.index)
    }
    if (run.length >= (style === ')' ? 2 : REPEATS)) return run
  }
  return []
}

/**
 * Where a heading label stands inside a stretch of the run ("… Mizuno. Requisitos: …", "… completo Diferencial: …",
 * "… REQUISITOS Ensino médio …"): the offset it opens at and where it ends, or null. A label is a few words that name
 * a section, opening with a capital after a stop, a mark or a word, and closed by a colon or written all in capitals.
 */
function findLabels(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const labels: Array<{ start: number; end: number }> = []
  const tokens = [...text.slice(from, to).matchAll(/\S+/gu)].map((token) => ({
    word: token[0],
    start: from + token.index,
    end: from + token.index + token[0].length,
  }))
  for (let index = 0; index < tokens.length; index += 1) {
    const first = tokens[index]
    if (!first || !/^[¿¡]?\p{Lu}/u.test(first.word)) continue
    // After a comma the words are a list's next item; after a bar or a middle dot, the next field of a row
    // ("Salary: … · Experience: …"), which the row's readers take whole.
    if (index > 0 && /(?:[,;(]|^[·|])$/u.test(tokens[index - 1]?.word ?? '')) continue
    for (let length = Math.min(LABEL_WORDS, tokens.length - index); length >= 1; length -= 1) {
      const phrase = tokens.slice(index, index + length)
      const words = phrase.map((token) => token.word)
      const last = words[length - 1] ?? ''
      const colon = /\p{L}\)?:$/u.test(last)
      // In capitals, a heading needs no colon; a single word in capitals must be long enough not to be an acronym.
      const letters = words.join(' ').replace(/[^\p{L}]/gu, '')
      const capitals = letters.length >= 6 && letters === letters.toUpperCase()
      // A label heads what follows it, in this stretch or in the next one (the items after it each open a stretch).
      const followed = (phrase[length - 1]?.end ?? 0) < text.trimEnd().length
      if (!followed || (!colon && !capitals)) continue
      if (words.slice(0, -1).some((word) => /[.,;:!?]$/u.test(word))) continue
      if (LINKING_WORD.test(last.replace(/[^\p{L}]+$/u, ''))) continue
      // In capitals with no colon, the heading must end where the capitals do: "REQUISITOS Ensino", not "REQUISITOS
      // DA".
      const next = tokens[index + length]?.word ?? ''
      if (!colon && /^\p{Lu}{2,}(?!\p{Ll})/u.test(next)) continue
      if (classifyHeading(words.join(' ').replace(/^[¿¡]/u, ''), true) === null) continue
      labels.push({ start: first.start, end: phrase[length - 1]?.end ?? first.end })
      index += length - 1
      break
    }
  }
  return labels
}

/**
 * Rebuilds the lines of a list pasted onto one line, as a post copied from a social network or a form that lost its
 * breaks gives it ("📋 O QUE PRECISA: ✔️ Ensino médio completo ✔️ Maior de 18 anos ✔️ …", "Requirements: 1) … 2) …"):
 * a line on which one mark stands between words three times or more (an emoji, a check, a bullet symbol), or whose
 * items are numbered inline in order, is cut before each mark, so each item is a bullet line again; a section label
 * inside the run ("Diferencial:", "REQUISITOS") is set on a line of its own so its section opens, and on such a line
 * an emoji that opens a sentence opens a line too. Each piece keeps its offsets into the text. A mark said once or
 * twice ("Python • SQL"), an emoji that only ends a sentence, and marks inside brackets leave the line whole.
 */
export function splitMarkedRuns(lines: readonly PageLine[]): PageLine[] {
  return lines.flatMap((line) => {
    const text = line.text
    if (text.trim().length < RUN_LENGTH) return [line]
    const depths = bracketDepths(text)
    const marks = [...text.matchAll(MARK)].filter((match) => (depths[match.index] ?? 0) === 0)
    const counts = new Map<string, number>()
    for (const mark of marks) counts.set(markKey(mark[0]), (counts.get(markKey(mark[0])) ?? 0) + 1)
    const listMarks = new Set([...counts].filter(([, count]) => count >= REPEATS).map(([key]) => key))
    const numbered = findNumberedItems(text, depths)
    // With no marks, the line is a paragraph that lost its breaks when it holds two section labels or more, one of
    // them over what is asked ("Requisitos: … Diferencial: …", "… REQUIREMENTS … NICE TO HAVE …").
    const paragraphLabels = findLabels(text, 0, text.length)
    const labelled =
      paragraphLabels.length >= 2 &&
      paragraphLabels.some((label) =>
        ['required', 'nice_to_have'].includes(
          classifyHeading(text.slice(label.start, label.end), true) ?? '',
        ),
      )
    if (listMarks.size === 0 && numbered.length === 0 && !labelled) return [line]
    // A page the run-on page reader can read by its sentences and headings (a board's dotted row of fields, then its
    // sections) is left to it: cut here first, its row would be too short a line for that reader to take.
    if (listMarks.size === 0 && numbered.length === 0 && splitRunOnPage([line]).length > 1) return [line]
    const cuts: number[] = [...numbered]
    for (const mark of marks) {
      const at = mark.index
      const end = at + mark[0].length
      if (listMarks.has(markKey(mark[0]))) {
        cuts.push(at)
        continue
      }
      // Any other emoji before a capital opens a line when a stop or a label's colon closes what comes before it
      // ("Mizuno. 📋 O QUE PRECISA:"); after a word it closes its sentence ("perto do metrô 🚇 Estamos …").
      if (!/^\s+[¿¡"“]?[\p{Lu}\p{N}]/u.test(text.slice(end))) continue
      const before = text.slice(0, at).trimEnd()
      if (before.length === 0) continue
      // An emoji before a section label decorates the label ("… balança 🌟 Diferencial: …"): it opens its line.
      const after = end + (/^\s*/u.exec(text.slice(end))?.[0].length ?? 0)
      const decoratesLabel = findLabels(text, after, Math.min(text.length, after + 80))[0]?.start === after
      cuts.push(/[.!?:…]$/u.test(before) || decoratesLabel ? at : end)
    }
    const sorted = [...new Set(cuts)].sort((a, b) => a - b)
    // A label inside a stretch opens its own line, and the stretch after it is content under it.
    const bounds = [0, ...sorted, text.length]
    const withLabels: number[] = []
    for (let index = 0; index < bounds.length - 1; index += 1) {
      const from = bounds[index] ?? 0
      const to = bounds[index + 1] ?? text.length
      withLabels.push(from)
      for (const label of findLabels(text, from, to)) {
        // A label right after the stretch's own mark ("📋 O QUE PRECISA:") already opens its line.
        const lead = text.slice(from, label.start)
        if (
          !/^(?:\s|\p{Extended_Pictographic}|\p{Emoji_Presentation}|\uFE0F|\u200D|[✔✓☑▪▫►▸▹➡➔➤→•●◦‣◆◇■□])*$/u.test(
            lead,
          )
        )
          withLabels.push(label.start)
        withLabels.push(label.end)
      }
    }
    const starts = [...new Set(withLabels)].sort((a, b) => a - b)
    const pieces: Array<{ start: number; end: number }> = []
    for (const [index, from] of starts.entries()) {
      const to = starts[index + 1] ?? text.length
      const lead = /^\s*/u.exec(text.slice(from, to))?.[0].length ?? 0
      const trail = /\s*$/u.exec(text.slice(from, to))?.[0].length ?? 0
      if (to - trail > from + lead) pieces.push({ start: from + lead, end: to - trail })
    }
    if (pieces.length < 2) return [line]
    return pieces.map((piece, index) => ({
      start: line.start + piece.start,
      end: line.start + piece.end,
      text: text.slice(piece.start, piece.end),
      blankBefore: index === 0 && line.blankBefore,
      blankAfter: index === pieces.length - 1 && line.blankAfter,
    }))
  })
}
