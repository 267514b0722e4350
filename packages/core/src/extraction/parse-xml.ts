export type XmlElement = { name: string; attributes: Record<string, string>; children: XmlNode[] }
export type XmlNode = XmlElement | string

const entityPattern = /&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g
const namedEntities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

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

const attributePattern = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const match of source.matchAll(attributePattern)) {
    const name = match[1]
    if (name) attributes[name] = decodeEntities(match[3] ?? match[4] ?? '')
  }
  return attributes
}

const tokenPattern =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([^\s/>]+)([^>]*?)(\/?)>/g

/** A small, non-validating XML reader for Office parts: elements, attributes and text, no DTDs or entities beyond XML's five. */
export function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [] }
  const stack: XmlElement[] = [root]
  let lastIndex = 0
  for (const match of source.matchAll(tokenPattern)) {
    const parent = stack[stack.length - 1] ?? root
    if (match.index > lastIndex) parent.children.push(decodeEntities(source.slice(lastIndex, match.index)))
    lastIndex = match.index + match[0].length
    if (match[1] !== undefined) {
      parent.children.push(match[1])
      continue
    }
    const name = match[3]
    if (!name) continue
    if (match[2] === '/') {
      // Close back to the matching element; tolerate stray closing tags.
      for (let depth = stack.length - 1; depth > 0; depth--) {
        if (stack[depth]?.name === name) {
          stack.length = depth
          break
        }
      }
      continue
    }
    const element: XmlElement = { name, attributes: parseAttributes(match[4] ?? ''), children: [] }
    parent.children.push(element)
    if (match[5] !== '/') stack.push(element)
  }
  return root
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
