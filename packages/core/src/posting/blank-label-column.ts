// A job specification a PDF laid out in two columns ("Location of Post      Primary Care Centre, …" over lines
// indented to the same column) pastes its left column of labels onto the first line of each row: "Post Specific
// Access to appropriate transport" reads as one phrase, and a label wrapped over two rows ("Post Specific" over
// "Requirements") glues its second half to the middle of a sentence. The labels only name the rows; what is asked is
// in the right column, whose lines the wrap can then rejoin once the labels are out of the way.

/** A label cell: at the margin, short, then the padding (two spaces or more) that parts it from the text column. */
const LABEL_CELL = /^(\S(?:[^\n]{0,38}?\S)?)( {2,}|\t+)(?=\S)/u
/** Fewest rows a label opens, and fewest lines the text column wraps onto under them, for a layout to be two columns. */
const MIN_LABELLED_ROWS = 3
const MIN_HANGING_LINES = 3
/** A text column this close to the margin leaves no room for a label column. */
const MIN_COLUMN = 12

type Line = { start: number; text: string }

function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (const text_ of text.split('\n')) {
    lines.push({ start, text: text_ })
    start += text_.length + 1
  }
  return lines
}

function indentOf(line: string): number {
  return /^\s*/u.exec(line)?.[0].length ?? 0
}

/** The column where the text cell of a labelled row starts, or null when the line opens with no label cell. */
function textColumn(line: string): number | null {
  const cell = LABEL_CELL.exec(line)
  return cell ? cell[0].length : null
}

/**
 * Blanks the label column of each paragraph laid out as a two-column specification, keeping every offset: every line
 * of the paragraph is a label row whose text starts at one shared column, a line of text indented to that column or
 * past it (the wrapped text or a bullet's hanging indent), or the rest of a label wrapped on its own ("Date(s)"),
 * and several rows and several wrapped lines show the layout. Other text is returned as it was.
 */
export function blankLabelColumn(text: string): string {
  const lines = splitLines(text)
  const out = text.split('')
  let paragraph: Line[] = []
  const flush = () => {
    const counts = new Map<number, number>()
    for (const line of paragraph) {
      const column = textColumn(line.text)
      if (column !== null) counts.set(column, (counts.get(column) ?? 0) + 1)
    }
    const [column] = [...counts.entries()]
      .filter(([at, count]) => at >= MIN_COLUMN && count >= MIN_LABELLED_ROWS)
      .sort((a, b) => b[1] - a[1])[0] ?? [null]
    const rows = paragraph
    paragraph = []
    if (column === null || column === undefined) return
    const hanging = rows.filter((line) => indentOf(line.text) >= column).length
    if (hanging < MIN_HANGING_LINES) return
    const fits = rows.every(
      (line) =>
        textColumn(line.text) === column ||
        indentOf(line.text) >= column ||
        (indentOf(line.text) === 0 && line.text.trimEnd().length <= column - 2),
    )
    if (!fits) return
    for (const line of rows) {
      if (indentOf(line.text) >= column) continue
      const end = textColumn(line.text) === column ? column : line.text.length
      for (let position = line.start; position < line.start + end; position += 1)
        if (out[position] !== '\r') out[position] = ' '
    }
  }
  for (const line of lines) {
    if (line.text.trim() === '') flush()
    else paragraph.push(line)
  }
  flush()
  return out.join('')
}
