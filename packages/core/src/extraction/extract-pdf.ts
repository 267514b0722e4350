/// <reference path="./pdfjs-worker.d.ts" />
import type { ExtractedDocument, HiddenFragment, HiddenTextReason } from '../types'
import { DocumentError } from './document-error'
import { normalizeText } from './normalize-text'

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
type PdfDocumentProxy = Awaited<ReturnType<PdfJs['getDocument']>['promise']>
type PdfPageProxy = Awaited<ReturnType<PdfDocumentProxy['getPage']>>
type PdfWorker = InstanceType<PdfJs['PDFWorker']>
type Matrix = [number, number, number, number, number, number]

/** A word-sized piece of text placed on the page, in viewport coordinates (origin top left, y down). */
type Segment = {
  text: string
  x0: number
  x1: number
  y: number
  size: number
  hidden: HiddenTextReason | null
  invisibleMode: boolean
}

type Line = { text: string; y: number; size: number }

const tinyFontPoints = 3
const identity: Matrix = [1, 0, 0, 1, 0, 0]

let pdfjsPromise: Promise<{ pdfjs: PdfJs; worker: PdfWorker }> | null = null

/**
 * Loads pdf.js once per thread. Its worker code runs in this thread (no Worker, no network): the document
 * sandbox already isolates parsing, and sharing one PDFWorker avoids re-initialising it for every document.
 */
function loadPdfJs(): Promise<{ pdfjs: PdfJs; worker: PdfWorker }> {
  pdfjsPromise ??= (async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
    const workerModule = await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
    // pdf.js picks up an in-thread worker from this global instead of importing a worker script by URL.
    ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = workerModule
    pdfjs.GlobalWorkerOptions.workerSrc = 'pdf.worker.mjs'
    const worker = new pdfjs.PDFWorker({ verbosity: pdfjs.VerbosityLevel.ERRORS })
    await worker.promise
    return { pdfjs, worker }
  })()
  return pdfjsPromise
}

/** Loads pdf.js ahead of the first document so a fresh worker thread does not pay for it inside a timeout. */
export async function warmUpPdfJs(): Promise<void> {
  await loadPdfJs()
}

// Indexed reads, not destructuring with defaults: this runs for every text operator of every page.
function multiply(left: Matrix, right: Matrix): Matrix {
  const a1 = left[0]
  const b1 = left[1]
  const c1 = left[2]
  const d1 = left[3]
  const e1 = left[4]
  const f1 = left[5]
  const a2 = right[0]
  const b2 = right[1]
  const c2 = right[2]
  const d2 = right[3]
  return [
    a1 * a2 + b1 * c2,
    a1 * b2 + b1 * d2,
    c1 * a2 + d1 * c2,
    c1 * b2 + d1 * d2,
    e1 * a2 + f1 * c2 + right[4],
    e1 * b2 + f1 * d2 + right[5],
  ]
}

function toMatrix(value: unknown): Matrix {
  if (!value || typeof value !== 'object') return [...identity]
  const source = value as Record<number, number>
  return [source[0] ?? 1, source[1] ?? 0, source[2] ?? 0, source[3] ?? 1, source[4] ?? 0, source[5] ?? 0]
}

function apply(matrix: Matrix, x: number, y: number): [number, number] {
  return [matrix[0] * x + matrix[2] * y + matrix[4], matrix[1] * x + matrix[3] * y + matrix[5]]
}

function parseColor(hex: unknown): [number, number, number] | null {
  if (typeof hex !== 'string') return null
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(hex)
  if (!match) return null
  return [
    Number.parseInt(match[1] ?? '', 16),
    Number.parseInt(match[2] ?? '', 16),
    Number.parseInt(match[3] ?? '', 16),
  ]
}

type Box = { x0: number; y0: number; x1: number; y1: number }
/** A filled area in viewport coordinates and its colour; null when the colour is unknown (an image, a pattern). */
type RgbColour = [number, number, number]
type PaintedBox = Box & { colour: RgbColour | null }

