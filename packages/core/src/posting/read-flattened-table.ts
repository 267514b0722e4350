import type { RequirementKind } from '../types'
import { normalizeText } from './normalize-text'

/** A stretch of the pasted text: offsets into it, and what it says there. */
export type TableCell = { start: number; end: number; text: string }

/** One thing a flattened table asks for: the item its row names, with how much and how firmly the row asks it. */
export type TableItem = {
  /** The whole row the item stands on: the requirement's source. */
  row: TableCell
  /** The row's item cell: what is asked ("Kubernetes", "Certificado de brigadista"). */
  item: TableCell
  /** Null when the table does not say: the section around it decides. */
  kind: RequirementKind | null
  /** The level the row asks the item at, as written ("Avanzado", "B2"), if it has a level column. */
  detail: string | null
  minYears: number | null
  /**
   * A tag of a board's field row ("Skills  A  B  C"): boards fill those from the requirements the posting states in
   * full below, so a tag is read only when no other requirement says it already.
   */
  restates: boolean
}

/** A table found in the text: the lines it takes (hidden from the line reader) and the items it asks. */
export type FlattenedTable = {
  /** The header and rows, line by line: read here, not again as prose. */
  lines: TableCell[]
  /** A sentence right above the table that only introduces it ("…, per the table below:"): no ask of its own. */
  caption: TableCell | null
  items: TableItem[]
}

type Line = TableCell & { cells: TableCell[] }

// Where a flattened table parts its cells: tabs, a pipe, or a run of two spaces or more (the column padding a
// copied grid keeps); a writer parts words with one space.
const TAB_CELLS = /[^\t]+/gu
const PIPE_CELLS = /[^|]+/gu
const GAP_CELLS = /\S+(?: \S+)*/gu

function readCells(text: string, start: number): TableCell[] {
  const pattern = text.includes('\t') ? TAB_CELLS : /\S\s*\|\s*\S|^\s*\|/u.test(text) ? PIPE_CELLS : GAP_CELLS
  const cells: TableCell[] = []
  for (const match of text.matchAll(pattern)) {
    const lead = /^\s*/u.exec(match[0])?.[0].length ?? 0
    const cell = match[0].trim()
    if (cell.length === 0) continue
    const from = (match.index ?? 0) + lead
    cells.push({ start: start + from, end: start + from + cell.length, text: cell })
  }
  return cells
}

function readLines(text: string): Line[] {
  const lines: Line[] = []
  for (const match of text.matchAll(/[^\r\n]*/gu)) {
    if (match[0].trim().length === 0) continue
    const start = match.index ?? 0
    lines.push({ start, end: start + match[0].length, text: match[0], cells: readCells(match[0], start) })
  }
  return lines
}

const words = (text: string) => text.split(/\s+/u).filter(Boolean)

// A column label is a short noun phrase ("Nivel esperado", "¿Obrigatório?"), never a sentence.
function isColumnLabel(cell: string): boolean {
  return words(cell).length <= 4 && cell.length <= 32 && !/[.;,:]$/u.test(cell) && !/\d/u.test(cell)
}

// The header of a column whose values say whether the row is required: a question or a label about being required.
const MANDATORY_HEADER =
  /\b(?:mandatory|required|requirement|must|essential|compulsory|obrigatori[oa]s?|exigid[oa]s?|imprescindi?vel|indispensavel|excluyente|obligatori[oa]s?|imprescindible|indispensable|requerid[oa]s?|necessari[oa]s?)\b/u
// The header of a column whose values say whether the row is optional: its yes means nice to have.
const OPTIONAL_HEADER =
  /\b(?:optional|nice to have|preferred|bonus|plus|desejavel|desejad[oa]|diferencial|opcional|deseable|valorad[oa]|valorable|preferid[oa]|preferente)\b/u
const YES =
  /^(?:yes|y|si|sim|s|x|required|mandatory|must|obligatori[oa]|obrigatori[oa]|excluyente|imprescindible|[✓✔☑✅])$/u
