import { describe, expect, it } from 'vitest'
import { aliasKey, foldText, tokenizeText } from './tokenize-text'

describe('tokenizeText', () => {
  it('keeps meaningful symbols as their own tokens with original offsets', () => {
    const text = 'C++ & .NET'
    const tokens = tokenizeText(text)
    expect(tokens.map((token) => token.text)).toEqual(['c', '+', '+', '&', '.', 'net'])
    for (const token of tokens) expect(foldText(text.slice(token.start, token.end))).toBe(token.text)
  })

  it('splits letters from digits without a gap and records separators as gaps', () => {
    const tokens = tokenizeText('Python3, k8s')
    expect(tokens.map((token) => [token.text, token.gapBefore])).toEqual([
      ['python', false],
      ['3', false],
      ['k', true],
      ['8', false],
      ['s', false],
    ])
  })

  it('folds case and accents, keeping combining marks inside their token', () => {
    const tokens = tokenizeText('Ma\u0301quina ÉCOLE')
    expect(tokens.map((token) => token.text)).toEqual(['maquina', 'ecole'])
    expect(tokens[0]).toMatchObject({ start: 0, end: 8 })
  })

  it('keeps surrogate pairs from breaking offsets', () => {
    const text = '🚀 Rust'
    const token = tokenizeText(text).at(-1)
    expect(token && text.slice(token.start, token.end)).toBe('Rust')
  })
})

describe('aliasKey', () => {
  it('gives spellings that differ only in case, accents or separators the same key', () => {
    expect(aliasKey('Machine-Learning')).toBe(aliasKey('machine learning'))
    expect(aliasKey('Aprendizaje Automático')).toBe('aprendizaje automatico')
    expect(aliasKey('Node.js')).toBe('node.js')
    expect(aliasKey('node js')).not.toBe(aliasKey('Node.js'))
  })
})
