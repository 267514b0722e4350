import { describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../taxonomy'
import { parsePosting } from './parse-posting'
import { splitGerundAsks } from './split-gerund-asks'

// Two acts asked in one line, each a gerund with its own object. Phrasings written for these tests.

const taxonomy = loadTaxonomy()

function cut(line: string): string[] {
  return splitGerundAsks(line, 0, line.length).map((part) => line.slice(part.start, part.end))
}

describe('splitGerundAsks', () => {
  it('cuts two acts that each take their own object, in EN, PT and ES', () => {
    expect(cut('Two years quoting small jobs and chasing unpaid invoices by phone')).toEqual([
      'Two years quoting small jobs',
      'chasing unpaid invoices by phone',
    ])
    expect(cut('Prática montando andaimes e operando betoneira')).toEqual([
      'Prática montando andaimes',
      'operando betoneira',
    ])
    expect(cut('Soltura redactando actas y coordinando proveedores')).toEqual([
      'Soltura redactando actas',
      'coordinando proveedores',
    ])
  })

  it('keeps acts that share one object, a particle, a framing gerund or a back reference whole', () => {
    for (const line of [
      'Experience sanding and varnishing floors',
      'Two summers picking up and delivering parcels',
      'Available for night shifts, including bank holidays and rotating weekends',
      'Happy checking a delivery note and filing it in the right binder',
      'Hands-on with mixing mortar (pointing and rendering walls) for old houses',
    ])
      expect(cut(line)).toEqual([line])
  })

  it('leaves acts after a readiness frame to the listed-items reader', () => {
    const ready = 'Comfortable quoting small jobs and chasing unpaid invoices by phone'
    expect(cut(ready)).toEqual([ready])
  })

  it('keeps the work told whole', () => {
    const told = "You'd be cleaning the tanks every morning and logging the water readings"
    expect(cut(told)).toEqual([told])
  })
})

describe('parsePosting: two acts in one ask', () => {
  it('asks for each act with its own objects', () => {
    const parsed = parsePosting(
      'Requirements:\n- Experience quoting small jobs and chasing unpaid invoices by phone\n- Own van',
      taxonomy,
    )
    const sources = parsed.requirements.map((item) => item.source.text.trim())
    expect(sources).toContain('Experience quoting small jobs')
    expect(sources).toContain('chasing unpaid invoices by phone')
  })
})