const NO = /^(?:no|nao|n|-|–|—|optional|opcional|deseable|desejavel|nice to have|not required|[✗✘❌])$/u

const LEVEL_HEADER = /\b(?:level|proficiency|nivel|dominio|grado|grau)\b/u
const LEVEL_VALUE =
  /^(?:(?:very )?(?:basic|beginner|elementary|intermediate|upper[- ]intermediate|advanced|expert|proficient|fluent|native|working|conversational)|basico|intermedio|intermediario|medio|avanzado|avancado|experto|especialista|fluido|fluente|nativo|alto|bajo|baixo|[abc][12])(?:\s*\([^()]*\))?$/u

const POINTS_HEADER =
  /\b(?:points?|score|weight|pontos?|pontuacao|puntos?|puntaje|puntuacion|peso|maximo|maximum|max)\b/u
const NUMBER = /^\d+(?:[.,]\d+)?(?:\s+\p{L}+(?:\s+\p{L}+)?)?$/u

const YEARS_HEADER = /\b(?:years|anos|anios)\b/u
const YEARS_VALUE = /^(\d{1,2})\s*\+?(?:\s+\p{L}+)?$/u

// An item that names a qualification one may hold: what a points table scores, unlike the subjects of an exam.
const QUALIFICATION_ITEM =
  /\b(?:course|degree|diploma|certificat\w*|licen[cs]e|experience|master'?s?|phd|doctorate|postgraduate|curso|graduacao|pos-graduacao|especializacao|mestrado|doutorado|certificad\w*|certificacao|habilitacao|experiencia|titulo|licenciatura|maestria|doctorado|posgrado|grado)\b/u
const QUALIFICATION_HEADER =
  /\b(?:titles?|qualifications?|credentials?|titulos?|qualificacao|qualificacoes|formacao|formacion|requisitos?|criteri[oa]s?)\b/u

// Values that make a table page furniture whatever its headers: pay, times of day, days of the week.
const MONEY = /[$€£¥₹]|\b(?:r\$|usd|eur|brl|ars|mxn|clp|cop|pen|gbp|pln)\b|\d{1,3}(?:[.,]\d{3})+/u
const CLOCK =
  /\b\d{1,2}(?::\d{2}|h\d{2})\b|\b\d{1,2}\s*(?:am|pm)\b|\b\d{1,2}h\s*(?:-|–|as|a|to)\s*\d{1,2}h\b/u
const DAY =
  '(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|seg(?:unda)?|ter(?:ca)?|qua(?:rta)?|qui(?:nta)?|sex(?:ta)?|sab(?:ado)?|dom(?:ingo)?|lun(?:es)?|mar(?:tes)?|mie(?:rcoles)?|jue(?:ves)?|vie(?:rnes)?)(?:-feira)?\\.?'
const WEEKDAY = new RegExp(`^${DAY}(?:\\s*(?:-|–|a|to|ate)\\s*${DAY})?$`, 'u')

type Role = 'item' | 'mandatory' | 'optional' | 'level' | 'points' | 'years' | 'other'

function roleOf(header: string, values: readonly string[]): Role {
  const label = normalizeText(header)
  const folded = values.map((value) =>
    normalizeText(value)
      .replace(/[?¿!¡.]/gu, '')
      .trim(),
  )
  const share = (test: (value: string) => boolean) => folded.filter(test).length / Math.max(1, folded.length)
  const yesNo = share((value) => YES.test(value) || NO.test(value)) === 1
  if (yesNo && OPTIONAL_HEADER.test(label)) return 'optional'
  if (yesNo && (MANDATORY_HEADER.test(label) || /\?\s*$/u.test(header))) return 'mandatory'
  if (
    share((value) => LEVEL_VALUE.test(value)) >= 0.5 &&
    (LEVEL_HEADER.test(label) || share((value) => LEVEL_VALUE.test(value)) === 1)
  )
    return 'level'
  if (YEARS_HEADER.test(label) && share((value) => YEARS_VALUE.test(value)) === 1) return 'years'
  if (POINTS_HEADER.test(label) && share((value) => NUMBER.test(value)) === 1) return 'points'
  if (share((value) => /\p{L}{3,}/u.test(value) && !NUMBER.test(value)) === 1) return 'item'
  return 'other'
}

function isFurnitureValue(value: string): boolean {
  const folded = normalizeText(value)
  return MONEY.test(folded) || CLOCK.test(folded) || WEEKDAY.test(folded)
}

/**
 * Reads a grid whose header names its columns ("Tool  Level  Required?") and whose rows line up under it: each row
 * asks its item cell, as firmly as its yes/no column says (or, in a points table of titles, as an optional extra),
 * at the level its level column gives. Null when the columns say nothing of what is asked: a pay band, a shift grid
 * or a list of other openings is the page's, and left to the line reader.
 */
function readGrid(header: Line, rows: readonly Line[]): TableItem[] | null {
  const columns = header.cells.map((cell, index) => ({
    header: cell.text,
    values: rows.map((row) => row.cells[index]?.text ?? ''),
  }))
  if (columns.some((column) => column.values.some(isFurnitureValue))) return null
  const roles = columns.map((column) => roleOf(column.header, column.values))
  const itemIndex = roles.indexOf('item')
  if (itemIndex < 0) return null
  const firmness = roles.findIndex((role) => role === 'mandatory' || role === 'optional')
  const level = roles.indexOf('level')
  const points = roles.indexOf('points')
  const years = roles.indexOf('years')
  const items = columns[itemIndex]?.values ?? []
  // Points scored for the titles a candidate holds: extras that rank, never a bar to clear. The exam's subjects
  // weighed in points ("Portuguese  10 questions  2.0") are no qualification and stay unread.
  const scoresTitles =
    points >= 0 &&
    (QUALIFICATION_HEADER.test(normalizeText(columns[itemIndex]?.header ?? '')) ||
      items.filter((item) => QUALIFICATION_ITEM.test(normalizeText(item))).length * 2 >= items.length)
  if (firmness < 0 && level < 0 && years < 0 && !scoresTitles) return null
  return rows.flatMap((row): TableItem[] => {
    const item = row.cells[itemIndex]
    if (!item) return []
    const cell = (index: number) => (index >= 0 ? row.cells[index]?.text : undefined)
    let kind: RequirementKind | null = scoresTitles ? 'nice_to_have' : null
    const said = normalizeText(cell(firmness) ?? '')
      .replace(/[?¿!¡.]/gu, '')
      .trim()
    if (firmness >= 0 && (YES.test(said) || NO.test(said))) {
      const yes = YES.test(said)
      kind = yes === (roles[firmness] === 'mandatory') ? 'required' : 'nice_to_have'
    }
    const yearsSaid = YEARS_VALUE.exec(normalizeText(cell(years) ?? ''))?.[1]
    return [
      {
        row: {
          start: row.start + (row.text.length - row.text.trimStart().length),
          end: row.start + row.text.trimEnd().length,
          text: row.text.trim(),
        },
        item,
        kind,
        detail: cell(level) ?? null,
        minYears: yearsSaid === undefined ? null : Number(yearsSaid),
        restates: false,
      },
    ]
  })
}

// A board's field label over a list of tags that name what is asked ("Skills", "Conocimientos necesarios").
const ASKED_FIELD =
  /^(?:(?:required|key|main|desired|preferred)\s+)?(?:skills?|knowledge|competenc(?:y|ies)|tools|technologies|requirements|languages|conocimientos?|habilidades|competencias|aptitudes|herramientas|tecnologias|requisitos|idiomas|conhecimentos?|competencias|ferramentas|tecnologias|requisitos)(?:\s+\p{L}+){0,2}$/u
const NICE_FIELD =
  /\b(?:desired|preferred|nice|desejave(?:l|is)|desejad[oa]s|diferencia(?:l|is)|deseables?|valorad[oa]s|valorables?)\b/u

/**
 * Reads a board's field row that lists tags under a label ("Habilidades requeridas⇥Soldadura TIG⇥Metrología"), among other
 * label/value rows: each tag an item, marked as restating what the posting may say in full elsewhere.
 */
function readFieldTags(line: Line): TableItem[] | null {
  const [label, ...values] = line.cells
  if (!label || values.length < 2) return null
  const folded = normalizeText(label.text)
  if (!ASKED_FIELD.test(folded)) return null
  if (values.some((value) => words(value.text).length > 5 || isFurnitureValue(value.text))) return null
  const kind: RequirementKind = NICE_FIELD.test(folded) ? 'nice_to_have' : 'required'
  const row = { start: line.start, end: line.start + line.text.trimEnd().length, text: line.text.trim() }
  return values.map((item) => ({ row, item, kind, detail: null, minYears: null, restates: true }))
}

// A sentence that points at the table below ("…, conforme o quadro abaixo:"), read with the table.
const POINTS_BELOW =
  /\b(?:below|following|table|grid|abaixo|a seguir|seguinte|quadro|tabela|siguiente|a continuacion|debajo|tabla|cuadro)\b[^.]*:\s*$/u

// A line that opens a sentence of its own: numbered or bulleted ("6.1.", "b)", "•").
const OPENS_ITEM = /^\s*(?:\d+(?:\.\d+)*[.)]|[a-z]\)|[-•*·▸])\s/u

