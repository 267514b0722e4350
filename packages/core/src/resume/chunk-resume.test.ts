import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { extractDocument } from '../extraction/extract-document'
import { loadTaxonomy, type Taxonomy } from '../taxonomy'
import { chunkResume } from './chunk-resume'
import { parseResume } from './parse-resume'

const referenceDate = new Date('2026-01-15T00:00:00Z')
let taxonomy: Taxonomy

beforeAll(() => {
  taxonomy = loadTaxonomy()
})

function chunksOf(text: string) {
  const profile = parseResume(text, taxonomy, { referenceDate })
  return { profile, chunks: chunkResume(text, profile) }
}

const sample = `Jane Doe
jane@example.com

Summary
Backend engineer with ten years of experience. I build payment systems. I like boring technology. I mentor juniors.

Experience
Senior Engineer, Acme
2019 - Present
• Built the ledger on PostgreSQL.
• Ran Kafka consumers.
• Led the PCI DSS audit.
• Wrote the on-call runbooks.

Engineer, Beta
2015 - 2019
• Built APIs in Java.

Skills
Java, PostgreSQL, Kafka`

describe('chunkResume', () => {
  it('returns chunks whose text is exactly the slice of the resume at their offsets', () => {
    const { chunks } = chunksOf(sample)
    expect(chunks.length).toBeGreaterThan(0)
    for (const chunk of chunks) expect(sample.slice(chunk.start, chunk.end)).toBe(chunk.text)
    expect(chunks.map((chunk) => chunk.index)).toEqual(chunks.map((_chunk, index) => index))
  })

  it('groups one to three sentences or bullets and labels each chunk with its section', () => {
    const { chunks } = chunksOf(sample)
    expect(chunks.map((chunk) => [chunk.section, chunk.text])).toEqual([
      ['contact', 'Jane Doe\njane@example.com'],
      [
        'summary',
        'Backend engineer with ten years of experience. I build payment systems. I like boring technology.',
      ],
      ['summary', 'I mentor juniors.'],
      ['experience', 'Senior Engineer, Acme\n2019 - Present\n• Built the ledger on PostgreSQL.'],
      ['experience', '• Ran Kafka consumers.\n• Led the PCI DSS audit.\n• Wrote the on-call runbooks.'],
      ['experience', 'Engineer, Beta\n2015 - 2019\n• Built APIs in Java.'],
      ['skills', 'Java, PostgreSQL, Kafka'],
    ])
  })

  it('never crosses an experience entry and never includes a heading line', () => {
    const { chunks, profile } = chunksOf(sample)
    for (const chunk of chunks) {
      expect(chunk.text).not.toMatch(/^(Summary|Experience|Skills)$/m)
      const entries = profile.experiences.filter(
        (entry) => chunk.start < entry.end && entry.start < chunk.end,
      )
      expect(entries.length).toBeLessThanOrEqual(1)
    }
  })

  it('keeps chunks within about 400 characters, splitting long paragraphs at word boundaries', () => {
    const long = `Summary\n${'This sentence has no end and keeps going with more words '.repeat(20)}`
    const { chunks } = chunksOf(long)
    expect(chunks.length).toBeGreaterThan(2)
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(400)
      expect(long.slice(chunk.start, chunk.end)).toBe(chunk.text)
      expect(chunk.text).toMatch(/^\S/)
    }
  })

  it('splits a bullet that wraps over many lines into pieces within the limit', () => {
    const wrappedLine = 'and then it continues on another wrapped line of the same bullet'
    const text = `Experience\nEngineer, Acme\n2019 - 2021\n• Started a long bullet\n${Array(10).fill(wrappedLine).join('\n')}`
    const { chunks } = chunksOf(text)
    expect(chunks.length).toBeGreaterThan(1)
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(400)
      expect(text.slice(chunk.start, chunk.end)).toBe(chunk.text)
    }
  })

  it('chunks every demo resume with valid offsets', async () => {
    for (const name of ['priya-raman.pdf', 'daniel-okafor.docx', 'sofia-martins.txt']) {
      const bytes = new Uint8Array(
        readFileSync(new URL(`../../../../fixtures/demo/resumes/${name}`, import.meta.url)),
      )
      const { text } = await extractDocument(bytes, { maxPages: 3 })
      const { chunks } = chunksOf(text)
      expect(chunks.length).toBeGreaterThan(5)
      for (const chunk of chunks) {
        expect(text.slice(chunk.start, chunk.end)).toBe(chunk.text)
        expect(chunk.text.length).toBeLessThanOrEqual(400)
      }
      expect(chunks.some((chunk) => chunk.section === 'experience')).toBe(true)
    }
  })
})
