import { classifyHeading } from './posting-cues'

type Span = { start: number; end: number; field?: true }

// A field's label inside a run of text: one to four words, the first capitalised, the rest capitalised or linking,
// closed by a colon ("Job Type:", "Ability to Relocate:", "Tipo de contrato:", "Jornada Laboral:").
const INLINE_LABEL =
  /(?<=\S)\s+(?=\p{Lu}[\p{L}'-]*(?:\s+(?:\p{Lu}[\p{L}'-]*|to|of|for|de|do|da|del|em|en|e|y|and))*?\s*:\s)/gu
/** Fewest labels that make a stretch a row of fields a job board printed one per line. */
const LABELLED_FIELDS = 3

/**
 * Cuts a row of labelled fields pasted with its line breaks lost ("Job Type: Full-time Pay: $20 per hour Benefits:
 * Dental, PTO Schedule: Day shift") into its fields, as the board showed them: each field is read for what it is.
 */
export function cutLabelledFields(text: string, span: Span): Span[] {
  const part = text.slice(span.start, span.end)
  const pieces: Span[] = []
  let from = 0
  for (const label of part.matchAll(INLINE_LABEL)) {
    // A field holds its own label and a value after it: a cut before "Type:" in "Job Type:" would leave a piece with
    // no label, one before "Full-time Pay:" a label with no value.
    if (!/:\s*\S/u.test(part.slice(from, label.index))) continue
    pieces.push({ start: span.start + from, end: span.start + label.index })
    from = label.index + label[0].length
  }
  if (pieces.length < LABELLED_FIELDS - 1) return [span]
  pieces.push({ start: span.start + from, end: span.end })
  // Every piece but the first opens with its label; the first must too, or the run is prose with colons in it.
  return /^\s*\p{Lu}[^:]{0,40}:\s/u.test(text.slice(pieces[0]?.start ?? 0, pieces[0]?.end ?? 0))
    ? pieces.map((piece) => ({ ...piece, field: true as const }))
    : [span]
}

/**
 * True when a field of such a row is the offer by its label ("Benefits: …", "Beneficios: …", "Benefícios: …"): what
 * the employer gives, whatever the items are.
 */
export function offersByLabel(text: string, span: Span): boolean {
  const label = span.field ? /^\s*([^:]{1,40}):\s/u.exec(text.slice(span.start, span.end))?.[1] : undefined
  return label !== undefined && classifyHeading(label) === 'benefits'
}
