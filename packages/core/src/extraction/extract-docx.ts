import type { ExtractedDocument, HiddenFragment, HiddenTextReason } from '../types'
import { DocumentError } from './document-error'
import { normalizeText } from './normalize-text'
import { childElement, childElements, parseXml, type XmlElement } from './parse-xml'
import { listZipEntries, readZipEntry, type ZipEntry, ZipFormatError } from './read-zip'

// Word parts of a resume are a few hundred KiB; anything far larger is a decompression bomb.
const maxPartBytes = 64 * 1024 * 1024
// Below 3pt (6 half-points) text is unreadable on screen or paper.
const tinyHalfPoints = 6

type RunFormat = { vanish?: boolean; color?: string; halfPoints?: number; shading?: string }
type StyleDefinition = { basedOn?: string; format: RunFormat }
type Styles = { defaults: RunFormat; byId: Map<string, StyleDefinition> }

type Context = { styles: Styles; paragraphFormat: RunFormat; background: string | undefined }
type Paragraph = { text: string; hidden: { text: string; reason: HiddenTextReason }[] }
type Block = { kind: 'paragraph'; paragraph: Paragraph } | { kind: 'break' }

function attribute(element: XmlElement | undefined, name: string): string | undefined {
  return element?.attributes[`w:${name}`] ?? element?.attributes[name]
}

function isOn(element: XmlElement | undefined): boolean | undefined {
  if (!element) return undefined
  const value = attribute(element, 'val')
  return value === undefined || !['false', '0', 'off'].includes(value.toLowerCase())
}

function readRunFormat(runProperties: XmlElement | undefined): RunFormat {
  if (!runProperties) return {}
  const format: RunFormat = {}
  const vanish =
    isOn(childElement(runProperties, 'w:vanish')) ?? isOn(childElement(runProperties, 'w:specVanish'))
  if (vanish !== undefined) format.vanish = vanish
  const color = childElement(runProperties, 'w:color')
  const themeColor = attribute(color, 'themeColor')
  if (themeColor && /^(background1|light1|bg1)$/i.test(themeColor)) format.color = 'FFFFFF'
  else if (attribute(color, 'val')) format.color = attribute(color, 'val')
  const size = Number(attribute(childElement(runProperties, 'w:sz'), 'val'))
  if (Number.isFinite(size) && size > 0) format.halfPoints = size
  const fill = attribute(childElement(runProperties, 'w:shd'), 'fill')
  if (fill) format.shading = fill
  return format
}

function mergeFormats(...formats: (RunFormat | undefined)[]): RunFormat {
  const merged: RunFormat = {}
  for (const format of formats) {
    if (!format) continue
    if (format.vanish !== undefined) merged.vanish = format.vanish
    if (format.color !== undefined) merged.color = format.color
    if (format.halfPoints !== undefined) merged.halfPoints = format.halfPoints
    if (format.shading !== undefined) merged.shading = format.shading
  }
  return merged
}

function readStyles(xml: string | undefined): Styles {
  const styles: Styles = { defaults: {}, byId: new Map() }
  if (!xml) return styles
  const root = childElement(parseXml(xml), 'w:styles')
  if (!root) return styles
  const defaults = childElement(root, 'w:docDefaults')
  const defaultRun = defaults && childElement(defaults, 'w:rPrDefault')
  styles.defaults = readRunFormat(defaultRun && childElement(defaultRun, 'w:rPr'))
  for (const style of childElements(root, 'w:style')) {
    const id = attribute(style, 'styleId')
    if (!id) continue
    const basedOn = attribute(childElement(style, 'w:basedOn'), 'val')
    styles.byId.set(id, {
      ...(basedOn ? { basedOn } : {}),
      format: readRunFormat(childElement(style, 'w:rPr')),
    })
  }
  return styles
}

function resolveStyle(styles: Styles, id: string | undefined, depth = 0): RunFormat {
  const style = id ? styles.byId.get(id) : undefined
  if (!style || depth > 20) return {}
  return mergeFormats(resolveStyle(styles, style.basedOn, depth + 1), style.format)
}

function parseHex(color: string): [number, number, number] | null {
  const match = /^([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color)
  if (!match) return null
  return [
    Number.parseInt(match[1] ?? '', 16),
    Number.parseInt(match[2] ?? '', 16),
    Number.parseInt(match[3] ?? '', 16),
  ]
}

function isNearWhite(color: string | undefined): boolean {
  const rgb = color ? parseHex(color) : null
  return rgb?.every((channel) => channel >= 240) === true
}

function isDark(color: string | undefined): boolean {
  const rgb = color ? parseHex(color) : null
  return rgb !== null && 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2] < 160
}

