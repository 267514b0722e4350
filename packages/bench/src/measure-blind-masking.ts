import { findIdentifyingSpans, loadTaxonomy, maskSpans, parseResume } from '@shortlist/core'
import type { BenchResult } from './bench-result'
import { HOSTILE_TEXTS } from './hostile-texts'
import { measureGrowth } from './measure-growth'

// Texts aimed at the blind-review patterns themselves (links, streets, phones, labels, education years), on top of
// the parser's hostile families: masking runs in the API process, on every blind candidate page.
const MASKING_TEXTS: Record<string, (scale: number) => string> = {
  'link run': (scale) => `Jane Doe\n${'https://a'.repeat(5_000 * scale)}`,
  'street words': (scale) => 'Rua Avenida Calle '.repeat(2_000 * scale),
  'digit groups': (scale) => '12 345 6789 '.repeat(2_000 * scale),
  'birth labels': (scale) => 'Date of birth: born in age: '.repeat(1_000 * scale),
  'education years': (scale) => `Education\n${'B.Sc. 2010 – 2014, Class of 2014\n'.repeat(1_000 * scale)}`,
}

/**
 * Time of findIdentifyingSpans + maskSpans (what blind review does to a resume on each request, with the sections
 * parsing stored) at 1×, 4× and 16× of each family, and the growth per 4× step against the linear baseline of 4
 * (ratio 1 reads linear).
 */
export async function measureBlindMasking(options: { repetitions: number }): Promise<BenchResult> {
  const known = { names: ['Jane Doe'], emails: ['jane@example.com'] }
  const taxonomy = loadTaxonomy()
  // Parsing happens once, at ingest, in the sandbox; its sections are stored with the profile.
  const sectionsOf = (text: string) =>
    parseResume(text, taxonomy, { referenceDate: new Date('2026-11-01') }).sections
  const mask = (text: string, sections: ReturnType<typeof sectionsOf>) =>
    maskSpans(text, findIdentifyingSpans(text, known, sections))
  return measureGrowth({
    name: 'blind masking',
    families: { ...HOSTILE_TEXTS, ...MASKING_TEXTS },
    prepare: sectionsOf,
    run: mask,
    repetitions: options.repetitions,
    oneAtLargest: false,
    noteDigits: 1,
  })
}