const pageWhite: [number, number, number] = [255, 255, 255]
// Below this WCAG contrast ratio a reader cannot tell text from its background: #F0F0F0 on white is 1.14.
const minimumContrast = 1.2

function deviceBox(transform: Matrix, [x0, y0, x1, y1]: readonly [number, number, number, number]): Box {
  const [ax, ay] = apply(transform, x0, y0)
  const [bx, by] = apply(transform, x1, y1)
  const [cx, cy] = apply(transform, x0, y1)
  const [dx, dy] = apply(transform, x1, y0)
  return {
    x0: Math.min(ax, bx, cx, dx),
    y0: Math.min(ay, by, cy, dy),
    x1: Math.max(ax, bx, cx, dx),
    y1: Math.max(ay, by, cy, dy),
  }
}

// Side of the square cells the page's fills are filed under, in points: a text position looks only at the fills of
// its cell, so a page drawn with thousands of small shapes (table rules, underlines) stays cheap to read.
const fillCellPoints = 48

/** The filled shapes of a page in paint order, filed by grid cell, to find what is painted under a point. */
class PaintedBoxes {
  private readonly boxes: PaintedBox[] = []
  private readonly cells = new Map<number, number[]>()

  add(box: Box, colour: [number, number, number] | null): void {
    // Rules and hairlines are too thin to sit under text.
    if (box.x1 - box.x0 < 1 || box.y1 - box.y0 < 1) return
    const index = this.boxes.push({ ...box, colour }) - 1
    const [left, top] = [
      Math.max(0, Math.floor(box.x0 / fillCellPoints)),
      Math.max(0, Math.floor(box.y0 / fillCellPoints)),
    ]
    const right = Math.min(Math.floor(box.x1 / fillCellPoints), 1000)
    const bottom = Math.min(Math.floor(box.y1 / fillCellPoints), 1000)
    for (let column = left; column <= right; column++) {
      for (let row = top; row <= bottom; row++) {
        const key = column * 1024 + row
        const cell = this.cells.get(key)
        if (cell) cell.push(index)
        else this.cells.set(key, [index])
      }
    }
  }

  /**
   * The colour painted under a point: the last shape at least `minHeight` tall that covers it, the page's white when
   * none does, null when an image or a pattern is there and its colour is unknown.
   */
  colourAt(x: number, y: number, minHeight: number): [number, number, number] | null {
    if (x < 0 || y < 0) return pageWhite
    const cell = this.cells.get(Math.floor(x / fillCellPoints) * 1024 + Math.floor(y / fillCellPoints))
    if (!cell) return pageWhite
    for (let position = cell.length - 1; position >= 0; position--) {
      const box = this.boxes[cell[position] ?? -1]
      if (box && box.y1 - box.y0 >= minHeight && x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1)
        return box.colour
    }
    return pageWhite
  }
}

