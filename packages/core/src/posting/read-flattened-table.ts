import type { RequirementKind } from '../types'
import { normalizeText } from './normalize-text'
import { classifyHeading, readInlineKind } from './posting-cues'
import { readFirmnessWords } from './read-firmness-words'
import { findYearsMentions } from './read-min-years'

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
   * A remark the row's notes column adds ("2 years minimum, 1 of them with infants"): read with the item only when it
   * states a tenure, since a note otherwise tells the reader why the item is asked, not what else is.
   */
  note: string | null
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
  /**
   * A grid of asks under its own header, which ends the section it stands in (a board's field row of tags does not:
   * it stands among the listing's other fields).
   */
  asks: boolean
}

type Line = TableCell & { cells: TableCell[] }

// Where a flattened table parts its cells: tabs, a pipe, or a run of two spaces or more (the column padding a
// copied grid keeps); a writer parts words with one space. Tabs and pipes mark every column, so an empty cell
// between two of them ("Terapia visual |  | No") still holds its column's place; padding marks none.
const TAB_CELLS = /[^\t]*/gu
const PIPE_CELLS = /[^|]*/gu
const GAP_CELLS = /\S+(?: \S+)*/gu

function readCells(text: string, start: number): TableCell[] {
  const pattern = text.includes('\t') ? TAB_CELLS : /\S\s*\|\s*\S|^\s*\|/u.test(text) ? PIPE_CELLS : GAP_CELLS
  const marked = pattern !== GAP_CELLS
  // A markdown row opens and closes with a pipe ("| a | b |"): those pipes bound the row, they part no cells.
  const inner = marked && pattern === PIPE_CELLS ? /^(\s*\|?)(.*?)\|?\s*$/u.exec(text) : null
  const from = inner ? (inner[1]?.length ?? 0) : 0
  const body = inner ? (inner[2] ?? '') : text
  const cells: TableCell[] = []
  let last = -1
  for (const match of body.matchAll(pattern)) {
    // A global pattern that may match nothing matches once more at each separator's end: one cell per gap.
    if (marked && match.index === last) continue
    last = match.index + match[0].length
    const lead = /^\s*/u.exec(match[0])?.[0].length ?? 0
    const cell = match[0].trim()
    if (cell.length === 0 && !marked) continue
    const at = from + match.index + (cell.length === 0 ? 0 : lead)
    cells.push({ start: start + at, end: start + at + cell.length, text: cell })
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

// The rule under a markdown table's header: dashes, with colons for alignment, between pipes.
const RULE_ROW = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/u

const filled = (line: Line) => line.cells.filter((cell) => cell.text.length > 0).length

const words = (text: string) => text.split(/\s+/u).filter(Boolean)

// A column label is a short noun phrase ("Nivel esperado", "¿Obrigatório?"), never a sentence; a label that asks of
// each row may take a few more words to ask it ("Tira da seleção se faltar?").
function isColumnLabel(cell: string): boolean {
  const asks = /\?\s*$/u.test(cell)
  return (
    words(cell).length <= (asks ? 7 : 4) &&
    cell.length <= (asks ? 48 : 32) &&
    !/[.;,:]$/u.test(cell) &&
    !/\d/u.test(cell)
  )
}

// The header of a column whose values say whether the row is required: a question or a label about being required.
const MANDATORY_HEADER =
  /\b(?:mandatory|required|requirement|must|essential|compulsory|obrigatori[oa]s?|exigid[oa]s?|imprescindi?vel|indispensavel|excluyente|obligatori[oa]s?|imprescindible|indispensable|requerid[oa]s?|necessari[oa]s?)\b/u
// The header of a column whose values say whether the row is optional: its yes means nice to have.
const OPTIONAL_HEADER =
  /\b(?:optional|nice to have|preferred|bonus|plus|desejavel|desejad[oa]|diferencial|opcional|deseable|valorad[oa]|valorable|preferid[oa]|preferente)\b/u
const YES =
  /^(?:yes|y|si|sim|s|x|required|mandatory|must|essential|obligatori[oa]|obrigatori[oa]|excluyente|imprescindible|imprescindivel|indispensable|indispensavel|essencial|esencial|[✓✔☑✅])$/u
const NO = /^(?:no|nao|n|-|–|—|optional|opcional|deseable|desejavel|nice to have|not required|[✗✘❌])$/u
// A yes or a no that opens a longer answer ("No (pero suma)", "Yes, from day one"): the answer is its first word.
const YES_LEAD = /^(?:yes|si|sim)\b/u
const NO_LEAD = /^(?:no|nao|not)\b/u

// The header of a column that says of each row how firmly it is asked, in words ("Tipo: Obrigatório / Desejável").
const KIND_HEADER =
  /\b(?:kind|type|priority|importance|weight\w*|status|peso|ponderac\w*|relevanc\w*|tipo|prioridade|prioridad|importancia|caracter|carater|condicao|condicion|exigencia)\b/u
// The header of a column that says how an item will be checked ("Como vamos conferir", "Evidence"): the employer's
// procedure, no ask of its own.
const CHECK_HEADER =
  /\b(?:check\w*|verif\w*|confer\w*|assess\w*|evaluat\w*|avali\w*|evalu\w*|comprov\w*|comprob\w*|compru\w*|proof|evidence|evidencia|validat\w*|valid[ae]\w*|prueba|test(?:ed)?)\b/u
// The header of a column of remarks on each row ("Notes", "Observações", "Detalle"): context, read only for a tenure.
const NOTE_HEADER =
  /\b(?:notes?|comments?|remarks?|details?|observa\w*|obs|comentarios?|detalles?|detalhes?|aclaraciones?|context\w*|why)\b/u
// The header of a column of topics that group the rows ("Área", "Tema"): a label over the item, not the item.
const TOPIC_HEADER =
  /^(?:topics?|themes?|areas?|categor(?:y|ies)|aspects?|dimensions?|temas?|categorias?|aspectos?|eixos?|blocos?|dimens(?:ao|oes|ion|iones)|rubros?|ambitos?)$/u

const LEVEL_HEADER = /\b(?:level|proficiency|nivel|dominio|grado|grau)\b/u
const LEVEL_VALUE =
  /^(?:(?:very )?(?:basic|beginner|elementary|intermediate|upper[- ]intermediate|advanced|expert|proficient|fluent|native|working|conversational)|basico|intermedio|intermediario|medio|avanzado|avancado|experto|especialista|fluido|fluente|nativo|alto|bajo|baixo|[abc][12])(?:\s*\([^()]*\))?$/u

const POINTS_HEADER =
  /\b(?:points?|score|weight|pontos?|pontuacao|puntos?|puntaje|puntuacion|peso|maximo|maximum|max)\b/u
const NUMBER = /^\d+(?:[.,]\d+)?(?:\s+\p{L}+(?:\s+\p{L}+)?)?$/u

const YEARS_HEADER = /\b(?:years|anos|anios)\b/u
const YEARS_VALUE = /^(\d{1,2})\s*\+?(?:\s+\p{L}+)?$/u
// A cell that gives a tenure in years with its unit ("2 years", "3+ anos", "mínimo 1 año"): read as years whatever
// the column's header says ("Minimum", "Mínimo exigido").
const YEARS_WORDED =
  /^(?:(?:at least|min(?:imum|imo)?|al menos|pelo menos|no minimo|como minimo)\s+(?:de\s+)?)?(\d{1,2})\s*\+?\s*(?:years?|yrs?|anos?)(?:\s+\p{L}+){0,2}$/u
// A cell that leaves a column blank on purpose: a dash, "n/a".
const BLANK_VALUE = /^(?:-+|n\/?a|n\/?d|none|nenhum|ninguno)?$/u

/** The years a cell of a years column gives, or null. */
function readYearsCell(value: string): number | null {
  const folded = foldValue(value)
  const said = YEARS_VALUE.exec(folded)?.[1] ?? YEARS_WORDED.exec(folded)?.[1]
  return said === undefined ? null : Number(said)
}

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

type Role =
  | 'item'
  | 'mandatory'
  | 'optional'
  | 'level'
  | 'points'
  | 'years'
  | 'check'
  | 'note'
  | 'topic'
  | 'other'

const foldValue = (value: string) =>
  normalizeText(value)
    .replace(/[?¿!¡.]/gu, '')
    .trim()

/**
 * What a cell of a firmness column says: a yes or a no (alone or opening a longer answer), or a kind in words
 * ("Would be a bonus", "Indispensable"). Null when it says neither; empty when the cell is.
 */
function readFirmness(value: string): 'yes' | 'no' | RequirementKind | 'empty' | null {
  // A column repeats its few answers down the rows: each is read once.
  const known = FIRMNESS_READ.get(value)
  if (known !== undefined) return known
  const said = readFirmnessOnce(value)
  if (FIRMNESS_READ.size > 2000) FIRMNESS_READ.clear()
  FIRMNESS_READ.set(value, said)
  return said
}

const FIRMNESS_READ = new Map<string, ReturnType<typeof readFirmnessOnce>>()

/** The section a cell would name as a heading, read once a value (a table repeats its values down the rows). */
function headingOf(value: string): ReturnType<typeof classifyHeading> {
  const known = HEADING_READ.get(value)
  if (known !== undefined) return known
  const named = classifyHeading(value, true)
  if (HEADING_READ.size > 2000) HEADING_READ.clear()
  HEADING_READ.set(value, named)
  return named
}

const HEADING_READ = new Map<string, ReturnType<typeof classifyHeading>>()

function readFirmnessOnce(value: string): 'yes' | 'no' | RequirementKind | 'empty' | null {
  const folded = foldValue(value)
  if (folded.length === 0) return 'empty'
  if (YES.test(folded)) return 'yes'
  if (NO.test(folded)) return 'no'
  // A kind in a few words is read before a leading no: "No excluyente" says optional, as its words do.
  if (folded.split(/\s+/u).length <= 5) {
    const stated = readInlineKind(value)
    if (stated) return stated
    const named = headingOf(value)
    if (named === 'required' || named === 'nice_to_have') return named
    // Words of selection ("Eliminatório", "Soma na avaliação", "Sí, es excluyente"): how a gap weighs.
    const weighed = readFirmnessWords(value)
    if (weighed) return weighed
  }
  if (YES_LEAD.test(folded)) return 'yes'
  if (NO_LEAD.test(folded)) return 'no'
  return null
}

/**
 * Whether a column tells how firmly each row is asked: every filled cell reads as a yes, a no or a kind, and the
 * header asks it (a question, or words of being required or optional) or names a kind column, or the cells say
 * kinds in words themselves. Which way a yes points is the header's: "Optional?" yes is nice to have.
 */
function readFirmnessRole(header: string, values: readonly string[]): 'mandatory' | 'optional' | null {
  const label = normalizeText(header)
  const said: Array<ReturnType<typeof readFirmness>> = []
  const contrast = readContrastFirmness(values)
  // Read until a cell says nothing of firmness: one such cell rules the column out.
  for (const value of values) {
    const read = contrast && foldValue(value) === contrast.value ? contrast.kind : readFirmness(value)
    if (read === null) return null
    said.push(read)
  }
  const answered = said.filter((value) => value !== 'empty')
  if (answered.length === 0 || answered.length * 2 < said.length) return null
  // Without a header that asks, the cells must name kinds as a section heading would ("Desejável", "Must-have").
  const inWords =
    answered.some((value) => value === 'required' || value === 'nice_to_have') &&
    values.every((value) => {
      const named = readFirmness(value)
      return named !== 'required' && named !== 'nice_to_have'
        ? true
        : headingOf(value) === named || readFirmnessWords(value) === named
    })
  // A header that asks in words of selection points its yes that way: "¿Descarta si falta?" yes is required, "Adds
  // points?" yes an extra.
  const weighs = readFirmnessWords(header)
  if ((OPTIONAL_HEADER.test(label) || weighs === 'nice_to_have') && !MANDATORY_HEADER.test(label))
    return 'optional'
  if (MANDATORY_HEADER.test(label) || weighs === 'required' || /\?\s*$/u.test(header)) return 'mandatory'
  if (OPTIONAL_HEADER.test(label)) return 'optional'
  // A column of kinds repeats a few of them down its rows; label cells that each read as a heading ("Experiencia
  // mínima", "Idiomas requeridos") differ row by row.
  const repeats = new Set(values.map(foldValue)).size < answered.length
  if (KIND_HEADER.test(label) || (inWords && repeats)) return 'mandatory'
  return null
}

/**
 * A column of two answers, one a kind in words ("Indispensable") and the other a short phrase no lexicon reads
 * ("Valor agregado", "Good to bring"): a column that grades its rows on two steps says the other step with the
 * other answer, so the phrase reads as the opposite kind. Both answers must come back down the column, as a
 * column's few grades do; a single odd cell is a stray, not a grade.
 */
function readContrastFirmness(values: readonly string[]): { value: string; kind: RequirementKind } | null {
  const counts = new Map<string, number>()
  for (const value of values) {
    const folded = foldValue(value)
    if (folded.length > 0) counts.set(folded, (counts.get(folded) ?? 0) + 1)
  }
  if (counts.size !== 2) return null
  const [[first, firstCount], [second, secondCount]] = [...counts.entries()] as [
    [string, number],
    [string, number],
  ]
  if (firstCount < 2 || secondCount < 2) return null
  // The known answer must say a kind in its own words ("Indispensable", "Deseable"), not a bare yes or no, whose
  // sense is the header's.
  const known = (value: string): RequirementKind | null => {
    if (readFirmness(value) === null) return null
    const named = headingOf(value)
    return (
      readInlineKind(value) ??
      (named === 'required' || named === 'nice_to_have' ? named : null) ??
      readFirmnessWords(value)
    )
  }
  const [firstKind, secondKind] = [known(first), known(second)]
  const [odd, kind] =
    firstKind && readFirmness(second) === null
      ? [second, firstKind]
      : secondKind && readFirmness(first) === null
        ? [first, secondKind]
        : [null, null]
  if (odd === null || kind === null || words(odd).length > 3 || /\d/u.test(odd)) return null
  return { value: odd, kind: kind === 'required' ? 'nice_to_have' : 'required' }
}

const HEADING_VOTES = 40

function roleOf(header: string, values: readonly string[]): Role {
  const label = normalizeText(header)
  const folded = values.map(foldValue)
  const share = (test: (value: string) => boolean) => folded.filter(test).length / Math.max(1, folded.length)
  const firmness = readFirmnessRole(header, values)
  if (firmness) return firmness
  if (
    share((value) => LEVEL_VALUE.test(value)) >= 0.5 &&
    (LEVEL_HEADER.test(label) || share((value) => LEVEL_VALUE.test(value)) === 1)
  )
    return 'level'
  if (YEARS_HEADER.test(label) && share((value) => YEARS_VALUE.test(value)) === 1) return 'years'
  // A column of tenures in words, blank where a row asks none ("2 years", "—", "1 year").
  if (
    share((value) => YEARS_WORDED.test(value)) > 0 &&
    share((value) => YEARS_WORDED.test(value) || BLANK_VALUE.test(value)) === 1
  )
    return 'years'
  if (POINTS_HEADER.test(label) && share((value) => NUMBER.test(value)) === 1) return 'points'
  if (CHECK_HEADER.test(label)) return 'check'
  if (NOTE_HEADER.test(label)) return 'note'
  if (share((value) => /\p{L}{3,}/u.test(value) && !NUMBER.test(value)) === 1)
    // Cells that each read as a heading ("Experiencia mínima", "Idiomas") are field labels over their values: a
    // board's label/value block or a table's topics, not the things asked.
    // The vote is taken on the first rows: reading each of a long table's distinct items as a heading would cost
    // more than the rest of the posting, and the first rows show what kind of column it is.
    return TOPIC_HEADER.test(label) ||
      values.slice(0, HEADING_VOTES).filter((value) => headingOf(value) !== null).length * 2 >=
        Math.min(values.length, HEADING_VOTES)
      ? 'topic'
      : 'item'
  return 'other'
}

/** True when a column's cells are all figures, at least two rows of them over a last one that is their sum. */
function closesWithTotal(values: readonly string[]): boolean {
  if (values.length < 3) return false
  const figures = values.map((value) =>
    /^\d+(?:[.,]\d+)?$/u.test(value.trim()) ? Number(value.trim().replace(',', '.')) : Number.NaN,
  )
  if (figures.some(Number.isNaN)) return false
  const total = figures.at(-1) ?? 0
  const parts = figures.slice(0, -1).reduce((sum, figure) => sum + figure, 0)
  return total > 0 && Math.abs(parts - total) < 1e-6
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
function readGrid(
  header: Line,
  rows: readonly Line[],
): { items: TableItem[]; asks: boolean; firm: boolean } | null {
  const columns = header.cells.map((cell, index) => ({
    header: cell.text,
    values: rows.map((row) => row.cells[index]?.text ?? ''),
  }))
  // A column of figures whose last row adds up the rows above it ("30, 40, 20, 10, 100") makes the grid a scoring
  // sheet: its rows are the parts of a score the selection adds up, not things the candidate is asked for.
  if (columns.some((column) => closesWithTotal(column.values))) return { items: [], asks: false, firm: false }
  const roles = columns.map((column) => roleOf(column.header, column.values))
  const firmness = roles.findIndex((role) => role === 'mandatory' || role === 'optional')
  // A column that says how firmly each row is asked makes the grid a list of asks, whatever times or sums its rows
  // name ("Schedule Mon–Fri, 7:30–18:30 | Yes"); without one, those values make it the page's.
  if (firmness < 0 && columns.some((column) => column.values.some(isFurnitureValue))) return null
  // The item is the column whose header names what is asked ("Requirement", "O que esperamos"), else the first of
  // words; topics over it, notes beside it and how it is checked are not what is asked.
  const candidates = roles.flatMap((role, index) => (role === 'item' ? [index] : []))
  const namesAsk = (index: number) => {
    const named = classifyHeading(columns[index]?.header ?? '', true)
    return named === 'required' || named === 'nice_to_have'
  }
  // Without a column of items, a column of topics stands beside a column of remarks ("Formación | Técnico en
  // Turismo"): the topics name the rows, and what each row asks is the remark the topic heads.
  const remarks = roles.indexOf('note')
  const topic = roles.indexOf('topic')
  const wordier = (index: number) =>
    (columns[index]?.values ?? []).reduce((sum, value) => sum + words(value).length, 0)
  const remarksAsk =
    candidates.length === 0 && topic >= 0 && remarks >= 0 && wordier(remarks) > 2 * wordier(topic)
  const itemIndex = remarksAsk ? remarks : (candidates.find(namesAsk) ?? candidates[0] ?? topic)
  if (itemIndex < 0) return null
  const level = roles.indexOf('level')
  const points = roles.indexOf('points')
  const years = roles.indexOf('years')
  const note = remarksAsk ? -1 : roles.indexOf('note')
  const contrast = firmness >= 0 ? readContrastFirmness(columns[firmness]?.values ?? []) : null
  const itemValues = columns[itemIndex]?.values ?? []
  // Points scored for the titles a candidate holds: extras that rank, never a bar to clear. The exam's subjects
  // weighed in points ("Portuguese  10 questions  2.0") are no qualification and stay unread.
  const scoresTitles =
    points >= 0 &&
    (QUALIFICATION_HEADER.test(normalizeText(columns[itemIndex]?.header ?? '')) ||
      itemValues.filter((item) => QUALIFICATION_ITEM.test(normalizeText(item))).length * 2 >=
        itemValues.length)
  // A column naming the asks, or one saying how each will be checked, tells that the rows are asked as much as a
  // yes/no column does.
  const asks = namesAsk(itemIndex) || roles.includes('check')
  if (firmness < 0 && level < 0 && years < 0 && !scoresTitles && !asks) return null
  const items = rows.flatMap((row): TableItem[] => {
    const item = row.cells[itemIndex]
    if (!item || item.text.length === 0) return []
    const cell = (index: number) => (index >= 0 ? row.cells[index]?.text || undefined : undefined)
    let kind: RequirementKind | null = scoresTitles ? 'nice_to_have' : null
    const said =
      contrast && foldValue(cell(firmness) ?? '') === contrast.value
        ? contrast.kind
        : readFirmness(cell(firmness) ?? '')
    if (said === 'yes' || said === 'no')
      kind = (said === 'yes') === (roles[firmness] === 'mandatory') ? 'required' : 'nice_to_have'
    else if (said === 'required' || said === 'nice_to_have') kind = said
    const yearsSaid = readYearsCell(cell(years) ?? '')
    const remark = cell(note)
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
        minYears: yearsSaid,
        note: remark !== undefined && findYearsMentions(remark).length > 0 ? remark : null,
        restates: false,
      },
    ]
  })
  // Titles scored in points are a clause of an exam notice, whose next clause goes on about the selection; a grid
  // of what the role needs is the posting's list of asks.
  return { items, asks: !scoresTitles, firm: firmness >= 0 }
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
  const [label, ...rest] = line.cells
  const values = rest.filter((value) => value.text.length > 0)
  if (!label || values.length < 2) return null
  const folded = normalizeText(label.text)
  if (!ASKED_FIELD.test(folded)) return null
  if (values.some((value) => words(value.text).length > 5 || isFurnitureValue(value.text))) return null
  const kind: RequirementKind = NICE_FIELD.test(folded) ? 'nice_to_have' : 'required'
  const row = { start: line.start, end: line.start + line.text.trimEnd().length, text: line.text.trim() }
  return values.map((item) => ({ row, item, kind, detail: null, minYears: null, note: null, restates: true }))
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

/** A run of one-cell lines read as one row: each line a cell, the row spanning them all. */
function stackRow(text: string, cells: readonly Line[]): Line {
  const start = cells[0]?.start ?? 0
  const end = cells.at(-1)?.end ?? start
  return { start, end, text: text.slice(start, end), cells: cells.flatMap((line) => line.cells.slice(0, 1)) }
}

/**
 * Reads a table a web page copied one cell a line ("Area", "What we look for", "Must / Plus", then each row's cells
 * line by line): a header of two to five column labels, then a block, up to a blank line, that splits into rows of
 * as many lines. Only a block with a column saying how firmly each row is asked counts, since short lines one under
 * another are otherwise any list.
 */
function readStackedTable(
  text: string,
  lines: readonly Line[],
  index: number,
): { table: FlattenedTable; taken: number } | null {
  const joined = (from: number, to: number) =>
    !text.slice(lines[from]?.end ?? 0, lines[to]?.start ?? 0).includes('\n\n')
  for (let width = 2; width <= 5; width++) {
    const head = lines.slice(index, index + width)
    const last = head.at(-1)
    if (
      head.length < width ||
      !last ||
      last.cells.length !== 1 ||
      !isColumnLabel(last.text.trim()) ||
      !joined(index + width - 2, index + width - 1)
    )
      return null
    if (head.some((line) => line.cells.length !== 1 || !isColumnLabel(line.text.trim()))) return null
    let end = index + width
    while (end < lines.length && lines[end]?.cells.length === 1 && joined(end - 1, end)) end++
    const body = lines.slice(index + width, end)
    if (body.length < 2 * width || body.length % width !== 0) continue
    const rows = Array.from({ length: body.length / width }, (_, row) =>
      stackRow(text, body.slice(row * width, (row + 1) * width)),
    )
    const grid = readGrid(stackRow(text, head), rows)
    if (!grid?.firm) continue
    return {
      table: {
        lines: lines.slice(index, end),
        caption: readCaption(text, lines, index),
        items: grid.items,
        asks: grid.asks,
      },
      taken: end - index,
    }
  }
  return null
}

// A yes or a no written as a cell opens with a capital ("Sim", "No"): inside a sentence the words are lower case.
const CELL_ANSWER = /^(?:Yes|No|Sim|Não|Nao|Sí|Si)$/u

/** Where a row copied with single spaces between its cells says its yes or no: the first capitalised answer after the item. */
function findAnswerWord(tokens: readonly string[]): number {
  for (let index = 1; index < tokens.length; index++) {
    // A cell ends with no stop of its own ("…, No" after a comma is the sentence's word), and the remark after the
    // answer opens a cell of its own, with a capital or a mark ("No matter what" goes on a sentence).
    if (
      CELL_ANSWER.test(tokens[index] ?? '') &&
      !/[,;:.!?]$/u.test(tokens[index - 1] ?? '') &&
      !/^\p{Ll}/u.test(tokens[index + 1] ?? '')
    )
      return index
  }
  return -1
}

/** A line's words with where each starts in the text. */
function wordsAt(line: Line): TableCell[] {
  return Array.from(line.text.matchAll(/\S+/gu), (match) => ({
    start: line.start + (match.index ?? 0),
    end: line.start + (match.index ?? 0) + match[0].length,
    text: match[0],
  }))
}

/** The words from..to of a line as one cell (empty at the line's end when there are none). */
function joinWords(line: Line, spoken: readonly TableCell[], from: number, to: number): TableCell {
  const first = spoken[from]
  const last = spoken[to - 1]
  if (!first || !last || to <= from) return { start: line.end, end: line.end, text: '' }
  return {
    start: first.start,
    end: last.end,
    text: line.text.slice(first.start - line.start, last.end - line.start),
  }
}

/**
 * Reads a table a page copied with one space between its cells ("Requisito Obrigatório? Observação", then "Inglês
 * técnico Não Nível básico basta"): the padding is gone, but the header still names a column that answers yes or no
 * (a question, or a word of being required), and each row still says its answer as a capitalised "Sim" / "No" between
 * the item and its remark. The answer word parts each row, and the header word parts the header likewise.
 */
function readWordedGrid(
  text: string,
  lines: readonly Line[],
  index: number,
): { table: FlattenedTable; taken: number } | null {
  const header = lines[index]
  if (header?.cells.length !== 1) return null
  const heads = wordsAt(header)
  if (heads.length < 2 || heads.length > 8 || /\d/u.test(header.text) || /[.;,:]\s*$/u.test(header.text))
    return null
  const asked = heads.findIndex((word, at) => {
    const label = normalizeText(word.text)
    return at > 0 && (/\?$/u.test(word.text) || MANDATORY_HEADER.test(label) || OPTIONAL_HEADER.test(label))
  })
  if (asked < 1 || heads.slice(0, asked).some((word) => /[?]$/u.test(word.text))) return null
  const rows: Line[] = []
  let width = asked + 1 < heads.length ? 3 : 2
  for (let next = index + 1; next < lines.length; next++) {
    const row = lines[next]
    if (row?.cells.length !== 1 || text.slice(lines[next - 1]?.end ?? 0, row.start).includes('\n\n')) break
    const spoken = wordsAt(row)
    const answer = findAnswerWord(spoken.map((word) => word.text))
    if (answer < 0) break
    const cells = [
      joinWords(row, spoken, 0, answer),
      joinWords(row, spoken, answer, answer + 1),
      joinWords(row, spoken, answer + 1, spoken.length),
    ]
    if (cells[2]?.text) width = 3
    rows.push({ ...row, cells })
  }
  if (rows.length < 2) return null
  const headCells = [
    joinWords(header, heads, 0, asked),
    joinWords(header, heads, asked, asked + 1),
    joinWords(header, heads, asked + 1, heads.length),
  ].slice(0, width)
  const grid = readGrid(
    { ...header, cells: headCells },
    rows.map((row) => ({ ...row, cells: row.cells.slice(0, width) })),
  )
  if (!grid?.firm) return null
  return {
    table: {
      lines: [header, ...rows],
      caption: readCaption(text, lines, index),
      items: grid.items,
      asks: grid.asks,
    },
    taken: rows.length + 1,
  }
}

/**
 * The rows with a cell for every column: a row padded with spaces that leaves cells empty puts the cells it has under
 * the columns they line up with when the grid is aligned (each full row's cells start where their headers do),
 * else in order from the first column, as a writer leaves the last columns blank.
 */
function placeCells(header: Line, rows: readonly Line[]): Line[] {
  const width = header.cells.length
  const at = (line: Line, cell: TableCell) => cell.start - line.start
  const aligned = rows.every(
    (row) =>
      row.cells.length !== width ||
      row.cells.every(
        (cell, index) => Math.abs(at(row, cell) - at(header, header.cells[index] ?? cell)) <= 2,
      ),
  )
  return rows.map((row) => {
    if (row.cells.length >= width) return row
    const empty: TableCell = { start: row.end, end: row.end, text: '' }
    if (!aligned || /[\t|]/u.test(row.text))
      return {
        ...row,
        cells: [...row.cells, ...Array.from({ length: width - row.cells.length }, () => empty)],
      }
    // Each cell under the header it starts nearest to.
    const cells = header.cells.map(() => empty)
    for (const cell of row.cells) {
      let best = 0
      header.cells.forEach((head, index) => {
        const gap = Math.abs(at(row, cell) - at(header, head))
        if (gap < Math.abs(at(row, cell) - at(header, header.cells[best] ?? head))) best = index
      })
      cells[best] = cell
    }
    return { ...row, cells }
  })
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
      [lines[index - 1], lines[index + 1]].some((near) => near?.text.includes('\t') && filled(near) >= 2)
    const tags = fieldBlock ? readFieldTags(header) : null
    if (tags) {
      tables.push({ lines: [header], caption: null, items: tags, asks: false })
      continue
    }
    const stacked =
      width === 1 ? (readStackedTable(text, lines, index) ?? readWordedGrid(text, lines, index)) : null
    if (stacked) {
      tables.push(stacked.table)
      index += stacked.taken - 1
      continue
    }
    if (
      width < 2 ||
      width > 5 ||
      !header.cells.every((cell) => cell.text.length > 0 && isColumnLabel(cell.text))
    )
      continue
    // A markdown table rules its header off ("|---|:--:|"): part of the table, no row of it.
    const ruled = RULE_ROW.test(lines[index + 1]?.text ?? '') ? 1 : 0
    const rows: Line[] = []
    for (let next = index + 1 + ruled; next < lines.length; next++) {
      const row = lines[next]
      // A row may stop short of the last columns it leaves empty ("Bachillerato    Sí" under a notes column): tabs
      // and pipes mark each cell, and padding parts the cells it has in their order.
      if (
        !row ||
        !(row.cells.length === width || (row.cells.length >= 2 && row.cells.length < width)) ||
        text.slice(lines[next - 1]?.end ?? 0, row.start).includes('\n\n')
      )
        break
      rows.push(row)
    }
    // A table is a grid: a run of lines none of which fills the header's columns is not its rows.
    if (rows.length < 2 || (width > 2 && !rows.some((row) => row.cells.length === width))) continue
    const grid = readGrid(header, placeCells(header, rows))
    if (!grid) continue
    const caption = readCaption(text, lines, index)
    tables.push({
      lines: [header, ...lines.slice(index + 1, index + 1 + ruled), ...rows],
      caption,
      items: grid.items,
      asks: grid.asks,
    })
    index += rows.length + ruled
  }
  return tables
}
