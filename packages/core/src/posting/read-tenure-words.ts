import { normalizeText } from './normalize-text'

type Span = { start: number; end: number }

// Where a tenure's phrase ends for sure: a stop, a semicolon, a colon, a bracket's close or a line break.
const PHRASE_END = /[;:!?\n]|\.(?:\s|$)/u
// A gerund or present participle: the practice the tenure was spent in ("acompanhando plantio, monitoramento de pragas
// e colheita", "supervising pickers, packers and drivers"), whose objects a comma may list.
const GERUND = /\b\p{L}{3,}(?:ing|ando|endo|indo)\s/u
// A short tail after the field's last named skill that still names the field: a choice ("call center o servicio al
// cliente") or the rest of the field's own name, up to the phrase's end.
const FIELD_TAIL =
  /^(?:\s+(?:or|ou|o|u)\s+[^\s,;:.()]+(?:\s+[^\s,;:.()]+){0,3}|(?:\s+\p{Ll}[^\s,;:.()]*){1,4})(?=\s*(?:[,;:.()\n]|$))/u
// Most characters a label may quote: past that it would be the sentence.
const MOST = 120

/**
 * The posting's own words for a tenure: its amount and the field it was spent in, from the count to the end of the
 * field ("seis meses de experiencia en call center o servicio al cliente", "três anos de vivência em lavoura de grãos
 * acompanhando plantio, monitoramento de pragas e colheita"). A label of the skills' names and "(0.5+ years)" hides
 * what was asked: the unit ("seis meses"), the setting ("obra nueva y reformas") and what the years were spent doing.
 * The words run from the years to the last skill of the field, over a short tail that still names the field; a comma
 * may stand inside only after a gerund, whose objects it lists. Null when the field is not in the years' phrase (named
 * before them, or in another clause), or when the words add nothing to "Python (5+ years)".
 */
export function readTenureWords(text: string, mention: Span, field: Span, limit: number): string | null {
  if (field.start < mention.end) return null
  const lineEnd = text.indexOf('\n', field.end)
  const bound = Math.min(limit, lineEnd < 0 ? text.length : lineEnd)
  const tail = FIELD_TAIL.exec(text.slice(field.end, bound))?.[0] ?? ''
  const end = field.end + tail.length
  const stretch = text.slice(mention.start, end)
  if (PHRASE_END.test(stretch)) return null
  const comma = stretch.indexOf(',')
  if (comma >= 0 && !GERUND.test(normalizeText(stretch.slice(0, comma)))) return null
  const words = stretch.replace(/\s+/gu, ' ').trim()
  if (words.length > MOST) return null
  // "5+ years of Python": the count in figures and the skill's own name say all there is; the short label stays.
  const amount = text.slice(mention.start, mention.end)
  const between = normalizeText(text.slice(mention.end, field.start)).trim()
  const plain =
    /^(?:of|in|with|de|em|en|com|con)?(?:\s*(?:experience|experiencia)\s*(?:of|in|with|de|em|en|com|con)?)?$/u
  if (/^\d/u.test(amount) && tail === '' && plain.test(between)) return null
  return words
}
