// Hard line breaks that a PDF, an e-mail client or a fixed-width text box put inside sentences. Written by hand:
// text-reflow libraries on npm wrap text; none undoes a wrap while keeping every character at its offset, which the
// parser needs (requirement sources are spans of the posting as stored).

/** A bullet, a numbered item or an emoji opening a line: a list item of its own, never the rest of a sentence. */
const OPENS_ITEM = /^\s*(?:[-–—•●▪◦‣*+·>]|\d{1,2}[.)]|\p{Extended_Pictographic})/u
/** How a sentence or a heading ends: a line so closed was broken on purpose. */
const CLOSED = /(?:[.!?:;]|\p{Extended_Pictographic}\uFE0F?)["'”’)]*\s*$/u
/**
 * Words a writer never ends a line on but a wrap often does: articles, prepositions and conjunctions of EN, PT and
 * ES. "…a degree in mining engineering and at" goes on below.
 */
const FUNCTION_WORDS = new Set(
  (
    'a an the of in on at to for with by from and or but as than that which who whose ' +
    'o os as um uma uns umas de do da dos das em no na nos nas ao aos à às com por pelo pela para e ou mas que como ' +
    'el la los las un una unos unas del al en con por para y o u pero que como sin sobre entre ' +
    // Possessives, and the conjunctions that open a clause ("…and a line about where / you have worked").
    'your our their its my where when while whether because if ' +
    'seu sua seus suas nosso nossa nossos nossas onde quando enquanto porque se ' +
    'su sus nuestro nuestra nuestros nuestras donde cuando mientras porque si ' +
    // Demonstratives, which take the noun below ("…desde a publicação deste" over "Edital, …").
    'this these those deste desta destes destas neste nesta nestes nestas este esta estes estas estos'
  ).split(' '),
)
/**
 * Words no line starts on unless it goes on with the line above: the joints of a clause ("…please contact the sender /
 * by reply e-mail"). Articles are left out: an unbulleted item may open on one ("o candidato deve…").
 */
const CONTINUING_WORDS = new Set(
  'of by and or nor than whom which e ou pelo pela pelos pelas do da dos das y u del cuyo cuya'.split(' '),
)
/** Lines shorter than this are never taken for wrapped ones: list items, headings, labels. */
const MIN_WRAPPED = 40
/**
 * A line at least this long that a line in lower case finishes ("…and a credit" over "check. We do not…") was cut by
 * the wrap: an item of an unpunctuated list is shorter and does not close a sentence its neighbour left open.
 */
const LONG_WRAPPED = 60
/** A sentence closed on the line: at its end, or before the next sentence it opens. */
const CLOSES_SENTENCE = /[.!?]["'”’)]*\s*$|[.!?]["'”’)]*\s+\p{Lu}/u
/** Share of the paragraph's widest line from which a line is full, i.e. the wrap, not the writer, ended it. */
const FULL_SHARE = 0.7

type Line = { start: number; end: number; text: string }

/** Where a line's text starts: its indentation. */
function indentOf(line: string): number {
  return /^\s*/u.exec(line)?.[0].length ?? 0
}

/**
 * Where the text of a list item starts after its marker ("  * At least…" → 4), or null when the line opens no item.
 * A wrapped item goes on under that column (a hanging indent), which is how a mail client or a plain-text editor
 * wraps a bullet.
 */
function itemColumn(line: string): number | null {
  const marker = /^\s*(?:[-–—•●▪◦‣*+·>]|\d{1,2}[.)])\s+/u.exec(line)
  return marker ? marker[0].length : null
}

function splitLines(text: string): Line[] {
  const lines: Line[] = []
  const pattern = /[^\r\n]*/gu
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    lines.push({ start: match.index, end: match.index + match[0].length, text: match[0] })
    pattern.lastIndex = match.index + match[0].length + (text[match.index + match[0].length] === '\r' ? 2 : 1)
    if (pattern.lastIndex > text.length) break
  }
  return lines
}

/** True when the line at `index` belongs to an item a marker opened on it or above, with no line closed between. */
function holdsItemOpen(paragraph: readonly Line[], index: number): boolean {
  for (let position = index; position >= 0; position -= 1) {
    const line = paragraph[position] as Line
    if (position < index && CLOSED.test(line.text.trimEnd())) return false
    if (OPENS_ITEM.test(line.text)) return true
  }
  return false
}

function lastWord(line: string): string {
  return (/(\p{L}+)\s*$/u.exec(line)?.[1] ?? '').toLowerCase()
}

/**
 * Undoes hard wraps inside paragraphs, keeping the text's length and every offset: a wrapped line break becomes a
 * space, and a word hyphenated across the break ("Engenha-\nria") is rejoined, its freed characters left as spaces
 * after it. A break is a wrap when the line above is full (near the paragraph's widest line) and does not close a
 * sentence, and either the line above ends on a word no line ends on ("at", "de", "con"), or a word was hyphenated
 * across it, or the line below goes on in lower case and closes the sentence the line above left open, or it goes on in
 * lower case in a paragraph one of those shows was wrapped. Lists, headings and short lines are left as they are.
 */