function hiddenReason(format: RunFormat, background: string | undefined): HiddenTextReason | null {
  if (format.vanish) return 'hidden_run'
  if (format.halfPoints !== undefined && format.halfPoints < tinyHalfPoints) return 'tiny_font'
  // White text on a dark cell or highlight is a design choice, not a hiding trick.
  if (isNearWhite(format.color) && !isDark(format.shading) && !isDark(background)) return 'white_text'
  return null
}

// Containers whose content a reader sees inline; deleted and moved-away text and alternative renderings are skipped.
const transparentContainers = new Set([
  'w:hyperlink',
  'w:ins',
  'w:moveTo',
  'w:smartTag',
  'w:customXml',
  'w:fldSimple',
  'w:sdt',
  'w:sdtContent',
  'w:dir',
  'w:bdo',
  'mc:AlternateContent',
  'mc:Choice',
  'w:drawing',
  'w:pict',
  'w:object',
])

function readParagraph(paragraph: XmlElement, context: Context, nested: Block[]): Paragraph {
  const properties = childElement(paragraph, 'w:pPr')
  const styleId = attribute(properties && childElement(properties, 'w:pStyle'), 'val')
  const paragraphShading = attribute(properties && childElement(properties, 'w:shd'), 'fill')
  const paragraphFormat = mergeFormats(context.styles.defaults, resolveStyle(context.styles, styleId))
  const background = isDark(paragraphShading) ? paragraphShading : context.background
  const result: Paragraph = { text: '', hidden: [] }
  // List items are drawn with a bullet; keeping one helps later stages recognise list structure.
  if (properties && childElement(properties, 'w:numPr')) result.text = '• '

  const visit = (node: XmlElement): void => {
    for (const child of childElements(node)) {
      if (child.name === 'w:r') readRun(child)
      else if (child.name === 'w:txbxContent') walkBlocks(child, { ...context, background }, nested)
      else if (
        transparentContainers.has(child.name) ||
        child.name.endsWith(':txbx') ||
        child.name === 'v:textbox'
      )
        visit(child)
      else if (child.name.startsWith('wp:') || child.name.startsWith('a:') || child.name.startsWith('wps:'))
        visit(child)
      else if (child.name.startsWith('v:')) visit(child)
    }
  }

  const readRun = (run: XmlElement): void => {
    const runProperties = childElement(run, 'w:rPr')
    const characterStyle = attribute(runProperties && childElement(runProperties, 'w:rStyle'), 'val')
    const format = mergeFormats(
      paragraphFormat,
      resolveStyle(context.styles, characterStyle),
      readRunFormat(runProperties),
    )
    let text = ''
    for (const child of childElements(run)) {
      if (child.name === 'w:t') text += child.children.filter((node) => typeof node === 'string').join('')
      else if (child.name === 'w:tab' || child.name === 'w:ptab') text += '\t'
      else if (child.name === 'w:br' || child.name === 'w:cr') text += '\n'
      else if (child.name === 'w:noBreakHyphen') text += '-'
      else if (child.name === 'w:softHyphen') text += ''
      else if (['w:drawing', 'w:pict', 'mc:AlternateContent', 'w:object'].includes(child.name)) visit(child)
    }
    if (text.length === 0) return
    const reason = hiddenReason(format, background)
    if (reason === null) {
      result.text += text
      return
    }
    const last = result.hidden[result.hidden.length - 1]
    if (last && last.reason === reason) last.text += text
    else result.hidden.push({ text, reason })
    // A hidden run between two visible words must not glue them together.
    if (/\S$/.test(result.text)) result.text += ' '
  }

  visit(paragraph)
  return result
}

function readTable(table: XmlElement, context: Context, blocks: Block[]): void {
  for (const row of childElements(table, 'w:tr')) {
    const cells: Block[][] = []
    for (const cell of childElements(row, 'w:tc')) {
      const cellProperties = childElement(cell, 'w:tcPr')
      const shading = attribute(cellProperties && childElement(cellProperties, 'w:shd'), 'fill')
      const cellBlocks: Block[] = []
      walkBlocks(cell, { ...context, background: isDark(shading) ? shading : context.background }, cellBlocks)
      cells.push(cellBlocks)
    }
    const simple = cells.every((cell) => cell.filter((block) => block.kind === 'paragraph').length <= 1)
    if (simple) {
      // A row of one-line cells reads as one line; the separator keeps neighbouring cells from gluing.
      const row: Paragraph = { text: '', hidden: [] }
      const texts: string[] = []
      for (const cell of cells) {
        for (const block of cell) {
          if (block.kind !== 'paragraph') continue
          if (block.paragraph.text.trim()) texts.push(block.paragraph.text.trim())
          row.hidden.push(...block.paragraph.hidden)
        }
      }
      row.text = texts.join(' | ')
      blocks.push({ kind: 'paragraph', paragraph: row })
    } else {
      // Layout tables (sidebar and main column) read one cell after the other.
      for (const cell of cells) {
        blocks.push(...cell, { kind: 'break' })
      }
    }
  }
  blocks.push({ kind: 'break' })
}

