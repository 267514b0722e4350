import { readFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { parsePosting } from '../posting/parse-posting'
import { loadTaxonomy } from '../taxonomy'
import { MAX_ANALYZED_CHARS, MAX_CHUNKS_PER_DOCUMENT } from './analyze-document'
import { buildRawPdf } from './build-raw-pdf.test-helper'
import { DocumentError } from './document-error'
import { createDocumentSandbox } from './document-sandbox'

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../fixtures/test/${name}`, import.meta.url)))

// Millions of text operators inflate from a small upload into a parse that takes far longer than any timeout.
function hostilePdf(operations: number): Uint8Array {
  return buildRawPdf(`BT /F1 12 Tf 72 720 Td ${'(abcdefgh) Tj 0 -1 Td '.repeat(operations)}ET`, {
    compress: true,
  })
}

/** Watches the caller's event loop while work runs elsewhere: how often a 10 ms timer fired, and its longest gap. */
function watchEventLoop(): { stop(): { ticks: number; longestGap: number } } {
  let ticks = 0
  let longestGap = 0
  let last = performance.now()
  const interval = setInterval(() => {
    const now = performance.now()
    longestGap = Math.max(longestGap, now - last)
    last = now
    ticks++
  }, 10)
  return {
    stop() {
      clearInterval(interval)
      return { ticks, longestGap }
    },
  }
}

describe('createDocumentSandbox', () => {
  const sandbox = createDocumentSandbox({ timeoutMs: 20_000, maxMemoryMb: 256, maxPages: 3 })
  afterAll(() => sandbox.close())

  it('validates and extracts in a worker thread', async () => {
    const bytes = fixture('two-column.pdf')
    await expect(sandbox.validate(bytes, 'two-column.pdf')).resolves.toEqual({ kind: 'pdf', pages: 1 })
    const document = await sandbox.extract(bytes, 'two-column.pdf')
    expect(document.text).toContain('LEFT-ONE alpha')
    // The caller's bytes stay usable: the sandbox transfers a copy.
    expect(bytes.byteLength).toBeGreaterThan(0)
  })

  it('lets idle threads exit and starts a new one for the next document', async () => {
    const idle = createDocumentSandbox({ timeoutMs: 20_000, maxMemoryMb: 256, maxPages: 3, idleMs: 200 })
    try {
      const bytes = fixture('two-column.pdf')
      await expect(idle.validate(bytes, 'two-column.pdf')).resolves.toEqual({ kind: 'pdf', pages: 1 })
      expect(idle.threadCount()).toBe(1)
      const started = Date.now()
      while (idle.threadCount() > 0 && Date.now() - started < 10_000)
        await new Promise((resolve) => setTimeout(resolve, 50))
      expect(idle.threadCount()).toBe(0)
      await expect(idle.validate(bytes, 'two-column.pdf')).resolves.toEqual({ kind: 'pdf', pages: 1 })
      expect(idle.threadCount()).toBe(1)
    } finally {
      await idle.close()
    }
  })

  it('rejects with the DocumentError code raised inside the worker', async () => {
    const error = await sandbox.extract(fixture('renamed-executable.pdf'), 'cv.pdf').catch((caught) => caught)
    expect(error).toBeInstanceOf(DocumentError)
    expect(error.code).toBe('UNSUPPORTED_TYPE')
    await expect(sandbox.validate(fixture('image-only.pdf'), 'scan.pdf')).resolves.toEqual({
      kind: 'pdf',
      pages: 1,
    })
    await expect(sandbox.extract(fixture('image-only.pdf'), 'scan.pdf')).rejects.toMatchObject({
      code: 'NO_TEXT_LAYER',
    })
  })
})

describe('createDocumentSandbox limits', () => {
  it('terminates a parse that exceeds the timeout while the caller keeps ticking, then serves the next file', async () => {
    const sandbox = createDocumentSandbox({ timeoutMs: 1_500, maxMemoryMb: 1024, maxPages: 3 })
    try {
      // Warm the worker so the measured run is the hostile parse alone.
      await sandbox.validate(fixture('bom-crlf.txt'), 'warm.txt')
      const hostile = hostilePdf(3_000_000)
      const loop = watchEventLoop()
      const started = performance.now()
      const error = await sandbox.extract(hostile, 'hostile.pdf').catch((caught) => caught)
      const elapsed = performance.now() - started
      const { ticks, longestGap } = loop.stop()
      expect(error).toBeInstanceOf(DocumentError)
      expect(error.code).toBe('PARSE_TIMEOUT')
      // Bounds are loose on purpose (the suite shares two cores): a parse on the caller's thread would block the
      // loop for the whole timeout, so any gap clearly below it shows the work ran elsewhere.
      expect(elapsed).toBeLessThan(15_000)
      expect(ticks).toBeGreaterThan(10)
      expect(longestGap).toBeLessThan(1_000)
      // The dead worker is replaced on demand.
      const document = await sandbox.extract(fixture('bom-crlf.txt'), 'next.txt')
      expect(document.text).toBe('First line\nSecond line\n\nThird line')
    } finally {
      await sandbox.close()
    }
  }, 60_000)

  it('fails with PARSE_RESOURCE_LIMIT when the worker runs out of heap', async () => {
    const sandbox = createDocumentSandbox({ timeoutMs: 50_000, maxMemoryMb: 64, maxPages: 3 })
    try {
      const error = await sandbox.extract(hostilePdf(3_000_000), 'bomb.pdf').catch((caught) => caught)
      expect(error).toBeInstanceOf(DocumentError)
      expect(error.code).toBe('PARSE_RESOURCE_LIMIT')
    } finally {
      await sandbox.close()
    }
  }, 60_000)

  it('rejects queued work once closed', async () => {
    const sandbox = createDocumentSandbox({ timeoutMs: 5_000, maxMemoryMb: 128, maxPages: 3 })
    await sandbox.close()
    await expect(sandbox.extract(fixture('bom-crlf.txt'), 'late.txt')).rejects.toThrow(/closed/)
  })
})

describe('createDocumentSandbox analyze', () => {
  // Generous limits: these inputs must finish (or be refused) on their merits, not on a busy test machine's speed.
  const sandbox = createDocumentSandbox({ timeoutMs: 60_000, maxMemoryMb: 256, maxPages: 3 })
  afterAll(() => sandbox.close())
  const encode = (text: string) => new TextEncoder().encode(text)
  const analysis = { referenceDate: new Date('2026-11-01T00:00:00Z'), customSkills: [] }

  it('parses a resume with an 80,000-letter run to completion', async () => {
    const text = `Jane Doe\njane@example.com\n${'a'.repeat(80_000)}`
    const result = await sandbox.analyze(encode(text), 'run.txt', analysis)
    expect(result.profile.name).toBe('Jane Doe')
    expect(result.profile.email).toBe('jane@example.com')
    expect(result.chunks.map((chunk) => chunk.text).join('')).toContain('a'.repeat(400))
  }, 90_000)

  it('parses 8,000 skill mentions beside addresses to completion, each mention counted once', async () => {
    const result = await sandbox.analyze(encode('python a@b.co '.repeat(8_000)), 'mentions.txt', analysis)
    expect(result.profile.email).toBe('a@b.co')
    const python = result.profile.skills.find((skill) => skill.skillId === 'python')
    expect(python?.mentions).toHaveLength(8_000)
    // The hosts of the addresses are not skills.
    expect(result.profile.skills.map((skill) => skill.skillId)).toEqual(['python'])
  }, 90_000)

  it('reads a 4.4 MB file of headings to MAX_ANALYZED_CHARS instead of stalling', async () => {
    const result = await sandbox.analyze(encode('Experience\n'.repeat(400_000)), 'headings.txt', analysis)
    expect(result.document.text.length).toBeLessThanOrEqual(MAX_ANALYZED_CHARS)
    expect(result.document.text.endsWith('Experience')).toBe(true)
    expect(result.truncatedChars).toBeGreaterThan(4_000_000)
  }, 90_000)

  it('reads a 9.9 MB text resume, just under the 10 MB upload limit, within the memory limit', async () => {
    const line = 'Ran Python data pipelines on Kubernetes for a payments team; cut costs by a third.\n'
    const text = `Jane Doe\njane@example.com\n${line.repeat(Math.floor((9.9 * 1024 * 1024) / line.length))}`
    const result = await sandbox.analyze(encode(text), 'large.txt', analysis)
    expect(result.profile.name).toBe('Jane Doe')
    expect(result.profile.skills.map((skill) => skill.skillId)).toEqual(
      expect.arrayContaining(['python', 'kubernetes']),
    )
    expect(result.chunks).toHaveLength(MAX_CHUNKS_PER_DOCUMENT)
    expect(result.truncatedChars).toBeGreaterThan(0)
  }, 90_000)

  it('matches the organisation skills sent with the request', async () => {
    const customSkills = [
      { id: 'org:test:zorblax', name: 'Zorblax', category: 'custom', aliases: ['ZBX'], related: [] },
    ]
    const text = 'Jane Doe\n\nSkills\nZorblax, Python\n\nExperience\nUsed ZBX daily.'
    const result = await sandbox.analyze(encode(text), 'custom.txt', { ...analysis, customSkills })
    const zorblax = result.profile.skills.find((skill) => skill.skillId === 'org:test:zorblax')
    expect(zorblax?.mentions.map((mention) => mention.surface)).toEqual(['Zorblax', 'ZBX'])
    // Without them the same text has no such skill: the worker's cached base taxonomy stays unchanged.
    const plain = await sandbox.analyze(encode(text), 'custom.txt', analysis)
    expect(plain.profile.skills.some((skill) => skill.skillId === 'org:test:zorblax')).toBe(false)
  }, 90_000)

  it('keeps the first MAX_CHUNKS_PER_DOCUMENT chunks of a long resume', async () => {
    const text = `Jane Doe\n\nExperience\n${'- Built payment services in Go and reviewed code daily.\n'.repeat(2_000)}`
    const result = await sandbox.analyze(encode(text), 'long.txt', analysis)
    expect(result.chunks).toHaveLength(MAX_CHUNKS_PER_DOCUMENT)
    expect(result.droppedChunks).toBeGreaterThan(0)
    expect(result.chunks[0]?.start).toBeLessThan(result.chunks[1]?.start ?? 0)
  }, 90_000)

  it('refuses a result larger than the output cap', async () => {
    const small = createDocumentSandbox({
      timeoutMs: 60_000,
      maxMemoryMb: 256,
      maxPages: 3,
      maxOutputBytes: 1_000,
    })
    try {
      const error = await small
        .analyze(encode(`Jane Doe\n\nSummary\n${'Engineer who writes Go. '.repeat(100)}`), 'cv.txt', analysis)
        .catch((caught) => caught)
      expect(error).toBeInstanceOf(DocumentError)
      expect(error.code).toBe('PARSE_TOO_LARGE')
      await expect(small.analyze(encode('Jane Doe'), 'tiny.txt', analysis)).resolves.toMatchObject({
        document: { text: 'Jane Doe' },
      })
    } finally {
      await small.close()
    }
  }, 90_000)
})

describe('createDocumentSandbox parsePosting', () => {
  const posting = [
    'Field Service Technician',
    '',
    'Requirements',
    '- 3+ years servicing HVAC equipment',
    '- Zorblax diagnostics',
    '- Valid driver licence',
    '',
    'Nice to have',
    '- Spanish',
  ].join('\n')
  const customSkills = [
    { id: 'org:test:zorblax', name: 'Zorblax', category: 'custom', aliases: [], related: [] },
  ]

  it('reads a posting in the worker exactly as on the caller thread, with the organisation skills', async () => {
    const sandbox = createDocumentSandbox({ timeoutMs: 20_000, maxMemoryMb: 256, maxPages: 3 })
    try {
      const parsed = await sandbox.parsePosting(posting, { customSkills })
      expect(parsed).toEqual(parsePosting(posting, loadTaxonomy({ extraSkills: customSkills })))
      expect(
        parsed.requirements.some((requirement) => requirement.skillIds.includes('org:test:zorblax')),
      ).toBe(true)
    } finally {
      await sandbox.close()
    }
  }, 90_000)

  it('stops a posting that reads past the time limit while the caller keeps ticking', async () => {
    const sandbox = createDocumentSandbox({
      timeoutMs: 60_000,
      postingTimeoutMs: 200,
      maxMemoryMb: 512,
      maxPages: 3,
    })
    try {
      // About 60,000 characters of bullets: seconds of reading on any machine, far past 200 ms.
      const long = `Requirements\n${Array.from({ length: 1_800 }, (_, index) => `- Experience with tool${index} and SQL`).join('\n')}`
      const loop = watchEventLoop()
      const error = await sandbox.parsePosting(long, { customSkills: [] }).catch((caught) => caught)
      const { longestGap } = loop.stop()
      expect(error).toBeInstanceOf(DocumentError)
      expect(error.code).toBe('PARSE_TIMEOUT')
      expect(longestGap).toBeLessThan(1_000)
    } finally {
      await sandbox.close()
    }
  }, 90_000)
})