export function reflowWrappedText(text: string): string {
  const lines = splitLines(text)
  const out = text.split('')
  let paragraph: Line[] = []
  const flush = () => {
    const width = Math.max(0, ...paragraph.map((line) => line.text.trimEnd().length))
    // The column the text of the list item above goes on under, while its wrapped lines keep to it.
    let hanging: { column: number; marker: number } | null = null
    const breaks = paragraph.slice(0, -1).flatMap((above, index) => {
      const below = paragraph[index + 1] as Line
      const upper = above.text.trimEnd()
      const lower = below.text.trimStart()
      const column = itemColumn(above.text)
      if (column !== null) hanging = { column, marker: indentOf(above.text) }
      // A line indented under the text of the item above, opening no item of its own, is that item wrapped ("  * At
      // least three years upholstering (a shop, a factory, or your own business" over "    all count)"): the indent
      // says so, whatever words the lines end or start on. An item closed by a colon heads sub-items instead.
      const hangs =
        hanging !== null &&
        !OPENS_ITEM.test(below.text) &&
        upper.trim().length >= MIN_WRAPPED &&
        !/:\s*$/u.test(upper) &&
        indentOf(below.text) > hanging.marker &&
        indentOf(below.text) >= hanging.column - 1
      if (!hangs) hanging = null
      if (hangs) return [{ above, below, upper, lower, hyphenated: false, sure: true, lowerCase: false }]
      const hyphenated = /\p{Ll}-$/u.test(upper) && /^\p{Ll}/u.test(lower)
      // A word cut by a hyphen goes on below however short the line above looks beside a longer one: a paragraph an
      // editor wrapped at its first line and then let run on ("…vigente (exclu-" over "yente), mín. 2 años…") is
      // narrower above than below, and no writer ends a line halfway through a word.
      const cutWord = hyphenated && upper.length >= MIN_WRAPPED && !OPENS_ITEM.test(below.text)
      if (!cutWord && (upper.length < MIN_WRAPPED || upper.length < FULL_SHARE * width)) return []
      if (OPENS_ITEM.test(below.text) || CLOSED.test(upper)) return []
      const lowerCase = /^\p{Ll}/u.test(lower)
      // A long open line over one that goes on in lower case and closes the sentence ("…o resto a gente" over "ensina
      // na obra.") holds one sentence cut in two: items of a list are closed alike or not at all.
      const finished = lowerCase && upper.length >= LONG_WRAPPED && CLOSES_SENTENCE.test(lower)
      // A marked item (a numbered clause, a bullet) that the line above still holds open goes on in a line that
      // opens no item and starts in lower case or with a bracket ("6.2 Required to lift boxes and to work in rooms"
      // over "kept cool and dry;"): where every item carries its marker, an unmarked line cannot be a new one.
      const goesOnItem = (lowerCase || /^\(/u.test(lower)) && holdsItemOpen(paragraph, index)
      const sure =
        hyphenated ||
        finished ||
        goesOnItem ||
        FUNCTION_WORDS.has(lastWord(upper)) ||
        // A bracket left open goes on below; so does a clause whose next word only joins it to the one above.
        (/\(/u.test(upper) && (upper.match(/\(/gu)?.length ?? 0) > (upper.match(/\)/gu)?.length ?? 0)) ||
        (lowerCase && CONTINUING_WORDS.has((/^\p{L}+/u.exec(lower)?.[0] ?? '').toLowerCase())) ||
        // A full line that ends on a comma and goes on in lower case is a sentence cut by the wrap.
        (lowerCase && /,$/u.test(upper))
      return [{ above, below, upper, lower, hyphenated, sure, lowerCase }]
    })
    // A line going on in lower case may be the next item of an unbulleted list ("experiência com vendas" over
    // "conhecimento em Excel"); it is a wrap only in a paragraph that shows it was wrapped: a word hyphenated over a
    // break, or a line ending on a word no writer ends one on.
    const wrappedParagraph = breaks.some((item) => item.sure)
    for (const { above, below, upper, lower, hyphenated, sure, lowerCase } of breaks) {
      if (!sure && !(wrappedParagraph && lowerCase)) continue
      // The break itself (with any trailing or leading spaces) becomes spaces.
      const breakStart = above.start + upper.length
      const breakEnd = below.start + (below.text.length - lower.length)
      for (let position = breakStart; position < breakEnd; position++) out[position] = ' '
      if (hyphenated) {
        // "Engenha-\nria de": the rest of the word moves up to the hyphen; the characters it leaves are spaces.
        const rest = /^\p{L}+/u.exec(lower)?.[0] ?? ''
        const hyphen = breakStart - 1
        for (let offset = 0; offset < rest.length; offset++) out[hyphen + offset] = rest[offset] as string
        for (let position = hyphen + rest.length; position < breakEnd + rest.length; position++)
          out[position] = ' '
      }
    }
    paragraph = []
  }
  for (const line of lines) {
    if (line.text.trim() === '') flush()
    else paragraph.push(line)
  }
  flush()
  return out.join('')
}