function relativeLuminance([red, green, blue]: [number, number, number]): number {
  const linear = (channel: number) => {
    const value = channel / 255
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
}

/** WCAG contrast ratio of two colours, 1 (same) to 21 (black on white). */
function contrastRatio(left: [number, number, number], right: [number, number, number]): number {
  const a = relativeLuminance(left)
  const b = relativeLuminance(right)
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
}
type GraphicsState = {
  ctm: Matrix
  fill: [number, number, number] | null
  fillAlpha: number
  fontName: string
  fontSize: number
  charSpacing: number
  wordSpacing: number
  horizontalScale: number
  leading: number
  rise: number
  renderMode: number
}

const fillOperations = new Set<number>()

/** Replays the page's operator list, tracking the text and graphics state, and returns positioned text. */
async function readPageSegments(pdfjs: PdfJs, page: PdfPageProxy): Promise<Segment[]> {
  const { OPS } = pdfjs
  if (fillOperations.size === 0) {
    for (const name of [
      'fill',
      'eoFill',
      'fillStroke',
      'eoFillStroke',
      'closeFillStroke',
      'closeEOFillStroke',
    ] as const)
      fillOperations.add(OPS[name])
  }
  const viewport = page.getViewport({ scale: 1 })
  const viewportTransform = toMatrix(viewport.transform)
  const operatorList = await page.getOperatorList()
  const segments: Segment[] = []
  const fills = new PaintedBoxes()
  const fontMatrices = new Map<string, number>()

  let state: GraphicsState = {
    ctm: [...identity],
    fill: [0, 0, 0],
    fillAlpha: 1,
    fontName: '',
    fontSize: 0,
    charSpacing: 0,
    wordSpacing: 0,
    horizontalScale: 1,
    leading: 0,
    rise: 0,
    renderMode: 0,
  }
  const stack: GraphicsState[] = []
  let textMatrix: Matrix = [...identity]
  let lineMatrix: Matrix = [...identity]

  const fontScale = (fontName: string): number => {
    let scale = fontMatrices.get(fontName)
    if (scale === undefined) {
      scale = 0.001
      try {
        const font = page.commonObjs.get(fontName) as { fontMatrix?: number[] } | undefined
        if (font?.fontMatrix?.[0]) scale = font.fontMatrix[0]
      } catch {
        // Fonts pdf.js could not load fall back to the standard 1/1000 glyph space.
      }
      fontMatrices.set(fontName, scale)
    }
    return scale
  }

  const moveText = (x: number, y: number) => {
    lineMatrix = multiply([1, 0, 0, 1, x, y], lineMatrix)
    textMatrix = [...lineMatrix]
  }

  let lastPair: { fill: RgbColour | null; background: RgbColour | null; hidden: boolean } = {
    fill: null,
    background: null,
    hidden: false,
  }
  const classify = (x0: number, x1: number, y: number, size: number): HiddenTextReason | null => {
    const middle = (x0 + x1) / 2
    if (middle < 0 || middle > viewport.width || y < 0 || y - size * 0.3 > viewport.height) return 'off_page'
    if (size < tinyFontPoints) return 'tiny_font'
    if (state.fillAlpha < 0.1) return 'white_text'
    const fill = state.fill
    if (fill === null) return null
    // Text is hidden when it has the colour of what is painted under it: white on the white page, but not white on a
    // navy or orange sidebar; and dark text on a dark box is hidden too.
    const background = fills.colourAt(middle, y - size * 0.3, size * 0.5)
    if (!background) return null
    // Colours change far less often than glyphs are drawn: reuse the last verdict for the same pair.
    if (fill !== lastPair.fill || background !== lastPair.background) {
      lastPair = { fill, background, hidden: contrastRatio(fill, background) < minimumContrast }
    }
    return lastPair.hidden ? 'white_text' : null
  }

  const showText = (glyphs: unknown) => {
    if (!Array.isArray(glyphs)) return
    const scale = fontScale(state.fontName)
    const fontSize = state.fontSize
    const horizontalScale = state.horizontalScale
    const rise = state.rise
    // Within one text-showing operator only the text matrix's translation moves, so the device transform's
    // linear part, and with it the font size on the page, is fixed.
    const base = multiply(state.ctm, viewportTransform)
    const [t0, t1, t2, t3] = textMatrix
    const d0 = t0 * base[0] + t1 * base[2]
    const d2 = t2 * base[0] + t3 * base[2]
    const d3 = t2 * base[1] + t3 * base[3]
    const size = fontSize * Math.hypot(d2, d3)
    const invisibleMode = state.renderMode === 3 || state.renderMode === 7
    // No closures in here: showText runs for every text operator, and each closure would be allocated per call.
    let current = null as Segment | null
    for (const glyph of glyphs as unknown[]) {
      if (typeof glyph === 'number') {
        const distance = (-glyph / 1000) * fontSize * horizontalScale
        textMatrix[4] += distance * textMatrix[0]
        textMatrix[5] += distance * textMatrix[1]
        // Generators often position words with kerning offsets instead of space characters.
        if (Math.abs(glyph) > 150 && current) {
          if (current.text.length > 0) segments.push(current)
          current = null
        }
        continue
      }
      if (!glyph || typeof glyph !== 'object') continue
      const { unicode, width, isSpace } = glyph as { unicode?: string; width?: number; isSpace?: boolean }
      const advance =
        ((width ?? 0) * scale * fontSize + state.charSpacing + (isSpace ? state.wordSpacing : 0)) *
        horizontalScale
      const e = textMatrix[4]
      const f = textMatrix[5]
      const originX = e * base[0] + f * base[2] + base[4] + d2 * rise
      const y = e * base[1] + f * base[3] + base[5] + d3 * rise
      const endX = originX + d0 * advance
      textMatrix[4] += advance * textMatrix[0]
      textMatrix[5] += advance * textMatrix[1]
      const text = unicode ?? ''
      if (isSpace || text.trim().length === 0) {
        if (current && current.text.length > 0) segments.push(current)
        current = null
        continue
      }
      const x0 = Math.min(originX, endX)
      const x1 = Math.max(originX, endX)
      const hidden = classify(x0, x1, y, size)
      if (
        current &&
        current.hidden === hidden &&
        Math.abs(current.y - y) < size * 0.3 &&
        x0 - current.x1 < size * 0.15
      ) {
        current.text += text
        current.x1 = Math.max(current.x1, x1)
      } else {
        if (current && current.text.length > 0) segments.push(current)
        current = { text, x0, x1, y, size, hidden, invisibleMode }
      }
    }
    if (current && current.text.length > 0) segments.push(current)
  }

  let pageHasImage = false
  const { fnArray, argsArray } = operatorList
  for (let index = 0; index < fnArray.length; index++) {
    const operation = fnArray[index]
    const args = argsArray[index] as unknown[] | null
    switch (operation) {
      case OPS.save:
        stack.push({ ...state, ctm: [...state.ctm] })
        break
      case OPS.restore:
        state = stack.pop() ?? state
        break
      case OPS.transform:
        state.ctm = multiply(toMatrix(args), state.ctm)
        break
      case OPS.beginText:
        textMatrix = [...identity]
        lineMatrix = [...identity]
        break
      case OPS.setFont:
        state.fontName = String(args?.[0] ?? '')
        state.fontSize = Math.abs(Number(args?.[1] ?? 0))
        break
      case OPS.setTextMatrix:
        lineMatrix = toMatrix(args?.[0] ?? args)
        textMatrix = [...lineMatrix]
        break
      case OPS.moveText:
        moveText(Number(args?.[0] ?? 0), Number(args?.[1] ?? 0))
        break
      case OPS.setLeadingMoveText:
        state.leading = -Number(args?.[1] ?? 0)
        moveText(Number(args?.[0] ?? 0), Number(args?.[1] ?? 0))
        break
      case OPS.nextLine:
        moveText(0, -state.leading)
        break
      case OPS.setLeading:
        state.leading = Number(args?.[0] ?? 0)
        break
      case OPS.setCharSpacing:
        state.charSpacing = Number(args?.[0] ?? 0)
        break
      case OPS.setWordSpacing:
        state.wordSpacing = Number(args?.[0] ?? 0)
        break
      case OPS.setHScale:
        state.horizontalScale = Number(args?.[0] ?? 100) / 100
        break
      case OPS.setTextRise:
        state.rise = Number(args?.[0] ?? 0)
        break
      case OPS.setTextRenderingMode:
        state.renderMode = Number(args?.[0] ?? 0)
        break
      case OPS.showText:
      case OPS.showSpacedText:
        showText(args?.[0])
        break
      case OPS.nextLineShowText:
        moveText(0, -state.leading)
        showText(args?.[0])
        break
      case OPS.nextLineSetSpacingShowText:
        state.wordSpacing = Number(args?.[0] ?? 0)
        state.charSpacing = Number(args?.[1] ?? 0)
        moveText(0, -state.leading)
        showText(args?.[2])
        break
      case OPS.setFillRGBColor:
        state.fill = parseColor(args?.[0])
        break
      case OPS.setFillGray: {
        const gray = Math.round(Number(args?.[0] ?? 0) * 255)
        state.fill = [gray, gray, gray]
        break
      }
      case OPS.setFillColorN:
      case OPS.setFillColor:
      case OPS.setFillColorSpace:
        // Patterns and unconverted colour spaces: colour unknown, so never treat the text as white.
        state.fill = null
        break
      case OPS.setGState:
        for (const entry of (args?.[0] as unknown[][] | undefined) ?? []) {
          if (entry?.[0] === 'ca') state.fillAlpha = Number(entry[1] ?? 1)
          if (entry?.[0] === 'Font' && Array.isArray(entry[1])) {
            state.fontName = String(entry[1][0] ?? state.fontName)
            state.fontSize = Math.abs(Number(entry[1][1] ?? state.fontSize))
          }
        }
        break
      case OPS.constructPath: {
        const fillOperation = Number(args?.[0])
        const bounds = args?.[2] as Record<number, number> | undefined
        if (fillOperations.has(fillOperation) && state.fillAlpha > 0.5 && bounds) {
          const transform = multiply(state.ctm, viewportTransform)
          const corners = [bounds[0] ?? 0, bounds[1] ?? 0, bounds[2] ?? 0, bounds[3] ?? 0] as const
          fills.add(deviceBox(transform, corners), state.fill)
        }
        break
      }
      case OPS.paintFormXObjectBegin:
        // A form XObject draws in its own coordinate space, like a save plus a transform (pdf.js canvas does the same).
        stack.push({ ...state, ctm: [...state.ctm] })
        if (Array.isArray(args?.[0]) || (args?.[0] && typeof args[0] === 'object'))
          state.ctm = multiply(toMatrix(args[0]), state.ctm)
        break
      case OPS.paintFormXObjectEnd:
        state = stack.pop() ?? state
        break
      case OPS.paintImageXObject:
      case OPS.paintInlineImageXObject:
      case OPS.paintImageXObjectRepeat:
      case OPS.paintImageMaskXObject: {
        pageHasImage = true
        // An image fills the unit square of the current transform; its colours are unknown, so text over it is
        // never judged by colour.
        const transform = multiply(state.ctm, viewportTransform)
        fills.add(deviceBox(transform, [0, 0, 1, 1]), null)
        break
      }
      default:
        break
    }
  }
  // Invisible render mode is how OCR layers sit on top of a scanned image; without an image it only hides text.
  if (!pageHasImage) {
    for (const segment of segments) {
      if (segment.invisibleMode && segment.hidden === null) segment.hidden = 'hidden_run'
    }
  }
  return segments
}

function quantile(values: number[], fraction: number): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((left, right) => left - right)
  return sorted[Math.floor((sorted.length - 1) * fraction)] ?? 0
}

