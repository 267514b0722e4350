import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { DocumentError } from './document-error'
import { extractDocx } from './extract-docx'

const fixture = (path: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../fixtures/${path}`, import.meta.url)))

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

/** A minimal Word document around `body` (the inside of <w:body>). */
async function docx(body: string, extraParts: Record<string, string | Uint8Array> = {}): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
  )
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
  )
  for (const [name, content] of Object.entries(extraParts)) zip.file(name, content)
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

const paragraph = (text: string, runProperties = '') =>
  `<w:p><w:r>${runProperties ? `<w:rPr>${runProperties}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`

function codeOf(run: () => unknown): string | null {
  try {
    run()
    return null
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentError)
    return (error as DocumentError).code
  }
}

describe('extractDocx: XML', () => {
  it('detects white text although another attribute of its colour element holds a ">"', async () => {
    // Legal XML: `>` needs no escaping inside an attribute value. The regex reader dropped every attribute of such an
    // element, so the white colour was lost and the text passed as visible.
    const bytes = await docx(
      paragraph('Jane Doe, data engineer') +
        paragraph('python kubernetes terraform', '<w:color w:themeShade="a>b" w:val="FFFFFF"/>') +
        paragraph('Hidden by size too', '<w:sz w:note="x > y" w:val="2"/>'),
    )
    const document = extractDocx(bytes)
    expect(document.text).toContain('Jane Doe, data engineer')
    expect(document.text).not.toContain('python kubernetes terraform')
    expect(document.text).not.toContain('Hidden by size too')
    expect(document.hidden).toEqual([
      { text: 'python kubernetes terraform', reason: 'white_text', page: 1 },
      { text: 'Hidden by size too', reason: 'tiny_font', page: 1 },
    ])
  })

  it('decodes the predefined entities and character references once', async () => {
    const document = extractDocx(await docx(paragraph('R&amp;D &lt;team&gt; caf&#xE9; &#65; &amp;#66;')))
    expect(document.text).toBe('R&D <team> café A &#66;')
  })

  it('refuses a DTD, so neither external entities (XXE) nor entity expansion can run', async () => {
    const xxe = await docx('')
    const zip = await JSZip.loadAsync(xxe)
    zip.file(
      'word/document.xml',
      `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]><w:document xmlns:w="${W}"><w:body>${paragraph('&secret;')}</w:body></w:document>`,
    )
    const bytes = await zip.generateAsync({ type: 'uint8array' })
    expect(codeOf(() => extractDocx(bytes))).toBe('CORRUPT_DOCUMENT')

    const laughs = `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>`
    zip.file(
      'word/document.xml',
      `<?xml version="1.0"?>${laughs}<w:document xmlns:w="${W}"><w:body>${paragraph('&lol2;')}</w:body></w:document>`,
    )
    const expansion = await zip.generateAsync({ type: 'uint8array' })
    expect(codeOf(() => extractDocx(expansion))).toBe('CORRUPT_DOCUMENT')
  })

  it('refuses a part that inflates beyond the limit (zip bomb) without inflating it all', async () => {
    // 80 MB of one character deflates to about 80 KB.
    const bytes = await docx(paragraph('Jane Doe'), { 'word/header1.xml': 'a'.repeat(80 * 1024 * 1024) })
    expect(bytes.byteLength).toBeLessThan(1024 * 1024)
    expect(codeOf(() => extractDocx(bytes))).toBe('CORRUPT_DOCUMENT')
  }, 60_000)
})

// Whatever bytes arrive, the DOCX reader either returns text or fails with a DocumentError code; it never throws
// anything else and never hangs (a hang would time this test out).
describe('extractDocx: fuzzed', () => {
  const outcome = (bytes: Uint8Array): string => {
    try {
      return `ok:${extractDocx(bytes).kind}`
    } catch (error) {
      if (error instanceof DocumentError) return `code:${error.code}`
      throw error
    }
  }
  const real = fixture('test/table-and-hidden.docx')

  it('survives byte flips, truncation and splices of a real document', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { maxLength: 40 }),
        fc.option(fc.nat(), { nil: undefined }),
        (flips, cut) => {
          const bytes = real.slice(0, cut === undefined ? real.length : cut % (real.length + 1))
          for (const { at, byte } of flips) if (bytes.length > 0) bytes[at % bytes.length] = byte
          expect(outcome(bytes)).toMatch(/^(ok:docx|code:[A-Z_]+)$/)
        },
      ),
      { numRuns: 300 },
    )
  }, 60_000)

  // Markup-heavy fragments: unbalanced tags, stray quotes and `>`, entities, CDATA, comments, deep nesting.
  const markup = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          '<w:p>',
          '</w:p>',
          '<w:r>',
          '</w:r>',
          '<w:t>',
          '</w:t>',
          '<w:rPr><w:color w:x="a>b" w:val="FFFFFF"/></w:rPr>',
          '<w:vanish/>',
          '<w:tbl><w:tr><w:tc>',
          '</w:tc></w:tr></w:tbl>',
          '<![CDATA[x<y]]>',
          '<!-- c -->',
          '&amp;',
          '&#x0;',
          '&#99999999;',
          '&bogus;',
          '"',
          "'",
          '>',
          '<',
          '<w:sz w:val="NaN"/>',
          '<?pi x?>',
          '<!DOCTYPE x>',
        ),
        fc.string({ maxLength: 12 }),
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join(''))

  it('survives random markup inside a well-formed package', async () => {
    await fc.assert(
      fc.asyncProperty(markup, markup, async (body, styles) => {
        const bytes = await docx(body, { 'word/styles.xml': `<w:styles xmlns:w="${W}">${styles}</w:styles>` })
        expect(outcome(bytes)).toMatch(/^(ok:docx|code:[A-Z_]+)$/)
      }),
      { numRuns: 200 },
    )
  }, 60_000)
})