/**
 * The sentence just above a table that only points at it ("Titles are optional and score as the table below
 * shows:"), over the lines a PDF wrapped it onto, back to its numbered start or the line that ends the one before.
 */
function readCaption(text: string, lines: readonly Line[], headerIndex: number): TableCell | null {
  const last = lines[headerIndex - 1]
  if (last?.cells.length !== 1) return null
  let first = headerIndex - 1
  while (first > 0) {
    const line = lines[first]
    const before = lines[first - 1]
    if (!line || !before || OPENS_ITEM.test(line.text) || /[.:;!?]\s*$/u.test(before.text)) break
    // A heading in capitals over the sentence is not part of it.
    if (!/\p{Ll}/u.test(before.text) || before.cells.length !== 1) break
    first--
  }
  const start = lines[first]?.start ?? last.start
  const said = normalizeText(
    lines
      .slice(first, headerIndex)
      .map((line) => line.text)
      .join(' '),
  )
  if (words(said).length < 5 || !POINTS_BELOW.test(said)) return null
  return { start, end: last.end, text: text.slice(start, last.end) }
}

/**
 * Finds the tables a paste flattened to text: a header row of two to five short column labels over rows whose cells
 * line up (tabs, "|", or runs of spaces), and a board's label/value rows whose label heads a list of asked tags.
 * Only tables whose columns say what is asked are returned; the rest (pay bands, shift grids) stay prose.
 */
