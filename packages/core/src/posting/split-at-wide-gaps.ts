import type { PageLine } from './find-page-furniture'

/** Characters from which an unbulleted line may be a whole page pasted without its line breaks. */
const PAGE_LENGTH = 200
// A run of two spaces or more between two words: where a copied page lost a line break, the break often survives as
// this gap, while a writer separates words and sentences with one space. Tabs are left alone: they part table cells.
const WIDE_GAP = /(?<=\S) {2,}(?=\S)/gu
/** Fewest wide gaps that make a long line a page: one or two are a typo or a spaced-out sentence end. */
const PAGE_GAPS = 4

/**
 * Splits a long line that a copied page made of its lines ("What you bring  Two years in a bakery  Sourdough
 * baking  Bonus points  …") back into those lines, one per wide gap, so headings stand alone and each item is read on
 * its own. Only lines long enough to be a page and holding several such gaps are cut; a sentence with a stray double
 * space stays whole. Given the text as pasted, a gap that holds one of its line breaks is a wrap the reader undid (an
 * indented paragraph leaves its indent between the joined lines), not a lost break, and is never cut.
 */
export function splitAtWideGaps(lines: readonly PageLine[], pasted?: string): PageLine[] {
  return lines.flatMap((line) => {
    if (line.text.trim().length < PAGE_LENGTH) return [line]
    const gaps = [...line.text.matchAll(WIDE_GAP)].filter(
      (gap) =>
        pasted === undefined ||
        !/[\r\n]/u.test(pasted.slice(line.start + gap.index, line.start + gap.index + gap[0].length)),
    )
    if (gaps.length < PAGE_GAPS) return [line]
    const pieces: PageLine[] = []
    let from = /^\s*/u.exec(line.text)?.[0].length ?? 0
    for (const gap of [...gaps, null]) {
      const end = gap === null ? line.text.trimEnd().length : gap.index
      if (end > from)
        pieces.push({
          start: line.start + from,
          end: line.start + end,
          text: line.text.slice(from, end),
          blankBefore: false,
          blankAfter: false,
        })
      if (gap !== null) from = gap.index + gap[0].length
    }
    const first = pieces[0]
    const last = pieces[pieces.length - 1]
    if (first) first.blankBefore = line.blankBefore
    if (last) last.blankAfter = line.blankAfter
    return pieces
  })
}
