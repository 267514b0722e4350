import { describe, expect, it } from 'vitest'
import { normalizeText } from './normalize-text'

describe('normalizeText', () => {
  it('unifies line ends, spaces and blank lines', () => {
    expect(normalizeText('  a\r\nb\rc\u2028d  \n\n\n\n e\tf\u00a0g  ')).toBe('a\nb\nc\nd\n\ne f g')
  })

  it('removes zero-width and control characters that could split or hide words', () => {
    expect(normalizeText('Kuber\u200bnetes\u00ad and Py\u0007thon\uFEFF')).toBe('Kubernetes and Python')
  })

  it('composes accents so offsets match what a reader sees', () => {
    expect(normalizeText('Sa\u0303o Paulo')).toBe('São Paulo')
  })
})