type Row = { y: number; size: number; segments: Segment[] }

function groupRows(segments: Segment[]): Row[] {
  const sorted = [...segments].sort((left, right) => left.y - right.y || left.x0 - right.x0)
  const rows: Row[] = []
  for (const segment of sorted) {
    const row = rows[rows.length - 1]
    if (row && Math.abs(segment.y - row.y) <= Math.min(row.size, segment.size) * 0.4) {
      row.segments.push(segment)
      row.size = Math.max(row.size, segment.size)
    } else rows.push({ y: segment.y, size: segment.size, segments: [segment] })
  }
  for (const row of rows) row.segments.sort((left, right) => left.x0 - right.x0)
  return rows
}

/**
 * Finds the x position of a gutter between two text columns: a vertical band in the middle of the page that
 * almost no row crosses, with a real share of the text on each side.
 */
function findGutter(rows: Row[], pageWidth: number): number | null {
  if (rows.length < 6 || pageWidth <= 0) return null
  const binWidth = 2
  const binCount = Math.ceil(pageWidth / binWidth)
  const coverage = new Array<number>(binCount).fill(0)
  for (const row of rows) {
    const covered = new Set<number>()
    for (const segment of row.segments) {
      const from = Math.max(0, Math.floor(segment.x0 / binWidth))
      const to = Math.min(binCount - 1, Math.floor(segment.x1 / binWidth))
      for (let bin = from; bin <= to; bin++) covered.add(bin)
    }
    for (const bin of covered) coverage[bin] = (coverage[bin] ?? 0) + 1
  }
  const allowedCrossings = Math.max(1, Math.floor(rows.length * 0.08))
  const from = Math.floor((pageWidth * 0.2) / binWidth)
  const to = Math.ceil((pageWidth * 0.8) / binWidth)
  let best: { start: number; end: number } | null = null
  let start = -1
  for (let bin = from; bin <= to + 1; bin++) {
    const open = bin <= to && (coverage[bin] ?? 0) <= allowedCrossings
    if (open && start < 0) start = bin
    if (!open && start >= 0) {
      if (!best || bin - start > best.end - best.start) best = { start, end: bin }
      start = -1
    }
  }
  // At least 8pt of empty band: word gaps inside a line are narrower.
  if (!best || (best.end - best.start) * binWidth < 8) return null
  const gutter = ((best.start + best.end) / 2) * binWidth
  let leftCharacters = 0
  let rightCharacters = 0
  const leftRows = new Set<Row>()
  const rightRows = new Set<Row>()
  for (const row of rows) {
    for (const segment of row.segments) {
      if (segment.x1 <= gutter) {
        leftCharacters += segment.text.length
        leftRows.add(row)
      } else if (segment.x0 >= gutter) {
        rightCharacters += segment.text.length
        rightRows.add(row)
      }
    }
  }
  const total = leftCharacters + rightCharacters
  // Right-aligned dates or a short label column are not a second column of reading text.
  if (leftCharacters < total * 0.15 || rightCharacters < total * 0.15) return null
  if (leftRows.size < 3 || rightRows.size < 3) return null
  return gutter
}