export function readFlattenedTables(text: string): FlattenedTable[] {
  const lines = readLines(text)
  const tables: FlattenedTable[] = []
  for (let index = 0; index < lines.length; index++) {
    const header = lines[index]
    if (!header) continue
    const width = header.cells.length
    // A label/value row of a board's fields, standing among others of its kind.
    const fieldBlock =
      header.text.includes('\t') &&
      [lines[index - 1], lines[index + 1]].some((near) => near?.text.includes('\t') && near.cells.length >= 2)
    const tags = fieldBlock ? readFieldTags(header) : null
    if (tags) {
      tables.push({ lines: [header], caption: null, items: tags })
      continue
    }
    if (width < 2 || width > 5 || !header.cells.every((cell) => isColumnLabel(cell.text))) continue
    const rows: Line[] = []
    for (let next = index + 1; next < lines.length; next++) {
      const row = lines[next]
      if (
        !row ||
        row.cells.length !== width ||
        text.slice(lines[next - 1]?.end ?? 0, row.start).includes('\n\n')
      )
        break
      rows.push(row)
    }
    if (rows.length < 2) continue
    const items = readGrid(header, rows)
    if (!items) continue
    const caption = readCaption(text, lines, index)
    tables.push({ lines: [header, ...rows], caption, items })
    index += rows.length
  }
  return tables
}
