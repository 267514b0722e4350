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
    'el la los las un una unos unas del al en con por para y o u pero que como sin sobre entre'
  ).split(' '),
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
    const breaks = paragraph.slice(0, -1).flatMap((above, index) => {
      const below = paragraph[index + 1] as Line
      const upper = above.text.trimEnd()
      const lower = below.text.trimStart()
      if (upper.length < MIN_WRAPPED || upper.length < FULL_SHARE * width) return []
      if (OPENS_ITEM.test(below.text) || CLOSED.test(upper)) return []
      const hyphenated = /\p{Ll}-$/u.test(upper) && /^\p{Ll}/u.test(lower)
      const lowerCase = /^\p{Ll}/u.test(lower)
      // A long open line over one that goes on in lower case and closes the sentence ("…o resto a gente" over "ensina
      // na obra.") holds one sentence cut in two: items of a list are closed alike or not at all.
      const finished = lowerCase && upper.length >= LONG_WRAPPED && CLOSES_SENTENCE.test(lower)
      const sure = hyphenated || finished || FUNCTION_WORDS.has(lastWord(upper))
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