function walkBlocks(node: XmlElement, context: Context, blocks: Block[]): void {
  for (const child of childElements(node)) {
    if (child.name === 'w:p') {
      const nested: Block[] = []
      const paragraph = readParagraph(child, context, nested)
      blocks.push({ kind: 'paragraph', paragraph }, ...nested)
    } else if (child.name === 'w:tbl') readTable(child, context, blocks)
    else if (transparentContainers.has(child.name) || child.name === 'w:body')
      walkBlocks(child, context, blocks)
  }
}

function readPart(bytes: Uint8Array, entries: Map<string, ZipEntry>, name: string): string | undefined {
  const entry = entries.get(name)
  return entry ? new TextDecoder().decode(readZipEntry(bytes, entry, maxPartBytes)) : undefined
}

/** Extracts the visible text of a DOCX (paragraphs, tables, text boxes, headers) and sets hidden runs apart. */
export function extractDocx(bytes: Uint8Array): ExtractedDocument {
  let entries: Map<string, ZipEntry>
  const blocks: Block[] = []
  try {
    entries = listZipEntries(bytes)
    const documentXml = readPart(bytes, entries, 'word/document.xml')
    if (documentXml === undefined) throw new DocumentError('UNSUPPORTED_TYPE', 'word/document.xml is missing')
    const context: Context = {
      styles: readStyles(readPart(bytes, entries, 'word/styles.xml')),
      paragraphFormat: {},
      background: undefined,
    }
    const partNames = [...entries.keys()]
    const byNumber = (left: string, right: string) =>
      Number(/\d+/.exec(left)?.[0] ?? 0) - Number(/\d+/.exec(right)?.[0] ?? 0)
    const headers = partNames.filter((name) => /^word\/header\d*\.xml$/.test(name)).sort(byNumber)
    const footers = partNames.filter((name) => /^word\/footer\d*\.xml$/.test(name)).sort(byNumber)
    for (const name of headers) {
      walkBlocks(parseXml(readPart(bytes, entries, name) ?? ''), context, blocks)
      blocks.push({ kind: 'break' })
    }
    const body = childElement(childElement(parseXml(documentXml), 'w:document') ?? parseXml(''), 'w:body')
    if (!body) throw new DocumentError('CORRUPT_DOCUMENT', 'word/document.xml has no body')
    walkBlocks(body, context, blocks)
    for (const name of footers) {
      blocks.push({ kind: 'break' })
      walkBlocks(parseXml(readPart(bytes, entries, name) ?? ''), context, blocks)
    }
  } catch (error) {
    if (error instanceof DocumentError) throw error
    if (error instanceof ZipFormatError)
      throw new DocumentError('CORRUPT_DOCUMENT', error.message, { cause: error })
    throw new DocumentError('CORRUPT_DOCUMENT', 'the DOCX file could not be read', { cause: error })
  }

  const lines: string[] = []
  const hidden: HiddenFragment[] = []
  for (const block of blocks) {
    if (block.kind === 'break') {
      lines.push('')
      continue
    }
    lines.push(block.paragraph.text)
    for (const fragment of block.paragraph.hidden) {
      const text = normalizeText(fragment.text)
      if (text) hidden.push({ text, reason: fragment.reason, page: 1 })
    }
  }
  const text = normalizeText(lines.join('\n'))
  if (text.length === 0) throw new DocumentError('EMPTY_FILE', 'the DOCX document contains no visible text')
  return { kind: 'docx', text, pages: countPages(bytes, entries), hidden }
}

function countPages(bytes: Uint8Array, entries: Map<string, ZipEntry>): number {
  // Word records the page count of its last layout in docProps/app.xml; DOCX has no pages otherwise.
  try {
    const app = readPart(bytes, entries, 'docProps/app.xml')
    const pages = Number(/<Pages>(\d+)<\/Pages>/.exec(app ?? '')?.[1])
    return Number.isInteger(pages) && pages > 0 ? pages : 1
  } catch {
    return 1
  }
}
