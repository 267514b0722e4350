import { XMLParser } from 'fast-xml-parser'
import { DocumentError } from './document-error'

export type XmlElement = { name: string; attributes: Record<string, string>; children: XmlNode[] }
export type XmlNode = XmlElement | string

// fast-xml-parser, a maintained parser, replaces a hand-written regex reader that lost every attribute of an element
// when one value held a `>` (legal XML), which let white text pass as visible. Office parts never carry a DTD, so a
// DOCTYPE is refused outright: no external entities (XXE), no entity expansion (billion laughs).
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Text and attribute values stay strings exactly as written (Word's spaces in `xml:space="preserve"` runs matter).
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Decoded below in one pass (the parser leaves numeric character references as written, and decoding after it
  // would turn `&amp;#65;` into `A`).
  htmlEntities: false,
  processEntities: false,
  // Real documents nest tables and text boxes a few dozen levels at most.
  maxNestedTags: 256,
})

const DOCTYPE = /<!DOCTYPE/i

const entityPattern = /&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g
const namedEntities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/** XML's five predefined entities and character references; anything else is left as written. */
function decodeEntities(value: string): string {
  if (!value.includes('&')) return value
  return value.replace(entityPattern, (_match, entity: string) => {
    if (entity.startsWith('#')) {
      const codePoint =
        entity[1] === 'x' ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10)
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : ''
    }
    return namedEntities[entity] ?? ''
  })
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, unknown> }

function toNodes(ordered: unknown): XmlNode[] {
  if (!Array.isArray(ordered)) return []
  const nodes: XmlNode[] = []
  for (const entry of ordered as OrderedNode[]) {
    for (const [key, value] of Object.entries(entry)) {
      if (key === ':@') continue
      if (key === '#text') nodes.push(decodeEntities(String(value)))
      else if (key === '#cdata') {
        // CDATA is literal: its text is not decoded.
        for (const inner of Array.isArray(value) ? (value as OrderedNode[]) : [])
          if (typeof inner['#text'] === 'string') nodes.push(inner['#text'])
      } else {
        const attributes: Record<string, string> = {}
        for (const [name, raw] of Object.entries(entry[':@'] ?? {}))
          attributes[name] = decodeEntities(String(raw))
        nodes.push({ name: key, attributes, children: toNodes(value) })
      }
    }
  }
  return nodes
}

/** Parses an Office XML part into elements, attributes and text; a DTD is refused as CORRUPT_DOCUMENT. */
export function parseXml(source: string): XmlElement {
  if (DOCTYPE.test(source))
    throw new DocumentError('CORRUPT_DOCUMENT', 'the document declares a DTD, which Office files never do')
  return { name: '#document', attributes: {}, children: toNodes(parser.parse(source)) }
}

/** Direct child elements with the given name. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  const result: XmlElement[] = []
  for (const child of element.children) {
    if (typeof child !== 'string' && (name === undefined || child.name === name)) result.push(child)
  }
  return result
}

/** First direct child element with the given name. */
export function childElement(element: XmlElement, name: string): XmlElement | undefined {
  for (const child of element.children) {
    if (typeof child !== 'string' && child.name === name) return child
  }
  return undefined
}

/** First descendant element with the given name, depth first. */
export function findElement(element: XmlElement, name: string): XmlElement | undefined {
  for (const child of element.children) {
    if (typeof child === 'string') continue
    if (child.name === name) return child
    const found = findElement(child, name)
    if (found) return found
  }
  return undefined
}