function joinSegments(segments: Segment[]): Line {
  let text = ''
  let previous: Segment | null = null
  for (const segment of segments) {
    if (previous && segment.x0 - previous.x1 > Math.min(previous.size, segment.size) * 0.1) text += ' '
    text += segment.text
    previous = segment
  }
  const first = segments[0]
  return { text, y: first?.y ?? 0, size: Math.max(...segments.map((segment) => segment.size)) }
}

/** Orders a page's visible segments for reading: rows top to bottom, left column before right column. */
function layoutPage(segments: Segment[], pageWidth: number): string {
  const rows = groupRows(segments)
  const gutter = findGutter(rows, pageWidth)
  const flows: Line[][] = []
  let left: Line[] = []
  let right: Line[] = []
  const flushColumns = () => {
    if (left.length > 0) flows.push(left)
    if (right.length > 0) flows.push(right)
    left = []
    right = []
  }
  for (const row of rows) {
    if (gutter === null) {
      const last = flows[flows.length - 1]
      if (last) last.push(joinSegments(row.segments))
      else flows.push([joinSegments(row.segments)])
      continue
    }
    const crossesGutter = row.segments.some((segment) => segment.x0 < gutter && segment.x1 > gutter)
    if (crossesGutter) {
      flushColumns()
      flows.push([joinSegments(row.segments)])
      continue
    }
    const leftSegments = row.segments.filter((segment) => segment.x1 <= gutter)
    const rightSegments = row.segments.filter((segment) => segment.x0 >= gutter)
    if (leftSegments.length > 0) left.push(joinSegments(leftSegments))
    if (rightSegments.length > 0) right.push(joinSegments(rightSegments))
  }
  flushColumns()

  // The body's line spacing is the common, smaller gap; headings and paragraph breaks add to it.
  const spacing = quantile(
    flows.flatMap((flow) => flow.slice(1).map((line, index) => line.y - (flow[index]?.y ?? line.y))),
    0.3,
  )
  const output: string[] = []
  for (const flow of flows) {
    if (output.length > 0) output.push('')
    flow.forEach((line, index) => {
      const previous = flow[index - 1]
      // A gap well beyond the usual line spacing is a paragraph break.
      if (previous && spacing > 0 && line.y - previous.y > Math.max(spacing * 1.4, previous.size * 1.6))
        output.push('')
      output.push(line.text)
    })
  }
  return output.join('\n')
}

