import { describe, expect, it } from 'vitest'
import { normalizeText } from './normalize-text'
import { repairMojibake } from './repair-mojibake'

// Reproduces the fault: UTF-8 bytes read back as Windows-1252.
const misread = (text: string) =>
  [...Buffer.from(text, 'utf8')]
    .map((byte) => new TextDecoder('windows-1252').decode(new Uint8Array([byte])))
    .join('')

describe('repairMojibake', () => {
  it('restores dashes, accents and symbols read as Windows-1252', () => {
    expect(repairMojibake('Engenheira â€“ SÃ£o Paulo, CafÃ© â€œQualityâ€\u009D 25Â°C')).toBe(
      'Engenheira – São Paulo, Café “Quality” 25°C',
    )
  })

  it('restores characters outside Latin-1 that no fixed table lists', () => {
    const original = 'Analista｜Itaú，São Paulo • 東京 — Mar 2021'
    expect(repairMojibake(misread(original))).toBe(original)
  })

  it('restores a Latin-1 reading whose C1 controls normalisation would otherwise delete', () => {
    const latin1 = Buffer.from('Engineer ， Acme', 'utf8').toString('latin1')
    expect(normalizeText(latin1)).toBe('Engineer ， Acme')
  })

  it('repairs text mis-decoded twice', () => {
    expect(repairMojibake(misread(misread('Gestão – Açores')))).toBe('Gestão – Açores')
  })

  it('marks a character whose last byte was lost as unknown instead of leaving letters', () => {
    expect(repairMojibake('Accountant ï¼ Acme')).toBe('Accountant \uFFFD Acme')
    // PDF fonts often map the lost byte to a zero-width space.
    expect(normalizeText('10/2014 ï¼\u200B Current')).toBe('10/2014 \uFFFD Current')
  })

  it('drops the stray Â left by a mis-decoded no-break space', () => {
    expect(repairMojibake('Python,Â Go and Â SQL')).toBe('Python, Go and  SQL')
  })

  it('leaves correct text with accents and dashes alone', () => {
    const valid = 'Ângela Conceição — Señor Ñandú – Düsseldorf, Zoë, naïve café; 2019–2021 © Ação'
    expect(repairMojibake(valid)).toBe(valid)
    expect(normalizeText(valid)).toBe(valid)
  })
})