function collectHidden(segments: Segment[], page: number, hidden: HiddenFragment[]): void {
  let current: HiddenFragment | null = null
  for (const segment of segments) {
    if (segment.hidden === null) {
      current = null
      continue
    }
    if (current && current.reason === segment.hidden) current.text += ` ${segment.text}`
    else {
      current = { text: segment.text, reason: segment.hidden, page }
      hidden.push(current)
    }
  }
}

type OpenedPdf = { pdfjs: PdfJs; document: PdfDocumentProxy; close: () => Promise<void> }

async function openPdf(bytes: Uint8Array): Promise<OpenedPdf> {
  const { pdfjs, worker } = await loadPdfJs()
  // pdf.js takes ownership of the buffer it is given, so hand it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    worker,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    stopAtErrors: false,
    enableXfa: false,
  })
  try {
    return { pdfjs, document: await task.promise, close: () => task.destroy() }
  } catch (error) {
    await task.destroy().catch(() => undefined)
    const name = (error as { name?: string } | null)?.name
    const message =
      name === 'PasswordException' ? 'the PDF is password-protected' : 'the PDF could not be parsed'
    throw new DocumentError('CORRUPT_DOCUMENT', message, { cause: error })
  }
}

/** Opens a PDF and returns its page count without reading any page content. */
export async function countPdfPages(bytes: Uint8Array): Promise<number> {
  const { document, close } = await openPdf(bytes)
  try {
    return document.numPages
  } finally {
    await close()
  }
}

/** Extracts the visible text of a PDF in reading order and sets hidden text apart. */
export async function extractPdf(
  bytes: Uint8Array,
  options: { maxPages: number },
): Promise<ExtractedDocument> {
  const { pdfjs, document, close } = await openPdf(bytes)
  try {
    const pages = document.numPages
    if (pages > options.maxPages) {
      throw new DocumentError(
        'TOO_MANY_PAGES',
        `the PDF has ${pages} pages; the limit is ${options.maxPages}`,
      )
    }
    const pageTexts: string[] = []
    const hidden: HiddenFragment[] = []
    let anyText = false
    for (let pageNumber = 1; pageNumber <= pages; pageNumber++) {
      let segments: Segment[]
      let width: number
      try {
        const page = await document.getPage(pageNumber)
        width = page.getViewport({ scale: 1 }).width
        segments = await readPageSegments(pdfjs, page)
        page.cleanup()
      } catch (error) {
        throw new DocumentError('CORRUPT_DOCUMENT', `page ${pageNumber} could not be read`, { cause: error })
      }
      anyText ||= segments.length > 0
      collectHidden(segments, pageNumber, hidden)
      pageTexts.push(
        layoutPage(
          segments.filter((segment) => segment.hidden === null),
          width,
        ),
      )
    }
    const text = normalizeText(pageTexts.join('\n\n'))
    if (text.length === 0) {
      throw new DocumentError(
        'NO_TEXT_LAYER',
        anyText ? 'the PDF contains only hidden text' : 'the PDF has no text layer',
      )
    }
    for (const fragment of hidden) fragment.text = normalizeText(fragment.text)
    return { kind: 'pdf', text, pages, hidden: hidden.filter((fragment) => fragment.text.length > 0) }
  } finally {
    await close()
  }
}
